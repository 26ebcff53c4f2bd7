/** The searches and the pure mapping of <icr-allergies>, including the data for conflict cues. */
import type { SectionSpec, SectionQuery, MappedKind } from '../../controllers/section-controller.js';
import type { DataWarning } from '../../data/outcome.js';
import { mapAllergies, allergyConflictSubjects, ALLERGY_LIST_CODE, type AllergiesView } from '../../fhir/allergies.js';
import { mapMedications, medicationConflictSubjects } from '../../fhir/medications.js';
import { findConflicts, type ConflictMatch } from '../../fhir/conflicts.js';
import { codings, extensions, objects, obj, hasCode } from '../../fhir/read.js';
import { translator } from '../../i18n/core.js';
import { allergiesMessages } from '../../i18n/en-GB/allergies.js';
import { MEDICATION_QUERIES } from '../medications/medications-spec.js';
import { recorderIncludes } from '../../fhir/provenance.js';

const t = translator(allergiesMessages);
type MessageKey = Parameters<typeof t>[0];

export interface AllergiesSectionView extends AllergiesView {
  conflicts: ConflictMatch[];
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

export const ALLERGY_QUERIES: SectionQuery[] = [
  // R44: the recorder's PractitionerRole and its organisation name each allergy's source.
  { resourceType: 'AllergyIntolerance', params: recorderIncludes('AllergyIntolerance') },
  { resourceType: 'List', params: { code: `http://snomed.info/sct|${ALLERGY_LIST_CODE}` }, optional: true },
];

export const allergiesSpec: SectionSpec<AllergiesSectionView> = {
  section: 'allergies',
  queries: () => [...ALLERGY_QUERIES, ...MEDICATION_QUERIES.map((q) => ({ ...q, optional: true, helper: true }))],
  map(results, patient) {
    const view = mapAllergies([results[0], results[1]], patient.included);
    const meds = results[2] || results[3] ? mapMedications([results[2], results[3]]) : undefined;
    const conflicts = meds ? findConflicts(allergyConflictSubjects(view), medicationConflictSubjects(meds)) : [];
    const lists = (results[1]?.matches ?? []).filter((r) => r.resourceType === 'List' && hasCode(r.code, ALLERGY_LIST_CODE));
    const kind: MappedKind = view.summary === 'not-recorded' ? 'not-recorded' : 'loaded';
    return { kind, view: { ...view, conflicts }, count: view.active.length, warnings: listWarnings(lists) };
  },
};
