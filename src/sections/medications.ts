/**
 * The medications section (`<icr-medications>`): its searches and its pure map to the view model,
 * with the allergies it is cross-checked against for conflict cues.
 */
import type { SectionQuery, SectionSpec } from '../fhir/section-contract.js';
import { mapMedications, medicationConflictSubjects, type MedicationsView } from '../fhir/medications.js';
import { mapAllergies, allergyConflictSubjects } from '../fhir/allergies.js';
import { findConflicts, type ConflictMatch } from '../fhir/conflicts.js';

export interface MedicationsSectionView extends MedicationsView {
  conflicts: ConflictMatch[];
}

/** Shared with the allergies section (same params, so the client asks once per page). */
export const MEDICATION_QUERIES: SectionQuery[] = [
  { resourceType: 'MedicationStatement', params: { _include: 'MedicationStatement:medication' } },
  { resourceType: 'MedicationRequest', params: { _include: 'MedicationRequest:medication' } },
];

export const medicationsSection: SectionSpec<MedicationsSectionView> = {
  section: 'medications',
  progressive: true,
  queries: () => [...MEDICATION_QUERIES, { resourceType: 'AllergyIntolerance', optional: true, helper: true }],
  map(results, patient) {
    const view = mapMedications([results[0], results[1]], patient.included);
    const allergies = results[2] ? mapAllergies([results[2]]) : undefined;
    const conflicts = allergies ? findConflicts(allergyConflictSubjects(allergies), medicationConflictSubjects(view)) : [];
    const count = view.current.length + view.past.length;
    return { kind: count ? 'loaded' : 'empty', view: { ...view, conflicts }, count };
  },
};
