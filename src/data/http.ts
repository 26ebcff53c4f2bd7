/**
 * One logical GET to the ICR: token, headers, timeout, bounded retries with backoff and jitter,
 * Retry-After, and one token refresh on 401 (ICR-API.md). It turns every HTTP answer into either
 * a parsed JSON body or a typed Failure; it never throws except to report an abort.
 */
import { translator } from '../i18n/core.js';
import { dataMessages } from '../i18n/en-GB/data.js';
import { isObject } from '../fhir/read.js';
import type { Failure } from './icr-outcome.js';
import { deniedRole, outcomeText, readIssues } from './operation-outcome.js';
import { uuid } from './ids.js';

const t = translator(dataMessages);

/** The host's token source. Called once per request; once more, with `forceRefresh`, after a 401. */
export type TokenProvider = (options?: { forceRefresh?: boolean }) => string | Promise<string>;

export interface HttpSettings {
  tokenProvider: TokenProvider;
  /** Origin the token may be sent to: the endpoint's, and no other. */
  origin: string;
  timeoutMs: number;
  maxRetries: number;
  retryBaseMs: number;
  /** The longest wait a Retry-After may ask for; longer means "unavailable" now. */
  maxRetryWaitMs: number;
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface RequestContext {
  signal?: AbortSignal;
  correlationId: string;
  /** Told when a 401 survives the refresh, so the host can renew the login. */
  onAuthExpired?: () => void;
}

export type JsonAnswer = { ok: true; status: number; body: unknown } | { ok: false; failure: Failure };

/** What one GET may add to the usual: extra request headers, and its own transient retry budget. */
export interface GetOptions {
  headers?: Record<string, string>;
  /** Transient retries for this GET (default: the client's `maxRetries`). */
  retries?: number;
}

const TRANSIENT = new Set([429, 502, 503, 504]);

export function abortError(): DOMException {
  return new DOMException('The request was aborted', 'AbortError');
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Seconds or an HTTP date, as milliseconds from now; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * One call of the host's token provider. Anything but a non-empty string is no token (the caller
 * then sends nothing: no `Authorization: Bearer ` with an empty value). Rejects only to report an
 * abort or the provider's own failure.
 */
export async function fetchToken(provider: TokenProvider, signal?: AbortSignal, forceRefresh = false): Promise<string> {
  const token: unknown = await provider(forceRefresh ? { forceRefresh } : undefined);
  if (signal?.aborted) throw abortError();
  return typeof token === 'string' ? token : '';
}

type Attempt =
  | { type: 'answer'; response: Response }
  | { type: 'transient'; detail: string; status?: number; retryAfterMs?: number; transport?: Failure['transport'] };

export class HttpRequester {
  constructor(private readonly settings: HttpSettings) {}

  /**
   * GETs `url` with `token`, the token the caller fetched for this request (and fingerprinted for
   * its share key): the provider is not asked again here, so it runs once per request. Only a 401
   * asks it once more, with `forceRefresh`: that is a second request. An empty token sends nothing.
   */
  async getJson(url: string, token: string, ctx: RequestContext, options: GetOptions = {}): Promise<JsonAnswer> {
    if (new URL(url).origin !== this.settings.origin) {
      // Defence in depth: callers already refuse foreign URLs; the token must never follow one.
      return { ok: false, failure: { kind: 'bad-response', detail: t('data.foreignUrl') } };
    }
    if (!token) return { ok: false, failure: { kind: 'auth-required', detail: t('data.noToken') } };
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      const result = await this.attempt(url, token, ctx, options.headers);
      if (result.type === 'answer' && result.response.status === 401 && !refreshed) {
        refreshed = true;
        void result.response.body?.cancel().catch(() => undefined);
        try {
          token = await fetchToken(this.settings.tokenProvider, ctx.signal, true);
        } catch (error) {
          if (isAbort(error)) throw error;
          token = '';
        }
        if (!token) return { ok: false, failure: { kind: 'auth-required', status: 401, detail: t('data.noRenewal') } };
        attempt--; // the refresh retry does not count against the transient budget
        continue;
      }
      if (result.type === 'answer') return this.read(result.response, ctx, token);
      const wait = this.backoff(attempt, result.retryAfterMs);
      if (attempt >= (options.retries ?? this.settings.maxRetries) || wait === undefined) {
        const { status, detail, transport } = result;
        return { ok: false, failure: { kind: 'unavailable', ...(status !== undefined && { status }), detail, ...(transport && { transport }) } };
      }
      await (this.settings.sleep ?? defaultSleep)(wait, ctx.signal);
    }
  }

