/** The care plans section (`<icr-care-plans>`): the plans, and the Tasks that carry their review dates. */
import type { SectionSpec } from '../fhir/section-contract.js';
import { mapCarePlans, type CarePlansView } from '../fhir/care-plans.js';
import { socialCareCodes } from '../fhir/social-care-codes.js';
import { SOCIAL_CARE_TASK_QUERY } from './social-care.js';

export const carePlansSection: SectionSpec<CarePlansView> = {
  section: 'care-plans',
  // Optional: if the Tasks cannot be read the plans still show, with a warning about review dates.
  queries: () => [{ resourceType: 'CarePlan' }, { ...SOCIAL_CARE_TASK_QUERY, optional: true }],
  map: (results, patient) => mapCarePlans(results, patient, socialCareCodes),
};
