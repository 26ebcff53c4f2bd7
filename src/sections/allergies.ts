/**
 * The allergies section (`<icr-allergies>`): its searches, its pure map to the view model, the
 * List warnings (R41), the negations the summary already says left out, and the current
 * medications it is cross-checked against for conflict cues.
 */
import type { DataWarning, MappedKind, SectionQuery, SectionSpec } from '../fhir/section-contract.js';
import {
  mapAllergies, allergyConflictSubjects, ALLERGY_LIST_CODE, NKA, NKDA, SNOMED, type AllergiesView, type NegationItem,
} from '../fhir/allergies.js';
import { mapMedications, medicationConflictSubjects } from '../fhir/medications.js';
import { findConflicts, type ConflictMatch } from '../fhir/conflicts.js';
import { codings, extensions, objects, obj, hasCode } from '../fhir/read.js';
import { translator } from '../i18n/core.js';
import { allergiesMessages } from '../i18n/en-GB/allergies.js';
import { ALLERGY_QUERY, MEDICATION_QUERIES } from './shared-queries.js';
import { groupAllergies } from './grouping.js';
import type { EntryGroup } from '../fhir/grouping.js';
import type { AllergyItem } from '../fhir/allergies.js';

const t = translator(allergiesMessages);
type MessageKey = Parameters<typeof t>[0];

export interface AllergiesSectionView extends AllergiesView {
  /** The negations to list: one the summary already says (NKA under "No known allergies") is left out. */
  negations: NegationItem[];
  conflicts: ConflictMatch[];
  /**
   * R59: one entry per allergy, every source kept: the active groups (any member active) and the
   * history, each naming every source with its date and the differences between them (R60).
   * `active` and `history` still list every record, for readers that count records.
   */
  activeGroups: EntryGroup<AllergyItem>[];
  historyGroups: EntryGroup<AllergyItem>[];
  /**
   * Issue 21 point 5: the allergies are shown without waiting for the medications they are checked
   * against. `pending` until the medications' last page is in: the cues so far are shown, marked
   * as not yet checked against the full list.
   */
  conflictCheck: 'pending' | 'complete';
}

const LIST_WARNING_CODES = ['confidential-items', 'data-in-transit', 'data-awaiting-filing'];

/** R41: UK Core List warning extensions on the allergies List. */
function listWarnings(lists: unknown[]): DataWarning[] {
  const out: DataWarning[] = [];
  for (const list of lists) {
    const exts = objects(obj(list)?.extension).filter((e) => typeof e.url === 'string' && /ListWarning/i.test(e.url));
    for (const ext of [...exts, ...extensions(list, 'warningCode')]) {
      for (const c of codings(ext.valueCodeableConcept)) {
        if (!c.code) continue;
        const key = LIST_WARNING_CODES.includes(c.code) ? `allergies.listWarning.${c.code}` : 'allergies.listWarning.other';
        out.push({ kind: 'list-warning', code: c.code, text: t(key as MessageKey, { code: c.display ?? c.code }) });
      }
    }
  }
  return out;
}

/** A negation the summary line already says in words ("No known allergies" for NKA). */
function saidBySummary(n: NegationItem, summary: AllergiesView['summary']): boolean {
  return (summary === 'nka' && n.code === NKA) || (summary === 'nkda' && n.code === NKDA);
}

export const ALLERGY_QUERIES: SectionQuery[] = [
  ALLERGY_QUERY,
  { resourceType: 'List', params: { code: `${SNOMED}|${ALLERGY_LIST_CODE}` }, optional: true },
];

export const allergiesSection: SectionSpec<AllergiesSectionView> = {
  section: 'allergies',
  // The medications are late helpers: the allergies never wait for them (issue 21 point 5).
  queries: () => [...ALLERGY_QUERIES, ...MEDICATION_QUERIES.map((q) => ({ ...q, optional: true, helper: true, late: true }))],
  map(results, patient) {
    const view = mapAllergies([results[0], results[1]], patient.included);
    const meds = results[2] || results[3] ? mapMedications([results[2], results[3]]) : undefined;
    const conflicts = meds ? findConflicts(allergyConflictSubjects(view), medicationConflictSubjects(meds)) : [];
    const lists = (results[1]?.matches ?? []).filter((r) => r.resourceType === 'List' && hasCode(r.code, ALLERGY_LIST_CODE));
    const kind: MappedKind = view.summary === 'not-recorded' ? 'not-recorded' : 'loaded';
    const negations = view.negations.filter((n) => !saidBySummary(n, view.summary));
    const groups = groupAllergies(view.active, view.history);
    // Pages still to come (or none in yet): the conflict check has not seen the full list.
    const conflictCheck = results[2]?.loadingMore || results[3]?.loadingMore ? 'pending' : 'complete';
    return {
      kind,
      view: { ...view, negations, conflicts, activeGroups: groups.active, historyGroups: groups.history, conflictCheck },
      count: groups.active.length,
      warnings: listWarnings(lists),
    };
  },
};
