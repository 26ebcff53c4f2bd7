import { expect } from '@open-wc/testing';
import { mapAllergies, allergyConflictSubjects } from '../../src/fhir/allergies.js';
import type { SearchResult } from '../../src/data/icr-outcome.js';
import type { FhirResource } from '../../src/fhir/read.js';
import { fixturesOfType, loadFixture } from '../helpers/fixtures.js';

const UK = 'uk-core-json';
function result(matches: FhirResource[], included: FhirResource[] = []): SearchResult {
  return { kind: 'loaded', matches, included, warnings: [], retrievedAt: 0 };
}
async function uk(name: string): Promise<FhirResource> {
  return loadFixture(`${UK}/UKCore-AllergyIntolerance-${name}-Example.json`);
}
const allergy = (over: Record<string, unknown>): FhirResource => ({
  resourceType: 'AllergyIntolerance',
  id: String(over.id ?? 'a1'),
  clinicalStatus: { coding: [{ code: 'active' }] },
  code: { coding: [{ system: 'http://snomed.info/sct', code: '372687004', display: 'Amoxicillin' }] },
  ...over,
});

describe('mapAllergies', () => {
  it('R24: a UK Core active allergy gives "known" with its agent', async () => {
    const view = mapAllergies([result([await uk('Amoxicillin')])]);
    expect(view.summary).to.equal('known');
    expect(view.active).to.have.length(1);
    expect(view.active[0].agent).to.match(/amoxicillin/i);
  });

  it('R25: an empty result is "not recorded", never NKA', async () => {
    const bundle = await loadFixture<{ entry?: unknown[] }>(`${UK}/UKCore-Bundle-Sn-NoAllergyData-Example.json`);
    expect(bundle.entry ?? []).to.have.length(0);
    expect(mapAllergies([result([])]).summary).to.equal('not-recorded');
    expect(mapAllergies([result([]), undefined]).summary).to.equal('not-recorded');
  });

  it('R24: the UK Core no-content-recorded List is "not recorded", not NKA', async () => {
    const list = await loadFixture(`${UK}/supporting/UKCore-List-Sn-NoAllergyData-Example.json`);
    expect(mapAllergies([result([]), result([list])]).summary).to.equal('not-recorded');
  });

  it('R24: a List with emptyReason nilknown gives "No known allergies"', () => {
    const list: FhirResource = {
      resourceType: 'List', id: 'l', code: { coding: [{ system: 'http://snomed.info/sct', code: '886921000000105' }] },
      emptyReason: { coding: [{ code: 'nilknown' }] },
    };
    const view = mapAllergies([result([]), result([list])]);
    expect(view.summary).to.equal('nka');
    expect(view.nkaFromList).to.equal(true);
  });

  it('R24: the UK Core allergy List bundle entry is shown as known', async () => {
    const bundle = await loadFixture<{ entry: { resource: FhirResource }[] }>(`${UK}/UKCore-Bundle-AllergyList-Example.json`);
    const resources = bundle.entry.map((e) => e.resource);
    const view = mapAllergies([result(resources.filter((r) => r.resourceType === 'AllergyIntolerance')), result(resources.filter((r) => r.resourceType === 'List'))]);
    expect(view.summary).to.equal('known');
    expect(view.active[0].reactions[0]).to.deep.include({ manifestations: ['Urticarial rash'], severity: 'mild' });
  });

  it('R24: SNOMED 716186003 alone gives "No known allergies"', async () => {
    const nka = await loadFixture('fhir-r4/AllergyIntolerance-nka.json');
    const view = mapAllergies([result([nka])]);
    expect(view.summary).to.equal('nka');
    expect(view.active).to.have.length(0);
  });

  it('R26: the UK Core NKDA example gives "No known drug allergies", never NKA', async () => {
    const view = mapAllergies([result([await uk('Sn-NegHandlNoKnownAllergies')])]);
    expect(view.summary).to.equal('nkda');
    const r4 = mapAllergies([result([await loadFixture('fhir-r4/AllergyIntolerance-nkda.json')])]);
    expect(r4.summary).to.equal('nkda');
  });

  it('R24: an NKA statement contradicted by an active allergy gives "known" and flags it', async () => {
    const view = mapAllergies([result([await loadFixture('fhir-r4/AllergyIntolerance-nka.json'), await uk('Amoxicillin')])]);
    expect(view.summary).to.equal('known');
    expect(view.contradiction).to.equal(true);
  });

  it('R24: No Known Latex Allergy is not NKA', async () => {
    const view = mapAllergies([result([await loadFixture('fhir-r4/AllergyIntolerance-nkla.json')])]);
    expect(view.summary).to.equal('not-recorded');
    expect(view.negations.map((n) => n.text)).to.deep.equal(['No Known Latex Allergy']);
  });

  it('R27: the UK Core entered-in-error example is not shown at all', async () => {
    const view = mapAllergies([result([await uk('EnteredInError')])]);
    expect(view.active).to.have.length(0);
    expect(view.history).to.have.length(0);
    expect(view.summary).to.equal('not-recorded');
  });

  it('R27: resolved allergies go to history, never active', () => {
    const view = mapAllergies([result([allergy({ clinicalStatus: { coding: [{ code: 'resolved' }] } })])]);
    expect(view.active).to.have.length(0);
    expect(view.history).to.have.length(1);
    expect(view.summary).to.equal('not-recorded');
  });

  it('R24: refuted allergies are excluded', () => {
    const view = mapAllergies([result([allergy({ verificationStatus: { coding: [{ code: 'refuted' }] } })])]);
    expect(view.active).to.have.length(0);
  });

  it('R24: no clinicalStatus counts as active', () => {
    const view = mapAllergies([result([allergy({ clinicalStatus: undefined })])]);
    expect(view.summary).to.equal('known');
  });

  it('R28: the UK Core transfer-degraded example keeps its original text and is flagged', async () => {
    const view = mapAllergies([result([await uk('Sn-TransferDegradedDrugAllergy')])]);
    expect(view.active[0].agent).to.equal('Amoxicillin 250mg capsules');
    expect(view.active[0].transferDegraded).to.equal(true);
    expect(view.active[0].coded).to.equal(false);
  });

  it('R29: sorted by agent', () => {
    const view = mapAllergies([result([
      allergy({ id: '1', code: { text: 'Peanut' } }),
      allergy({ id: '2', code: { text: 'aspirin' } }),
      allergy({ id: '3', code: { text: 'Latex' } }),
    ])]);
    expect(view.active.map((a) => a.agent)).to.deep.equal(['aspirin', 'Latex', 'Peanut']);
  });

  it('R27: reactions, severity, category, criticality and onset are read', async () => {
    const view = mapAllergies([result([await loadFixture('fhir-r4/AllergyIntolerance-example.json')])]);
    const a = view.active[0];
    expect(a.agent).to.equal('Cashew nuts');
    expect(a.categories).to.deep.equal(['food']);
    expect(a.criticality).to.equal('high');
    expect(a.reactions.map((r) => r.severity)).to.deep.equal(['severe', 'moderate']);
    expect(a.onset).to.equal('2004');
  });

  it('R51: confidentiality R is carried to the item', () => {
    const view = mapAllergies([result([allergy({ meta: { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }] } })])]);
    expect(view.active[0].sensitivity).to.equal('R');
  });

  it('never throws on malformed input', () => {
    const junk = [{ resourceType: 'AllergyIntolerance', code: 7, reaction: 'x', category: [1, null] }, { resourceType: 'AllergyIntolerance', clinicalStatus: null }] as unknown as FhirResource[];
    const view = mapAllergies([result(junk)]);
    expect(view.active).to.have.length(2);
    expect(view.active[0].agent).to.be.a('string').and.not.equal('');
  });

  it('R27: every UK Core and R4 AllergyIntolerance example maps with an agent (or a statement)', async () => {
    const all = [...(await fixturesOfType(UK, 'AllergyIntolerance')), ...(await fixturesOfType('fhir-r4', 'AllergyIntolerance'))];
    expect(all.length).to.be.greaterThan(8);
    for (const { file, resource } of all) {
      const view = mapAllergies([result([resource])]);
      const shown = [...view.active, ...view.history].map((a) => a.agent).concat(view.negations.map((n) => n.text));
      if (resource.id === 'UKCore-AllergyIntolerance-EnteredInError-Example') expect(shown, file).to.have.length(0);
      else expect(shown.join(''), file).to.not.equal('');
    }
  });

  it('conflict subjects are drug (or uncategorised) active allergies only', async () => {
    const view = mapAllergies([result([await loadFixture('fhir-r4/AllergyIntolerance-example.json'), await uk('Amoxicillin')])]);
    expect(allergyConflictSubjects(view).map((s) => s.text.toLowerCase())).to.deep.equal(['amoxicillin']);
  });
});

describe('mapAllergies: what is not shown', () => {
  it('R27, H8: refuted and entered-in-error entries are not shown, and are counted', () => {
    const view = mapAllergies([result([
      allergy({ id: 'a' }),
      allergy({ id: 'r', verificationStatus: { coding: [{ code: 'refuted' }] } }),
      allergy({ id: 'e1', clinicalStatus: undefined, verificationStatus: { coding: [{ code: 'entered-in-error' }] } }),
      allergy({ id: 'e2', clinicalStatus: undefined, verificationStatus: { coding: [{ code: 'entered-in-error' }] } }),
    ])]);
    expect(view.active.map((a) => a.id)).to.deep.equal(['a']);
    expect(view.hidden).to.deep.equal({ refuted: 1, enteredInError: 2 });
  });
});
