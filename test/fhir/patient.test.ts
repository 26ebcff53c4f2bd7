import { expect } from '@open-wc/testing';
import { mapPatientBanner, mapTelecom, mapAddresses, isRestricted, requestedNhsNumberView } from '../../src/fhir/patient.js';
import { formatPostcode } from '../../src/format/postcode.js';
import type { FhirResource } from '../../src/fhir/read.js';
import { fixturesOfType, loadFixture } from '../helpers/fixtures.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const NHS = 'https://fhir.nhs.uk/Id/nhs-number';
const VERIFICATION_URL = 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus';

async function richard(): Promise<FhirResource> {
  return loadFixture('uk-core-json/UKCore-Patient-RichardSmith-Example.json');
}

describe('fhir/patient: mapPatientBanner', () => {
  it('R1–R4, R13: Richard Smith (UK Core example) in CUI form', async () => {
    const view = mapPatientBanner(await richard(), NOW);
    expect(view.name).to.equal('SMITH, Richard');
    expect(view.born).to.equal('11-Sep-1970');
    expect(view.age).to.equal('56y');
    expect(view.gender).to.equal('male');
    expect(view.nhsNumber).to.deep.equal({ display: '991 200 3888', spoken: '9 9 1, 2 0 0, 3 8 8 8', valid: true, copy: '9912003888' });
    expect(view.deceased).to.equal(undefined);
  });

  it('R2: the title is shown in parentheses: SMITH, Richard (Mr)', async () => {
    const patient = await richard();
    const view = mapPatientBanner({ ...patient, name: [{ use: 'official', family: 'SMITH', given: ['Richard'], prefix: ['Mr.'] }] }, NOW);
    expect(view.name).to.equal('SMITH, Richard (Mr)');
  });

  it('R6: a PDS death notification status U (removed) alone does not mark the patient deceased', async () => {
    const view = mapPatientBanner(await richard(), NOW);
    expect(view.deceased).to.equal(undefined);
    expect(view.deathNotification).to.equal(undefined);
  });

  it('R10: usual address one line with its postcode; phones listed', async () => {
    const view = mapPatientBanner(await richard(), NOW);
    expect(view.addresses).to.deep.equal([{ kind: 'home', text: '4 Sandmoor Drive, LEEDS, LS17 7DF' }]);
    expect(view.telecom).to.deep.equal([{ kind: 'phone', value: '01131231234' }]);
  });

  describe('R4: the baby (UK Core example, born 11-Feb-2021 15:39) at each age band', () => {
    const cases: [string, string][] = [
      ['2021-02-11T17:09:00Z', '90min'],
      ['2021-02-12T17:39:00Z', '26hrs'],
      ['2021-02-14T16:00:00Z', '3d'],
      ['2021-03-12T16:00:00Z', '4w 1d'],
      ['2022-02-12T16:00:00Z', '12m 1d'],
      ['2025-03-11T16:00:00Z', '4y 1m'],
    ];
    for (const [now, age] of cases) {
      it(`R4: at ${now} the age is ${age}`, async () => {
        const baby = await loadFixture('uk-core-json/UKCore-Patient-BabyPatient-Example.json');
        const view = mapPatientBanner(baby, new Date(now));
        expect(view.name).to.equal('JONES, Melanie');
        expect(view.born).to.equal('11-Feb-2021');
        expect(view.age).to.equal(age);
      });
    }
  });

  it('R5: deceasedDateTime gives Died and Age at Death, and no living age (pat3)', async () => {
    const view = mapPatientBanner(await loadFixture('fhir-r4/Patient-pat3.json'), NOW);
    expect(view.name).to.equal('NOTSOWELL, Simon');
    expect(view.born).to.equal('23-Jan-1982');
    expect(view.age).to.equal(undefined);
    expect(view.deceased).to.deep.equal({ date: '14-Feb-2015', ageAtDeath: '33y' });
  });

  it('R5, R7: deceasedBoolean true without a date is deceased with the date not known (pat4)', async () => {
    const view = mapPatientBanner(await loadFixture('fhir-r4/Patient-pat4.json'), NOW);
    expect(view.deceased).to.deep.equal({});
    expect(view.age).to.equal(undefined);
  });

  it('R5: deceasedBoolean false is a living patient', () => {
    const view = mapPatientBanner({ resourceType: 'Patient', birthDate: '1980-01-01', deceasedBoolean: false }, NOW);
    expect(view.deceased).to.equal(undefined);
    expect(view.age).to.equal('46y');
  });

  it('R6: death notification status 2 (formal) is carried', () => {
    const view = mapPatientBanner({
      resourceType: 'Patient', deceasedDateTime: '2024-03-31T23:30:00Z', birthDate: '1950-01-01',
      extension: [{
        url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-DeathNotificationStatus',
        extension: [{ url: 'deathNotificationStatus', valueCodeableConcept: { coding: [{ code: '2', display: 'Formal - death notice received from Registrar of Deaths' }] } }],
      }],
    }, NOW);
    expect(view.deathNotification?.code).to.equal('2');
    expect(view.deceased?.date).to.equal('01-Apr-2024'); // R21: London date
  });

  it('R14: an invalid NHS number is flagged, never formatted as valid and never offered for copying', () => {
    const view = mapPatientBanner({ resourceType: 'Patient', identifier: [{ system: NHS, value: '9434765918' }] }, NOW);
    expect(view.nhsNumber?.valid).to.equal(false);
    expect(view.nhsNumber?.display).to.equal('9434765918');
    expect(view.nhsNumber?.copy).to.equal(undefined);
  });

  it('R15: only the NHS number system counts as an NHS number', () => {
    const view = mapPatientBanner({ resourceType: 'Patient', identifier: [{ system: 'urn:oid:0.1.2.3', value: '9912003888' }] }, NOW);
    expect(view.nhsNumber).to.equal(undefined);
  });

  it('R16: a verification status other than 01 is carried; 01 is not', () => {
    const identifier = (code: string) => [{
      system: NHS, value: '9912003888',
      extension: [{ url: VERIFICATION_URL, valueCodeableConcept: { coding: [{ code, display: 'Number present but not traced' }] } }],
    }];
    expect(mapPatientBanner({ resourceType: 'Patient', identifier: identifier('02') }, NOW).nhsNumber?.verification)
      .to.deep.equal({ code: '02', display: 'Number present but not traced' });
    expect(mapPatientBanner({ resourceType: 'Patient', identifier: identifier('01') }, NOW).nhsNumber?.verification).to.equal(undefined);
  });

  it('R11: a PDS-restricted record shows no address, telecom or GP, even when present', async () => {
    const patient = {
      ...(await richard()),
      meta: { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }] },
      generalPractitioner: [{ reference: 'Organization/gp', display: 'WHITE ROSE MEDICAL CENTRE' }],
    };
    const view = mapPatientBanner(patient, NOW, [{ resourceType: 'Organization', id: 'gp', name: 'WHITE ROSE' }]);
    expect(isRestricted(patient)).to.equal(true);
    expect(view.restricted).to.equal(true);
    expect(view.addresses).to.deep.equal([]);
    expect(view.telecom).to.deep.equal([]);
    expect(view.gp).to.equal(undefined);
    expect(view.name).to.equal('SMITH, Richard');
  });

  it('GP practice: an _include-d Organization name, else the reference display', async () => {
    const patient = { ...(await richard()), generalPractitioner: [{ reference: 'Organization/gp', display: 'White Rose (display)' }] };
    expect(mapPatientBanner(patient, NOW).gp).to.equal('White Rose (display)');
    expect(mapPatientBanner(patient, NOW, [{ resourceType: 'Organization', id: 'gp', name: 'WHITE ROSE MEDICAL CENTRE' }]).gp)
      .to.equal('WHITE ROSE MEDICAL CENTRE');
  });

  it('never throws on malformed input', () => {
    for (const bad of [undefined, null, 3, 'x', {}, { resourceType: 'Patient', name: 'x', identifier: {}, address: 7, telecom: [null], birthDate: 12 }]) {
      expect(() => mapPatientBanner(bad, NOW)).not.to.throw();
    }
  });
});

