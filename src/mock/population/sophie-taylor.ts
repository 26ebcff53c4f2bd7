/**
 * TAYLOR, Sophie (Ms): a PDS-restricted record (`meta.security` R). Address, telecom and GP were
 * removed at source, and must never be refilled from elsewhere (R11). Her clinical items are normal.
 */
import { ROUTE, dmd, nhsNumberIdentifier, officialName, patientResource, recordBuilder, snomed } from '../build.js';
import { ORGS } from '../organisations.js';
import type { PatientModule } from './module.js';

const ID = 'pat-sophie-taylor';

export const sophieTaylor: PatientModule = {
  id: ID,
  nhsNumber: '9990040559',
  name: 'TAYLOR, Sophie (Ms)',
  demonstrates: 'PDS-restricted (meta.security R): no address, telecom or GP; the widgets show "restricted" and never refill them.',
  build(clock) {
    const b = recordBuilder(ID, 'st', clock);
    const { general, outOfHours } = ORGS;
    b.add(
      patientResource({
        id: ID,
        source: general,
        restricted: true,
        lastUpdated: clock.daysAgo(15),
        body: {
          identifier: [nhsNumberIdentifier('9990040559')],
          active: true,
          name: [officialName('TAYLOR', ['Sophie'], 'Ms')],
          gender: 'female',
          birthDate: '1988-11-23',
        },
      }),
    );
    const latex = b.allergy({ source: general, code: snomed('111088007', 'Latex'), category: ['environment'], criticality: 'high', recorded: clock.daysAgo(800), reactions: [{ manifestation: snomed('39579001', 'Anaphylaxis'), severity: 'severe' }] });
    b.allergyList({ source: general, date: clock.daysAgo(15), entries: [latex.id] });
    b.condition({ source: general, code: snomed('21897009', 'Generalized anxiety disorder'), onset: '2017', recorded: clock.daysAgo(800) });
    b.medicationRequest({ source: outOfHours, medication: { codeable: dmd('321966001', 'Sertraline 50mg tablets') }, status: 'active', course: 'continuous', authoredOn: clock.daysAgo(15), dosage: [{ text: 'One tablet each morning', timing: { frequency: 1, period: 1, periodUnit: 'd', when: ['MORN'] }, route: ROUTE.oral, dose: { value: 50, unit: 'mg' } }] });
    b.observation({ source: general, category: 'vital-signs', code: snomed('364075005', 'Heart rate'), effective: clock.daysAgo(15, '22:10'), value: { quantity: 88, unit: 'beats/minute', code: '/min' } });
    return b.resources();
  },
};
