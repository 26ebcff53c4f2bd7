/** The care team section (`<icr-care-team>`): its search and its pure map to the view model (R68). */
import type { SectionQuery, SectionSpec } from '../fhir/section-contract.js';
import { mapCareTeam, type CareTeamView } from '../fhir/care-team.js';

/**
 * The members (PractitionerRole, Practitioner, Organization, RelatedPerson) and, iterating, each
 * role's organisation, so a member is named with their organisation and reached by its phone (R44,
 * R68). Every status is asked for: an inactive team is shown apart, never left out silently.
 */
export const CARE_TEAM_QUERY: SectionQuery = {
  resourceType: 'CareTeam',
  params: { _include: 'CareTeam:participant', '_include:iterate': 'PractitionerRole:organization' },
};

/** `now`: the clock for "current" (a participant's period ended or not), read when the answers arrive. */
export function careTeamSection(now: () => Date): SectionSpec<CareTeamView> {
  return {
    section: 'care-team',
    queries: () => [CARE_TEAM_QUERY],
    map: (results, patient) => mapCareTeam(results, patient, now()),
  };
}
