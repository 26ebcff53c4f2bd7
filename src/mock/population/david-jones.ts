/** JONES, David (Mr): "No known allergies" asserted with SNOMED 716186003 (R24). */
import { ROUTE, dmd, nhsNumberIdentifier, officialName, patientResource, recordBuilder, snomed } from '../build.js';
import { ORGS, orgRef } from '../organisations.js';
import type { PatientModule } from './module.js';

const ID = 'pat-david-jones';

export const davidJones: PatientModule = {
  id: ID,
  nhsNumber: '9990070962',
  name: 'JONES, David (Mr)',
  demonstrates: 'No known allergies: an AllergyIntolerance coded SNOMED 716186003, listed in the allergy List.',
  build(clock) {
    const b = recordBuilder(ID, 'dj', clock);
    const { riverside } = ORGS;
    b.add(
      patientResource({
        id: ID,
        source: riverside,
        lastUpdated: clock.daysAgo(30),
        body: {
          identifier: [nhsNumberIdentifier('9990070962')],
          active: true,
          name: [officialName('JONES', ['David'], 'Mr')],
          telecom: [{ system: 'phone', value: '07700 900111', use: 'mobile' }],
          gender: 'male',
          birthDate: '1992-04-08',
          address: [{ use: 'home', line: ['14 Weavers Yard'], city: 'NORTHBRIDGE', postalCode: 'NB1 4WY' }],
          generalPractitioner: [orgRef(riverside)],
        },
      }),
    );
    const nka = b.allergy({ source: riverside, code: snomed('716186003', 'No known allergy'), recorded: clock.daysAgo(30) });
    b.allergyList({ source: riverside, date: clock.daysAgo(30), entries: [nka.id] });
    b.medicationRequest({ source: riverside, medication: { codeable: dmd('39732311000001104', 'Amoxicillin 250mg capsules') }, status: 'completed', course: 'acute', authoredOn: clock.daysAgo(30), dosage: [{ text: 'One capsule three times a day for 5 days', timing: { frequency: 3, period: 1, periodUnit: 'd', boundsDays: 5 }, route: ROUTE.oral, dose: { value: 250, unit: 'mg' } }] });
    return b.resources();
  },
};
