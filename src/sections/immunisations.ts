/** The immunisations section (`<icr-immunisations>`): vaccinations given and not given (Immunization, ICR-API.md). */
import type { SectionQuery, SectionSpec } from '../fhir/section-contract.js';
import { mapImmunisations, type ImmunisationsView } from '../fhir/immunisations.js';

export type { ImmunisationItem, ImmunisationsView } from '../fhir/immunisations.js';

export const IMMUNISATIONS_QUERY: SectionQuery = Object.freeze({ resourceType: 'Immunization' });

export const immunisationsSection: SectionSpec<ImmunisationsView> = {
  section: 'immunisations',
  queries: () => [IMMUNISATIONS_QUERY],
  map: (results, patient) => mapImmunisations(results, patient),
};
