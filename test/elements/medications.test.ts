import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { IcrMedications } from '../../src/elements/medications/medications.js';
import { medicationsSection as medicationsSpec } from '../../src/sections/medications.js';
import type { SectionState } from '../../src/controllers/section-controller.js';
import type { PatientLoaded, SearchResult } from '../../src/data/icr-outcome.js';
import type { FhirResource } from '../../src/fhir/read.js';
import { fixturesOfType, loadFixture } from '../helpers/fixtures.js';

type State = SectionState<Parameters<IcrMedications['renderData']>[0]['view']>;

/** The real element with its state supplied: the mapping and rendering are the real ones. */
class TestMedications extends IcrMedications {
  fake?: State;
  protected override get state(): State {
    return this.fake ?? super.state;
  }
}
customElements.define('test-icr-medications', TestMedications);

const result = (matches: FhirResource[], included: FhirResource[] = []): SearchResult => ({ kind: 'loaded', matches, included, warnings: [], retrievedAt: Date.UTC(2024, 0, 2, 10, 30) });
let patient: PatientLoaded;
const uk = (name: string) => loadFixture(`uk-core-json/UKCore-${name}-Example.json`);

function dataState(results: (SearchResult | undefined)[]): State {
  const mapped = medicationsSpec.map(results, patient);
  return { ...mapped, patient, meta: { retrievedAt: Date.UTC(2024, 0, 2, 10, 30), warnings: [] } };
}
async function render(state: State, filter = 'current'): Promise<TestMedications> {
  const el = await fixture<TestMedications>(html`<test-icr-medications filter=${filter}></test-icr-medications>`);
  el.fake = state;
  el.requestUpdate();
  await el.updateComplete;
  return el;
}
const text = (el: HTMLElement) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const names = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('.name')].map((n) => n.textContent!.trim());
const ms = (id: string, name: string, status = 'active', extra: Record<string, unknown> = {}): FhirResource =>
  ({ resourceType: 'MedicationStatement', id, status, medicationCodeableConcept: { text: name }, ...extra });

