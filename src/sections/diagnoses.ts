/** The diagnoses section (`<icr-diagnoses>`): its search and its pure map to the view model. */
import type { SectionQuery, SectionSpec } from '../fhir/section-contract.js';
import { mapDiagnoses, type DiagnosesView } from '../fhir/diagnoses.js';
import { recorderIncludes } from '../fhir/provenance.js';

// R44: the recorder's PractitionerRole and its organisation, so a diagnosis names its source in words
// (as allergies do); without them most said 'Source not named'.
export const DIAGNOSES_QUERY: SectionQuery = { resourceType: 'Condition', params: recorderIncludes('Condition') };

export const diagnosesSection: SectionSpec<DiagnosesView> = {
  section: 'diagnoses',
  queries: () => [DIAGNOSES_QUERY],
  map: (results, patient) => mapDiagnoses(results, patient),
};
