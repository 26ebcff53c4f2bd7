import { expect } from '@open-wc/testing';
import { conceptKey, groupEntries, type GroupRules } from '../../src/fhir/grouping.js';
import { CONTACT_RULES, groupAllergies, groupConditions, groupContacts, groupMedications } from '../../src/sections/grouping.js';
import { mapAllergies, type AllergyItem } from '../../src/fhir/allergies.js';
import { mapMedications, type MedicationItem } from '../../src/fhir/medications.js';
import { mapDiagnosesResources } from '../../src/fhir/diagnoses.js';
import type { ContactPerson } from '../../src/fhir/contact.js';
import type { SearchResult } from '../../src/data/icr-outcome.js';
import type { FhirResource } from '../../src/fhir/read.js';
import { loadFixture } from '../helpers/fixtures.js';
import { filterMedicationGroups } from '../../src/elements/medications/filter.js';

const SCT = 'http://snomed.info/sct';
const result = (matches: FhirResource[], included: FhirResource[] = []): SearchResult => ({ kind: 'loaded', matches, included, warnings: [], retrievedAt: 0 });
const gp = { resourceType: 'Organization', id: 'gp', name: 'Riverside Medical Practice' };
const hospital = { resourceType: 'Organization', id: 'rgh', name: 'Northbridge General Hospital' };
const by = (org: { id: string }) => ({ reference: `Organization/${org.id}` });

function allergyItem(over: Partial<AllergyItem>): AllergyItem {
  return {
    id: 'a', agent: 'Penicillin', coded: true, codes: [{ system: SCT, code: '764146007' }], categories: ['medication'],
    reactions: [], notes: [], transferDegraded: false, clinicalStatus: 'active', ...over,
  };
}

