/**
 * The medications section (`<icr-medications>`): its searches and its pure map to the view model,
 * with the allergies it is cross-checked against for conflict cues.
 */
import type { SectionSpec } from '../fhir/section-contract.js';
import { mapMedications, medicationConflictSubjects, type MedicationsView } from '../fhir/medications.js';
import { mapAllergies, allergyConflictSubjects } from '../fhir/allergies.js';
import { findConflicts, type ConflictMatch } from '../fhir/conflicts.js';
import type { MedicationItem } from '../fhir/medications.js';
import type { EntryGroup } from '../fhir/grouping.js';
import { groupMedications } from './grouping.js';
import { ALLERGY_QUERY, MEDICATION_QUERIES } from './shared-queries.js';

export interface MedicationsSectionView extends MedicationsView {
  conflicts: ConflictMatch[];
  /**
   * R59: one entry per medicine (same dm+d / SNOMED CT concept), every source kept, with the
   * differences that matter (R60). `current` and `past` still list every record.
   */
  currentGroups: EntryGroup<MedicationItem>[];
  pastGroups: EntryGroup<MedicationItem>[];
}


export const medicationsSection: SectionSpec<MedicationsSectionView> = {
  section: 'medications',
  progressive: true,
  // The allergies section's own query: on a page with both, one request and one answer (R34).
  queries: () => [...MEDICATION_QUERIES, { ...ALLERGY_QUERY, optional: true, helper: true }],
  map(results, patient) {
    const view = mapMedications([results[0], results[1]], patient.included);
    const allergies = results[2] ? mapAllergies([results[2]]) : undefined;
    const conflicts = allergies ? findConflicts(allergyConflictSubjects(allergies), medicationConflictSubjects(view)) : [];
    const groups = groupMedications(view.current, view.past);
    const count = groups.current.length + groups.past.length;
    return { kind: count ? 'loaded' : 'empty', view: { ...view, conflicts, currentGroups: groups.current, pastGroups: groups.past }, count };
  },
};
