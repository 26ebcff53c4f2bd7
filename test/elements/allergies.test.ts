import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { IcrAllergies } from '../../src/elements/allergies/allergies.js';
import { allergiesSection as allergiesSpec } from '../../src/sections/allergies.js';
import type { SectionState } from '../../src/controllers/section-controller.js';
import type { PatientLoaded, SearchResult } from '../../src/data/icr-outcome.js';
import type { FhirResource } from '../../src/fhir/read.js';
import { loadFixture } from '../helpers/fixtures.js';

type State = SectionState<Parameters<IcrAllergies['renderData']>[0]['view']>;

/** The real element with its state supplied: the mapping and rendering are the real ones. */
class TestAllergies extends IcrAllergies {
  fake?: State;
  protected override get state(): State {
    return this.fake ?? super.state;
  }
}
customElements.define('test-icr-allergies', TestAllergies);

const result = (matches: FhirResource[], included: FhirResource[] = []): SearchResult => ({ kind: 'loaded', matches, included, warnings: [], retrievedAt: Date.UTC(2024, 0, 2, 10, 30) });
let patient: PatientLoaded;
const uk = (name: string) => loadFixture(`uk-core-json/UKCore-${name}-Example.json`);

function dataState(results: (SearchResult | undefined)[]): State {
  const mapped = allergiesSpec.map(results, patient);
  return { ...mapped, patient, meta: { retrievedAt: Date.UTC(2024, 0, 2, 10, 30), warnings: mapped.warnings ?? [] } };
}

