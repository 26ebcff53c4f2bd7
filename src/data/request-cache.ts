/**
 * In-flight de-duplication and a short-lived cache of successful answers, shared by every client
 * on the page: two elements asking the same question make one request. Keys carry the endpoint,
 * a token fingerprint and the patient, so nothing is shared across users, roles or patients (R47).
 * A request is aborted only when every element waiting on it has gone (R42).
 */
import { abortError } from './http.js';

interface Entry<T> {
  promise: Promise<T>;
  /** The newest partial answer (pages so far), for waiters that want to show it before the end. */
  partial?: T;
  listeners: Set<(partial: T) => void>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
  expires: number;
}

const entries = new Map<string, Entry<unknown>>();

/**
 * Answers past their time are dropped by one timer, not only when the same question comes again:
 * they hold clinical data, and a page that moves through many patients would otherwise keep every
 * answer it ever had (a leak, and old patients' records in memory for the life of the page).
 */
let sweepTimer: ReturnType<typeof setTimeout> | undefined;
let sweepAt = Infinity;

function sweep(): void {
  sweepTimer = undefined;
  sweepAt = Infinity;
  const now = Date.now();
  let next = Infinity;
  for (const [key, entry] of entries) {
    if (!entry.settled) continue;
    if (entry.expires <= now) entries.delete(key);
    else next = Math.min(next, entry.expires);
  }
  if (next !== Infinity) scheduleSweep(next);
}

function scheduleSweep(at: number): void {
  if (at >= sweepAt) return;
  if (sweepTimer !== undefined) clearTimeout(sweepTimer);
  sweepAt = at;
  sweepTimer = setTimeout(sweep, Math.max(0, at - Date.now()));
  // In Node (the mock server, SSR) the timer must not keep the process alive.
  (sweepTimer as { unref?: () => void }).unref?.();
}

/** Forget every cached answer (a host's "refresh", logout, tests). */
export function clearSharedRequests(): void {
  for (const entry of entries.values()) if (!entry.settled) entry.controller.abort();
  entries.clear();
  if (sweepTimer !== undefined) clearTimeout(sweepTimer);
  sweepTimer = undefined;
  sweepAt = Infinity;
}

/**
 * Drops the answer under `key` if it is still `value` (a chained search's raw answer that failed
 * the R9 guard: kept, it would be served again to the next view within the cache window).
 */
export function dropSharedAnswer(key: string, value: unknown): void {
  const entry = entries.get(key);
  if (entry?.settled) void entry.promise.then((held) => held === value && entries.get(key) === entry && entries.delete(key));
}

/** How many requests are in flight now (for leak tests and the benchmark). */
export function pendingSharedRequests(): number {
  let n = 0;
  for (const entry of entries.values()) if (!entry.settled) n++;
  return n;
}

/**
 * Answers held for re-use now; how many are past their time; and how many of those no sweep already
 * set will drop (`overdue`: a leak). An answer past its time while the sweep due at its expiry has
 * not run yet (a timer fires late on a busy page) is on its way out, not held (for leak tests).
 */
export function cachedSharedRequests(): { held: number; expired: number; overdue: number } {
  const now = Date.now();
  let held = 0;
  let expired = 0;
  let overdue = 0;
  for (const entry of entries.values()) {
    if (!entry.settled) continue;
    held++;
    if (entry.expires > now) continue;
    expired++;
    if (sweepTimer === undefined || entry.expires < sweepAt) overdue++;
  }
  return { held, expired, overdue };
}

/**
 * Whether `key` has an answer a new waiter would join now (in flight, or cached and not yet past its
 * time). The client asks before calling the token provider, so a cache hit costs no token call.
 */
export function hasSharedRequest(key: string): boolean {
  const entry = entries.get(key);
  return !!entry && (!entry.settled || entry.expires > Date.now());
}

/**
 * One answer per key for every waiter. `start` may report partial answers (the pages so far) through
 * its second argument; a waiter that passes `onPartial` hears them, including the newest one at once
 * if it joins late. The promise still resolves only with the whole answer.
 */
export function shareRequest<T>(
  key: string,
  ttlMs: number,
  start: (signal: AbortSignal, partial: (value: T) => void) => Promise<T>,
  keep: (value: T) => boolean,
  signal?: AbortSignal,
  reload = false,
  onPartial?: (value: T) => void,
): Promise<T> {
  if (signal?.aborted) return Promise.reject(abortError());
  let entry = entries.get(key) as Entry<T> | undefined;
  if (entry && entry.settled && (reload || entry.expires <= Date.now())) {
    entries.delete(key);
    entry = undefined;
  }
  if (!entry) {
    const controller = new AbortController();
    const created: Entry<T> = { controller, waiting: 0, settled: false, expires: 0, promise: undefined as never, listeners: new Set() };
    const report = (value: T) => {
      if (created.settled) return;
      created.partial = value;
      for (const listener of created.listeners) listener(value);
    };
    created.promise = start(controller.signal, report).then(
      (value) => {
        created.settled = true;
        created.partial = undefined;
        created.listeners.clear();
        created.expires = Date.now() + ttlMs;
        if (!keep(value) && entries.get(key) === created) entries.delete(key);
        else scheduleSweep(created.expires);
        return value;
      },
      (error: unknown) => {
        created.settled = true;
        created.partial = undefined;
        created.listeners.clear();
        if (entries.get(key) === created) entries.delete(key);
        throw error;
      },
    );
    entries.set(key, created as Entry<unknown>);
    entry = created;
  }
  const shared = entry;
  shared.waiting++;
  if (onPartial && !shared.settled) {
    shared.listeners.add(onPartial);
    if (shared.partial !== undefined) {
      queueMicrotask(() => {
        const partial = shared.partial;
        if (partial !== undefined && shared.listeners.has(onPartial)) onPartial(partial);
      });
    }
  }
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const leave = () => {
      if (done) return false;
      done = true;
      shared.waiting--;
      if (onPartial) shared.listeners.delete(onPartial);
      signal?.removeEventListener('abort', onAbort);
      return true;
    };
    const onAbort = () => {
      if (!leave()) return;
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (entries.get(key) === shared) entries.delete(key);
      }
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (value) => leave() && resolve(value),
      (error: unknown) => leave() && reject(error),
    );
  });
}
