/**
 * EVANS, Margaret (Miss): "No known drug allergies" (SNOMED 409137002) and nothing else, the case
 * that must never read as "No known allergies" (R26, H5). She also holds the current, long-running
 * DoLS authorisation of the population.
 */
import { SOCIAL_CARE, nhsNumberIdentifier, officialName, patientResource, recordBuilder, snomed } from '../build.js';
import { ORGS, orgRef } from '../organisations.js';
import type { PatientModule } from './module.js';
import { margaretDecisions } from './care-decisions.js';

const ID = 'pat-margaret-evans';

export const margaretEvans: PatientModule = {
  id: ID,
  nhsNumber: '9990081107',
  name: 'EVANS, Margaret (Miss)',
  demonstrates: 'No known drug allergies (SNOMED 409137002) only: must not read as "No known allergies"; a current DoLS authorisation.',
  build(clock) {
    const b = recordBuilder(ID, 'me', clock);
    const { hillcrest, adultSocialCare: council, community } = ORGS;
    b.add(
      patientResource({
        id: ID,
        source: hillcrest,
        lastUpdated: clock.daysAgo(50),
        body: {
          identifier: [nhsNumberIdentifier('9990081107')],
          active: true,
          name: [officialName('EVANS', ['Margaret'], 'Miss')],
          telecom: [{ system: 'phone', value: '01632 960222', use: 'home' }],
          gender: 'female',
          birthDate: '1955-12-01',
          address: [{ use: 'home', line: ['Flat 6, Ashgrove Court'], city: 'NORTHBRIDGE', postalCode: 'NB6 1AG' }],
          generalPractitioner: [orgRef(hillcrest)],
        },
      }),
    );
    const nkda = b.allergy({ source: hillcrest, code: snomed('409137002', 'No known drug allergy'), recorded: clock.daysAgo(50) });
    b.allergyList({ source: hillcrest, date: clock.daysAgo(50), entries: [nkda.id] });
    b.condition({ source: hillcrest, code: snomed('110359009', 'Intellectual disability'), onset: '1955', recorded: '2004-01-01T10:00:00+00:00' });
    b.task({ source: council, owner: council, requester: community, code: SOCIAL_CARE.dolsApplication, status: 'completed', authoredOn: clock.daysAgo(150), executionPeriod: { start: clock.daysAgo(150), end: clock.daysAgo(126) }, businessStatus: SOCIAL_CARE.outcome('granted', 'Granted') });
    b.flag({ source: council, socialCare: true, category: [SOCIAL_CARE.legalStatusCategory], code: SOCIAL_CARE.dolsAuthorisation, status: 'active', period: { start: clock.dateDaysAgo(125), end: clock.dateDaysAhead(240) } });
    margaretDecisions(b); // an expired DNACPR, a preferred place of care she added herself: R66, R72
    return b.resources();
  },
};
