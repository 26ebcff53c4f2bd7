/**
 * The mock ICR: a FHIR R4 endpoint as one Fetch API function, `handle(request) → Response`, with
 * tokens, an access policy, opt-outs, withheld items, latency and faults. It has no msw inside, so
 * the same code answers in the browser (through msw: see `msw.ts`) and in Node
 * (`npm run mock-icr`). What it implements is `ICR-API.md`; see README-level notes in `index.ts`.
 */
import { DEMO_TOKEN_SECRET, issueToken, verifyAuthorization, type TokenClaims } from './auth.js';
import { createFaultRegistry, faultsFromHeader, type FaultRegistry } from './faults.js';
import { operationOutcome, withheldOutcome } from './outcome.js';
import { inSharingAgreement, mayRead, RESOURCE_SECTION, ROLES } from './policy.js';
import { POPULATION, WRONG_PATIENT_DONORS } from './population/index.js';
import {
  INCLUDES,
  parseSearch,
  sortResources,
  SUPPORTED_TYPES,
  type ParsedSearch,
} from './search.js';
import { PopulationStore, type PatientRecord } from './store.js';
import type {
  FaultRule,
  FhirResource,
  IssueTokenOptions,
  MockIcr,
  MockIcrOptions,
  MockPatientSummary,
  MockRequestLogEntry,
  MockRole,
  MockRoleCode,
} from './types.js';

export const DEFAULT_BASE_URL = 'https://icr.mock.nhs.uk/fhir';
export const FHIR_JSON = 'application/fhir+json; charset=utf-8';
export const FOREIGN_ORIGIN = 'https://evil.example.com';

/** What a route produces before it becomes a Response (so faults can still reshape it). */
interface Reply {
  status: number;
  body?: unknown;
  /** A non-JSON body (faults). */
  text?: string;
  headers?: Record<string, string>;
}

interface RequestContext {
  url: URL;
  /** Origin + base path of this request, e.g. `http://127.0.0.1:8787/fhir`. */
  base: string;
  claims: TokenClaims;
  /** Answer for another patient than the one asked for (the `wrong-patient` fault). */
  wrongPatient: boolean;
}

const PRE_FAULTS = new Set(['500', '502', '503', '504', '429', '401', 'network-error', 'opted-out']);

function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers ? { status, body, headers } : { status, body };
}

function sleep(ms: number, signal: AbortSignal | null): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

function acceptable(request: Request, url: URL): boolean {
  const format = url.searchParams.get('_format');
  if (format && !['json', 'application/json', 'application/fhir+json'].includes(format)) return false;
  const accept = request.headers.get('accept');
  if (!accept) return true;
  return accept
    .split(',')
    .map((part) => part.split(';')[0]!.trim().toLowerCase())
    .some((type) => ['application/fhir+json', 'application/json', 'application/*', '*/*'].includes(type));
}

class MockIcrImpl implements MockIcr {
  readonly baseUrl: string;
  readonly faults: FaultRegistry = createFaultRegistry();
  latencyMs: number;
  jitterMs: number;
  readonly requests: MockRequestLogEntry[] = [];
  readonly population: readonly MockPatientSummary[];
  readonly roles: readonly MockRole[] = ROLES;

  private readonly basePath: string;
  private readonly secret: string;
  private readonly store: PopulationStore;

