/** The contact details section (`<icr-contact-details>`): the related people and the patient's own details. */
import type { SectionSpec } from '../fhir/section-contract.js';
import { mapContactSection, type ContactDetailsView, type ContactPerson } from '../fhir/contact.js';
import type { EntryGroup } from '../fhir/grouping.js';
import { groupContacts } from './grouping.js';

export interface ContactDetailsSectionView extends ContactDetailsView {
  /**
   * R59: one entry per person (same name, relationship and a phone or email in common), every
   * source kept, with the differences (R60). `contacts` still lists every record.
   */
  contactGroups: EntryGroup<ContactPerson>[];
}

/** `now`: the clock for "current" addresses and contacts, read when the answers arrive. */
export function contactDetailsSection(now: () => Date): SectionSpec<ContactDetailsSectionView> {
  return {
    section: 'contact-details',
    queries: () => [{ resourceType: 'RelatedPerson', optional: true }],
    map(results, patient) {
      const mapped = mapContactSection(results, patient, now());
      const contactGroups = groupContacts(mapped.view.contacts);
      const count = mapped.count - mapped.view.contacts.length + contactGroups.length;
      return { ...mapped, view: { ...mapped.view, contactGroups }, count };
    },
  };
}
