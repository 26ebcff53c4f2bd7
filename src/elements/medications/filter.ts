/** Pure filtering and sorting of the medication lists (text filter, name or date order). */
import type { MedicationItem } from '../../fhir/medications.js';
import { byName } from '../../fhir/medications.js';
import { compareFhirDatesNewestFirst } from '../../format/dates.js';

export type MedicationFilter = 'current' | 'past' | 'all';
export type MedicationSort = 'name' | 'date';

export function filterMedications(items: MedicationItem[], query: string, sort: MedicationSort): MedicationItem[] {
  const q = query.trim().toLowerCase();
  const matched = q
    ? items.filter((m) => [m.name, m.generic, m.brand].some((s) => s?.toLowerCase().includes(q)))
    : items.slice();
  if (sort === 'date') matched.sort((a, b) => compareFhirDatesNewestFirst(a.sortDate, b.sortDate) || byName(a, b));
  return matched;
}
