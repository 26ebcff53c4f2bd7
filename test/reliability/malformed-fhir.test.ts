/**
 * Malformed FHIR (H1, H3, H4, H8, H13). A mutation fuzzer over the mock ICR's records and the
 * UK Core examples: fields dropped, nulled, of the wrong type, huge, deeply nested; unknown codes;
 * invalid dates; duplicate ids; references to nowhere. Two levels:
 * - mapper level: each element's own searches and pure mapping (`SectionSpec.map`, the banner's
 *   `mapPatientBanner`) on mutated answers: it must return a defined view model, never throw;
 * - element level: mutated answers served to a provider with every element inside, through the
 *   real client (R9 guard, paging), controller, mapper and render: every element must end in a
 *   defined state with no uncaught exception and no console error.
 *
 * Figures: cases per element at each level (≥ 1,000 in CI), crashes (0).
 */
import { expect } from '@open-wc/testing';
import { createMockIcr, type MockIcr } from '../../src/mock/index.js';
import { IcrClient } from '../../src/data/client.js';
import { clearSharedRequests } from '../../src/data/request-cache.js';
import type { PatientLoaded, SearchResult } from '../../src/data/icr-outcome.js';
import type { SectionSpec, Mapped } from '../../src/controllers/section-controller.js';
import { mapPatientBanner } from '../../src/fhir/patient.js';
import type { FhirResource } from '../../src/fhir/read.js';
import { routeFetch, type FetchRouter } from '../helpers/icr.js';
import { ELEMENTS, DEFINED_STATES, mountProvider, untilAll } from '../helpers/reliability/elements.js';
import { capture } from '../helpers/reliability/capture.js';
import { settled } from '../helpers/reliability/dom.js';
import { mutateOnce, type Json, type Mutation } from '../helpers/reliability/mutate.js';
import { Rng, SEED, figure, size } from '../helpers/reliability/run.js';
import { t } from '../../src/i18n/index.js';
import { listFixtures, loadFixture } from '../helpers/fixtures.js';

const MAPPER_CASES = size(1000, 20_000);
const ELEMENT_CASES = size(100, 3000);
/** Patients whose records seed the fuzzer (everyone with data, but not the 9,000-item history). */
const SEED_PATIENTS = ['pat-richard-smith', 'pat-edith-holloway', 'pat-oliver-bennett', 'pat-amira-khan', 'pat-harold-walker',
  'pat-zara-okafor', 'pat-margaret-evans', 'pat-priya-sharma', 'pat-sophie-taylor', 'pat-thomas-wright', 'pat-david-jones'];

type AnySpec = SectionSpec<unknown>;

interface Base {
  patient: PatientLoaded;
  results: Map<string, (SearchResult | undefined)[]>;
}

interface Crash {
  level: 'mapper' | 'element';
  element: string;
  caseNo: number;
  what: string;
  mutations: Mutation[];
}

