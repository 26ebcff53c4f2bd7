import { expect } from '@open-wc/testing';
import { fixturesOfType, listFixtures, loadFixture } from '../helpers/fixtures.js';
import { mapCondition, mapDiagnosesResources } from '../../src/fhir/diagnoses.js';
import type { FhirResource } from '../../src/fhir/read.js';

const CLIN = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const VER = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
const cond = (clinical: string | undefined, verification: string | undefined, over: Record<string, unknown> = {}): FhirResource => ({
  resourceType: 'Condition', id: `${clinical}-${verification}`, code: { text: `Condition ${clinical} ${verification}` },
  clinicalStatus: clinical ? { coding: [{ system: CLIN, code: clinical }] } : undefined,
  verificationStatus: verification ? { coding: [{ system: VER, code: verification }] } : undefined,
  ...over,
});

describe('diagnoses mapper', () => {
  it('R37: refuted and entered-in-error are not shown as diagnoses; resolved go to history', () => {
    const view = mapDiagnosesResources([
      cond('active', 'confirmed'), cond('resolved', 'confirmed'), cond('active', 'refuted'), cond(undefined, 'entered-in-error'), cond('inactive', undefined),
    ]);
    expect(view.current.map((d) => d.name)).to.deep.equal(['Condition active confirmed']);
    expect(view.history.map((d) => d.name).sort()).to.deep.equal(['Condition inactive undefined', 'Condition resolved confirmed']);
    expect(view.hidden).to.deep.equal({ refuted: 1, enteredInError: 1 });
  });

  it('R37: clinical and verification status and categories are shown; differential is marked unconfirmed', () => {
    const d = mapCondition(cond('active', 'differential', { category: [{ coding: [{ code: 'problem-list-item' }] }, { coding: [{ code: 'encounter-diagnosis' }] }] }));
    expect(d.clinicalStatus).to.equal('Active');
    expect(d.verificationStatus).to.equal('Differential');
    expect(d.unconfirmed).to.equal(true);
    expect(d.categories.map((c) => c.text)).to.deep.equal(['Problem list', 'Encounter diagnosis']);
  });

  it('R22: partial onset and abatement dates keep their precision', () => {
    const d = mapCondition(cond('resolved', 'confirmed', { onsetDateTime: '2019', abatementDateTime: '2019-03' }));
    expect(d.onset).to.equal('2019');
    expect(d.abatement).to.equal('Mar-2019');
  });

  it('R44: onset as text or age, recorder, and the source organisation (never a person or meta.source)', async () => {
    expect(mapCondition(await loadFixture('fhir-r4/Condition-example2.json')).onset).to.equal('approximately November 2012');
    expect(mapCondition(await loadFixture('fhir-r4/Condition-f202.json')).onset).to.equal('at age 52 years');
    const d = mapCondition(cond('active', 'confirmed', { recorder: { display: 'Dr A Jones' }, asserter: { display: 'Patient' },
      meta: { source: 'https://epr.example/fhir' } }));
    expect(d.recorder).to.equal('Dr A Jones');
    expect(d.source).to.equal(undefined);
    const fromOrg = mapCondition(cond('active', 'confirmed', { asserter: { reference: 'Organization/rr8', display: 'Leeds Teaching Hospitals' } }));
    expect(fromOrg.source).to.equal('Leeds Teaching Hospitals');
  });

  it('R37: every HL7 R4 and UK Core Condition maps without error', async () => {
    for (const folder of ['fhir-r4', 'uk-core-json']) {
      for (const { file, resource } of await fixturesOfType(folder, 'Condition')) {
        const d = mapCondition(resource);
        expect(d.name, file).to.be.a('string').and.not.empty;
        expect(d.clinicalStatus, file).to.be.a('string');
      }
    }
  });

  it('every Synthea patient\'s Conditions map (STU3 plain status codes understood)', async () => {
    for (const file of await listFixtures('synthea')) {
      const bundle = await loadFixture<{ entry: { resource: FhirResource }[] }>(`synthea/${file}`);
      const conditions = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'Condition');
      const view = mapDiagnosesResources(conditions);
      expect(view.current.length + view.history.length + view.hidden.refuted + view.hidden.enteredInError, file).to.equal(conditions.length);
      for (const d of [...view.current, ...view.history]) expect(d.clinicalStatus, file).to.be.a('string');
    }
  });

  it('malformed input never throws', () => {
    expect(() => mapDiagnosesResources([null, { resourceType: 'Condition', clinicalStatus: 5, category: 'x', onsetPeriod: 'y' }])).not.to.throw();
  });
});
