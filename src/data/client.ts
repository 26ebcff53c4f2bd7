/**
 * The ICR client: patient lookup and section searches against one endpoint, exactly as
 * ICR-API.md says. No DOM. Every answer is a typed outcome; only an abort rejects.
 */
import { translator } from '../i18n/core.js';
import { dataMessages } from '../i18n/en-GB/data.js';
import { isObject, isResource, objects, str, type FhirResource } from '../fhir/read.js';
import { isValidNhsNumber, NHS_NUMBER_SYSTEM, nhsNumberWithoutSpaces } from '../format/nhs-number.js';
import { abortError, fetchToken, HttpRequester, isAbort, type AttachmentAnswer, type GetOptions, type RequestContext, type TokenProvider } from './http.js';
import { fingerprint } from './ids.js';
import type { DataWarning, Failure, PatientOutcome, SearchOutcome, SearchResult } from './icr-outcome.js';
import type { SearchQuery } from '../fhir/section-contract.js';
import { findStranger, isSamePatient, type PatientIdentity } from './patient-guard.js';
import { dropSharedAnswer, hasSharedRequest, shareRequest } from './request-cache.js';
import { scopeAllowsRead } from './scopes.js';
import { readIssues, outcomeText } from './operation-outcome.js';
import { withheldFromIssues } from './warnings.js';
import {
  chainedParam, chainNotApplied, isChainUnsupported, markChainUnsupported, nhsIdentifierToken, refusesChain, selfCarriesChain, STRICT_HANDLING,
} from './chained-search.js';

const t = translator(dataMessages);

export type { TokenProvider, RequestContext, AttachmentAnswer };

export interface IcrClientOptions {
  /** The FHIR base URL, e.g. `https://icr.example.nhs.uk/fhir`. */
  endpoint: string;
  tokenProvider: TokenProvider;
  timeoutMs?: number;
  maxRetries?: number;
  retryBaseMs?: number;
  maxRetryWaitMs?: number;
  /** `_count` asked of the server per page. */
  pageSize?: number;
  /** Pages followed before saying "more available" (R39). */
  maxPages?: number;
  /** How long a successful answer is reused for the same question (de-duplication window). */
  cacheTtlMs?: number;
  /**
   * The scopes the host's SMART launch granted (R52). When set, a resource type they do not cover
   * is "not available" without a request; when absent the server alone decides (R47).
   */
  grantedScopes?: string;
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface PatientRef {
  nhsNumber?: string;
  patientId?: string;
}

/** A section's search (fhir/section-contract.ts), as the client runs it. */
export interface SearchRequest extends SearchQuery {
  reload?: boolean;
  /**
   * Hears the pages so far while more are being fetched (each already checked against the patient,
   * R9), so a long record can be shown before its last page arrives. It is marked `loadingMore`.
   */
  onPartial?: (partial: SearchResult) => void;
}

const DEFAULTS = {
  timeoutMs: 15000,
  maxRetries: 2,
  retryBaseMs: 400,
  maxRetryWaitMs: 10000,
  pageSize: 100,
  maxPages: 100,
  cacheTtlMs: 30000,
};

export class IcrClient {
  readonly endpoint: string;
  readonly origin: string;
  private readonly options: Required<Omit<IcrClientOptions, 'fetch' | 'sleep' | 'grantedScopes'>> & IcrClientOptions;
  private readonly http: HttpRequester;
  /** Fingerprint of the token this client last fetched: the key its cache hits are looked up by (see `shared`). */
  private lastFingerprint?: string;
  /** Token calls under way, by question: askers of the same question at once wait for the same call. */
  private readonly tokenCalls = new Map<string, Promise<string>>();

  constructor(options: IcrClientOptions) {
    const url = new URL(options.endpoint, globalThis.location?.href);
    this.endpoint = url.href.replace(/\/+$/, '');
    this.origin = url.origin;
    // An option a host passes as undefined keeps its default: spread as it is, `timeoutMs:
    // undefined` became a timer of 0 ms and every request timed out at once.
    const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as IcrClientOptions;
    this.options = { ...DEFAULTS, ...given };
    this.http = new HttpRequester({ ...this.options, origin: this.origin });
  }

