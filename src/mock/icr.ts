/**
 * The mock ICR: a FHIR R4 endpoint as one Fetch API function, `handle(request) → Response`, with
 * tokens, an access policy, opt-outs, withheld items, latency and faults. It has no msw inside, so
 * the same code answers in the browser (through msw: see `msw.ts`) and in Node
 * (`npm run mock-icr`). What it implements is `ICR-API.md`; see README-level notes in `index.ts`.
 *
 * This file is the request pipeline (log, CORS preflight, faults chosen, latency, route, faults
 * applied, Response); the parts live in `icr/`: routing and access checks (`routes.ts`), the
 * searchset Bundle (`searchset.ts`), `/metadata` (`capability.ts`), what faults answer
 * (`fault-replies.ts`) and the HTTP edge (`reply.ts`).
 */
import { DEMO_TOKEN_SECRET, issueToken } from './auth.js';
import { createFaultRegistry, faultsFromHeader, type FaultRegistry } from './faults.js';
import { PRE_FAULTS, postFaults, preFault } from './icr/fault-replies.js';
import { corsHeaders, toResponse, type Reply } from './icr/reply.js';
import { IcrRouter } from './icr/routes.js';
import { ROLES } from './policy.js';
import { POPULATION } from './population/index.js';
import { PopulationStore } from './store.js';
import type {
  ChainedSearchMode,
  FaultRule,
  IssueTokenOptions,
  MockIcr,
  MockIcrOptions,
  MockPatientSummary,
  MockRequestLogEntry,
  MockRole,
  MockRoleCode,
} from './types.js';

export { FOREIGN_ORIGIN } from './icr/fault-replies.js';
export { FHIR_JSON } from './icr/reply.js';

export const DEFAULT_BASE_URL = 'https://icr.mock.nhs.uk/fhir';

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

class MockIcrImpl implements MockIcr {
  readonly baseUrl: string;
  readonly faults: FaultRegistry = createFaultRegistry();
  latencyMs: number;
  jitterMs: number;
  chainedSearch: ChainedSearchMode;
  readonly requests: MockRequestLogEntry[] = [];
  readonly population: readonly MockPatientSummary[];
  readonly roles: readonly MockRole[] = ROLES;

  private readonly basePath: string;
  private readonly secret: string;
  private readonly router: IcrRouter;

  constructor(options: MockIcrOptions = {}) {
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.basePath = new URL(this.baseUrl).pathname.replace(/\/+$/, '');
    this.latencyMs = options.latencyMs ?? 0;
    this.jitterMs = options.jitterMs ?? 0;
    this.secret = options.secret ?? DEMO_TOKEN_SECRET;
    this.chainedSearch = options.chainedSearch ?? 'supported';
    const store = new PopulationStore(POPULATION, options.now ?? Date.now);
    this.router = new IcrRouter(store, this.secret, this.basePath, () => this.chainedSearch);
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
    const cors = corsHeaders(request);
    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: cors });

    const segments = this.segmentsOf(url);
    const resourceType = segments?.[0];
    const rules = [...this.faults.take(resourceType), ...faultsFromHeader(request.headers.get('x-mock-fault'))];

    const extraDelay = rules.filter((r) => r.fault === 'delay').reduce((sum, r) => sum + (r.delayMs ?? 2000), 0);
    const jitter = this.jitterMs > 0 ? Math.random() * this.jitterMs : 0;
    // The latency is the wire's: the answer is worked out while it runs, as a real ICR serves its
    // requests in parallel. Worked out after it, this single-threaded mock would queue every answer
    // of a burst behind the ones before and add its own CPU to the round trip the latency models.
    const wire = sleep(this.latencyMs + jitter + extraDelay, request.signal);
    const [response] = await Promise.all([this.answer(request, url, segments, resourceType, rules, cors), wire]);
    return response;
  }

  /** The Response, serialised: all of the mock's own work for a request, done during the wire time. */
  private async answer(
    request: Request,
    url: URL,
    segments: string[] | undefined,
    resourceType: string | undefined,
    rules: FaultRule[],
    cors: Record<string, string>,
  ): Promise<Response> {
    const pre = rules.find((r) => PRE_FAULTS.has(r.fault));
    if (pre?.fault === 'network-error') return Response.error();
    let reply: Reply;
    if (pre) reply = preFault(pre);
    else {
      const wrongPatient = rules.some((r) => r.fault === 'wrong-patient');
      reply = postFaults(await this.router.respond(request, url, segments, wrongPatient), rules, url, resourceType, this.basePath);
    }
    return toResponse(reply, request, cors);
  }

  /** The path below the base URL, as decoded segments; undefined for a path outside it. */
  private segmentsOf(url: URL): string[] | undefined {
    const path = url.pathname.replace(/\/+$/, '');
    if (path !== this.basePath && !path.startsWith(`${this.basePath}/`)) return undefined;
    return path
      .slice(this.basePath.length)
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s));
  }
}

/** Create a mock ICR (see `MockIcr`). Each call has its own faults, log and lazily built population. */
export function createMockIcr(options?: MockIcrOptions): MockIcr {
  return new MockIcrImpl(options);
}