  /** Exponential backoff with full jitter; Retry-After wins when given, up to the cap. */
  private backoff(attempt: number, retryAfterMs?: number): number | undefined {
    if (retryAfterMs !== undefined) {
      return retryAfterMs > this.settings.maxRetryWaitMs ? undefined : retryAfterMs;
    }
    const ceiling = Math.min(this.settings.maxRetryWaitMs, this.settings.retryBaseMs * 2 ** attempt);
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }

  private async attempt(url: string, token: string, ctx: RequestContext, extra?: Record<string, string>): Promise<Attempt> {
    if (ctx.signal?.aborted) throw abortError();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.settings.timeoutMs);
    const onAbort = () => controller.abort();
    ctx.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await (this.settings.fetch ?? globalThis.fetch)(url, {
        method: 'GET',
        headers: {
          ...extra,
          Accept: 'application/fhir+json',
          Authorization: `Bearer ${token}`,
          'X-Request-ID': uuid(),
          'X-Correlation-ID': ctx.correlationId,
        },
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'error', // a redirect could carry the token to another origin
      });
      if (TRANSIENT.has(response.status)) {
        const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
        void response.body?.cancel().catch(() => undefined);
        return { type: 'transient', status: response.status, retryAfterMs, detail: t('data.httpStatus', { status: response.status }) };
      }
      return { type: 'answer', response };
    } catch (error) {
      if (ctx.signal?.aborted) throw abortError();
      return timedOut
        ? { type: 'transient', detail: t('data.timeout'), transport: 'timeout' }
        : { type: 'transient', detail: t('data.unreachable'), transport: 'unreachable' };
    } finally {
      clearTimeout(timer);
      ctx.signal?.removeEventListener('abort', onAbort);
    }
  }

  private async read(response: Response, ctx: RequestContext, token: string): Promise<JsonAnswer> {
    let text: string;
    try {
      text = redactToken(await response.text(), token);
    } catch {
      if (ctx.signal?.aborted) throw abortError();
      return { ok: false, failure: { kind: 'unavailable', status: response.status, detail: t('data.cutOff'), transport: 'cut-off' } };
    }
    let body: unknown;
    let parsed = false;
    try {
      body = JSON.parse(text);
      parsed = true;
    } catch {
      body = undefined;
    }
    const status = response.status;
    if (status >= 200 && status < 300) {
      const type = response.headers.get('Content-Type') ?? '';
      if (!parsed || !/json/i.test(type) || !isObject(body)) {
        return { ok: false, failure: { kind: 'bad-response', status, detail: t('data.notFhirJson') } };
      }
      return { ok: true, status, body };
    }
    return { ok: false, failure: failureFor(status, body) };
  }
}

/** What a quoted token is replaced with. */
export const REDACTED_TOKEN = '[token removed]';

/**
 * A server that quotes the Authorization header back (in an OperationOutcome's diagnostics, a
 * warning, anything) must not put the token on the page, in an event or in a log: every copy is
 * replaced before the body is read. Only real bearer tokens (16 characters or more) are looked
 * for, so a short test token can never corrupt a body.
 */
export function redactToken(text: string, token: string): string {
  if (token.length < 16 || !text.includes(token)) return text;
  return text.split(token).join(REDACTED_TOKEN);
}

/** Maps a non-2xx answer to its outcome (ICR-API.md "Responses the widgets understand"). */
export function failureFor(status: number, body: unknown): Failure {
  const issues = readIssues(body);
  const codes = issues.map((i) => i.detailCode);
  const detail = outcomeText(issues);
  if (status === 403 && codes.includes('NO_PATIENT_CONSENT')) {
    return { kind: 'opted-out', status, code: 'NO_PATIENT_CONSENT', detail };
  }
  if (status === 403) {
    const role = deniedRole(body);
    return { kind: 'restricted', status, code: codes.find(Boolean), detail, ...(role && { role }) };
  }
  if (status === 401) return { kind: 'auth-required', status, code: codes.find(Boolean), detail };
  if (status === 404) return { kind: 'not-found', status, code: codes.find(Boolean), detail };
  return { kind: 'unavailable', status, code: codes.find(Boolean), detail: detail ?? t('data.httpStatus', { status }) };
}