describe('grouping across sources (R59, R60)', () => {
  describe('conceptKey', () => {
    it('R59: SNOMED CT and dm+d name one concept; local codes, text and vague codes name none', () => {
      expect(conceptKey([{ system: 'https://dmd.nhs.uk', code: '319283006' }])).to.equal(conceptKey([{ system: SCT, code: '319283006' }]));
      expect(conceptKey([{ system: 'http://dmd.nhs.uk', code: '319283006' }])).to.equal('sct|319283006');
      expect(conceptKey([{ system: 'https://formulary.example/codes', code: 'PV-00412' }])).to.equal(undefined);
      expect(conceptKey([{ code: '319283006' }]), 'no system').to.equal(undefined);
      expect(conceptKey([])).to.equal(undefined);
      expect(conceptKey([{ system: SCT, code: '196461000000101' }], ['196461000000101'])).to.equal(undefined);
    });
  });

  describe('groupEntries (hand-made view models)', () => {
    const rules: GroupRules<{ id: string; code?: string; dose?: string; org: string; secret?: boolean }> = {
      key: (x) => x.code,
      sensitive: (x) => !!x.secret,
      source: (x) => ({ source: x.org, date: '01-Jan-2026' }),
      fields: [{ name: 'dose', value: (x) => x.dose }],
    };

    it('R59: the same code from two sources is one entry naming both, with their dates; the rest keep their order', () => {
      const groups = groupEntries([
        { id: '1', code: 'a', dose: '5 mg', org: 'GP' }, { id: '2', org: 'GP' }, { id: '3', code: 'a', dose: '5 mg', org: 'RUH Bath' },
      ], rules);
      expect(groups.map((g) => g.members.map((m) => m.id))).to.deep.equal([['1', '3'], ['2']]);
      expect(groups[0].sources).to.deep.equal([{ source: 'GP', date: '01-Jan-2026' }, { source: 'RUH Bath', date: '01-Jan-2026' }]);
      expect(groups[0].differences).to.deep.equal([]);
    });

    it('R60: a differing value is a difference naming each source\'s value, "not recorded" included', () => {
      const [g] = groupEntries([{ id: '1', code: 'a', dose: '5 mg', org: 'GP' }, { id: '2', code: 'a', dose: '10 mg', org: 'RUH Bath' }], rules);
      expect(g.differences).to.have.length(1);
      expect(g.differences[0].values.map((v) => `${v.source} ${v.value}`)).to.deep.equal(['GP 5 mg', 'RUH Bath 10 mg']);
      const [half] = groupEntries([{ id: '1', code: 'a', dose: '5 mg', org: 'GP' }, { id: '2', code: 'a', org: 'RUH Bath' }], rules);
      expect(half.differences[0].values.map((v) => v.value)).to.deep.equal(['5 mg', undefined]);
      const [none] = groupEntries([{ id: '1', code: 'a', org: 'GP' }, { id: '2', code: 'a', org: 'RUH Bath' }], rules);
      expect(none.differences).to.deep.equal([]);
    });

    it('R59: an entry with no code is never grouped, even with the same words', () => {
      const groups = groupEntries([{ id: '1', org: 'GP' }, { id: '2', org: 'RUH Bath' }], rules);
      expect(groups).to.have.length(2);
    });

    it('R51: a sensitive entry is never grouped: it stays an entry of its own', () => {
      const groups = groupEntries([{ id: '1', code: 'a', org: 'GP' }, { id: '2', code: 'a', org: 'Sexual health clinic', secret: true }], rules);
      expect(groups.map((g) => g.members.length)).to.deep.equal([1, 1]);
    });
  });

  describe('allergies', () => {
    it('R59, R60: penicillin from two sources is one active entry; the higher criticality leads and the lower is shown as a difference', () => {
      const { active, history } = groupAllergies([
        allergyItem({ id: 'gp', organisation: 'GP', criticality: 'low', recorded: '2003-05-14' }),
        allergyItem({ id: 'rgh', organisation: 'RUH Bath', criticality: 'high', recorded: '2026-05-17' }),
      ], []);
      expect(active).to.have.length(1);
      expect(history).to.have.length(0);
      expect(active[0].lead.criticality).to.equal('high');
      expect(active[0].sources.map((s) => `${s.source} ${s.date}`)).to.deep.equal(['RUH Bath 17-May-2026', 'GP 14-May-2003']);
      expect(active[0].differences.map((d) => d.field)).to.deep.equal(['criticality']);
    });

    it('R60: an active and a resolved record of one allergy are one active entry, the clinical status a difference', () => {
      const { active, history } = groupAllergies([allergyItem({ id: 'gp', organisation: 'GP' })], [allergyItem({ id: 'h', organisation: 'RUH Bath', clinicalStatus: 'resolved' })]);
      expect(active).to.have.length(1);
      expect(history).to.have.length(0);
      expect(active[0].differences[0].values.map((v) => v.value)).to.deep.equal(['Active', 'Resolved']);
    });

    it('R60: confirmed leads over unconfirmed; the summary never says "unconfirmed" when one source confirmed it', () => {
      const [g] = groupAllergies([allergyItem({ id: 'a', verificationStatus: 'unconfirmed' }), allergyItem({ id: 'b', verificationStatus: 'confirmed' })], []).active;
      expect(g.lead.verificationStatus).to.equal('confirmed');
      expect(g.differences.map((d) => d.field)).to.deep.equal(['verificationStatus']);
    });

    it('R72: who added a record (the patient, a related person) is read and kept in the group\'s sources', () => {
      const code = { coding: [{ system: SCT, code: '764146007' }] };
      const view = mapAllergies([result([
        { resourceType: 'AllergyIntolerance', id: 'p', code, asserter: { reference: 'Patient/p1' } },
        { resourceType: 'AllergyIntolerance', id: 'c', code, recorder: { reference: '#carer' }, contained: [{ resourceType: 'RelatedPerson', id: 'carer' }] },
        { resourceType: 'AllergyIntolerance', id: 'g', code, recorder: by(gp) },
      ], [gp])]);
      const [g] = groupAllergies(view.active, view.history).active;
      expect(g.members.map((m, i) => `${m.id} ${g.sources[i].addedBy}`)).to.deep.equal(['c related-person', 'g undefined', 'p patient']);
    });

    it('R59: text-only and transfer-degraded allergies are never grouped (UK Core fixtures)', async () => {
      const degraded = await loadFixture('uk-core-json/UKCore-AllergyIntolerance-Sn-TransferDegradedDrugAllergy-Example.json');
      const view = mapAllergies([result([
        { ...degraded, id: 'd1' }, { ...degraded, id: 'd2' },
        { resourceType: 'AllergyIntolerance', id: 't1', code: { text: 'Plasters' } }, { resourceType: 'AllergyIntolerance', id: 't2', code: { text: 'Plasters' } },
      ])]);
      expect(view.active).to.have.length(4);
      expect(groupAllergies(view.active, view.history).active).to.have.length(4);
    });

    it('R59: the UK Core amoxicillin allergy recorded by two organisations is one entry with both sources', async () => {
      const amoxicillin = await loadFixture('uk-core-json/UKCore-AllergyIntolerance-Amoxicillin-Example.json');
      const view = mapAllergies([result([
        { ...amoxicillin, id: 'x1', recorder: by(gp), recordedDate: '2020-01-02' },
        { ...amoxicillin, id: 'x2', recorder: by(hospital), recordedDate: '2024-03-04' },
      ], [gp, hospital])]);
      const groups = groupAllergies(view.active, view.history).active;
      expect(groups).to.have.length(1);
      expect(groups[0].sources.map((s) => s.source).sort()).to.deep.equal(['Northbridge General Hospital', 'Riverside Medical Practice']);
    });
  });

  describe('medicines', () => {
    const statement = (id: string, org: { id: string }, system: string, dose: number, status = 'active'): FhirResource => ({
      resourceType: 'MedicationStatement', id, status, informationSource: by(org), dateAsserted: '2026-01-10',
      medicationCodeableConcept: { coding: [{ system, code: '319283006', display: 'Amlodipine 5mg tablets' }] },
      dosage: [{ timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } }, doseAndRate: [{ doseQuantity: { value: dose, unit: 'mg' } }] }],
    });

    it('R59, R60: amlodipine as dm+d and as SNOMED CT from two sources is one entry; a differing dose is a difference', () => {
      const view = mapMedications([result([statement('s1', gp, 'https://dmd.nhs.uk', 5), statement('s2', hospital, SCT, 10)], [gp, hospital])]);
      const { current } = groupMedications(view.current, view.past);
      expect(current).to.have.length(1);
      expect(current[0].sources.map((s) => s.source).sort()).to.deep.equal(['Northbridge General Hospital', 'Riverside Medical Practice']);
      const dose = current[0].differences.find((d) => d.field === 'dose')!;
      expect(dose.values.map((v) => v.value).sort()).to.deep.equal(['10 mg', '5 mg']);
    });

    it('R60: a current and a stopped record are one current entry; the status is a difference', () => {
      const view = mapMedications([result([statement('s1', gp, SCT, 5, 'stopped'), statement('s2', hospital, SCT, 5)], [gp, hospital])]);
      const groups = groupMedications(view.current, view.past);
      expect(groups.current).to.have.length(1);
      expect(groups.past).to.have.length(0);
      expect(groups.current[0].lead.current).to.equal(true);
      expect(groups.current[0].differences.map((d) => d.field)).to.deep.equal(['status']);
    });

    it('R59: a text filter keeps a group whole, matched by any record\'s name (brand on one, generic on the other)', () => {
      const named = (id: string, org: { id: string }, display: string): FhirResource => ({ ...statement(id, gp, SCT, 5), id, informationSource: by(org),
        medicationCodeableConcept: { coding: [{ system: SCT, code: '319283006', display }] } });
      const view = mapMedications([result([named('s1', gp, 'Amlodipine 5mg tablets'), named('s2', hospital, 'Istin 5mg tablets')], [gp, hospital])]);
      const { current } = groupMedications(view.current, view.past);
      expect(current).to.have.length(1);
      expect(current[0].differences.map((d) => d.field)).to.deep.equal(['product']);
      for (const q of ['istin', 'amlodipine']) {
        const kept = filterMedicationGroups(current, q, 'name');
        expect(kept, q).to.have.length(1);
        expect(kept[0].members, q).to.have.length(2);
      }
      expect(filterMedicationGroups(current, 'metformin', 'name')).to.have.length(0);
    });

    it('R59: a local formulary code is never grouped', () => {
      const local = (id: string): FhirResource => ({ resourceType: 'MedicationStatement', id, status: 'active',
        medicationCodeableConcept: { coding: [{ system: 'https://formulary.example/codes', code: 'PV-1', display: 'Melatonin 2mg' }] } });
      const view = mapMedications([result([local('l1'), local('l2')])]);
      expect(groupMedications(view.current, view.past).current).to.have.length(2);
    });
  });

  describe('conditions', () => {
    const condition = (id: string, org: { id: string }, over: Record<string, unknown> = {}): FhirResource => ({
      resourceType: 'Condition', id, asserter: by(org), recordedDate: '2019-03-21',
      code: { coding: [{ system: SCT, code: '59621000', display: 'Essential hypertension' }] }, ...over,
    });

    it('R59, R60: essential hypertension from two sources is one current entry; a differing clinical status is a difference', () => {
      const view = mapDiagnosesResources([
        condition('c1', gp), condition('c2', hospital, { clinicalStatus: { coding: [{ code: 'inactive' }] } }),
      ], [gp, hospital]);
      const { current, history } = groupConditions(view.current, view.history);
      expect(current).to.have.length(1);
      expect(history).to.have.length(0);
      // The GP recorded no status (read as current), the hospital "inactive": shown, never dropped (H16).
      expect(current[0].differences.map((d) => `${d.field}: ${d.values.map((v) => `${v.source} ${v.value ?? '-'}`).join(' / ')}`))
        .to.deep.equal(['clinicalStatus: Riverside Medical Practice - / Northbridge General Hospital Inactive']);
    });

    it('R59: a condition in words only is never grouped', () => {
      const view = mapDiagnosesResources([
        { resourceType: 'Condition', id: 't1', code: { text: 'Bad back' } }, { resourceType: 'Condition', id: 't2', code: { text: 'Bad back' } },
      ]);
      expect(groupConditions(view.current, view.history).current).to.have.length(2);
    });
  });

  describe('contacts', () => {
    const person = (over: Partial<ContactPerson>): ContactPerson => ({
      origin: 'related-person', name: 'Mrs Joy SMITH', relationship: 'Next-of-Kin, wife',
      telecom: [{ kind: 'mobile', system: 'phone', value: '07700 900456' }] as ContactPerson['telecom'], ...over,
    });

    it('R59: the same name, relationship and a phone in common is one person; a name alone is not', () => {
      const groups = groupContacts([
        person({ origin: 'patient-contact', source: 'GP' }),
        person({ source: 'RUH Bath', telecom: [{ kind: 'mobile', system: 'phone', value: '07700900456' }, { kind: 'home', system: 'phone', value: '01632 960456' }] as ContactPerson['telecom'] }),
        person({ source: 'Hospice', telecom: [{ kind: 'mobile', system: 'phone', value: '07700 900999' }] as ContactPerson['telecom'] }),
      ]);
      expect(groups.map((g) => g.members.length)).to.deep.equal([2, 1]);
      expect(groups[0].differences.map((d) => d.field)).to.deep.equal(['telecom']);
    });

    it('R59: a contact with no phone or email, or no relationship, is never grouped', () => {
      expect(CONTACT_RULES.key(person({ telecom: [] }))).to.equal(undefined);
      expect(CONTACT_RULES.key(person({ relationship: undefined }))).to.equal(undefined);
    });
  });
});