describe('fhir/patient: address and telecom (R10)', () => {
  it('R10: postcode upper case with its space', () => {
    expect(formatPostcode('ls177df')).to.equal('LS17 7DF');
    expect(formatPostcode('LS1 4AP')).to.equal('LS1 4AP');
    expect(formatPostcode('9999 XX')).to.equal('9999 XX');
  });

  it('R10: phones in CUI order Home, Work, Mobile, then Email; old ones dropped', () => {
    const lines = mapTelecom([
      { system: 'email', value: 'a@b.nhs.uk' },
      { system: 'phone', use: 'mobile', value: '07700 900123' },
      { system: 'phone', use: 'work', value: '0113 496 0001' },
      { system: 'phone', use: 'old', value: '0113 000 0000' },
      { system: 'phone', use: 'home', value: '0113 496 0000' },
    ], NOW);
    expect(lines.map((l) => l.kind)).to.deep.equal(['home', 'work', 'mobile', 'email']);
  });

  it('R10: usual before temporary; ended and old addresses dropped', () => {
    const lines = mapAddresses([
      { use: 'temp', line: ['1 Temp Road'], postalCode: 'ls1 1aa', period: { start: '2026-01-01' } },
      { use: 'home', line: ['2 Home Road'], postalCode: 'LS2 2BB' },
      { use: 'home', line: ['3 Ended Road'], period: { end: '2020-01-01' } },
      { use: 'old', line: ['4 Old Road'] },
    ], NOW);
    expect(lines).to.deep.equal([
      { kind: 'home', text: '2 Home Road, LS2 2BB' },
      { kind: 'temp', text: '1 Temp Road, LS1 1AA', from: '01-Jan-2026' },
    ]);
  });
});