  /** Finds the patient by NHS number (validated first, R14) or reads it by logical id. */
  async resolvePatient(ref: PatientRef, ctx: RequestContext, reload = false): Promise<PatientOutcome> {
    const nhsNumber = nhsNumberWithoutSpaces(ref.nhsNumber);
    if (!ref.patientId && nhsNumber !== undefined && !isValidNhsNumber(nhsNumber)) {
      return { kind: 'invalid-nhs-number', detail: t('data.invalidNhsNumber') };
    }
    const path = ref.patientId
      ? `Patient/${encodeURIComponent(ref.patientId)}`
      : `Patient?identifier=${encodeURIComponent(`${NHS_NUMBER_SYSTEM}|${nhsNumber ?? ''}`)}&_include=Patient:general-practitioner`;
    if (!ref.patientId && !nhsNumber) return { kind: 'not-configured', detail: t('data.noPatient') };
    const ungranted = this.ungranted('Patient');
    if (ungranted) return ungranted;
    return this.shared(`${this.endpoint}|${path}`, ctx, reload,
      (token, signal) => this.fetchPatient(path, ref, nhsNumber, token, { ...ctx, signal }));
  }

  /** Searches one resource type for the patient, following pages, with the R9 guard. */
  async search(request: SearchRequest, who: PatientIdentity, ctx: RequestContext): Promise<SearchOutcome> {
    const ungranted = this.ungranted(request.resourceType);
    if (ungranted) return ungranted;
    const params = new URLSearchParams({ [request.patientParam ?? 'patient']: who.id });
    for (const [name, value] of Object.entries(request.params ?? {}).sort()) params.set(name, value);
    params.set('_count', String(this.options.pageSize));
    const url = `${this.endpoint}/${request.resourceType}?${params}`;
    const onPartial = request.onPartial && ((o: SearchOutcome) => o.kind === 'loaded' && request.onPartial!(o));
    return this.shared<SearchOutcome>(`${who.id}|${url}`, ctx, request.reload ?? false,
      (token, signal, partial) => this.fetchAll(url, request.resourceType, who, token, { ...ctx, signal }, partial), onPartial);
  }

  /**
   * R70: the absolute URL of an attachment when it is on this endpoint's exact origin (a relative
   * `Binary/1` is read against the endpoint), else undefined: such a URL is never fetched with the
   * token. Exact origin equality, never a prefix test: `https://<host>.evil.example`,
   * `https://<host>:<port>@evil.example`, another port or scheme are all other origins. A URL with
   * userinfo is refused even on this origin (fetch refuses it, and it dresses up where it goes).
   */
  ownUrl(url: string | undefined): string | undefined {
    if (!url) return undefined;
    let parsed: URL;
    try {
      parsed = new URL(url, `${this.endpoint}/`);
    } catch {
      return undefined;
    }
    if (parsed.origin !== this.origin || parsed.username || parsed.password) return undefined;
    return parsed.href;
  }

  /**
   * Fetches an attachment on the endpoint's origin with the token (one provider call for the
   * request; a 401 asks once more with `forceRefresh`). Another origin is refused without a
   * request. Not shared or cached: each open is the reader's own request.
   */
  async fetchAttachment(url: string, ctx: RequestContext, maxBytes: number): Promise<AttachmentAnswer> {
    const own = this.ownUrl(url);
    if (!own) return { ok: false, failure: { kind: 'bad-response', detail: t('data.foreignUrl') } };
    const token = await this.token(ctx);
    if (typeof token !== 'string') return { ok: false, failure: token };
    const answer = await this.http.getAttachment(own, token, ctx, maxBytes);
    if (!answer.ok) this.report(answer.failure, ctx);
    return answer;
  }

  /** Whether this endpoint may be asked chained searches (it has not refused or ignored one yet). */
  get chainable(): boolean {
    return !isChainUnsupported(this.endpoint);
  }

