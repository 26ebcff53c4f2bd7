/**
 * WALKER, Harold (Mr): deceased (deceasedDateTime 45 days before today) with a formal PDS death
 * notification (status 2). His allergy List uses UK Core's `no-content-recorded` empty reason.
 */
import { ROUTE, cc, deathNotification, dmd, nhsNumberIdentifier, officialName, patientResource, recordBuilder, snomed } from '../build.js';
import { ORGS, orgRef } from '../organisations.js';
import type { PatientModule } from './module.js';
import { addHaroldWalkerCareTeam } from './care-teams.js';

const ID = 'pat-harold-walker';

export const haroldWalker: PatientModule = {
  id: ID,
  nhsNumber: '9990030421',
  name: 'WALKER, Harold (Mr)',
  demonstrates: 'Deceased patient (died 45 days ago, formal death notification): Died / Age at Death banner; allergy List "no content recorded".',
  build(clock) {
    const b = recordBuilder(ID, 'hw', clock);
    const { riverside, general, community } = ORGS;
    const died = clock.daysAgo(45, '04:20');
    b.add(
      patientResource({
        id: ID,
        source: riverside,
        lastUpdated: clock.daysAgo(44),
        body: {
          extension: [deathNotification('2', clock.daysAgo(44, '09:00'))],
          identifier: [nhsNumberIdentifier('9990030421')],
          active: true,
          name: [officialName('WALKER', ['Harold', 'George'], 'Mr')],
          gender: 'male',
          birthDate: '1941-02-03',
          deceasedDateTime: died,
          address: [{ use: 'home', line: ['3 Quarry Bank'], city: 'HOLMBRIDGE', postalCode: 'HB7 4QB' }],
          generalPractitioner: [orgRef(riverside)],
        },
      }),
    );
    b.allergyList({ source: riverside, date: clock.daysAgo(300), emptyReason: 'no-content-recorded', note: 'Information not available' });
    b.condition({ source: general, code: snomed('13645005', 'Chronic obstructive lung disease'), onset: '2008', recorded: '2008-06-01T10:00:00+01:00' });
    b.condition({ source: general, category: 'encounter-diagnosis', code: snomed('233604007', 'Pneumonia'), onset: clock.daysAgo(52), recorded: clock.daysAgo(52) });
    b.medicationStatement({ source: riverside, medication: { codeable: dmd('320176004', 'Salbutamol 100micrograms/dose inhaler CFC free') }, status: 'stopped', statusReason: cc('http://snomed.info/sct', '419099009', 'Dead'), effective: { start: '2008-06', end: died.slice(0, 10) }, dateAsserted: clock.daysAgo(44), dosage: [{ text: '2 puffs four times a day when required', asNeeded: true, route: ROUTE.inhaled }] });
    b.observation({ source: community, category: 'vital-signs', code: snomed('431314004', 'Peripheral oxygen saturation'), effective: clock.daysAgo(53), value: { quantity: 88, unit: '%' }, range: { low: 88, high: 92, unit: '%', text: 'Target 88-92% (COPD)' } });
    b.carePlan({ source: community, category: [cc('https://icr.example.nhs.uk/CodeSystem/care-plan-type', 'end-of-life', 'End of life care plan')], title: 'End of life care plan', status: 'completed', created: clock.daysAgo(120), period: { start: clock.dateDaysAgo(120), end: clock.dateDaysAgo(45) } });
    addHaroldWalkerCareTeam(b);
    return b.resources();
  },
};