  constructor(options: MockIcrOptions = {}) {
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.basePath = new URL(this.baseUrl).pathname.replace(/\/+$/, '');
    this.latencyMs = options.latencyMs ?? 0;
    this.jitterMs = options.jitterMs ?? 0;
    this.secret = options.secret ?? DEMO_TOKEN_SECRET;
    this.store = new PopulationStore(POPULATION, options.now ?? Date.now);
    this.population = POPULATION.map(({ id, nhsNumber, name, demonstrates }) => ({ id, nhsNumber, name, demonstrates }));
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  issueToken(role: MockRoleCode, opts?: IssueTokenOptions): Promise<string> {
    return issueToken(this.secret, role, opts);
  }

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    this.requests.push({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      at: Date.now(),
    });
    const corsHeaders = this.corsHeaders(request);
    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: corsHeaders });

    const segments = this.segmentsOf(url);
    const resourceType = segments?.[0];
    const rules = [...this.faults.take(resourceType), ...faultsFromHeader(request.headers.get('x-mock-fault'))];

    const extraDelay = rules.filter((r) => r.fault === 'delay').reduce((sum, r) => sum + (r.delayMs ?? 2000), 0);
    const jitter = this.jitterMs > 0 ? Math.random() * this.jitterMs : 0;
    await sleep(this.latencyMs + jitter + extraDelay, request.signal);

    const pre = rules.find((r) => PRE_FAULTS.has(r.fault));
    if (pre?.fault === 'network-error') return Response.error();

    let reply: Reply;
    if (pre) reply = this.preFault(pre);
    else {
      const wrongPatient = rules.some((r) => r.fault === 'wrong-patient');
      reply = await this.respond(request, url, segments, wrongPatient);
      reply = this.postFaults(reply, rules, url, resourceType);
    }
    return this.toResponse(reply, request, corsHeaders);
  }

  // -------------------------------------------------------------------------------------------

  private segmentsOf(url: URL): string[] | undefined {
    const path = url.pathname.replace(/\/+$/, '');
    if (path !== this.basePath && !path.startsWith(`${this.basePath}/`)) return undefined;
    return path
      .slice(this.basePath.length)
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s));
  }

  private corsHeaders(request: Request): Record<string, string> {
    return {
      'Access-Control-Allow-Origin': request.headers.get('origin') ?? '*',
      'Access-Control-Allow-Methods': 'GET, OPTIONS',
      'Access-Control-Allow-Headers': 'Authorization, Accept, X-Request-ID, X-Correlation-ID, X-Mock-Fault',
      'Access-Control-Expose-Headers': 'Retry-After, WWW-Authenticate, X-Request-ID, X-Correlation-ID',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    };
  }

  private preFault(rule: FaultRule): Reply {
    const retryAfter = String(rule.retryAfterSeconds ?? 1);
    switch (rule.fault) {
      case '500':
        return json(500, operationOutcome('error', 'exception', 'Internal server error (injected by the mock ICR)'));
      case '502':
        return { status: 502, text: '<html><body><h1>502 Bad Gateway</h1></body></html>', headers: { 'Content-Type': 'text/html' } };
      case '503':
        return json(503, operationOutcome('error', 'transient', 'The ICR is temporarily unavailable (injected by the mock ICR)', 'SERVICE_UNAVAILABLE'), {
          'Retry-After': retryAfter,
        });
      case '504':
        return { status: 504, text: 'upstream request timeout', headers: { 'Content-Type': 'text/plain' } };
      case '429':
        return json(429, operationOutcome('error', 'throttled', 'Too many requests (injected by the mock ICR)'), { 'Retry-After': retryAfter });
      case '401':
        return this.unauthorised('Access token expired');
      case 'opted-out':
        return this.noConsent();
      default:
        return json(500, operationOutcome('error', 'exception', `Unhandled fault ${rule.fault}`));
    }
  }

  private unauthorised(reason: string): Reply {
    return json(401, operationOutcome('error', 'login', reason, 'ACCESS_DENIED', 'Access Denied - Unauthorised'), {
      'WWW-Authenticate': `Bearer error="invalid_token", error_description="${reason}"`,
    });
  }

  private noConsent(): Reply {
    return json(
      403,
      operationOutcome('error', 'forbidden', 'This person has opted out of sharing their record through the Integrated Care Record', 'NO_PATIENT_CONSENT'),
    );
  }

  private accessDenied(diagnostics: string): Reply {
    return json(403, operationOutcome('error', 'forbidden', diagnostics, 'ACCESS_DENIED'));
  }

  private async respond(request: Request, url: URL, segments: string[] | undefined, wrongPatient: boolean): Promise<Reply> {
    if (!segments) return json(404, operationOutcome('error', 'not-found', `Not a path of this FHIR server: ${url.pathname}`, 'BAD_REQUEST'));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return json(405, operationOutcome('error', 'not-supported', `${request.method} is not supported: this ICR is read-only`, 'BAD_REQUEST'));
    }
    if (!acceptable(request, url)) {
      return json(406, operationOutcome('error', 'not-supported', 'This server returns application/fhir+json only', 'UNSUPPORTED_MEDIA_TYPE'));
    }
    const base = `${url.origin}${this.basePath}`;
    if (segments.length === 1 && segments[0] === 'metadata') return json(200, this.capabilityStatement(base));

    const verified = await verifyAuthorization(this.secret, request.headers.get('authorization'));
    if (!verified.ok) return this.unauthorised(verified.reason);
    const claims = verified.claims;
    if (!inSharingAgreement(claims.org)) {
      return this.accessDenied(`Organisation ${claims.org ?? '(none)'} is not party to the Integrated Care Record sharing agreement`);
    }

    const [type, id, ...rest] = segments;
    if (!type || !SUPPORTED_TYPES.includes(type) || !RESOURCE_SECTION[type]) {
      return json(400, operationOutcome('error', 'not-supported', `Resource type ${type ?? '(none)'} is not supported by this server`, 'BAD_REQUEST'));
    }
    if (rest.length > 0 || id === '_search' || id === '_history') {
      return json(400, operationOutcome('error', 'not-supported', `Operation ${url.pathname} is not supported`, 'BAD_REQUEST'));
    }
    const ctx: RequestContext = { url, base, claims, wrongPatient };
    return id === undefined ? this.search(ctx, type) : this.read(ctx, type, id);
  }

  /** Consent, then role: the checks every patient-related request passes, in that order. */
  private gate(ctx: RequestContext, type: string, patient: PatientRecord | undefined): Reply | undefined {
    if (patient?.module.optedOut) return this.noConsent();
    if (!mayRead(ctx.claims.role, type)) {
      return this.accessDenied(
        `Role ${ctx.claims.role ?? '(none)'} may not read ${type} (section: ${RESOURCE_SECTION[type] ?? 'unknown'})`,
      );
    }
    return undefined;
  }

  /**
   * A patient other than `patientId` for the `wrong-patient` fault: one that has resources of
   * `type`, so the fault always serves another patient's data rather than an empty answer.
   */
  private donorFor(patientId: string | undefined, type: string): PatientRecord | undefined {
    const donors = WRONG_PATIENT_DONORS.filter((d) => d !== patientId)
      .map((d) => this.store.record(d))
      .filter((r): r is PatientRecord => !!r);
    return donors.find((r) => type === 'Patient' || (r.byType.get(type)?.length ?? 0) > 0) ?? donors[0];
  }

  private read(ctx: RequestContext, type: string, id: string): Reply {
    const located = this.store.find(type, id);
    if (!located) {
      const gate = this.gate(ctx, type, undefined);
      if (gate) return gate;
      return json(404, operationOutcome('error', 'not-found', `${type}/${id} is not in the Integrated Care Record`, 'RESOURCE_NOT_FOUND'));
    }
    const gate = this.gate(ctx, type, located.owner);
    if (gate) return gate;
    if (ctx.wrongPatient && located.owner) {
      const donor = this.donorFor(located.owner.module.id, type);
      const swapped = type === 'Patient' ? donor?.patient : donor?.byType.get(type)?.[0];
      if (swapped) return json(200, swapped);
    }
    return json(200, located.resource);
  }

  private search(ctx: RequestContext, type: string): Reply {
    const parsed = parseSearch(type, ctx.url.searchParams);
    if (!parsed.ok) return json(parsed.status, parsed.outcome);
    const search = parsed.search;

    // Which patient the search is about (for consent), and the candidate resources.
    let record: PatientRecord | undefined;
    let candidates: FhirResource[];
    if (type === 'Patient') {
      const module = search.nhsNumber ? this.store.moduleByNhsNumber(search.nhsNumber) : undefined;
      const ids = search.ids ?? [];
      if (module && (ids.length === 0 || ids.includes(module.id))) record = this.store.record(module.id);
      else if (!search.nhsNumber && !search.foreignIdentifier && ids.length === 1) record = this.store.record(ids[0]!);
      candidates = record && !search.foreignIdentifier ? [record.patient] : [];
    } else if (search.patientId !== undefined) {
      record = this.store.record(search.patientId);
      candidates = record?.byType.get(type) ?? [];
    } else {
      // Types that are not patient-scoped (Organization, Practitioner, Medication, ...).
      candidates = type === 'Medication' ? [] : this.store.sharedOfType(type);
      if (type === 'Medication' && search.ids?.length === 1) {
        const located = this.store.find('Medication', search.ids[0]!);
        record = located?.owner;
        if (located) candidates = [located.resource];
      }
    }
    const gate = this.gate(ctx, type, record);
    if (gate) return gate;

    if (ctx.wrongPatient && record) {
      const donor = this.donorFor(record.module.id, type);
      if (donor) {
        record = donor;
        candidates = type === 'Patient' ? [donor.patient] : (donor.byType.get(type) ?? []);
      }
    }

    let matches = candidates;
    if (search.ids && type !== 'Patient') matches = matches.filter((r) => search.ids!.includes(r.id));
    for (const filter of search.filters) matches = matches.filter(filter);
    matches = sortResources(matches, search.sort);
    return json(200, this.searchset(ctx, search, matches, record));
  }

  private searchset(ctx: RequestContext, search: ParsedSearch, matches: FhirResource[], record: PatientRecord | undefined): FhirResource {
    const total = matches.length;
    const page = search.summaryCount ? [] : matches.slice(search.offset, search.offset + search.count);
    const entries: unknown[] = page.map((r) => this.entry(ctx.base, r, 'match'));

    // _include: referenced resources the role may read, once each.
    const included = new Set<string>();
    for (const include of search.includes) {
      const follow = INCLUDES[search.type]?.[include];
      if (!follow) continue;
      for (const r of page) {
        const refs = [follow(r)].flat() as Array<{ reference?: string } | undefined>;
        for (const ref of refs) {
          const target = ref?.reference;
          if (!target || target.startsWith('#') || included.has(target)) continue;
          const [t, i] = target.split('/');
          if (!t || !i || !mayRead(ctx.claims.role, t)) continue;
          const found = this.store.find(t, i);
          if (!found) continue;
          included.add(target);
          entries.push(this.entry(ctx.base, found.resource, 'include'));
        }
      }
    }

    const withheld = record?.module.withheld?.[search.type] ?? 0;
    if (withheld > 0 && search.offset === 0 && !search.summaryCount) {
      entries.push({ fullUrl: `urn:uuid:00000000-0000-4000-8000-${String(withheld).padStart(12, '0')}`, resource: withheldOutcome(search.type, withheld), search: { mode: 'outcome' } });
    }

    const links: Array<{ relation: string; url: string }> = [{ relation: 'self', url: ctx.url.href }];
    if (!search.summaryCount && search.count > 0 && search.offset + search.count < total) {
      const next = new URLSearchParams(ctx.url.searchParams);
      next.set('_count', String(search.count));
      next.set('_offset', String(search.offset + search.count));
      links.push({ relation: 'next', url: `${ctx.base}/${search.type}?${next.toString()}` });
    }
    const bundle: FhirResource = {
      resourceType: 'Bundle',
      id: `searchset-${search.type.toLowerCase()}-${search.offset}`,
      meta: { lastUpdated: new Date().toISOString() },
      type: 'searchset',
      total,
      link: links,
    };
    if (entries.length) bundle['entry'] = entries;
    return bundle;
  }

  private entry(base: string, resource: FhirResource, mode: 'match' | 'include'): unknown {
    return { fullUrl: `${base}/${resource.resourceType}/${resource.id}`, resource, search: { mode } };
  }

  private postFaults(reply: Reply, rules: FaultRule[], url: URL, resourceType: string | undefined): Reply {
    let out = reply;
    const isSearchset = (b: unknown): b is FhirResource =>
      typeof b === 'object' && b !== null && (b as FhirResource).resourceType === 'Bundle';
    for (const rule of rules) {
      if (rule.fault === 'foreign-next' && isSearchset(out.body)) {
        const bundle = out.body;
        const links = ((bundle['link'] as Array<{ relation: string; url: string }> | undefined) ?? []).filter((l) => l.relation !== 'next');
        const params = new URLSearchParams(url.searchParams);
        params.set('_offset', String(Number(params.get('_offset') ?? 0) + Number(params.get('_count') ?? 50)));
        links.push({ relation: 'next', url: `${FOREIGN_ORIGIN}${this.basePath}/${resourceType ?? ''}?${params.toString()}` });
        out = { ...out, body: { ...bundle, link: links } };
      }
    }
    for (const rule of rules) {
      if (rule.fault === 'truncated-json') {
        const full = out.text ?? JSON.stringify(out.body ?? {});
        out = { status: out.status, text: full.slice(0, Math.max(1, Math.floor(full.length / 2))), headers: { ...out.headers } };
      } else if (rule.fault === 'not-json') {
        out = { status: 200, text: 'upstream connect error or disconnect/reset before headers. reset reason: connection termination' };
      } else if (rule.fault === 'html-content-type') {
        out = {
          status: 200,
          text: '<!DOCTYPE html><html lang="en"><head><title>Sign in</title></head><body><h1>Sign in to continue</h1><form method="post"><input name="user"></form></body></html>',
          headers: { 'Content-Type': 'text/html; charset=utf-8' },
        };
      }
    }
    return out;
  }

  private toResponse(reply: Reply, request: Request, cors: Record<string, string>): Response {
    const headers = new Headers(cors);
    headers.set('Content-Type', FHIR_JSON);
    headers.set('Cache-Control', 'no-store');
    for (const name of ['x-request-id', 'x-correlation-id']) {
      const value = request.headers.get(name);
      if (value) headers.set(name === 'x-request-id' ? 'X-Request-ID' : 'X-Correlation-ID', value);
    }
    for (const [k, v] of Object.entries(reply.headers ?? {})) headers.set(k, v);
    const body = request.method === 'HEAD' ? null : (reply.text ?? JSON.stringify(reply.body));
    return new Response(body, { status: reply.status, headers });
  }

  private capabilityStatement(base: string): FhirResource {
    return {
      resourceType: 'CapabilityStatement',
      id: 'mock-icr',
      status: 'active',
      date: '2024-01-01',
      kind: 'instance',
      software: { name: 'icr-elements mock ICR' },
      implementation: { description: 'Synthetic Integrated Care Record (no real person\'s data)', url: base },
      fhirVersion: '4.0.1',
      format: ['application/fhir+json'],
      rest: [
        {
          mode: 'server',
          security: { service: [{ text: 'Bearer token (HS256 demo JWT)' }] },
          resource: SUPPORTED_TYPES.map((type) => ({
            type,
            interaction: [{ code: 'read' }, { code: 'search-type' }],
            searchInclude: Object.keys(INCLUDES[type] ?? {}),
          })),
        },
      ],
    };
  }
}

/** Create a mock ICR (see `MockIcr`). Each call has its own faults, log and lazily built population. */
export function createMockIcr(options?: MockIcrOptions): MockIcr {
  return new MockIcrImpl(options);
}