  /**
   * Issue 21: the section's search by NHS number, chained on the identifier, sent before the
   * lookup has answered (one round trip, not two). `who` is the patient the lookup returned
   * (undefined when it did not return exactly one): nothing, partial pages included, is handed on
   * before it, and every resource then passes the R9 guard against it. An answer the server did
   * not apply the chain to, or any failure, is never used: the search is asked again by
   * `patient={id}` (the two-step path), and a refusal or an ignored parameter is remembered for
   * the endpoint (chained-search.ts). The raw answer is shared like any search (one request per
   * question), and guarded per asker.
   */
  async searchChained(request: SearchRequest, nhsNumber: string, who: Promise<PatientIdentity | undefined>, ctx: RequestContext): Promise<SearchOutcome> {
    const ungranted = this.ungranted(request.resourceType);
    if (ungranted) return ungranted;
    const param = chainedParam(request.patientParam);
    const params = new URLSearchParams({ [param]: nhsIdentifierToken(nhsNumber) });
    for (const [name, value] of Object.entries(request.params ?? {}).sort()) params.set(name, value);
    params.set('_count', String(this.options.pageSize));
    const url = `${this.endpoint}/${request.resourceType}?${params}`;
    let identity: PatientIdentity | undefined;
    let held: SearchResult | undefined;
    let finished = false;
    const hand = (partial: SearchResult) => {
      if (!finished && identity && !findStranger(partial.matches, identity)) request.onPartial?.(partial);
    };
    // Registered before the wait below, so pages held back are handed on before the whole answer.
    const confirmed = who.then((w) => {
      identity = w;
      if (w && held) hand(held);
      return w;
    });
    const onPartial = request.onPartial && ((o: SearchOutcome) => {
      if (o.kind !== 'loaded') return;
      if (identity) hand(o);
      else held = o;
    });
    const firstPage = (body: unknown) => (selfCarriesChain(body, param, nhsNumber, this.endpoint) ? undefined : chainNotApplied());
    let key: string | undefined;
    const raw = this.shared<SearchOutcome>(`nhs:${nhsNumber}|${url}`, ctx, request.reload ?? false,
      (token, signal, partial) => this.fetchAll(url, request.resourceType, undefined, token, { ...ctx, signal }, partial,
        { headers: STRICT_HANDLING, retries: 0 }, firstPage), onPartial, (k) => (key = k));
    raw.catch(() => undefined); // an abort while the lookup is awaited is the caller's, below
    const patient = await confirmed;
    if (!patient) throw abortError(); // no single patient: nothing of this may be shown (R9)
    const answer = await raw;
    finished = true;
    if (answer.kind === 'loaded') {
      if (!findStranger(answer.matches, patient)) return answer;
      // Not kept for the next asker: a wrong-patient answer is never cached (the two-step path's isn't either).
      if (key) dropSharedAnswer(key, answer);
      return { kind: 'wrong-patient', detail: t('data.otherPatientData') };
    }
    if (refusesChain(answer)) markChainUnsupported(this.endpoint);
    return this.search(request, patient, ctx);
  }

  /** R52: a resource type outside the granted SMART scopes is restricted without a request. */
  private ungranted(resourceType: string): Failure | undefined {
    const granted = this.options.grantedScopes;
    if (granted === undefined || scopeAllowsRead(granted, resourceType)) return undefined;
    return { kind: 'restricted', code: 'SCOPE_NOT_GRANTED', detail: t('data.scopeNotGranted', { type: resourceType }) };
  }

  /**
   * One question, shared with every waiter that asks it with the same token (R47: the share key
   * carries the token's fingerprint), and the token provider called exactly once per HTTP request
   * (README). The token is fetched here, once, fingerprinted for the key and handed to the HTTP
   * layer, which sends that same token (a 401 asks once more, with `forceRefresh`: a second request).
   *
   * A cache hit must not call the provider (that would be a call without a request), yet the key
   * needs a fingerprint. So a client (one per patient view, whose token provider is one function
   * for the life of the view) remembers the fingerprint of the token it last fetched, and first
   * looks for a live answer under that key: found, it joins it with no call. Otherwise it asks for
   * a token, and keys by that token's fingerprint. Answers are still never shared across tokens:
   * a view only reuses answers fetched with the token it was itself last given, within the cache
   * window; another token (another role or user) is a new view with a new client (the elements
   * rebuild their view when `tokenProvider` changes). A second view with the same token calls its
   * provider for its first question, and may then join the first view's answer without a request:
   * it cannot know the token without asking. Askers of one question at the same moment (before
   * the first answer is live) wait for the same token call.
   *
   * A provider that fails, or gives no token ("" or not a string), is `auth-required` with no
   * request at all: never an `Authorization: Bearer ` with nothing after it.
   */
  private async shared<T extends PatientOutcome | SearchOutcome>(
    question: string,
    ctx: RequestContext,
    reload: boolean,
    run: (token: string, signal: AbortSignal, partial: (value: T) => void) => Promise<T>,
    onPartial?: (value: T) => void,
    /** Told the full share key (token fingerprint included) the answer is held under. */
    keyed?: (key: string) => void,
  ): Promise<T> {
    const ttl = this.options.cacheTtlMs;
    const keep = (o: T) => o.kind === 'loaded';
    const last = this.lastFingerprint;
    if (last !== undefined && !reload && hasSharedRequest(`${last}|${question}`)) {
      keyed?.(`${last}|${question}`);
      // Joins the live answer; `start` runs only if it expired in between, and then fetches its own token.
      return shareRequest(`${last}|${question}`, ttl, async (signal, partial) => {
        const token = await this.token(ctx);
        return typeof token === 'string' ? run(token, signal, partial) : (token as T);
      }, keep, ctx.signal, false, onPartial);
    }
    // Sections asking the same question at once share one token call (and then one request).
    let pending = this.tokenCalls.get(question);
    if (!pending) {
      const call = fetchToken(this.options.tokenProvider).catch(() => '');
      pending = call;
      this.tokenCalls.set(question, call);
      void call.then(() => this.tokenCalls.get(question) === call && this.tokenCalls.delete(question));
    }
    const token = await pending;
    if (ctx.signal?.aborted) throw abortError();
    if (!token) return this.report({ kind: 'auth-required', detail: t('data.noToken') }, ctx) as T;
    const key = fingerprint(token);
    this.lastFingerprint = key;
    keyed?.(`${key}|${question}`);
    return shareRequest(`${key}|${question}`, ttl, (signal, partial) => run(token, signal, partial), keep, ctx.signal, reload, onPartial);
  }

