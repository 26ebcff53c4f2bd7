/** Pure filtering and sorting of the medication lists (text filter, name or date order). */
import type { MedicationItem } from '../../fhir/medications.js';
import { byName } from '../../fhir/medications.js';
import { compareFhirDatesNewestFirst } from '../../format/dates.js';

export type MedicationFilter = 'current' | 'past' | 'all';
export type MedicationSort = 'name' | 'date';

/**
 * `hidden` (R51): items whose detail is not shown yet. They are kept whatever the query, never
 * matched on their names, so a search neither tells what they are nor drops them from view.
 */
export function filterMedications(
  items: MedicationItem[], query: string, sort: MedicationSort, hidden: (m: MedicationItem) => boolean = () => false,
): MedicationItem[] {
  const q = query.trim().toLowerCase();
  const matched = q
    ? items.filter((m) => hidden(m) || [m.name, m.generic, m.brand].some((s) => s?.toLowerCase().includes(q)))
    : items.slice();
  if (sort === 'date') matched.sort((a, b) => compareFhirDatesNewestFirst(a.sortDate, b.sortDate) || byName(a, b));
  return matched;
}
