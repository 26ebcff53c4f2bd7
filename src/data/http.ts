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

/**
 * The request guard: `url` is absolute and on exactly `origin`, with no userinfo (issue 22: a
 * look-alike such as `https://icr.example.evil.example` or `https://icr.example:443@evil.example`
 * starts with the origin's text but is another site). Never throws: an unreadable URL is foreign.
 */
function isOnOrigin(url: string, origin: string): boolean {
  try {
    const target = new URL(url);
    if (target.username || target.password) return false;
    return target.origin === origin;
  } catch {
    return false;
  }
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
    if (!isOnOrigin(url, this.settings.origin)) {
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

  private async attempt(url: string, token: string, ctx: RequestContext, extra?: Record<string, string>, accept = 'application/fhir+json'): Promise<Attempt> {
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
          Accept: accept,
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

  /**
   * GETs an attachment (a Binary, a PDF) on the endpoint's origin with `token`, the one token the
   * caller fetched for this request (a 401 asks once more, with `forceRefresh`). The same exact
   * origin guard as `getJson`: never a prefix test, never another origin. A body over `maxBytes`
   * (by Content-Length, or as it arrives) is not read on: `tooLarge`. A FHIR Binary answer is
   * decoded to its bytes and content type. No retries: the reader has "Try again".
   */
  async getAttachment(url: string, token: string, ctx: RequestContext, maxBytes: number): Promise<AttachmentAnswer> {
    if (!isOnOrigin(url, this.settings.origin)) {
      return { ok: false, failure: { kind: 'bad-response', detail: t('data.foreignUrl') } };
    }
    if (!token) return { ok: false, failure: { kind: 'auth-required', detail: t('data.noToken') } };
    let result = await this.attempt(url, token, ctx, undefined, ATTACHMENT_ACCEPT);
    if (result.type === 'answer' && result.response.status === 401) {
      void result.response.body?.cancel().catch(() => undefined);
      token = await fetchToken(this.settings.tokenProvider, ctx.signal, true).catch((e: unknown) => {
        if (isAbort(e)) throw e;
        return '';
      });
      if (!token) return { ok: false, failure: { kind: 'auth-required', status: 401, detail: t('data.noRenewal') } };
      result = await this.attempt(url, token, ctx, undefined, ATTACHMENT_ACCEPT);
    }
    if (result.type !== 'answer') {
      const { status, detail, transport } = result;
      return { ok: false, failure: { kind: 'unavailable', ...(status !== undefined && { status }), detail, ...(transport && { transport }) } };
    }
    const response = result.response;
    const type = response.headers.get('Content-Type') ?? undefined;
    const isJson = /json/i.test(type ?? '');
    if (response.status < 200 || response.status >= 300) {
      const body = await response.text().then((text) => { try { return JSON.parse(text) as unknown; } catch { return undefined; } }, () => undefined);
      return { ok: false, failure: failureFor(response.status, body) };
    }
    // A Binary as FHIR JSON is base64: about 4/3 of its bytes.
    const limit = isJson ? Math.ceil(maxBytes * 1.4) + 4096 : maxBytes;
    const declared = Number(response.headers.get('Content-Length'));
    if (Number.isFinite(declared) && declared > limit) {
      void response.body?.cancel().catch(() => undefined);
      return { ok: false, tooLarge: { bytes: isJson ? undefined : declared }, failure: { kind: 'bad-response', detail: t('data.tooLarge') } };
    }
    let bytes: Uint8Array | undefined;
    try {
      bytes = await readBounded(response, limit);
    } catch {
      if (ctx.signal?.aborted) throw abortError();
      return { ok: false, failure: { kind: 'unavailable', status: response.status, detail: t('data.cutOff'), transport: 'cut-off' } };
    }
    if (!bytes) return { ok: false, tooLarge: {}, failure: { kind: 'bad-response', detail: t('data.tooLarge') } };
    if (!isJson) return { ok: true, bytes, contentType: type };
    return binaryFromJson(bytes, maxBytes);
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

/** What an attachment fetch answers: its bytes and type, or a failure (`tooLarge` when over the bound). */
export type AttachmentAnswer =
  | { ok: true; bytes: Uint8Array; contentType?: string }
  | { ok: false; failure: Failure; tooLarge?: { bytes?: number } };

/** A FHIR server answers a Binary read as JSON by default; a raw PDF or HTML is as welcome. */
const ATTACHMENT_ACCEPT = 'application/fhir+json, application/pdf;q=0.9, text/html;q=0.8, text/plain;q=0.8, */*;q=0.1';

/** The body, read no further than `limit` bytes: undefined when it is longer. */
async function readBounded(response: Response, limit: number): Promise<Uint8Array | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > limit) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** A Binary resource → its bytes and content type; anything else is a bad response. */
function binaryFromJson(bytes: Uint8Array, maxBytes: number): AttachmentAnswer {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { ok: false, failure: { kind: 'bad-response', detail: t('data.notFhirJson') } };
  }
  if (!isObject(body) || body.resourceType !== 'Binary' || typeof body.data !== 'string') {
    return { ok: false, failure: { kind: 'bad-response', detail: t('data.notBinary') } };
  }
  let decoded: Uint8Array;
  try {
    decoded = Uint8Array.from(atob(body.data.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  } catch {
    return { ok: false, failure: { kind: 'bad-response', detail: t('data.notBinary') } };
  }
  if (decoded.byteLength > maxBytes) return { ok: false, tooLarge: { bytes: decoded.byteLength }, failure: { kind: 'bad-response', detail: t('data.tooLarge') } };
  return { ok: true, bytes: decoded, contentType: typeof body.contentType === 'string' ? body.contentType : undefined };
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
