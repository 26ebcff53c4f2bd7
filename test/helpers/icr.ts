/**
 * The one ICR fake of the tests, built on the exported mock (`icr-elements/mock`, the mock hosts
 * use). Every way in ends in the same place, `mock.handle`, or in records a test wrote by hand:
 *
 * - `useMockIcr()`: the mock behind msw's service worker, so element tests go through the whole
 *   client → mapper → render path exactly as a host page would.
 * - `routeFetch({ mock, serve })`: `fetch` routed straight to `mock.handle` (no service worker
 *   round trip, so thousands of requests fit in CI time) or to a test's `serve` first, counting
 *   requests in flight and answers out of order (the reliability suites print these figures).
 * - `useRecords()`: hand-written FHIR records per resource type (`records[type]`), served on that
 *   router at `ENDPOINT`, for tests that need exact searchsets rather than the mock population.
 * - `request()` / `getJson()` / `allPages()`: one request straight into `mock.handle` (the mock's
 *   own tests).
 *
 * Tests wait for conditions (`until`, `untilState`), never for time.
 */
import { createMockIcr, type FhirResource, type MockIcr } from '../../src/mock/index.js';
import { startMockIcrWorker } from '../../src/mock/msw.js';
import { clearSharedRequests } from '../../src/data/request-cache.js';
import { forgetChainSupport } from '../../src/data/chained-search.js';
import type { Bundle } from './fhir-answers.js';
import { matches } from './fhir-answers.js';

// ---------------------------------------------------------------------------------------------
// The mock behind msw (the host's path)

export interface MockIcrHarness {
  mock: MockIcr;
  endpoint: string;
  /** A token provider for a National RBAC role code (default R8000, clinical practitioner). */
  tokenFor(role?: string, org?: string): () => Promise<string>;
}

/** Starts one mock ICR for the whole test file; clears faults, latency and shared answers between tests. */
export function useMockIcr(): MockIcrHarness {
  const mock = createMockIcr();
  const tokens = new Map<string, Promise<string>>();
  let stop: (() => void) | undefined;
  before(async () => {
    stop = await startMockIcrWorker(mock);
  });
  after(() => stop?.());
  beforeEach(() => {
    mock.faults.clear();
    mock.latencyMs = 0;
    mock.chainedSearch = 'supported';
    mock.clearRequests();
    clearSharedRequests();
    forgetChainSupport();
  });
  return {
    mock,
    endpoint: mock.baseUrl,
    tokenFor(role = 'R8000', org?: string) {
      const key = `${role}|${org ?? ''}`;
      if (!tokens.has(key)) tokens.set(key, mock.issueToken(role as never, org ? { org } : undefined));
      return () => tokens.get(key)!;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// `fetch` routed to the mock (or a test's own answers), with in-flight and out-of-order counts

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

/**
 * Replaces `globalThis.fetch` until `restore()`. It behaves like the browser's fetch where the
 * client can tell: aborts reject with AbortError, `Response.error()` becomes a TypeError. Requests
 * to the page's own origin outside the ICR (fixtures) pass through; any other origin is logged and
 * fails as a network error would. Everything is logged, Authorization header included.
 */
export function routeFetch(options: FetchRouterOptions): FetchRouter {
  const original = globalThis.fetch;
  const log: RoutedRequest[] = [];
  let pending = 0;
  let seq = 0;
  let outOfOrder = 0;
  const waiting = new Set<number>();
  const icrOrigin = options.origin ?? (options.mock ? new URL(options.mock.baseUrl).origin : undefined);
  // An ICR on the page's own origin (the hand-written records) is told from fixtures by its path.
  const icrBase = options.mock?.baseUrl;
  const isIcr = (url: URL) => url.origin === icrOrigin && (url.origin !== location.origin || (!!icrBase && url.href.startsWith(icrBase)));

  const routed = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin === location.origin && !isIcr(url)) return original(input, init);
    const entry: RoutedRequest = { url: request.url, origin: url.origin, authorization: request.headers.get('authorization'), at: Date.now() };
    log.push(entry);
    if (!isIcr(url)) {
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

// ---------------------------------------------------------------------------------------------
// Hand-written records per resource type, on the router

/** The ICR of hand-written records: the mock's pipeline at a base URL on the page's own origin. */
export const ENDPOINT = `${location.origin}/fake-icr`;
export const NHS = '9912003888';
export const PATIENT = {
  resourceType: 'Patient', id: 'p1', identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: NHS }],
  name: [{ use: 'official', family: 'Smith', given: ['Richard'] }], birthDate: '1945-07-14', gender: 'male',
};
export const subject = { reference: 'Patient/p1' };
export const cat = (code: string) => [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code }] }];
export const dr = (id: string, over: Record<string, unknown>) =>
  ({ resourceType: 'DiagnosticReport', id, status: 'final', subject, issued: '2024-03-01T10:00:00Z', ...over });

/** What each search answers: matches, `_include`d resources, and whether a second page exists. */
export const records: Record<string, { match: unknown[]; include?: unknown[]; next?: boolean }> = {};
/** Every request the hand-written ICR received in this test (path and query). */
export const requests: string[] = [];

