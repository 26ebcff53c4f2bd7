import { expect } from '@open-wc/testing';
import { mapMedications, medicationConflictSubjects } from '../../src/fhir/medications.js';
import { mapAllergies, allergyConflictSubjects } from '../../src/fhir/allergies.js';
import { findConflicts, normaliseSubstance } from '../../src/fhir/conflicts.js';
import type { SearchResult } from '../../src/data/icr-outcome.js';
import type { FhirResource } from '../../src/fhir/read.js';
import { fixturesOfType, loadFixture } from '../helpers/fixtures.js';

function result(matches: FhirResource[], included: FhirResource[] = []): SearchResult {
  return { kind: 'loaded', matches, included, warnings: [], retrievedAt: 0 };
}
const statement = (over: Record<string, unknown>): FhirResource => ({
  resourceType: 'MedicationStatement', id: String(over.id ?? 's1'), status: 'active',
  medicationCodeableConcept: { coding: [{ system: 'https://dmd.nhs.uk', code: '39732311000001104', display: 'Amoxicillin 250mg capsules' }] },
  ...over,
});

describe('mapMedications', () => {
  it('R31: current and past are separated by status; entered-in-error is not shown', () => {
    const view = mapMedications([result([
      statement({ id: 'a', status: 'active' }),
      statement({ id: 'b', status: 'stopped' }),
      statement({ id: 'c', status: 'completed' }),
      statement({ id: 'd', status: 'entered-in-error' }),
      { resourceType: 'MedicationRequest', id: 'e', status: 'cancelled', medicationCodeableConcept: { text: 'X' } },
      { resourceType: 'MedicationRequest', id: 'f', status: 'active', medicationCodeableConcept: { text: 'Y' } },
    ])]);
    expect(view.current.map((i) => i.id).sort()).to.deep.equal(['a', 'f']);
    expect(view.past.map((i) => i.id).sort()).to.deep.equal(['b', 'c', 'e']);
    expect(view.past.find((i) => i.id === 'b')!.statusLabel).to.equal('Stopped');
  });

  it('R33: UK Core MedicationStatement: status, period, asserted, dosage text verbatim and structured', async () => {
    const ms = await loadFixture('uk-core-json/UKCore-MedicationStatement-Amoxicillin-Example.json');
    const [item] = mapMedications([result([ms])]).current;
    expect(item.name).to.equal('Amoxicillin 250mg capsules');
    expect(item.statusLabel).to.equal('Active');
    expect(item.start).to.equal('2021-02-15T13:50:00+00:00');
    expect(item.end).to.equal('2021-05-15T13:50:00+00:00');
    expect(item.asserted).to.equal('2017-02-22');
    expect(item.dosage[0].text).to.equal('2 capsules 4 times a day.');
    expect(item.dosage[0].structured).to.match(/^500 milligram, 4 times a day/);
  });

  it('R33: the last-issue date extension is read', () => {
    const [item] = mapMedications([result([statement({ extension: [{ url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicationStatementLastIssueDate', valueDateTime: '2024-01-02' }] })])]).current;
    expect(item.lastIssue).to.equal('2024-01-02');
  });

  it('R32: unknown code systems are shown from display or text, never dropped', () => {
    const view = mapMedications([result([
      statement({ id: 'x', medicationCodeableConcept: { coding: [{ system: 'urn:local:weird', code: '1', display: 'Local drug' }] } }),
      statement({ id: 'y', medicationCodeableConcept: { text: 'Little pink pill' } }),
      statement({ id: 'z', medicationCodeableConcept: { coding: [{ system: 'http://dmd.nhs.uk', code: '2' }] } }),
    ])]);
    expect(view.current.map((i) => i.name)).to.deep.equal(['Little pink pill', 'Local drug', 'Medication not named in the record']);
  });

  it('R30: contained Medication gives form, strength, generic lower case and brand upper case', async () => {
    const ms = await loadFixture('fhir-r4/MedicationStatement-example001.json');
    const [item] = mapMedications([result([ms])]).current;
    expect(item.name).to.equal('Tylenol PM');
    expect(item.brand).to.equal('TYLENOL');
    expect(item.generic).to.equal('acetaminophen 500 mg + diphenhydramine hydrochloride 25 mg');
    expect(item.form).to.equal('Film-coated tablet (qualifier value)');
    expect(item.strength).to.contain('500 mg/1 Tab');
  });

  it('R30: an _include-d Medication is resolved; a missing one still shows the item', () => {
    const req: FhirResource = { resourceType: 'MedicationRequest', id: 'r', status: 'active', medicationReference: { reference: 'Medication/m1' }, requester: { display: 'Dr A Careful' } };
    const missing: FhirResource = { resourceType: 'MedicationRequest', id: 'q', status: 'active', medicationReference: { reference: 'Medication/nope' } };
    const med: FhirResource = { resourceType: 'Medication', id: 'm1', code: { coding: [{ system: 'https://dmd.nhs.uk', code: '1', display: 'Timoptol 0.5% eye drops' }] } };
    const view = mapMedications([result([req, missing], [med])]);
    expect(view.current.map((i) => i.name)).to.deep.equal(['Medication not named in the record', 'Timoptol 0.5% eye drops']);
    expect(view.current[1].prescriber).to.equal('Dr A Careful');
  });

  it('R30: the transfer-degraded Medication keeps its text and is flagged', async () => {
    const med = await loadFixture('uk-core-json/UKCore-Medication-Sn-TransferDegradedMedEntry-Example.json');
    const ms = statement({ medicationCodeableConcept: undefined, medicationReference: { reference: `Medication/${med.id}` } });
    const [item] = mapMedications([result([ms], [med])]).current;
    expect(item.name).to.equal('Aspirin 75mg dispersible tablet');
    expect(item.transferDegraded).to.equal(true);
  });

  it('R30: every UK Core and R4 MedicationStatement / MedicationRequest example maps with a drug name', async () => {
    const medications = [...(await fixturesOfType('uk-core-json', 'Medication')), ...(await fixturesOfType('fhir-r4', 'Medication'))].map((m) => m.resource);
    const all = [
      ...(await fixturesOfType('uk-core-json', 'MedicationStatement')), ...(await fixturesOfType('uk-core-json', 'MedicationRequest')),
      ...(await fixturesOfType('fhir-r4', 'MedicationStatement')), ...(await fixturesOfType('fhir-r4', 'MedicationRequest')),
    ];
    expect(all.length).to.be.greaterThan(40);
    for (const { file, resource } of all) {
      const view = mapMedications([result([resource], medications)]);
      const items = [...view.current, ...view.past];
      if (resource.status === 'entered-in-error') { expect(items, file).to.have.length(0); continue; }
      expect(items, file).to.have.length(1);
      // Bundle-bundle-example's Medication/example has no code at all: it is shown, and says so.
      if (file === 'Bundle-bundle-example.json') expect(items[0].name).to.equal('Medication not named in the record');
      else expect(items[0].name, file).to.not.equal('Medication not named in the record');
    }
  });

  it('R30: every Medication example referenced from a request shows its name', async () => {
    const medications = [...(await fixturesOfType('uk-core-json', 'Medication')), ...(await fixturesOfType('fhir-r4', 'Medication'))];
    for (const { file, resource } of medications) {
      const req: FhirResource = { resourceType: 'MedicationRequest', id: 'r', status: 'active', medicationReference: { reference: `Medication/${resource.id}` } };
      const [item] = mapMedications([result([req], [resource])]).current;
      if (!resource.code && !resource.ingredient) expect(item.name, file).to.equal('Medication not named in the record');
      else expect(item.name, file).to.not.equal('Medication not named in the record');
    }
  });

  it('never throws on malformed input', () => {
    const junk = [{ resourceType: 'MedicationStatement', dosage: 'x', medicationReference: 5, status: 3, extension: [null] }, { resourceType: 'MedicationRequest', dosageInstruction: [{ doseAndRate: [{ doseQuantity: { value: 'abc' } }] }] }] as unknown as FhirResource[];
    const view = mapMedications([result(junk)]);
    expect(view.current.length + view.past.length).to.equal(2);
  });
});

describe('conflicts', () => {
  it('normalises substance names', () => {
    expect(normaliseSubstance('Amoxicillin 250mg capsules')).to.equal('amoxicillin');
    expect(normaliseSubstance('Amoxicillin (substance)')).to.equal('amoxicillin');
    expect(normaliseSubstance('5')).to.equal(undefined);
  });

  it('matches a current medication and an allergy by name; past medications never', async () => {
    const allergies = mapAllergies([result([await loadFixture('uk-core-json/UKCore-AllergyIntolerance-Amoxicillin-Example.json')])]);
    const meds = mapMedications([result([statement({ id: 'now' }), statement({ id: 'old', status: 'stopped' })])]);
    const matches = findConflicts(allergyConflictSubjects(allergies), medicationConflictSubjects(meds));
    expect(matches).to.have.length(1);
    expect(matches[0].medication.id).to.equal('MedicationStatement/now');
    expect(matches[0].basis).to.equal('name');
  });

  it('matches by code across dm+d and SNOMED systems', () => {
    const matches = findConflicts(
      [{ id: 'a', resourceType: 'AllergyIntolerance', text: 'Foo', codes: [{ system: 'http://snomed.info/sct', code: '123' }], names: [] }],
      [{ id: 'm', resourceType: 'MedicationStatement', text: 'Bar', codes: [{ system: 'https://dmd.nhs.uk', code: '123' }], names: [] }],
    );
    expect(matches.map((m) => m.basis)).to.deep.equal(['code']);
  });

  it('does not match different substances', () => {
    expect(findConflicts(
      [{ id: 'a', resourceType: 'AllergyIntolerance', text: 'Penicillin', codes: [], names: [] }],
      [{ id: 'm', resourceType: 'MedicationStatement', text: 'Paracetamol 500mg tablets', codes: [], names: [] }],
    )).to.have.length(0);
  });
});

describe('mapMedications: status reasons and what is not shown', () => {
  it('R33: the status reason is read from a statement (0..*) and a prescription (0..1), text or display', () => {
    const view = mapMedications([
      result([statement({ id: 'st', status: 'stopped', statusReason: [{ coding: [{ system: 'http://snomed.info/sct', code: '62014003', display: 'Adverse reaction to drug' }], text: 'Muscle aches' }] })]),
      result([{ resourceType: 'MedicationRequest', id: 'rq', status: 'on-hold', medicationCodeableConcept: { text: 'Ramipril 5mg capsules' }, statusReason: { coding: [{ display: 'Acute kidney injury' }] } }]),
    ]);
    const byId = Object.fromEntries([...view.current, ...view.past].map((m) => [m.id, m.statusReason]));
    expect(byId).to.deep.equal({ st: 'Muscle aches', rq: 'Acute kidney injury' });
    expect(mapMedications([result([statement({})])]).current[0].statusReason).to.equal(undefined);
  });

  it('H8: entered-in-error statements are counted, not silently dropped', () => {
    const view = mapMedications([result([statement({ id: 'ok' }), statement({ id: 'eie', status: 'entered-in-error' })])]);
    expect(view.current.map((m) => m.id)).to.deep.equal(['ok']);
    expect(view.hidden).to.deep.equal({ refuted: 0, enteredInError: 1 });
  });
});