async function render(state: State): Promise<TestAllergies> {
  const el = await fixture<TestAllergies>(html`<test-icr-allergies></test-icr-allergies>`);
  el.fake = state;
  el.requestUpdate();
  await el.updateComplete;
  return el;
}
const text = (el: HTMLElement) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const summary = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<icr-allergies>', () => {
  before(async () => {
    const p = await uk('Patient-RichardSmith');
    patient = { kind: 'loaded', patient: p, id: 'p1', nhsNumber: '9912003888', included: [], retrievedAt: 0 };
  });

  it('is a registered IcrAllergies', () => {
    expect(IcrAllergies).to.be.a('function');
  });

  it('R24, R27: known allergies show the agent, reactions with severity and last updated', async () => {
    const bundle = await loadFixture<{ entry: { resource: FhirResource }[] }>('uk-core-json/UKCore-Bundle-AllergyList-Example.json');
    const rs = bundle.entry.map((e) => e.resource);
    const el = await render(dataState([result(rs.filter((r) => r.resourceType === 'AllergyIntolerance')), result(rs.filter((r) => r.resourceType === 'List'))]));
    expect(summary(el)).to.match(/^Known allergies/);
    expect(text(el)).to.contain('Amoxicillin').and.contain('Urticarial rash').and.contain('severity mild').and.contain('Last updated');
    expect(el.shadowRoot!.querySelector('.agent strong')!.textContent).to.equal('Amoxicillin');
    expect(el.getAttribute('state')).to.equal('loaded');
    await expect(el).to.be.accessible();
  });

  it('R27, R29: an allergy row is at most 10 elements and still reads every fact, each with its label (issue 21 point 4)', async () => {
    // HL7's cashew allergy: criticality, category, onset, recorder and two reactions, one with a description.
    const el = await render(dataState([result([await loadFixture('fhir-r4/AllergyIntolerance-example.json')]), result([])]));
    const item = el.shadowRoot!.querySelector('li.item')!;
    expect(item.querySelectorAll('*').length + 1).to.be.at.most(10);
    const reactions = item.querySelector('.reactions')!.textContent!;
    expect(reactions).to.match(/^Past reactions: /).and.contain('(severity severe)').and.contain('; ');
    const facts = item.querySelector('.facts')!.textContent!.split(' · ');
    expect(facts).to.include('Criticality: High');
    expect(facts.map((f) => f.split(': ')[0])).to.include.members(['Criticality', 'Category', 'Onset', 'Last updated', 'Source']);
    expect(facts.every((f) => /^[^:]+: \S/.test(f)), 'every fact has its label and a value').to.equal(true);
  });

  it('R25: an empty result says "Allergies not recorded", never "No known allergies"', async () => {
    const el = await render(dataState([result([]), result([])]));
    expect(summary(el)).to.match(/^Allergies not recorded/);
    expect(text(el)).to.not.contain('No known allergies');
    await expect(el).to.be.accessible();
  });

  it('R24: an explicit 716186003 says "No known allergies"', async () => {
    const el = await render(dataState([result([await loadFixture('fhir-r4/AllergyIntolerance-nka.json')])]));
    expect(summary(el)).to.match(/^No known allergies/);
    await expect(el).to.be.accessible();
  });

  it('R26, H5: the UK Core NKDA example says "No known drug allergies", never "No known allergies"', async () => {
    const el = await render(dataState([result([await uk('AllergyIntolerance-Sn-NegHandlNoKnownAllergies')])]));
    expect(summary(el)).to.match(/^No known drug allergies/);
    expect(text(el)).to.not.contain('No known allergies');
    await expect(el).to.be.accessible();
  });

  it('R27: the UK Core entered-in-error example is not shown', async () => {
    const el = await render(dataState([result([await uk('AllergyIntolerance-EnteredInError')])]));
    expect(summary(el)).to.match(/^Allergies not recorded/);
    expect(text(el)).to.not.contain('Amoxicillin');
    await expect(el).to.be.accessible();
  });

  it('R28: the UK Core transfer-degraded example shows its text and the decision-support warning', async () => {
    const el = await render(dataState([result([await uk('AllergyIntolerance-Sn-TransferDegradedDrugAllergy')])]));
    expect(text(el)).to.contain('Amoxicillin 250mg capsules').and.contain('may not trigger prescribing decision support');
    expect(el.shadowRoot!.querySelector('.agent strong')).to.equal(null); // free text, not bold
    await expect(el).to.be.accessible();
  });

  it('R27: resolved allergies are in a collapsed history, never in the active list', async () => {
    const resolved = { ...(await uk('AllergyIntolerance-Amoxicillin')), clinicalStatus: { coding: [{ code: 'resolved' }] } } as FhirResource;
    const el = await render(dataState([result([resolved])]));
    expect(el.shadowRoot!.querySelector('[part="list"]')).to.equal(null);
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.textContent).to.contain('Resolved');
    await expect(el).to.be.accessible();
  });

  it('R29: sorted by agent', async () => {
    const mk = (id: string, agent: string) => ({ resourceType: 'AllergyIntolerance', id, clinicalStatus: { coding: [{ code: 'active' }] }, code: { text: agent } });
    const el = await render(dataState([result([mk('1', 'Peanut'), mk('2', 'Aspirin'), mk('3', 'Latex')])]));
    const agents = [...el.shadowRoot!.querySelectorAll('.agent')].map((a) => a.textContent!.replace('Drug / substance:', '').trim());
    expect(agents).to.deep.equal(['Aspirin', 'Latex', 'Peanut']);
  });

  for (const [kind, status, detail, expected] of [
    ['restricted', 403, 'ACCESS_DENIED', 'Not available for your role'],
    ['opted-out', 403, 'NO_PATIENT_CONSENT', 'opted out of sharing'],
    ['unavailable', 503, undefined, 'Allergies unavailable'],
  ] as const) {
    it(`R24, R49, R55: ${kind} says "Allergies unavailable" with its reason, never empty`, async () => {
      const el = await render({ kind, status, detail } as State);
      expect(text(el)).to.contain('Allergies unavailable').and.contain(expected);
      expect(text(el)).to.not.contain('No known allergies').and.not.contain('not recorded');
      expect(el.getAttribute('state')).to.equal(kind);
      await expect(el).to.be.accessible();
    });
  }

  it('R51: a restricted allergy is marked and collapsed until revealed; the reveal fires an event', async () => {
    const a = { ...(await uk('AllergyIntolerance-Amoxicillin')), meta: { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }] } } as FhirResource;
    const el = await render(dataState([result([a])]));
    expect(text(el)).to.contain('Restricted item');
    expect(el.shadowRoot!.querySelector('.agent')).to.equal(null);
    await expect(el).to.be.accessible();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="sensitive-reveal"]')!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'icr-sensitive-reveal');
    expect(event.detail).to.deep.equal({ section: 'allergies', resourceType: 'AllergyIntolerance', id: a.id });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.agent')!.textContent).to.match(/amoxicillin/i);
    await expect(el).to.be.accessible();
  });

  it('conflict cue: an allergy sharing a substance with a current medication names it and fires icr-conflict-detect', async () => {
    const ms = await uk('MedicationStatement-Amoxicillin');
    const el = await fixture<TestAllergies>(html`<test-icr-allergies></test-icr-allergies>`);
    el.fake = dataState([result([await uk('AllergyIntolerance-Amoxicillin')]), undefined, result([ms]), result([])]);
    setTimeout(() => el.requestUpdate());
    const event = await oneEvent(el, 'icr-conflict-detect');
    expect(event.detail.matches[0].medication.text).to.equal('Amoxicillin 250mg capsules');
    await el.updateComplete;
    expect(text(el)).to.contain('Same substance as current medication: Amoxicillin 250mg capsules').and.contain('Exact match only');
    await expect(el).to.be.accessible();
  });

  it('R41: a UK Core List warning is shown at section level', async () => {
    const list = { resourceType: 'List', id: 'l', code: { coding: [{ system: 'http://snomed.info/sct', code: '886921000000105' }] }, extension: [{ url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ListWarningCode', valueCodeableConcept: { coding: [{ code: 'confidential-items' }] } }] };
    const el = await render(dataState([result([await uk('AllergyIntolerance-Amoxicillin')]), result([list])]));
    expect(text(el)).to.contain('Items excluded due to confidentiality and/or patient preferences');
    await expect(el).to.be.accessible();
  });
});

import '../../src/elements/provider.define.js';
import '../../src/elements/allergies.define.js';
import { useMockIcr, untilState } from '../helpers/icr.js';

describe('<icr-allergies> through the mock ICR', () => {
  const h = useMockIcr();
  async function show(nhs: string, role = 'R8000'): Promise<HTMLElement> {
    const el = await fixture<HTMLElement>(html`<icr-allergies endpoint=${h.endpoint} nhs-number=${nhs} .tokenProvider=${h.tokenFor(role)}></icr-allergies>`);
    await untilState(el, 'loaded', 'empty', 'not-recorded', 'restricted', 'opted-out', 'unavailable', 'bad-response');
    await (el as IcrAllergies).updateComplete;
    return el;
  }

  it('R24, R28: Richard Smith: known allergies, the degraded entry warned, entered-in-error and refuted absent', async () => {
    const el = await show('9912003888');
    expect(summary(el)).to.match(/^Known allergies/);
    expect(text(el)).to.contain('Septrin').and.contain('may not trigger prescribing decision support');
    await expect(el).to.be.accessible();
  });

  it('R27, H8: Richard Smith: the refuted and entered-in-error entries it hides are counted in one note', async () => {
    const el = await show('9912003888');
    expect(el.shadowRoot!.querySelector('[part="excluded"]')!.textContent!.trim())
      .to.equal('2 entries are not shown: 1 marked as refuted, 1 marked as entered in error.');
  });

  it('R41, R50: Amira Khan: withholding is stated once, with one count, in the R41 words', async () => {
    const el = await show('9990111510');
    const warnings = [...el.shadowRoot!.querySelectorAll('[part="warnings"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(warnings).to.deep.equal(['Warning: Items excluded due to confidentiality and/or patient preferences: 1 item withheld']);
    await expect(el).to.be.accessible();
  });

  it('R24: David Jones: No known allergies', async () => {
    expect(summary(await show('9990070962'))).to.match(/^No known allergies/);
  });

  it('R25: Thomas Wright (List notasked, nothing recorded): Allergies not recorded, never NKA', async () => {
    const el = await show('9990091242');
    expect(summary(el)).to.match(/^Allergies not recorded/);
    expect(text(el)).to.not.contain('No known allergies');
    await expect(el).to.be.accessible();
  });

  it('R26: Margaret Evans: No known drug allergies', async () => {
    expect(summary(await show('9990081107'))).to.match(/^No known drug allergies/);
  });

  it('R55: Gareth Brown (opted out): Allergies unavailable with the opt-out reason', async () => {
    const el = await show('9990050694');
    expect(el.getAttribute('state')).to.equal('opted-out');
    expect(text(el)).to.contain('Allergies unavailable').and.contain('opted out');
    await expect(el).to.be.accessible();
  });

  it('R49: a role without access (R8010): Allergies unavailable, not available for your role', async () => {
    const el = await show('9912003888', 'R8010');
    expect(el.getAttribute('state')).to.equal('restricted');
    expect(text(el)).to.contain('Allergies unavailable').and.contain('Not available for your role');
  });

  it('R24: a server error: Allergies unavailable with retry', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'AllergyIntolerance' });
    const el = await show('9912003888');
    expect(text(el)).to.contain('Allergies unavailable').and.not.contain('No known allergies');
    await expect(el).to.be.accessible();
  });
});
