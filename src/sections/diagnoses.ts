/** The diagnoses section (`<icr-diagnoses>`): its search and its pure map to the view model. */
import type { SectionQuery, SectionSpec } from '../fhir/section-contract.js';
import { mapDiagnoses, type DiagnosesView, type DiagnosisView } from '../fhir/diagnoses.js';
import { recorderIncludes } from '../fhir/provenance.js';
import type { EntryGroup } from '../fhir/grouping.js';
import { groupConditions } from './grouping.js';

// R44: the recorder's PractitionerRole and its organisation, so a diagnosis names its source in words
// (as allergies do); without them most said 'Source not named'.
export const DIAGNOSES_QUERY: SectionQuery = { resourceType: 'Condition', params: recorderIncludes('Condition') };

export interface DiagnosesSectionView extends DiagnosesView {
  /**
   * R59: one entry per condition (same SNOMED CT code), every source kept, with the differences in
   * clinical and verification status (R60). `current` and `history` still list every record.
   */
  currentGroups: EntryGroup<DiagnosisView>[];
  historyGroups: EntryGroup<DiagnosisView>[];
}

export const diagnosesSection: SectionSpec<DiagnosesSectionView> = {
  section: 'diagnoses',
  queries: () => [DIAGNOSES_QUERY],
  map(results, patient) {
    const mapped = mapDiagnoses(results, patient);
    const groups = groupConditions(mapped.view.current, mapped.view.history);
    const view = { ...mapped.view, currentGroups: groups.current, historyGroups: groups.history };
    return { ...mapped, view, count: groups.current.length + groups.history.length };
  },
};
