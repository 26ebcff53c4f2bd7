/** Pure filtering and sorting of the medication lists (text filter, name or date order). */
import type { MedicationItem } from '../../fhir/medications.js';
import { byName } from '../../fhir/medications.js';
import { compareFhirDatesNewestFirst } from '../../format/dates.js';
import type { EntryGroup } from '../../fhir/grouping.js';

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

/**
 * The same over groups of records of one medicine (R59): a group is matched, sorted and kept by its
 * lead, so a group stays one entry whatever the query. Any member's name matches it.
 */
export function filterMedicationGroups(
  groups: EntryGroup<MedicationItem>[], query: string, sort: MedicationSort, hidden: (m: MedicationItem) => boolean = () => false,
): EntryGroup<MedicationItem>[] {
  const byLead = new Map(groups.map((g) => [g.lead, g]));
  const q = query.trim().toLowerCase();
  const matchesMember = (g: EntryGroup<MedicationItem>) => !!q && g.members.slice(1).some((m) => !hidden(m) && [m.name, m.generic, m.brand].some((s) => s?.toLowerCase().includes(q)));
  const leads = new Set(filterMedications(groups.map((g) => g.lead), query, sort, hidden));
  const kept = groups.filter((g) => leads.has(g.lead) || matchesMember(g)).map((g) => g.lead);
  const order = filterMedications(kept, '', sort);
  return order.map((lead) => byLead.get(lead)!);
}