/** The spec an element was built with (its searches and pure mapping). */
function specOf(tag: string): AnySpec {
  const el = document.createElement(tag) as unknown as { section: { spec: AnySpec } };
  return el.section.spec;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

const MAPPED_KINDS = ['loaded', 'empty', 'not-recorded'];

function defined(mapped: Mapped<unknown>): string | undefined {
  if (!mapped || typeof mapped !== 'object') return 'the mapper returned no object';
  if (!MAPPED_KINDS.includes(mapped.kind)) return `undefined kind ${String(mapped.kind)}`;
  if (typeof mapped.count !== 'number' || !Number.isFinite(mapped.count) || mapped.count < 0) return `count ${String(mapped.count)}`;
  if (!mapped.view || typeof mapped.view !== 'object') return 'no view model';
  return undefined;
}

describe('reliability: malformed FHIR (fuzzer)', function () {
  this.timeout(size(110_000, 3_600_000));
  let mock: MockIcr;
  let router: FetchRouter;
  let token: string;
  const bases: Base[] = [];
  /** UK Core / FHIR R4 examples by resource type, mixed into the mapper-level answers. */
  const examples = new Map<string, FhirResource[]>();
  const sections = ELEMENTS.filter((e) => e.tag !== 'icr-patient-banner');
  const perElement = new Map<string, { mapper: number; element: number }>();
  const crashes: Crash[] = [];
  /** Single mappings that took longer than half a second (a pathological input, e.g. a regex). */
  const slow: Crash[] = [];
  let pauses = 0;
  const count = (tag: string, level: 'mapper' | 'element') => {
    const c = perElement.get(tag) ?? { mapper: 0, element: 0 };
    c[level]++;
    perElement.set(tag, c);
  };

  before(async () => {
    mock = createMockIcr();
    router = routeFetch({ mock });
    token = await mock.issueToken('R8000');
    const client = new IcrClient({ endpoint: mock.baseUrl, tokenProvider: () => token });
    const ctx = { correlationId: 'fuzz-seed' };
    for (const id of SEED_PATIENTS) {
      const patient = await client.resolvePatient({ patientId: id }, ctx);
      if (patient.kind !== 'loaded') throw new Error(`seed patient ${id}: ${patient.kind}`);
      const results = new Map<string, (SearchResult | undefined)[]>();
      for (const { tag } of sections) {
        const spec = specOf(tag);
        const outcomes = await Promise.all(spec.queries().map((q) => client.search(q, { id: patient.id, nhsNumber: patient.nhsNumber }, ctx)));
        results.set(tag, outcomes.map((o) => (o.kind === 'loaded' ? o : undefined)));
      }
      bases.push({ patient, results });
    }
    for (const type of ['AllergyIntolerance', 'MedicationStatement', 'MedicationRequest', 'Condition', 'Observation', 'DiagnosticReport', 'CarePlan', 'Flag', 'Task', 'RelatedPerson', 'List', 'EpisodeOfCare', 'Patient']) {
      const files = [
        ...(await listFixtures('uk-core-json', `UKCore-${type}-`)).map((f) => `uk-core-json/${f}`),
        ...(await listFixtures('fhir-r4', `${type}-`)).map((f) => `fhir-r4/${f}`),
      ];
      const found = await Promise.all(files.map((f) => loadFixture(f)));
      examples.set(type, found.filter((r) => r.resourceType === type));
    }
  });

  after(() => {
    router.restore();
    clearSharedRequests();
  });

  it(`mapper level: ${MAPPER_CASES} mutated answers per element through its own mapping`, () => {
    const rng = new Rng(SEED);
    const started = performance.now();
    const targets = [...sections.map((s) => s.tag), 'icr-patient-banner'];
    for (const tag of targets) {
      const spec = tag === 'icr-patient-banner' ? undefined : specOf(tag);
      for (let caseNo = 0; caseNo < MAPPER_CASES; caseNo++) {
        const base = rng.pick(bases);
        const mutations: Mutation[] = [];
        const patient = clone(base.patient);
        const results = spec ? clone(base.results.get(tag)!) : [];
        // Mix in a UK Core example of the same type now and then (other shapes than the mock's).
        for (const r of results) {
          const type = r?.matches[0]?.resourceType ?? undefined;
          if (r && type && rng.chance(0.2) && examples.get(type)?.length) r.matches.push(clone(rng.pick(examples.get(type)!)));
        }
        const pool: { resource: FhirResource; match: boolean }[] = [
          ...results.flatMap((r) => [...(r?.matches ?? []).map((m) => ({ resource: m, match: true })), ...(r?.included ?? []).map((m) => ({ resource: m, match: false }))]),
          ...(tag === 'icr-patient-banner' || tag === 'icr-contact-details' ? [{ resource: patient.patient, match: true }] : []),
        ];
        const ids = pool.map((p) => String(p.resource.id));
        const n = 1 + rng.int(3);
        for (let i = 0; i < n && pool.length; i++) {
          const target = rng.pick(pool);
          // The client has already checked a match's type (else "bad response"): keep that one fact.
          mutations.push(mutateOnce(target.resource as unknown as Json, rng, {
            protect: (p) => target.match && p.length === 1 && p[0] === 'resourceType',
            otherIds: ids,
            limits: { string: 100_000, array: 500, depth: 800 },
          }));
        }
        // Duplicate whole entries now and then (the same id twice, from two sources).
        for (const r of results) if (r?.matches.length && rng.chance(0.05)) r.matches.push(clone(rng.pick(r.matches)));
        count(tag, 'mapper');
        const map = (): string | undefined => {
          if (!spec) {
            const view = mapPatientBanner(patient.patient, new Date(), patient.included);
            return view && typeof view === 'object' ? undefined : 'no banner view';
          }
          return defined(spec.map(results, patient) as Mapped<unknown>);
        };
        const t0 = performance.now();
        try {
          const problem = map();
          if (problem) crashes.push({ level: 'mapper', element: tag, caseNo, what: problem, mutations });
        } catch (error) {
          crashes.push({ level: 'mapper', element: tag, caseNo, what: `${(error as Error).name}: ${(error as Error).message}`, mutations });
        }
        const took = performance.now() - t0;
        if (took > 500) {
          // Slow once can be a garbage collection; slow twice on the same input is the input.
          const again = performance.now();
          try { map(); } catch { /* counted above */ }
          const second = performance.now() - again;
          if (second > 250) slow.push({ level: 'mapper', element: tag, caseNo, what: `took ${took.toFixed(0)} ms, then ${second.toFixed(0)} ms`, mutations });
          else pauses++;
        }
      }
    }
    figure('malformed FHIR',
      `mapper level: ${MAPPER_CASES} cases per element × ${targets.length} elements (each 1–3 mutations of the mock records and UK Core examples) in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s; crashes ${crashes.filter((c) => c.level === 'mapper').length}, mappings over 500 ms ${slow.length} (one-off pauses ${pauses})`);
    expect(slow, JSON.stringify(slow.slice(0, 3), null, 1)).to.deep.equal([]);
    expect(crashes, JSON.stringify(crashes.slice(0, 3), null, 1)).to.deep.equal([]);
  });

  it(`element level: ${ELEMENT_CASES} mutated record loads through client, controller and render`, async () => {
    const rng = new Rng(SEED ^ 0x5bd1e995);
    let caseNo = 0;
    let mutations: Mutation[] = [];
    let mutationsServed = 0;
    const served = routeFetch({
      mock,
      serve: async (request) => {
        const answer = await mock.handle(request.clone());
        if (answer.status !== 200) return answer;
        const body = (await answer.json()) as Json & { resourceType?: string; entry?: { resource?: Json }[] };
        const resources = body.resourceType === 'Bundle' ? (body.entry ?? []).map((e) => e.resource).filter((r): r is Json => !!r) : [body];
        const ids = resources.map((r) => String((r as { id?: string }).id));
        if (resources.length && rng.chance(0.85)) {
          const n = 1 + rng.int(3);
          for (let i = 0; i < n; i++) {
            mutations.push(mutateOnce(rng.pick(resources), rng, { otherIds: ids, limits: { string: 50_000, array: 500, depth: 300 } }));
            mutationsServed++;
          }
        }
        if (body.resourceType === 'Bundle' && rng.chance(0.05)) {
          mutations.push(mutateOnce(body, rng, { limits: { string: 5000, array: 50, depth: 50 } }));
        }
        return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/fhir+json' } });
      },
    });
    const log = capture({ quiet: true });
    const states = new Map<string, number>();
    const started = performance.now();
    try {
      const { provider, elements } = mountProvider({
        endpoint: mock.baseUrl, nhsNumber: '9990000018', tokenProvider: () => token,
        clientOptions: { cacheTtlMs: 0, timeoutMs: 10_000 },
      });
      for (caseNo = 0; caseNo < ELEMENT_CASES; caseNo++) {
        mutations = [];
        log.reset();
        clearSharedRequests();
        const patient = rng.pick(bases).patient;
        provider.nhsNumber = patient.nhsNumber;
        provider.correlationId = `fuzz-${caseNo}`;
        let problem: string | undefined;
        try {
          await settled(provider);
          await untilAll(elements, DEFINED_STATES, 15_000);
          await settled(provider);
        } catch (error) {
          problem = (error as Error).message;
        }
        for (const el of elements) {
          count(el.localName, 'element');
          const state = el.getAttribute('state') ?? '(none)';
          states.set(state, (states.get(state) ?? 0) + 1);
          if (!el.shadowRoot?.firstElementChild) problem ??= `${el.localName} rendered nothing`;
        }
        // A mapper that throws is caught by the section controller ("could not be read"): a defined
        // state, but still a crash of the mapping, so it is counted as one.
        const caught = log.events.filter((e) => e.type === 'icr-error' && (e.detail as { detail?: string }).detail === t('data.unreadable'));
        const crashed = [...log.crashes(), ...caught.map((e) => `mapper threw inside <${e.target}> (caught: bad-response)`)];
        if (problem || crashed.length) crashes.push({ level: 'element', element: elements.map((e) => `${e.localName}=${e.getAttribute('state')}`).join(' '), caseNo, what: problem ?? crashed.join(' | '), mutations });
        if (crashes.length > 5) break;
      }
      provider.remove();
    } finally {
      log.stop();
      served.restore();
    }
    figure('malformed FHIR',
      `element level: ${ELEMENT_CASES} record loads × ${ELEMENTS.length} elements (every element per load: ${ELEMENT_CASES} renders each), ` +
      `${mutationsServed} mutations served, end states ${[...states].map(([s, n]) => `${s} ${n}`).join(', ')}, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s; crashes ${crashes.filter((c) => c.level === 'element').length}`);
    figure('malformed FHIR', `cases per element: ${[...perElement].map(([tag, c]) => `${tag.replace('icr-', '')} ${c.mapper + c.element} (mapper ${c.mapper}, element ${c.element})`).join('; ')}`);
    expect(crashes, JSON.stringify(crashes.slice(0, 3), null, 1)).to.deep.equal([]);
  });
});
