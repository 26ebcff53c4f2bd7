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
import { isNotOffered, mapEncounters, type EncountersView, type VisitSearch } from '../fhir/encounters.js';
import { translator } from '../i18n/core.js';
import { encountersMessages } from '../i18n/en-GB/encounters.js';

export type { EncountersView, VisitItem, VisitKind, VisitStatus } from '../fhir/encounters.js';

const t = translator(encountersMessages);

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
