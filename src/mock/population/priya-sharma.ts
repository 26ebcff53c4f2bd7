/**
 * SHARMA, Priya (Mrs): NHS number present but not traced (verification status 02, R16). Her allergy
 * List says `nilknown` with no entries: "No known allergies" asserted by a List rather than a code.
 */
import { cc, nhsNumberIdentifier, officialName, patientResource, recordBuilder, snomed } from '../build.js';
import { ORGS, orgRef } from '../organisations.js';
import type { PatientModule } from './module.js';

const ID = 'pat-priya-sharma';

export const priyaSharma: PatientModule = {
  id: ID,
  nhsNumber: '9990060835',
  name: 'SHARMA, Priya (Mrs)',
  demonstrates: 'Unverified NHS number (verification status 02, not traced); "No known allergies" from a List with emptyReason nilknown.',
  build(clock) {
    const b = recordBuilder(ID, 'ps', clock);
    const { hillcrest, general } = ORGS;
    b.add(
      patientResource({
        id: ID,
        source: general,
        lastUpdated: clock.daysAgo(2),
        body: {
          identifier: [nhsNumberIdentifier('9990060835', '02'), { system: 'https://fhir.northbridge-general.example/Id/mrn', value: 'NGH1234567' }],
          active: true,
          name: [officialName('SHARMA', ['Priya'], 'Mrs')],
          telecom: [{ system: 'phone', value: '07700 900987', use: 'mobile' }],
          gender: 'female',
          birthDate: '1979-01-30',
          address: [{ use: 'home', line: ['51 Linden Avenue'], city: 'NORTHBRIDGE', postalCode: 'NB4 2LA' }],
          communication: [{ language: cc('urn:ietf:bcp:47', 'pa', 'Punjabi'), preferred: true }],
          generalPractitioner: [orgRef(hillcrest)],
        },
      }),
    );
    b.allergyList({ source: general, date: clock.daysAgo(2, '14:00'), emptyReason: 'nilknown' });
    b.condition({ source: general, category: 'encounter-diagnosis', code: snomed('68566005', 'Urinary tract infectious disease'), recorded: clock.daysAgo(2, '14:10') });
    b.observation({ source: general, category: 'vital-signs', code: snomed('276885007', 'Core body temperature'), effective: clock.daysAgo(2, '13:50'), value: { quantity: 38.4, unit: 'degrees C', code: 'Cel' }, interpretation: 'H' });
    return b.resources();
  },
};
