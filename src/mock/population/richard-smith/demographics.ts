/**
 * Richard Smith's demographics: the Patient (UK Core's example, grown: communication needs, a
 * temporary address, a removed death notification) and his wife as next of kin (RelatedPerson).
 */
import { EXT, SYS, cc, deathNotification, nhsNumberIdentifier, officialName, patientResource, type RecordBuilder } from '../../build.js';
import { ORGS, PRACTITIONERS, orgRef, practitionerRef } from '../../organisations.js';

/** The Patient, then the RelatedPerson (the Patient must be built first). */
export function addDemographics(b: RecordBuilder): void {
  const { clock } = b;
  const { riverside } = ORGS;

  b.add(
    patientResource({
      id: b.patientId,
      source: riverside,
      lastUpdated: clock.daysAgo(12),
      body: {
        extension: [
          {
            url: EXT.ethnicCategory,
            valueCodeableConcept: cc('https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland', 'G', 'Mixed - Any other mixed background'),
          },
          { url: EXT.interpreterRequired, valueBoolean: true },
          {
            url: EXT.contactPreference,
            extension: [
              { url: 'PreferredContactMethod', valueCodeableConcept: cc('https://fhir.hl7.org.uk/CodeSystem/UKCore-PreferredContactMethod', '3', 'Telephone') },
              {
                url: 'PreferredWrittenCommunicationFormat',
                valueCodeableConcept: cc('https://fhir.hl7.org.uk/CodeSystem/UKCore-PreferredWrittenCommunicationFormat', '11', 'Large print'),
              },
            ],
          },
          // As in the UK Core example: a death notification that was removed (U) does not mean deceased (R6).
          deathNotification('U', '2019-08-01T00:00:00+00:00'),
        ],
        identifier: [nhsNumberIdentifier('9912003888', '01')],
        active: true,
        name: [officialName('SMITH', ['Richard'], 'Mr'), { use: 'usual', given: ['Rich'], family: 'SMITH' }],
        telecom: [
          { system: 'email', value: 'richard.smith@example.com', use: 'home' },
          { system: 'phone', value: '07700 900123', use: 'mobile' },
          { system: 'phone', value: '01632 960123', use: 'work' },
          { system: 'phone', value: '01632 960456', use: 'home' },
        ],
        gender: 'male',
        birthDate: '1970-09-11',
        address: [
          { use: 'home', type: 'physical', line: ['4 Sandmoor Drive', 'Alwoodley'], city: 'NORTHBRIDGE', postalCode: 'nb17 7df' },
          {
            use: 'temp',
            type: 'physical',
            line: ['Flat 2', '18 Harbour View'],
            city: 'SEABURY',
            postalCode: 'SB3 9QA',
            period: { start: clock.dateDaysAgo(20), end: clock.dateDaysAhead(40) },
          },
        ],
        contact: [
          {
            relationship: [cc(SYS.v2_0131, 'N', 'Next-of-Kin'), cc(SYS.v3RoleCode, 'WIFE', 'wife')],
            name: { use: 'official', family: 'SMITH', given: ['Joy'], prefix: ['Mrs'] },
            telecom: [{ system: 'phone', value: '07700 900456', use: 'mobile' }],
            address: { use: 'home', line: ['4 Sandmoor Drive', 'Alwoodley'], city: 'NORTHBRIDGE', postalCode: 'NB17 7DF' },
            gender: 'female',
          },
        ],
        communication: [
          { language: cc('urn:ietf:bcp:47', 'pl', 'Polish'), preferred: true },
          {
            language: {
              coding: [
                { system: 'urn:ietf:bcp:47', code: 'bfi', display: 'British Sign Language' },
                { system: SYS.snomed, code: '703963007', display: 'Makaton vocabulary' },
              ],
              text: 'Makaton',
            },
          },
        ],
        generalPractitioner: [orgRef(riverside), practitionerRef(PRACTITIONERS.hart)],
      },
    }),
  );
  b.add({
    resourceType: 'RelatedPerson',
    id: 'rs-related-joy-smith',
    meta: { lastUpdated: clock.daysAgo(400), source: riverside.source },
    active: true,
    patient: b.subject,
    relationship: [cc(SYS.v2_0131, 'N', 'Next-of-Kin'), cc(SYS.v3RoleCode, 'WIFE', 'wife')],
    name: [officialName('SMITH', ['Joy'], 'Mrs')],
    telecom: [
      { system: 'phone', value: '07700 900456', use: 'mobile' },
      { system: 'phone', value: '01632 960456', use: 'home' },
    ],
    gender: 'female',
    address: [{ use: 'home', line: ['4 Sandmoor Drive', 'Alwoodley'], city: 'NORTHBRIDGE', postalCode: 'NB17 7DF' }],
  });
}