describe('<icr-medications>', () => {
  before(async () => {
    patient = { kind: 'loaded', patient: await uk('Patient-RichardSmith'), id: 'p1', nhsNumber: '9912003888', included: [], retrievedAt: 0 };
  });

  it('R30, R33: the UK Core statement shows name, bold structured dose, verbatim text and dates', async () => {
    const el = await render(dataState([result([await uk('MedicationStatement-Amoxicillin')]), result([])]));
    expect(names(el)).to.deep.equal(['Amoxicillin 250mg capsules']);
    const dose = el.shadowRoot!.querySelector('.dose strong')!.textContent!;
    expect(dose).to.match(/^500 milligram, 4 times a day/);
    expect(text(el)).to.contain('2 capsules 4 times a day.').and.contain('15-Feb-2021').and.contain('22-Feb-2017');
    expect(el.shadowRoot!.querySelector('.status')!.tagName).to.equal('STRONG');
    await expect(el).to.be.accessible();
  });

  it('R30, R33: a medication row is at most 10 elements and still reads every fact, each with its label (issue 21 point 4)', async () => {
    const el = await render(dataState([result([await uk('MedicationStatement-Amoxicillin')]), result([])]));
    const item = el.shadowRoot!.querySelector('li.item')!;
    expect(item.querySelectorAll('*').length + 1).to.be.at.most(10);
    expect(item.querySelector('.dose')!.textContent).to.match(/^500 milligram, 4 times a day.* · Instructions \(as recorded\): 2 capsules 4 times a day\.$/);
    const facts = item.querySelector('.facts')!.textContent!.split(' · ');
    expect(facts).to.include('Started: 15-Feb-2021');
    expect(facts.some((f) => f.endsWith('22-Feb-2017'))).to.equal(true);
    expect(facts.every((f) => /^[^:]+: \S/.test(f)), 'every fact has its label and a value').to.equal(true);
  });

  it('R18: a date in the facts line is never split across lines, and keeps its label with it, however narrow the row', async () => {
    const el = await render(dataState([result([await uk('MedicationStatement-Amoxicillin')]), result([])]));
    el.style.display = 'block';
    el.style.width = '140px';
    await el.updateComplete;
    const dates = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.facts .date')];
    expect(dates.map((d) => d.textContent)).to.include('Started: 15-Feb-2021');
    for (const d of dates) expect(d.getClientRects().length, d.textContent!).to.equal(1);
    el.style.width = '';
  });

  it('R31: current and past are separate; each item shows its status', async () => {
    const el = await render(dataState([result([ms('a', 'Aspirin 75mg tablets'), ms('b', 'Bisoprolol 5mg tablets', 'stopped')]), result([])]), 'all');
    const groups = [...el.shadowRoot!.querySelectorAll('[data-group]')];
    expect(groups.map((g) => g.getAttribute('data-group'))).to.deep.equal(['current', 'past']);
    expect(groups[0].textContent).to.contain('Aspirin').and.contain('Active').and.not.contain('Bisoprolol');
    expect(groups[1].textContent).to.contain('Bisoprolol').and.contain('Stopped');
    await expect(el).to.be.accessible();
  });

  it('R31: current only by default; a stopped drug is never in the current list', async () => {
    const el = await render(dataState([result([ms('b', 'Bisoprolol 5mg tablets', 'stopped')]), result([])]));
    expect(text(el)).to.contain('No current medications recorded').and.not.contain('Bisoprolol');
  });

  it('R31: an empty result has its explicit message', async () => {
    const el = await render(dataState([result([]), result([])]));
    expect(text(el)).to.contain('No medications recorded');
    expect(el.getAttribute('state')).to.equal('empty');
    await expect(el).to.be.accessible();
  });

  for (const [kind, status, expected] of [['restricted', 403, 'Not available for your role'], ['opted-out', 403, 'opted out'], ['unavailable', 503, 'Medications unavailable']] as const) {
    it(`R31: ${kind} is shown as such, never as an empty list`, async () => {
      const el = await render({ kind, status } as State);
      expect(text(el)).to.contain(expected).and.not.contain('No medications recorded');
      await expect(el).to.be.accessible();
    });
  }

  it('R32: an unknown code system is shown from its display', async () => {
    const el = await render(dataState([result([{ resourceType: 'MedicationRequest', id: 'x', status: 'active', medicationCodeableConcept: { coding: [{ system: 'urn:weird', code: '1', display: 'Local mixture' }] } }]), result([])]));
    expect(names(el)).to.deep.equal(['Local mixture']);
  });

  it('text filter and sort by name or date', async () => {
    const el = await render(dataState([result([
      ms('a', 'Zopiclone 7.5mg tablets', 'active', { effectiveDateTime: '2023-01-01' }),
      ms('b', 'Aspirin 75mg tablets', 'active', { effectiveDateTime: '2020-01-01' }),
      ms('c', 'Metformin 500mg tablets', 'active', { effectiveDateTime: '2021-01-01' }),
    ]), result([])]));
    expect(names(el)).to.deep.equal(['Aspirin 75mg tablets', 'Metformin 500mg tablets', 'Zopiclone 7.5mg tablets']);
    el.sort = 'date';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Zopiclone 7.5mg tablets', 'Metformin 500mg tablets', 'Aspirin 75mg tablets']);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'metf';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Metformin 500mg tablets']);
    await expect(el).to.be.accessible();
  });

  it('long lists: 1,000 items render in pages that say how many are not shown, all reachable', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => ms(`m${i}`, `Drug ${String(i).padStart(4, '0')} 5mg tablets`));
    const el = await render(dataState([result(many), result([])]));
    const items = el.shadowRoot!.querySelectorAll('li.item');
    expect(items.length).to.equal(100);
    expect(items[0].getAttribute('aria-setsize')).to.equal('1000');
    expect(text(el)).to.contain('Showing 100 of 1,000').and.contain('900 not shown').and.contain('Show all 1,000'); // R62: grouped
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"] button:last-of-type')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li.item').length).to.equal(1000);
  });

  it('conflict cue names the allergy, says exact match only, and fires icr-conflict-detect', async () => {
    const el = await fixture<TestMedications>(html`<test-icr-medications></test-icr-medications>`);
    el.fake = dataState([result([await uk('MedicationStatement-Amoxicillin')]), result([]), result([await uk('AllergyIntolerance-Amoxicillin')])]);
    setTimeout(() => el.requestUpdate());
    const event = await oneEvent(el, 'icr-conflict-detect');
    expect(event.detail.section).to.equal('medications');
    expect(event.detail.matches).to.have.length(1);
    await el.updateComplete;
    expect(text(el)).to.match(/Same substance as recorded allergy: amoxicillin/i).and.contain('Exact match only');
    await expect(el).to.be.accessible();
  });

  it('R51: a very restricted medication is marked and collapsed until revealed', async () => {
    const el = await render(dataState([result([ms('s', 'Sertraline 50mg tablets', 'active', { meta: { security: [{ code: 'V' }] } })]), result([])]));
    expect(text(el)).to.contain('Very restricted item').and.not.contain('Sertraline');
    setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="sensitive-reveal"]')!.click());
    const event = await oneEvent(el, 'icr-sensitive-reveal');
    expect(event.detail).to.deep.equal({ section: 'medications', resourceType: 'MedicationStatement', id: 's' });
    await el.updateComplete;
    expect(text(el)).to.contain('Sertraline');
    await expect(el).to.be.accessible();
  });

  it('R30, R32: every UK Core and R4 statement/request example renders with its drug name', async () => {
    const meds = [...(await fixturesOfType('uk-core-json', 'Medication')), ...(await fixturesOfType('fhir-r4', 'Medication'))].map((m) => m.resource);
    const all = [
      ...(await fixturesOfType('uk-core-json', 'MedicationStatement')), ...(await fixturesOfType('uk-core-json', 'MedicationRequest')),
      ...(await fixturesOfType('fhir-r4', 'MedicationStatement')), ...(await fixturesOfType('fhir-r4', 'MedicationRequest')),
    ].filter((f) => f.resource.status !== 'entered-in-error');
    const el = await render(dataState([result(all.map((f) => f.resource).filter((r) => r.resourceType === 'MedicationStatement'), meds), result(all.map((f) => f.resource).filter((r) => r.resourceType === 'MedicationRequest'), meds)]), 'all');
    el.pageSize = 1000;
    el.fake = { ...el.fake! };
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li.item').length).to.be.greaterThan(40);
    expect(text(el)).to.contain('Amoxicillin 250mg capsules').and.contain('Tylenol PM');
    await expect(el).to.be.accessible();
  });
});

