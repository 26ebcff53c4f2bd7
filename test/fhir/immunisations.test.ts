import { expect } from '@open-wc/testing';
import { listFixtures, loadFixture } from '../helpers/fixtures.js';
import { mapImmunisations, toImmunisation } from '../../src/fhir/immunisations.js';
import type { FhirResource } from '../../src/fhir/read.js';

const imm = (over: Record<string, unknown> = {}): FhirResource => ({
  resourceType: 'Immunization', id: 'i1', status: 'completed', vaccineCode: { text: 'Influenza vaccine' },
  patient: { reference: 'Patient/p1' }, occurrenceDateTime: '2024-10-01', primarySource: true, ...over,
});
const answer = (...matches: FhirResource[]) => [{ matches, included: [], total: matches.length }] as never;

describe('immunisations mapper', () => {
  it('R71: not-done is not given, with its reason; a missing reason is left for the words "not recorded"', () => {
    const given = toImmunisation(imm())!;
    expect(given.given).to.equal(true);
    expect(given.notGivenReason).to.equal(undefined);
    const refused = toImmunisation(imm({ status: 'not-done', statusReason: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'PATOBJ', display: 'patient objection' }] } }))!;
    expect(refused.given).to.equal(false);
    expect(refused.notGivenReason).to.equal('patient objection');
    expect(toImmunisation(imm({ status: 'not-done' }))!.notGivenReason).to.equal(undefined);
  });

  it('R71: STU3 notGiven with explanation.reasonNotGiven is not given', () => {
    const v = toImmunisation(imm({ status: 'completed', notGiven: true, explanation: { reasonNotGiven: [{ text: 'Immune' }] }, occurrenceDateTime: undefined, date: '2017-05-02' }))!;
    expect(v.given).to.equal(false);
    expect(v.notGivenReason).to.equal('Immune');
    expect(v.dateText).to.equal('02-May-2017');
  });

  it('R71: dose number and series when recorded, nothing when not', () => {
    const v = toImmunisation(imm({ protocolApplied: [{ series: 'Primary', doseNumberPositiveInt: 2, seriesDosesPositiveInt: 3, targetDisease: [{ text: 'Diphtheria' }, { text: 'Tetanus' }] }] }))!;
    expect(v.dose).to.equal('2 of 3');
    expect(v.series).to.equal('Primary');
    expect(v.targetDisease).to.equal('Diphtheria, Tetanus');
    expect(toImmunisation(imm({ protocolApplied: [{ doseNumberString: 'Booster' }] }))!.dose).to.equal('Booster');
    expect(toImmunisation(imm({ protocolApplied: [{ doseNumberPositiveInt: 1 }] }))!.dose).to.equal('1');
    const bare = toImmunisation(imm())!;
    expect([bare.dose, bare.series, bare.targetDisease]).to.deep.equal([undefined, undefined, undefined]);
  });

  it('R71, R22: the date keeps its precision; words are shown as recorded; none is said', () => {
    expect(toImmunisation(imm({ occurrenceDateTime: '2019-03' }))!.dateText).to.equal('Mar-2019');
    expect(toImmunisation(imm({ occurrenceDateTime: '2019' }))!.dateText).to.equal('2019');
    // 23:30 UTC in British Summer Time is the next day in London (R21).
    expect(toImmunisation(imm({ occurrenceDateTime: '2026-07-14T23:30:00Z' }))!.dateText).to.equal('15-Jul-2026');
    const words = toImmunisation(imm({ occurrenceDateTime: undefined, occurrenceString: 'Spring 2019' }))!;
    expect([words.date, words.dateText]).to.deep.equal([undefined, 'Spring 2019']);
    expect(toImmunisation(imm({ occurrenceDateTime: undefined }))!.dateText).to.equal('Date not recorded');
  });

  it('H8: entered in error is not shown and is counted; the rest newest first, a partial date by its start', () => {
    const mapped = mapImmunisations(answer(
      imm({ id: 'a', occurrenceDateTime: '2019' }), imm({ id: 'b', occurrenceDateTime: '2024-01-05' }),
      imm({ id: 'c', status: 'entered-in-error' }), imm({ id: 'd', occurrenceDateTime: '2021-06' }),
    ));
    expect(mapped.view.items.map((i) => i.id)).to.deep.equal(['Immunization/b', 'Immunization/d', 'Immunization/a']);
    expect(mapped.view.hidden.enteredInError).to.equal(1);
    expect(mapped.kind).to.equal('loaded');
    expect(mapImmunisations(answer(imm({ status: 'entered-in-error' }))).kind).to.equal('empty');
  });

  it('a record not made by the giver says where it came from; sub-potent is said', () => {
    const v = toImmunisation(imm({ primarySource: false, reportOrigin: { coding: [{ code: 'recall' }] }, isSubpotent: true }))!;
    expect(v.reportedFrom).to.equal('The person’s or a parent’s recall');
    expect(v.subpotent).to.equal(true);
    expect(toImmunisation(imm({ primarySource: false }))!.reportedFrom).to.equal('Not recorded by the one who gave it');
    expect(toImmunisation(imm())!.reportedFrom).to.equal(undefined);
  });

  it('R44: the source is the performer\'s organisation, by reference to an included one or a typed display (an untyped one may be a person)', () => {
    const org = { resourceType: 'Organization', id: 'o1', name: 'Hillcrest Surgery' } as FhirResource;
    const mapped = mapImmunisations([{ matches: [imm({ performer: [{ actor: { reference: 'Organization/o1' } }] })], included: [org], total: 1 }] as never);
    expect(mapped.view.items[0]!.source).to.equal('Hillcrest Surgery');
    expect(toImmunisation(imm({ performer: [{ actor: { type: 'Organization', display: 'Riverside Medical Centre' } }] }))!.source).to.equal('Riverside Medical Centre');
    expect(toImmunisation(imm({ performer: [{ actor: { display: 'Nurse Ann Lee' } }] }))!.source).to.equal(undefined);
  });

  it('R72: told by the patient or a carer (informationSource) is marked; a professional\'s record is not', () => {
    expect(toImmunisation(imm({ primarySource: false, informationSource: { reference: 'Patient/p1' } }))!.addedBy).to.equal('patient');
    expect(toImmunisation(imm({ primarySource: false, informationSource: { reference: 'RelatedPerson/r1' } }))!.addedBy).to.equal('related-person');
    expect(toImmunisation(imm({ performer: [{ actor: { reference: 'Practitioner/x', display: 'Nurse A' } }] }))!.addedBy).to.equal(undefined);
  });

  it('every Synthea patient\'s Immunizations map (STU3 date understood), none lost', async () => {
    let total = 0;
    for (const file of await listFixtures('synthea')) {
      const bundle = await loadFixture<{ entry: { resource: FhirResource }[] }>(`synthea/${file}`);
      const found = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'Immunization');
      const view = mapImmunisations(answer(...found)).view;
      expect(view.items.length + view.hidden.enteredInError, file).to.equal(found.length);
      for (const i of view.items) {
        expect(i.vaccine, file).to.not.equal('Vaccine not named');
        expect(i.dateText, file).to.match(/^\d{2}-[A-Z][a-z]{2}-\d{4}$/);
      }
      total += found.length;
    }
    expect(total).to.be.greaterThan(0);
  });

  it('malformed input never throws and never shows a blank vaccine', () => {
    const odd = [null, 5, { resourceType: 'Immunization' }, { resourceType: 'Immunization', vaccineCode: 'x', protocolApplied: 'y', performer: 7, occurrenceDateTime: 12 }];
    expect(() => mapImmunisations(answer(...(odd as FhirResource[])))).not.to.throw();
    const view = mapImmunisations(answer(...(odd as FhirResource[]))).view;
    expect(view.items.map((i) => i.vaccine)).to.deep.equal(['Vaccine not named', 'Vaccine not named']);
  });
});
