/**
 * The encounters section (`<icr-encounters>`): appointments and stays, from two searches an ICR may
 * offer either or both of (../shared/ICR-API.md). Each is optional, so one failing leaves the other
 * shown; what the failure means is decided here:
 * - a type the ICR says it does not serve (400/404/501 on its search) is said as "not offered", and
 *   the other search speaks for the section;
 * - any other failure while the other answered with entries: shown, marked partly unavailable
 *   (R39-like, H3), with a warning; never read as complete;
 * - a failure while the other answered with nothing, or both failing: the section is in that failure
 *   state (never "none", H4). Wrong patient, opted out and authentication stop everything anyway
 *   (the controller never lets an optional query hide them).
 */
import type { DataWarning, Failure, SectionQuery, SectionSpec } from '../fhir/section-contract.js';
import { isNotOffered, mapEncounters, type EncountersView, type VisitItem, type VisitKind, type VisitSearch } from '../fhir/encounters.js';
import { formatDateTime } from '../format/dates.js';
import { translator } from '../i18n/core.js';
import { encountersMessages } from '../i18n/en-GB/encounters.js';

export type { EncountersView, VisitItem, VisitKind, VisitStatus } from '../fhir/encounters.js';

const t = translator(encountersMessages);
type Key = Parameters<typeof t>[0];

/** "Hospital stay", "A&E attendance", … */
export function visitKindText(kind: VisitKind): string {
  return t(`encounters.kind.${kind}` as Key);
}

/** The status in words (R69); a finished stay is "Discharged", a finished attendance "Attended". */
export function visitStatusText(v: VisitItem): string {
  if (v.status === 'cancelled' && v.cancelledBy) return t(`encounters.cancelledBy.${v.cancelledBy}`);
  if (v.status === 'finished') return v.kind === 'admission' ? t('encounters.status.discharged') : t('encounters.status.attended');
  if (v.status === 'unknown' && v.recordedStatus && v.recordedStatus !== 'unknown') return v.recordedStatus; // as recorded, never hidden
  return t(`encounters.status.${v.status}` as Key);
}

/** "Admitted since 01-Apr-2024 00:30" for an open stay (R69), in London time (R21). */
export function visitCurrentText(v: VisitItem): string {
  const date = formatDateTime(v.start);
  return v.kind === 'admission' ? t('encounters.admittedSince', { date }) : t('encounters.inProgressSince', { date });
}

export const ENCOUNTER_QUERY: SectionQuery = Object.freeze({ resourceType: 'Encounter', optional: true });
export const APPOINTMENT_QUERY: SectionQuery = Object.freeze({ resourceType: 'Appointment', optional: true });
const SEARCHES: VisitSearch[] = ['Encounter', 'Appointment'];

/** Which failure the section shows when it cannot show the other search's entries: one a retry may mend first. */
const ORDER = ['unavailable', 'bad-response', 'restricted'];

/** `now`: the element's clock (upcoming or past, R69). */
export function encountersSection(now: () => Date): SectionSpec<EncountersView> {
  return {
    section: 'encounters',
    queries: () => [ENCOUNTER_QUERY, APPOINTMENT_QUERY],
    map: (results, patient, failures = []) => {
      const notOffered = SEARCHES.filter((_, i) => !results[i] && isNotOffered(failures[i]));
      const mapped = mapEncounters(results, now(), patient, notOffered);
      const real = SEARCHES.map((_, i) => (!results[i] && !notOffered.includes(SEARCHES[i]!) ? failures[i] ?? { kind: 'unavailable' as const } : undefined))
        .filter((f): f is Failure => !!f)
        .sort((a, b) => rank(a.kind) - rank(b.kind));
      const answered = results.some((r) => !!r);
      if (!answered) return { ...mapped, failure: real[0] ?? failures.find((f) => !!f) ?? { kind: 'unavailable' } };
      // Part of the section failed and the rest holds nothing: that is not "none" (H4).
      if (real.length && mapped.kind !== 'loaded') return { ...mapped, failure: real[0] };
      const warnings: DataWarning[] = mapped.view.unavailable.map((type) => ({
        kind: 'search-outcome', text: t(type === 'Encounter' ? 'encounters.partial.Encounter' : 'encounters.partial.Appointment'),
      }));
      return { ...mapped, warnings };
    },
  };
}

function rank(kind: string): number {
  const i = ORDER.indexOf(kind);
  return i < 0 ? ORDER.length : i;
}