describe('fhir/patient: every Patient example in the fixtures', () => {
  for (const folder of ['uk-core-json', 'fhir-r4']) {
    it(`R1, R7: every ${folder} Patient maps without error and with no empty identifying field`, async () => {
      const patients = [
        ...(await fixturesOfType(folder, 'Patient')),
        ...(folder === 'uk-core-json' ? await fixturesOfType('uk-core-json/extension-examples', 'Patient') : []),
      ];
      expect(patients.length).to.be.greaterThan(folder === 'fhir-r4' ? 20 : 5);
      for (const { file, resource } of patients) {
        const view = mapPatientBanner(resource, NOW);
        for (const value of [view.name, view.born, view.age, view.nhsNumber?.display, view.gp, view.deceased?.date]) {
          expect(value === undefined || (typeof value === 'string' && value.trim() !== ''), file).to.equal(true);
          expect(String(value ?? '')).not.to.contain('?');
        }
        for (const line of [...view.addresses, ...view.telecom]) {
          expect(line.kind === 'home' || 'value' in line || line.text, file).to.be.ok;
          expect('text' in line ? line.text : line.value, file).to.match(/\S/);
        }
      }
    });
  }
});

describe('fhir/patient: the NHS number asked for (R8, R73)', () => {
  it('R13, R17: a valid number given with any spacing is shown 3-3-4 and read digit by digit', () => {
    expect(requestedNhsNumberView(' 991200 3888')).to.deep.equal({ display: '991 200 3888', spoken: '9 9 1, 2 0 0, 3 8 8 8', valid: true });
  });

  it('R13, R14: an invalid number is shown exactly as given, to be flagged, never reformatted', () => {
    expect(requestedNhsNumberView('943 476 5918')).to.deep.equal({ display: '943 476 5918', spoken: '943 476 5918', valid: false });
  });
});
