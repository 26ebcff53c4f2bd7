/** The contact details section (`<icr-contact-details>`): the related people and the patient's own details. */
import type { SectionSpec } from '../fhir/section-contract.js';
import { mapContactSection, type ContactDetailsView } from '../fhir/contact.js';

/** `now`: the clock for "current" addresses and contacts, read when the answers arrive. */
export function contactDetailsSection(now: () => Date): SectionSpec<ContactDetailsView> {
  return {
    section: 'contact-details',
    queries: () => [{ resourceType: 'RelatedPerson', optional: true }],
    map: (results, patient) => mapContactSection(results, patient, now()),
  };
}
