/**
 * A test-local `fetch` for the reliability suites: requests for the ICR go straight to the mock
 * ICR's own `handle` (the code msw runs, without the service worker round trip, so thousands of
 * requests fit in CI time) or to a test's `serve` function; requests to any other origin are
 * logged and fail as a network error would. It behaves like the browser's fetch where the client
 * can tell: aborts reject with AbortError, `Response.error()` becomes a TypeError.
 * Everything is logged, Authorization header included, so suites can prove where the token went.
 */
import type { MockIcr } from '../../../src/mock/index.js';

export interface RoutedRequest {
  url: string;
  origin: string;
  /** The Authorization header as sent (the token hygiene suite checks where it went). */
  authorization: string | null;
  at: number;
  /** How it ended: answered (any status), aborted, network-error, off-origin (refused here). */
  outcome?: 'answered' | 'aborted' | 'network-error' | 'off-origin';
  status?: number;
}

export interface FetchRouterOptions {
  /** The mock ICR answering requests under its base URL. */
  mock?: MockIcr;
  /** The ICR's origin when there is no mock (default: the mock's). Other origins are refused. */
  origin?: string;
  /** Answers requests to the ICR first; return undefined to fall through to the mock. */
  serve?: (request: Request) => Response | undefined | Promise<Response | undefined>;
}

export interface FetchRouter {
  readonly log: RoutedRequest[];
  /** Requests sent and not yet answered or aborted. */
  inFlight(): number;
  /** Answers that arrived while a request sent before them was still waiting. */
  outOfOrder(): number;
  /** Requests sent to an origin other than the ICR's (never answered). */
  offOrigin(): RoutedRequest[];
  restore(): void;
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** Replaces `globalThis.fetch` until `restore()`; same-origin requests (fixtures) pass through. */
export function routeFetch(options: FetchRouterOptions): FetchRouter {
  const original = globalThis.fetch;
  const log: RoutedRequest[] = [];
  let pending = 0;
  let seq = 0;
  let outOfOrder = 0;
  const waiting = new Set<number>();
  const icrOrigin = options.origin ?? (options.mock ? new URL(options.mock.baseUrl).origin : undefined);

  const routed = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin === location.origin) return original(input, init);
    const entry: RoutedRequest = { url: request.url, origin: url.origin, authorization: request.headers.get('authorization'), at: Date.now() };
    log.push(entry);
    if (url.origin !== icrOrigin) {
      entry.outcome = 'off-origin';
      return Promise.reject(new TypeError('Failed to fetch'));
    }
    if (request.signal.aborted) {
      entry.outcome = 'aborted';
      return Promise.reject(abortError());
    }
    pending++;
    const mine = ++seq;
    waiting.add(mine);
    return new Promise<Response>((resolve, reject) => {
      let settled = false;
      const finish = (outcome: RoutedRequest['outcome']) => {
        if (settled) return false;
        settled = true;
        entry.outcome = outcome;
        pending--;
        waiting.delete(mine);
        if (outcome === 'answered') for (const other of waiting) if (other < mine) { outOfOrder++; break; }
        request.signal.removeEventListener('abort', onAbort);
        return true;
      };
      const onAbort = () => finish('aborted') && reject(abortError());
      request.signal.addEventListener('abort', onAbort, { once: true });
      Promise.resolve()
        .then(() => options.serve?.(request))
        .then((served) => {
          if (served) return served;
          if (!options.mock) return Response.error();
          return options.mock.handle(request);
        })
        .then(
          (response) => {
            if (response.type === 'error') {
              if (finish('network-error')) reject(new TypeError('Failed to fetch'));
              return;
            }
            if (!settled) entry.status = response.status;
            if (finish('answered')) resolve(response);
          },
          (error: unknown) => finish('network-error') && reject(error instanceof Error ? new TypeError(error.message) : new TypeError('Failed to fetch')),
        );
    });
  };
  globalThis.fetch = routed as typeof fetch;
  return {
    log,
    inFlight: () => pending,
    outOfOrder: () => outOfOrder,
    offOrigin: () => log.filter((e) => e.origin !== icrOrigin),
    restore() {
      if (globalThis.fetch === routed) globalThis.fetch = original;
    },
  };
}