  /** One call of the token provider: the token, or the auth-required failure (reported) when there is none. */
  private async token(ctx: RequestContext): Promise<string | Failure> {
    let token = '';
    try {
      token = await fetchToken(this.options.tokenProvider, ctx.signal);
    } catch (error) {
      if (isAbort(error)) throw error;
    }
    return token ? token : this.report({ kind: 'auth-required', detail: t('data.noToken') }, ctx);
  }

  private async fetchPatient(path: string, ref: PatientRef, nhsNumber: string | undefined, token: string, ctx: RequestContext): Promise<PatientOutcome> {
    const answer = await this.http.getJson(`${this.endpoint}/${path}`, token, ctx);
    if (!answer.ok) return this.report(answer.failure, ctx);
    const body = answer.body;
    let patient: FhirResource | undefined;
    let included: FhirResource[] = [];
    if (ref.patientId) {
      if (!isResource(body) || body.resourceType !== 'Patient') return badResponse(t('data.expectedPatient'));
      patient = body;
    } else {
      const page = readSearchset(body, 'Patient');
      if ('kind' in page) return page;
      const patients = dedupeById(page.matches);
      if (patients.length === 0) return { kind: 'not-found', detail: t('data.noSuchNhsNumber') };
      if (patients.length > 1) return { kind: 'wrong-patient', detail: t('data.severalPatients') };
      patient = patients[0];
      included = page.included;
    }
    const who = ref.patientId ? { id: ref.patientId } : { nhsNumber };
    if (!isSamePatient(patient, who)) return { kind: 'wrong-patient', detail: t('data.otherPatient') };
    const id = str(patient.id);
    if (!id) return badResponse(t('data.patientNoId'));
    const onRecord = objects(patient.identifier).find((i) => i.system === NHS_NUMBER_SYSTEM);
    const recordNhs = nhsNumberWithoutSpaces(str(onRecord?.value));
    return {
      kind: 'loaded',
      patient,
      id,
      nhsNumber: nhsNumber ?? (recordNhs && isValidNhsNumber(recordNhs) ? recordNhs : undefined),
      included,
      retrievedAt: Date.now(),
    };
  }