describe('<icr-medications>: status reasons and hidden entries', () => {
  before(async () => {
    patient = { kind: 'loaded', patient: await uk('Patient-RichardSmith'), id: 'p1', nhsNumber: '9912003888', included: [], retrievedAt: 0 };
  });

  it('R33: a cancelled prescription shows its statusReason under its status; a sensitive one keeps it collapsed (R51)', async () => {
    const cancelled = { resourceType: 'MedicationRequest', id: 'c', status: 'cancelled', medicationCodeableConcept: { text: 'Warfarin 1mg tablets' }, statusReason: { text: 'Switched to apixaban' } };
    const sensitive = ms('s', 'Sertraline 50mg tablets', 'stopped', { statusReason: [{ text: 'Patient request' }], meta: { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }] } });
    const el = await render(dataState([result([sensitive]), result([cancelled])]), 'past');
    const reasons = [...el.shadowRoot!.querySelectorAll('[part="status-reason"]')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(reasons).to.deep.equal(['Reason cancelled: Switched to apixaban']);
    expect(text(el)).not.to.contain('Patient request');
    await expect(el).to.be.accessible();
  });

  it('H8: a list of only entered-in-error entries is empty and says how many it hides', async () => {
    const el = await render(dataState([result([ms('a', 'Aspirin 75mg tablets', 'entered-in-error'), ms('b', 'Bisoprolol 5mg tablets', 'entered-in-error')]), result([])]));
    expect(el.shadowRoot!.querySelector('[data-state="empty"]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part="excluded"]')!.textContent!.trim()).to.equal('2 entries marked as entered in error are not shown.');
    expect(text(el)).not.to.contain('Aspirin');
  });
});

