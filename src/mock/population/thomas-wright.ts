/**
 * WRIGHT, Thomas (Mr): allergies never asked about. No AllergyIntolerance, and the List says
 * `notasked`: the section reads "Allergies not recorded", never "No known allergies" (R24, R25).
 */
import { nhsNumberIdentifier, officialName, patientResource, recordBuilder, snomed } from '../build.js';
import { ORGS, orgRef } from '../organisations.js';
import type { PatientModule } from './module.js';

const ID = 'pat-thomas-wright';

export const thomasWright: PatientModule = {
  id: ID,
  nhsNumber: '9990091242',
  name: 'WRIGHT, Thomas (Mr)',
  demonstrates: 'Allergies not recorded: no AllergyIntolerance, and an allergy List with emptyReason notasked; sparse record.',
  build(clock) {
    const b = recordBuilder(ID, 'tw', clock);
    const { riverside, outOfHours } = ORGS;
    b.add(
      patientResource({
        id: ID,
        source: riverside,
        lastUpdated: clock.daysAgo(700),
        body: {
          identifier: [nhsNumberIdentifier('9990091242')],
          active: true,
          name: [officialName('WRIGHT', ['Thomas'], 'Mr')],
          telecom: [{ system: 'email', value: 'tom.wright@example.com', use: 'home' }],
          gender: 'male',
          birthDate: '2001-06-19',
          address: [{ use: 'home', line: ['Room 12, Kingsway Halls'], city: 'NORTHBRIDGE', postalCode: 'NB1 9KH' }],
          generalPractitioner: [orgRef(riverside)],
        },
      }),
    );
    b.allergyList({ source: riverside, date: clock.daysAgo(700), emptyReason: 'notasked' });
    b.condition({ source: outOfHours, category: 'encounter-diagnosis', code: snomed('43116000', 'Eczema'), recorded: clock.daysAgo(250, '19:45') });
    return b.resources();
  },
};
