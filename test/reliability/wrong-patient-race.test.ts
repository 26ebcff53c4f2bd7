/**
 * Wrong-patient race (H1, H2, H11; R8, R9, R42, R47). Randomised sequences of patient and role
 * switches against the mock ICR, with random latency, answers arriving out of order, requests
 * aborted in flight and answers deliberately for another patient (the mock's `wrong-patient`
 * fault). After every step every element shows either nothing clinical or only the current
 * patient's data, and only what the current role may read.
 *
 * Figures: switches tried (≥ 2,000 in CI), wrong-patient renders (0), wrong-role renders (0).
 */
import { expect } from '@open-wc/testing';
import { createMockIcr, mayRead, type MockIcr, type MockRoleCode } from '../../src/mock/index.js';
import { clearSharedRequests } from '../../src/data/request-cache.js';
import { routeFetch, type FetchRouter } from '../helpers/icr.js';
import { MarkerIndex } from '../helpers/reliability/markers.js';
import { DATA_STATES, infoOf, mountProvider, untilAll, DEFINED_STATES } from '../helpers/reliability/elements.js';
import { formatNhsNumber } from '../../src/format/nhs-number.js';
import { settled, shownText } from '../helpers/reliability/dom.js';
import { Rng, SEED, SOAK, figure, size, sleep } from '../helpers/reliability/run.js';

const SWITCHES = size(2000, 10000);
const ROLES: MockRoleCode[] = ['R8000', 'R8001', 'R1070', 'R9570', 'R8010'];
/** Valid by Modulus 11, but nobody in the ICR has it: "not found". */
const UNKNOWN_NHS = '9000000009';
const INVALID_NHS = '9434765918';
/** Resource types the mock answers for a patient (faults are aimed at one of them at random). */
const TYPES = ['Patient', 'RelatedPerson', 'AllergyIntolerance', 'List', 'MedicationStatement', 'MedicationRequest', 'Task', 'Flag',
  'EpisodeOfCare', 'CarePlan', 'DiagnosticReport', 'ImagingStudy', 'Observation', 'Condition'];
// The documents section's search is a fault target too (a wrong-patient answer there must never show).
TYPES.push('DocumentReference');

interface Target {
  nhsNumber?: string;
  patientId?: string;
  /** The patient this view is for, when the ICR has them. */
  id?: string;
  label: string;
}

interface Violation {
  step: number;
  kind: 'wrong-patient' | 'wrong-role';
  element: string;
  state: string | null;
  what: string;
}

