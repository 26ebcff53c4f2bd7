/**
 * BROWN, Gareth (Mr): opted out of the ICR. The mock holds his record but every request about him,
 * the Patient lookup included, answers 403 NO_PATIENT_CONSENT (R55).
 */
import { nhsNumberIdentifier, officialName, patientResource, recordBuilder, snomed } from '../build.js';
import { ORGS, orgRef } from '../organisations.js';
import type { PatientModule } from './module.js';

const ID = 'pat-gareth-brown';

export const garethBrown: PatientModule = {
  id: ID,
  nhsNumber: '9990050694',
  name: 'BROWN, Gareth (Mr)',
  demonstrates: 'Opted out of the ICR: every request about him (Patient lookup included) answers 403 NO_PATIENT_CONSENT.',
  optedOut: true,
  build(clock) {
    const b = recordBuilder(ID, 'gb', clock);
    const { riverside } = ORGS;
    b.add(
      patientResource({
        id: ID,
        source: riverside,
        lastUpdated: clock.daysAgo(100),
        body: {
          identifier: [nhsNumberIdentifier('9990050694')],
          active: true,
          name: [officialName('BROWN', ['Gareth'], 'Mr')],
          gender: 'male',
          birthDate: '1965-07-14',
          address: [{ use: 'home', line: ['88 Station Road'], city: 'NORTHBRIDGE', postalCode: 'NB5 9SR' }],
          generalPractitioner: [orgRef(riverside)],
        },
      }),
    );
    // Held but never served: proves the opt-out is enforced, not an empty record.
    b.allergy({ source: riverside, code: snomed('764146007', 'Penicillin'), category: ['medication'], recorded: clock.daysAgo(2000) });
    b.condition({ source: riverside, code: snomed('44054006', 'Type 2 diabetes mellitus'), onset: '2015', recorded: clock.daysAgo(2000) });
    return b.resources();
  },
};
