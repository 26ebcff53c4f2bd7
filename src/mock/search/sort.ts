/**
 * The order of search results: the clinically meaningful date of each resource type (else
 * meta.lastUpdated), partial dates read as their first instant, and a stable sort by it.
 */
import type { FhirResource } from '../types.js';

export type SortKey = 'date' | '-date' | '_lastUpdated' | '-_lastUpdated';

/** The date a resource is sorted by (the clinically meaningful one, else meta.lastUpdated). */
export function dateOf(r: FhirResource): string | undefined {
  const period = (p: unknown): string | undefined => (p as { start?: string } | undefined)?.start;
  const pick = (...values: unknown[]): string | undefined => values.find((v): v is string => typeof v === 'string');
  switch (r.resourceType) {
    case 'AllergyIntolerance':
      return pick(r['recordedDate'], r['onsetDateTime']);
    case 'MedicationStatement':
      return pick(r['effectiveDateTime'], period(r['effectivePeriod']), r['dateAsserted']);
    case 'MedicationRequest':
      return pick(r['authoredOn']);
    case 'Condition':
      return pick(r['recordedDate'], r['onsetDateTime']);
    case 'Observation':
      return pick(r['effectiveDateTime'], period(r['effectivePeriod']), r['issued']);
    case 'DiagnosticReport':
      return pick(r['effectiveDateTime'], r['issued']);
    case 'ImagingStudy':
      return pick(r['started']);
    case 'Task':
      return pick(r['authoredOn'], period(r['executionPeriod']));
    case 'Flag':
    case 'EpisodeOfCare':
      return pick(period(r['period']));
    case 'CarePlan':
      return pick(r['created'], period(r['period']));
    case 'CareTeam':
      return pick(period(r['period']));
    case 'Encounter':
      return pick(period(r['period']));
    case 'Appointment':
      return pick(r['start']);
    case 'Immunization':
      return pick(r['occurrenceDateTime'], r['recorded']);
    case 'Consent':
      return pick(r['dateTime']);
    case 'List':
      return pick(r['date']);
    default:
      return r.meta?.lastUpdated;
  }
}

const sortInstants = new WeakMap<FhirResource, number>();

function instant(value: string | undefined): number {
  if (!value) return Number.NEGATIVE_INFINITY;
  const t = Date.parse(/^\d{4}$/.test(value) ? `${value}-01-01` : /^\d{4}-\d{2}$/.test(value) ? `${value}-01` : value);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

export function sortResources(resources: FhirResource[], sort: SortKey): FhirResource[] {
  const byUpdated = sort.endsWith('_lastUpdated');
  const desc = sort.startsWith('-');
  const keyed = resources.map((r, i) => {
    if (byUpdated) return { r, i, t: instant(r.meta?.lastUpdated) };
    // Resources never change once built, so their sort instant is computed once.
    let t = sortInstants.get(r);
    if (t === undefined) {
      t = instant(dateOf(r));
      sortInstants.set(r, t);
    }
    return { r, i, t };
  });
  keyed.sort((a, b) => (a.t === b.t ? a.i - b.i : desc ? b.t - a.t : a.t - b.t));
  return keyed.map((k) => k.r);
}
