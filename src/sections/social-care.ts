/** The social care events section (`<icr-social-care-events>`): its searches and its pure map. */
import type { SectionSpec } from '../fhir/section-contract.js';
import { mapSocialCare, type SocialCareView } from '../fhir/social-care.js';
import type { SocialCareCodeTable } from '../fhir/social-care-codes.js';

/** The Task search, shared with the care plans section (same params, so the client makes one request). */
export const SOCIAL_CARE_TASK_QUERY = { resourceType: 'Task' } as const;

/**
 * `codes`: the recognition table as it is when the answers arrive (a host may add an ICR's local
 * codes to the page-wide table after the element exists).
 */
export function socialCareSection(codes: () => SocialCareCodeTable): SectionSpec<SocialCareView> {
  return {
    section: 'social-care',
    // All three at once; the Task search is the same one the care plans section makes, so it is shared.
    queries: () => [{ ...SOCIAL_CARE_TASK_QUERY }, { resourceType: 'Flag' }, { resourceType: 'EpisodeOfCare' }],
    map: (results, patient) => mapSocialCare(results, patient, codes()),
  };
}