  private async fetchAll(
    firstUrl: string,
    resourceType: string,
    who: PatientIdentity | undefined,
    token: string,
    ctx: RequestContext,
    partial: (value: SearchOutcome) => void,
    get: GetOptions = {},
    firstPage?: (body: unknown) => Failure | undefined,
  ): Promise<SearchOutcome> {
    // `who` undefined: a chained search, guarded by its caller once the lookup has answered.
    const result: SearchResult = { kind: 'loaded', matches: [], included: [], warnings: [], retrievedAt: 0 };
    let url: string | undefined = firstUrl;
    for (let page = 0; url; page++) {
      if (page > 0) {
        // Each further page is a request of its own: its own token call (a long record may outlast a token).
        const next = await this.token(ctx);
        if (typeof next !== 'string') return next;
        token = next;
      }
      const answer = await this.http.getJson(url, token, ctx, get);
      if (answer.ok && page === 0) {
        const refused = firstPage?.(answer.body);
        if (refused) return refused;
      }
      if (!answer.ok) {
        // A 404 on a search means the endpoint is wrong, not that the patient is unknown.
        const failure = answer.failure.kind === 'not-found' ? { ...answer.failure, kind: 'unavailable' as const } : answer.failure;
        return this.report(failure, ctx);
      }
      const read = readSearchset(answer.body, resourceType);
      if ('kind' in read) return read;
      result.matches.push(...read.matches);
      result.included.push(...read.included);
      result.warnings.push(...read.warnings);
      if (page === 0 && read.total !== undefined) result.total = read.total;
      url = read.next && onOrigin(read.next, this.endpoint, this.origin);
      if (read.next && !url) {
        result.warnings.push({ kind: 'foreign-next-link', text: t('data.foreignNext') });
        url = undefined;
        result.incomplete = { shown: result.matches.length, total: result.total };
      } else if (url && page + 1 >= this.options.maxPages) {
        url = undefined;
        result.incomplete = { shown: result.matches.length, total: result.total };
      }
      if (url) {
        // R9 before anything of this page may be shown; the pages so far, marked as still loading.
        if (who && findStranger(read.matches, who)) return { kind: 'wrong-patient', detail: t('data.otherPatientData') };
        partial({
          ...result,
          matches: [...result.matches],
          included: [...result.included],
          warnings: [...result.warnings],
          retrievedAt: Date.now(),
          loadingMore: true,
        });
      }
    }
    result.retrievedAt = Date.now();
    // R39: a server that pages without `next` links (some do) still said how many there are.
    if (!result.incomplete && result.total !== undefined && result.total > result.matches.length) {
      result.incomplete = { shown: result.matches.length, total: result.total };
    }
    if (who && findStranger(result.matches, who)) {
      return { kind: 'wrong-patient', detail: t('data.otherPatientData') };
    }
    return result;
  }

  private report<T extends Failure>(failure: T, ctx: RequestContext): T {
    if (failure.kind === 'auth-required') ctx.onAuthExpired?.();
    return failure;
  }
}

interface Page {
  matches: FhirResource[];
  included: FhirResource[];
  warnings: DataWarning[];
  total?: number;
  next?: string;
}

/**
 * A `next` link as an absolute URL when it is on exactly the endpoint's origin, else undefined
 * (issue 22): another scheme, host or port, a look-alike host (`icr.example.evil.example`), or
 * userinfo (`https://user:pw@icr.example/…`, which fetch refuses, and `https://icr.example:443@evil/…`)
 * are all "further pages on another site", never a failure that loses the pages already read.
 */
function onOrigin(link: string, endpoint: string, origin: string): string | undefined {
  let target: URL;
  try {
    target = new URL(link, endpoint);
  } catch {
    return undefined;
  }
  if (target.username || target.password) return undefined;
  if (target.origin !== origin) return undefined;
  return target.href;
}

function badResponse(detail: string): Failure {
  return { kind: 'bad-response', detail };
}

/** Reads one searchset page; anything that is not one is a bad response, never an empty list. */
export function readSearchset(body: unknown, resourceType: string): Page | Failure {
  if (!isResource(body) || body.resourceType !== 'Bundle') return badResponse(t('data.expectedBundle'));
  if (body.type !== undefined && body.type !== 'searchset') return badResponse(t('data.expectedSearchset'));
  const page: Page = { matches: [], included: [], warnings: [] };
  if (typeof body.total === 'number' && Number.isFinite(body.total)) page.total = body.total;
  for (const entry of objects(body.entry)) {
    const resource = entry.resource;
    const mode = isObject(entry.search) ? str(entry.search.mode) : undefined;
    if (!isResource(resource)) return badResponse(t('data.entryNotResource'));
    if (mode === 'outcome' || (mode === undefined && resource.resourceType === 'OperationOutcome')) {
      const issues = readIssues(resource);
      const warning: DataWarning = { kind: 'search-outcome', text: outcomeText(issues) ?? t('data.searchProblem'), code: issues[0]?.detailCode };
      const withheld = withheldFromIssues(issues); // R50: said once per section (warnings.ts)
      if (withheld) warning.withheld = withheld;
      page.warnings.push(warning);
    } else if (mode === 'include') {
      page.included.push(resource);
    } else if (resource.resourceType === resourceType) {
      page.matches.push(resource);
    } else {
      return badResponse(t('data.unexpectedType', { expected: resourceType, received: resource.resourceType }));
    }
  }
  const next = objects(body.link).find((l) => l.relation === 'next');
  page.next = str(next?.url);
  return page;
}

function dedupeById(resources: FhirResource[]): FhirResource[] {
  const seen = new Map<string, FhirResource>();
  for (const r of resources) seen.set(str(r.id) ?? `#${seen.size}`, r);
  return [...seen.values()];
}
