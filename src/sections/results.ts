/** The results section (`<icr-results>`): its search and its pure map to the view model. */
import type { SectionQuery, SectionSpec } from '../fhir/section-contract.js';
import { mapResults, type ResultsView } from '../fhir/results.js';

export const RESULTS_QUERY: SectionQuery = { resourceType: 'Observation', params: { category: 'laboratory,vital-signs' } };

export const resultsSection: SectionSpec<ResultsView> = {
  section: 'results',
  progressive: true,
  queries: () => [RESULTS_QUERY],
  map: (results, patient) => mapResults(results, patient),
};