describe('<icr-medications>: an end date is read against the clock (London day)', () => {
  before(async () => {
    patient = { kind: 'loaded', patient: await uk('Patient-RichardSmith'), id: 'p1', nhsNumber: '9912003888', included: [], retrievedAt: 0 };
  });
  const request = { resourceType: 'MedicationRequest', id: 'r', status: 'active', intent: 'order', medicationCodeableConcept: { text: 'Ramipril 5mg capsules' }, dispenseRequest: { validityPeriod: { start: '2026-01-01', end: '2026-06-30' } } };
  const statement = ms('s', 'Sertraline 50mg tablets', 'active', { effectivePeriod: { start: '2026-01-01', end: '2026-06-30' } });
  const stopped = ms('x', 'Simvastatin 40mg tablets', 'stopped', { effectivePeriod: { start: '2026-01-01', end: '2026-06-30' } });
  // Each item's facts line reads "Started: 01-Jan-2026 · Due to end: 30-Jun-2026 · …".
  const endRows = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('.facts')]
    .flatMap((p) => p.textContent!.trim().split(' · ')).filter((r) => r.includes('30-Jun-2026')).map((r) => r.replace(': ', ' '));
  async function at(now: string): Promise<TestMedications> {
    const el = await render(dataState([result([statement, stopped]), result([request])]), 'all');
    el.now = new Date(now);
    await el.updateComplete;
    return el;
  }

  it('R31: before the end (23:30 in London on 30-Jun, 22:30 UTC) an active prescription and statement read "Due to end", never "Ended"', async () => {
    const el = await at('2026-06-30T22:30:00Z');
    expect(endRows(el)).to.deep.equal(['Due to end 30-Jun-2026', 'Due to end 30-Jun-2026', 'Planned end 30-Jun-2026']);
    expect(text(el)).not.to.contain('Ended 30-Jun-2026');
    await expect(el).to.be.accessible();
  });

  it('R31: an hour later it is 1-Jul in London (still 30-Jun in UTC): the end has passed and reads "Ended"', async () => {
    const el = await at('2026-06-30T23:30:00Z');
    expect(endRows(el)).to.deep.equal(['Ended 30-Jun-2026', 'Ended 30-Jun-2026', 'Ended 30-Jun-2026']);
  });
});

import '../../src/elements/medications.define.js';
import { useMockIcr, untilState } from '../helpers/icr.js';

describe('<icr-medications> through the mock ICR', () => {
  const h = useMockIcr();
  async function show(nhs: string, role = 'R8000'): Promise<HTMLElement> {
    const el = await fixture<HTMLElement>(html`<icr-medications filter="all" endpoint=${h.endpoint} nhs-number=${nhs} .tokenProvider=${h.tokenFor(role)}></icr-medications>`);
    await untilState(el, 'loaded', 'empty', 'restricted', 'opted-out', 'unavailable', 'bad-response');
    await (el as IcrMedications).updateComplete;
    return el;
  }

  it('R33: Richard Smith: a stopped and an on-hold medicine say why, as recorded', async () => {
    const el = await show('9912003888');
    const item = (name: string) => [...el.shadowRoot!.querySelectorAll('[part="item"]')].find((li) => li.textContent!.includes(name))!;
    expect(item('Simvastatin 40mg tablets').querySelector('[part="status-reason"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Reason stopped: Muscle aches');
    expect(item('Ramipril 5mg capsules').querySelector('[part="status-reason"]')!.textContent).to.contain('Reason on hold:').and.contain('acute kidney injury');
    expect(item('Amlodipine 5mg tablets').querySelector('[part="status-reason"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('H8: Richard Smith: the entered-in-error statement is not shown, and the shared note counts it', async () => {
    const el = await show('9912003888');
    expect(text(el)).not.to.contain('Amoxicillin 250mg capsules');
    expect(el.shadowRoot!.querySelector('[part="excluded"]')!.textContent!.trim()).to.equal('1 entry marked as entered in error is not shown.');
  });

  it('R30, R31: Richard Smith: current and past with names and statuses', async () => {
    const el = await show('9912003888');
    expect(el.getAttribute('state')).to.equal('loaded');
    expect(text(el)).to.contain('Amlodipine 5mg tablets');
    expect(el.shadowRoot!.querySelectorAll('[data-group]').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('R31, R49: a social worker (R9570) sees "Not available for your role", never an empty list', async () => {
    const el = await show('9912003888', 'R9570');
    expect(el.getAttribute('state')).to.equal('restricted');
    expect(text(el)).to.contain('Not available for your role').and.not.contain('No medications recorded');
    await expect(el).to.be.accessible();
  });
});