describe('reliability: wrong-patient race (H1, H11)', function () {
  this.timeout(SWITCHES * 60 + 60_000);
  let mock: MockIcr;
  let router: FetchRouter;
  let markers: MarkerIndex;
  const tokens = new Map<MockRoleCode, () => string>();
  const nhsOf = (id: string) => mock.population.find((p) => p.id === id)!.nhsNumber;

  before(async () => {
    mock = createMockIcr();
    router = routeFetch({ mock });
    markers = new MarkerIndex();
    for (const role of ROLES) {
      const token = await mock.issueToken(role);
      tokens.set(role, () => token);
    }
  });

  after(() => {
    router.restore();
    clearSharedRequests();
  });

  afterEach(() => {
    document.querySelectorAll('icr-provider').forEach((p) => p.remove());
    mock.faults.clear();
    mock.latencyMs = 0;
    mock.jitterMs = 0;
  });

  /** What an element shows that it must not: another patient's markers, or data the role may not read. */
  function check(step: number, elements: HTMLElement[], target: Target, role: MockRoleCode, stats: { ownSeen: number; dataRenders: number }): Violation[] {
    const out: Violation[] = [];
    for (const el of elements) {
      const state = el.getAttribute('state');
      const info = infoOf(el.localName);
      for (const { marker } of markers.scan(shownText(el))) {
        if (marker.patientId !== target.id) {
          out.push({ step, kind: 'wrong-patient', element: el.localName, state, what: `"${marker.text}" of ${marker.patientId} while showing ${target.label}` });
        } else if (![...marker.types].some((t) => mayRead(role, t))) {
          out.push({ step, kind: 'wrong-role', element: el.localName, state, what: `"${marker.text}" (${[...marker.types].join('/')}) shown to ${role}` });
        } else stats.ownSeen++;
      }
      if (!DATA_STATES.includes(state ?? '')) continue;
      stats.dataRenders++;
      if (!target.id) out.push({ step, kind: 'wrong-patient', element: el.localName, state, what: `data shown for ${target.label}, who is not in the ICR` });
      if (info.required.some((t) => !mayRead(role, t))) {
        out.push({ step, kind: 'wrong-role', element: el.localName, state, what: `${info.section} in state ${state} for ${role}, who may not read ${info.required.join('/')}` });
      }
      // A loaded banner names the current patient (R1, R8).
      if (el.localName === 'icr-patient-banner' && target.id && !shownText(el).includes(formatNhsNumber(nhsOf(target.id)))) {
        out.push({ step, kind: 'wrong-patient', element: el.localName, state, what: `loaded banner without ${target.label}'s NHS number` });
      }
      // The section's own record of whose data it holds (R9): the patient it settled for.
      const held = (el as unknown as { state?: { patient?: { id?: string } } }).state?.patient?.id;
      if (el.localName !== 'icr-patient-banner' && held !== undefined && held !== target.id) {
        out.push({ step, kind: 'wrong-patient', element: el.localName, state, what: `section holds ${held} while showing ${target.label}` });
      }
    }
    return out;
  }

  it('calibration: each patient, fully loaded, shows their own markers and nobody else\'s', async () => {
    const seen: string[] = [];
    // The 9,000-item history takes seconds to render: calibrated under soak only.
    for (const p of mock.population.filter((x) => SOAK || x.id !== 'pat-arthur-greenwood')) {
      clearSharedRequests();
      const { provider, elements } = mountProvider({ endpoint: mock.baseUrl, tokenProvider: tokens.get('R8000'), nhsNumber: p.nhsNumber });
      await untilAll(elements, DEFINED_STATES, 20000);
      await settled(provider);
      const stats = { ownSeen: 0, dataRenders: 0 };
      const violations = check(0, elements, { nhsNumber: p.nhsNumber, id: p.id, label: p.name }, 'R8000', stats);
      expect(violations, JSON.stringify(violations.slice(0, 5))).to.deep.equal([]);
      seen.push(`${p.id.replace('pat-', '')} ${stats.ownSeen}`);
      if (!/opted out/i.test(p.demonstrates)) expect(stats.ownSeen, `${p.name}: the detector sees this patient's own data`).to.be.at.least(2);
      provider.remove();
    }
    figure('wrong-patient race', `markers ${markers.markers.length} over ${markers.byPatient.size} patients; own markers seen when fully loaded: ${seen.join(', ')}`);
  });

  it(`${SWITCHES} random patient and role switches: zero wrong-patient and wrong-role renders`, async () => {
    const rng = new Rng(SEED);
    clearSharedRequests();
    mock.latencyMs = 0;
    mock.jitterMs = 25;
    const population = mock.population;
    const targets: Target[] = [
      ...population.map((p) => ({ nhsNumber: p.nhsNumber, id: p.id, label: p.name })),
      ...population.map((p) => ({ patientId: p.id, id: p.id, label: `${p.name} (by id)` })),
      { nhsNumber: UNKNOWN_NHS, label: 'an NHS number the ICR does not hold' },
      { nhsNumber: INVALID_NHS, label: 'an invalid NHS number' },
      { patientId: 'pat-nobody', label: 'an id the ICR does not hold' },
    ];
    // The long-history patient (thousands of items, many pages) is picked less often: heavy, but
    // the best for switches in the middle of paging.
    const weightOf = (t: Target) => (t.id === 'pat-arthur-greenwood' ? (SOAK ? 0.3 : 0) : t.id ? (t.nhsNumber ? 3 : 1) : 0.5);
    const weightedTargets = targets.map((t) => [t, weightOf(t)] as const);

    let target = targets[0]!;
    let role: MockRoleCode = 'R8000';
    const { provider, elements } = mountProvider({
      endpoint: mock.baseUrl, tokenProvider: tokens.get(role), nhsNumber: target.nhsNumber,
      clientOptions: { retryBaseMs: 5, maxRetryWaitMs: 50, timeoutMs: 3000 },
    });
    const stats = { ownSeen: 0, dataRenders: 0 };
    const violations: Violation[] = [];
    let switches = 0;
    let patientSwitches = 0;
    let roleSwitches = 0;
    let wrongPatientFaults = 0;
    let delayFaults = 0;
    let steps = 0;
    const started = performance.now();

    while (switches < SWITCHES) {
      steps++;
      const action = rng.weighted([['patient', 6], ['role', 2], ['both', 1], ['fault', 1.5]] as const);
      if (action === 'patient' || action === 'both') {
        target = rng.weighted(weightedTargets);
        provider.nhsNumber = target.nhsNumber;
        provider.patientId = target.patientId;
        patientSwitches++;
        switches++;
      }
      if (action === 'role' || action === 'both') {
        role = rng.pick(ROLES);
        provider.tokenProvider = tokens.get(role);
        roleSwitches++;
        switches++;
      }
      if (action === 'fault') {
        if (rng.chance(0.5)) {
          mock.faults.add({ fault: 'wrong-patient', resourceType: rng.pick(TYPES), times: 1 + rng.int(3) });
          wrongPatientFaults++;
        } else {
          mock.faults.add({ fault: 'delay', resourceType: rng.pick(TYPES), delayMs: rng.int(120), times: 1 + rng.int(4) });
          delayFaults++;
        }
      }
      // Sometimes switch again at once (answers still in flight), sometimes let some answers land,
      // sometimes let the view settle completely.
      const wait = rng.weighted([['none', 7], ['short', 2], ['settle', 0.6]] as const);
      if (wait === 'short') await sleep(rng.int(15));
      if (wait === 'settle') {
        await untilAll(elements, [...DEFINED_STATES], 4000).catch(() => undefined);
      }
      await settled(provider);
      violations.push(...check(steps, elements, target, role, stats));
      if (violations.length > 20) break;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const wrongPatient = violations.filter((v) => v.kind === 'wrong-patient').length;
    const wrongRole = violations.filter((v) => v.kind === 'wrong-role').length;
    figure('wrong-patient race',
      `switches tried ${switches} (patient ${patientSwitches}, role ${roleSwitches}) in ${steps} steps, ${seconds} s; ` +
      `requests ${router.log.length}, aborted in flight ${router.log.filter((r) => r.outcome === 'aborted').length}, ` +
      `answered out of order ${router.outOfOrder()}; faults injected: wrong-patient ${wrongPatientFaults}, delay ${delayFaults}; ` +
      `data renders checked ${stats.dataRenders}, own-patient markers seen ${stats.ownSeen}; ` +
      `wrong-patient renders ${wrongPatient}, wrong-role renders ${wrongRole}`);
    expect(violations, JSON.stringify(violations.slice(0, 5), null, 1)).to.deep.equal([]);
    expect(switches).to.be.at.least(SWITCHES);
    expect(stats.dataRenders, 'the race reached loaded states, not only loading').to.be.greaterThan(SWITCHES / 10);
  });
});
