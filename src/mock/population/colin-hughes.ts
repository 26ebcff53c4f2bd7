/**
 * HUGHES, Colin (Mr): on haemodialysis three times a week for about seven years, so his record holds
 * 1,000 encounters (issue 19): the encounters list renders a page at a time, filters over all of
 * them and says what a range hides (R62, R63). Little else is recorded: a short record otherwise.
 */
import { nhsNumberIdentifier, officialName, patientResource, recordBuilder, snomed } from '../build.js';
import { ORGS, orgRef } from '../organisations.js';
import type { PatientModule } from './module.js';
import { addLongVisits } from './visits.js';

const ID = 'pat-colin-hughes';

export const colinHughes: PatientModule = {
  id: ID,
  nhsNumber: '9990120005',
  name: 'HUGHES, Colin (Mr)',
  demonstrates: 'Long list of encounters: 1,000 dialysis sessions, admissions and A&E attendances (paging, filter, "Showing N of M").',
  build(clock) {
    const b = recordBuilder(ID, 'ch', clock);
    b.add(
      patientResource({
        id: ID,
        source: ORGS.riverside,
        lastUpdated: clock.daysAgo(2),
        body: {
          identifier: [nhsNumberIdentifier('9990120005')],
          active: true,
          name: [officialName('HUGHES', ['Colin'], 'Mr')],
          gender: 'male',
          birthDate: '1961-10-02',
          address: [{ use: 'home', line: ['22 Mill Lane'], city: 'NORTHBRIDGE', postalCode: 'NB4 8ML' }],
          generalPractitioner: [orgRef(ORGS.riverside)],
        },
      }),
    );
    b.condition({ source: ORGS.general, code: snomed('433146000', 'Chronic kidney disease stage 5'), onset: '2017', recorded: clock.daysAgo(2600) });
    addLongVisits(b);
    return b.resources();
  },
};