export function bundle(entries: unknown[], include: unknown[] = [], next?: string): Bundle {
  return { resourceType: 'Bundle', id: 'searchset', type: 'searchset', total: entries.length + (next ? 50 : 0),
    link: next ? [{ relation: 'next', url: next }] : [],
    entry: [...entries.map((resource) => ({ resource, search: { mode: 'match' } })), ...include.map((resource) => ({ resource, search: { mode: 'include' } }))] } as Bundle;
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/fhir+json' } });
}

export const token = () => Promise.resolve('token');
export const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/**
 * The answer from `records`: the patient for any Patient search, `records[type]` for the rest,
 * whether asked by `patient=p1` or chained on the NHS number (issue 21: the `self` link carries the
 * request's parameters, so the chain counts as applied).
 */
function fromRecords(url: URL): Response {
  const type = url.pathname.split('/').pop()!;
  if (type === 'Patient') return json(bundle([PATIENT]));
  const d = records[type] ?? { match: [] };
  // Chained on another NHS number than p1's: nobody this ICR holds records for.
  const chained = [...url.searchParams].find(([name]) => name.endsWith('.identifier'))?.[1];
  if (chained !== undefined && !chained.endsWith(`|${NHS}`)) return json(withSelf(bundle([]), url));
  const answer = url.searchParams.get('page') === '2' ? bundle([]) : bundle(d.match, d.include, d.next ? `${ENDPOINT}/${type}?patient=p1&page=2` : undefined);
  return json(withSelf(answer, url));
}

/** The searchset with a `self` link to `url`, as a server that applied every parameter says. */
export function withSelf(answer: Bundle, url: URL | string): Bundle {
  const links = (answer.link ?? []) as { relation: string; url: string }[];
  return { ...answer, link: [{ relation: 'self', url: String(url) }, ...links.filter((l) => l.relation !== 'self')] } as Bundle;
}

export interface RecordsOptions {
  /** A test's own answers, asked first; undefined falls through to `records`. */
  serve?: (url: URL, request: Request) => Response | undefined | Promise<Response | undefined>;
}

/**
 * Serves `records` at `ENDPOINT` for every test of the file (cleared before each), through
 * `routeFetch` on a mock ICR at that base URL. Returns the router of the current test.
 */
export function useRecords(options: RecordsOptions = {}): { router(): FetchRouter } {
  const mock = createMockIcr({ baseUrl: ENDPOINT });
  let router: FetchRouter | undefined;
  beforeEach(() => {
    clearSharedRequests();
    forgetChainSupport();
    requests.length = 0;
    for (const key of Object.keys(records)) delete records[key];
    router = routeFetch({
      mock,
      serve: async (request) => {
        const url = new URL(request.url);
        requests.push(url.pathname + url.search);
        return (await options.serve?.(url, request)) ?? fromRecords(url);
      },
    });
  });
  afterEach(() => router?.restore());
  return { router: () => router! };
}

// ---------------------------------------------------------------------------------------------
// Straight into `mock.handle` (the mock's own tests)

export function request(mock: MockIcr, path: string, token?: string, headers: Record<string, string> = {}): Promise<Response> {
  const url = /^https?:/.test(path) ? path : `${mock.baseUrl}/${path}`;
  const all: Record<string, string> = { Accept: 'application/fhir+json', ...headers };
  if (token) all['Authorization'] = `Bearer ${token}`;
  return mock.handle(new Request(url, { headers: all }));
}

export async function getJson<T = Bundle>(mock: MockIcr, path: string, token?: string, headers?: Record<string, string>): Promise<{ status: number; body: T; response: Response }> {
  const response = await request(mock, path, token, headers);
  const body = (await response.json()) as T;
  return { status: response.status, body, response };
}

/** Every page of a search, following `link[next]`. */
export async function allPages(mock: MockIcr, path: string, token: string): Promise<{ pages: Bundle[]; resources: FhirResource[] }> {
  const pages: Bundle[] = [];
  let next: string | undefined = path;
  while (next) {
    const { status, body }: { status: number; body: Bundle } = await getJson<Bundle>(mock, next, token);
    if (status !== 200) throw new Error(`${next} answered ${status}`);
    pages.push(body);
    next = body.link?.find((l: { relation: string }) => l.relation === 'next')?.url;
    if (pages.length > 100) throw new Error('too many pages');
  }
  return { pages, resources: pages.flatMap(matches) };
}

// ---------------------------------------------------------------------------------------------
// Waiting for conditions

/**
 * Polls until `predicate` holds. The bound is only there to fail with a message that says what was
 * awaited: 15 s by default, below the 20 s test timeout, because on a loaded machine (a CI run
 * beside the suite, issue 20 point 9) a section waited for 4 s was still loading and the test failed.
 */
export async function until(predicate: () => boolean, message: string | (() => string) = 'condition', timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${typeof message === 'function' ? message() : message}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Waits until the element's `state` attribute is one of `states`. */
export function untilState(el: Element, ...states: string[]): Promise<void> {
  // The state in the message is read when the wait gives up, not when it began.
  return until(() => states.includes(el.getAttribute('state') ?? ''), () => `${el.localName} state ${states.join('|')} (now ${el.getAttribute('state')})`);
}
