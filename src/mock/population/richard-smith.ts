/**
 * SMITH, Richard (Mr): UK Core's own fictional example patient, grown into a rich record from
 * several sources. He demonstrates the everyday adult: every section populated, every allergy and
 * medication shape, duplicates of the same fact from two sources (R44), report formats and statuses.
 * His record is long, so each section is built in its own module under `richard-smith/`.
 */
import { recordBuilder } from '../build.js';
import { addAllergies } from './richard-smith/allergies.js';
import { addConditions } from './richard-smith/conditions.js';
import { addDemographics } from './richard-smith/demographics.js';
import { addDocuments } from './richard-smith/documents.js';
import { addMedications } from './richard-smith/medications.js';
import { addObservations } from './richard-smith/observations.js';
import { addReports } from './richard-smith/reports.js';
import { addSocialCareAndPlans } from './richard-smith/social-care.js';
import { addEncountersAndImmunisations } from './richard-smith/encounters.js';
import type { PatientModule } from './module.js';
import { addRichardSmithCareTeam } from './care-teams.js';

export { HOSTILE_HTML_REPORT } from './richard-smith/reports.js';

const ID = 'pat-richard-smith';

export const richardSmith: PatientModule = {
  id: ID,
  nhsNumber: '9912003888',
  name: 'SMITH, Richard (Mr)',
  demonstrates:
    'Living adult with a rich record from seven sources: every allergy, medication, result and report shape, duplicates across sources, communication needs.',
  build(clock) {
    const b = recordBuilder(ID, 'rs', clock);
    // Section by section, in this order: ids are numbered per kind as items are added, and the
    // record (and so every searchset) keeps this order.
    addDemographics(b);
    addAllergies(b);
    addMedications(b);
    addConditions(b);
    const results = addObservations(b);
    addReports(b, results);
    addSocialCareAndPlans(b);
    addRichardSmithCareTeam(b);
    addEncountersAndImmunisations(b);
    addDocuments(b);
    return b.resources();
  },
};
