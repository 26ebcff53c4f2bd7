/**
 * Test harness: the real mock ICR behind msw's service worker, so element tests go through the
 * whole client → mapper → render path exactly as a host page would.
 */
import { createMockIcr, startMockIcrWorker, type MockIcr } from '../../src/mock/index.js';
import { clearSharedRequests } from '../../src/data/shared-requests.js';

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
    mock.clearRequests();
    clearSharedRequests();
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

/** Waits until `predicate` holds (polling), failing with `message` after `timeoutMs`. */
export async function until(predicate: () => boolean, message = 'condition', timeoutMs = 4000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Waits until the element's `state` attribute is one of `states`. */
export function untilState(el: Element, ...states: string[]): Promise<void> {
  return until(() => states.includes(el.getAttribute('state') ?? ''), `state ${states.join('|')} (now ${el.getAttribute('state')})`);
}
