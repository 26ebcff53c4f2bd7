/** The alerts and decisions section (`<icr-alerts>`): its searches and its pure map (R66, R67, R72). */
import type { SectionQuery, SectionSpec } from '../fhir/section-contract.js';
import { mapAlerts, type AlertsView } from '../fhir/alerts.js';

/**
 * The Flag search, the very one the social care events section makes (`Flag?patient={id}`, no
 * other parameter), so the client's request sharing makes the two sections one request.
 */
export const ALERTS_FLAG_QUERY: SectionQuery = { resourceType: 'Flag' };
/** Decisions about care (ReSPECT, DNACPR, ADRT, LPA, preferred place of care): every status, sorted here. */
export const ALERTS_CONSENT_QUERY: SectionQuery = { resourceType: 'Consent' };

/**
 * Both searches are required: a decision missed because one failed must say "could not be checked"
 * (R66), never read as none. `now`: the clock for expiry (London days), read when the answers arrive.
 */
export function alertsSection(now: () => Date): SectionSpec<AlertsView> {
  return {
    section: 'alerts',
    queries: () => [{ ...ALERTS_FLAG_QUERY }, { ...ALERTS_CONSENT_QUERY }],
    map: (results, patient) => mapAlerts(results, patient, now()),
  };
}
