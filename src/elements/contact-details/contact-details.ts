/**
 * `<icr-contact-details>`: how to reach the patient and who to contact (R10, R11, R42, R44).
 * The Patient comes from the view's lookup; RelatedPersons are searched (optional: their failure
 * is shown as a warning, never as "no contacts").
 */
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { IcrSectionElement } from '../shared/section-element.js';
import type { DataState } from '../../controllers/section-controller.js';
import { translator } from '../../i18n/core.js';
import { contactMessages } from '../../i18n/en-GB/contact.js';
import type { ContactPerson } from '../../fhir/contact.js';
import { contactDetailsSection, type ContactDetailsSectionView } from '../../sections/contact-details.js';
import { entryGroupStyles } from '../shared/entry-group.js';
import { renderContactDetails } from './contact-render.js';
import { renderNotRecorded } from '../shared/section-states.js';
import { contactDetailsStyles } from './contact-details.styles.js';

const t = translator(contactMessages);

/**
 * Contact details: addresses (with use and period), phones and email in CUI order, contact
 * preferences and communication needs (languages, Makaton, interpreter, large print), next of kin
 * and other contacts, and the registered GP practice; each item with its source.
 *
 * @summary Addresses, phones, communication needs, contacts and GP practice, each with its source.
 * @csspart base - The section.
 * @csspart heading - The section title.
 * @csspart group - One group (addresses, phone and email, preferences, communication, contacts, GP).
 * @csspart not-recorded - The note when the record holds no contact details at all.
 * @csspart warnings - Completeness and data warnings (R39–R41).
 * @csspart meta - Sources and "Retrieved …" (R42).
 * @csspart micro-banner - The patient, when the element stands alone (R8).
 * @csspart group-sources - The sources line of an entry recorded by several sources, each with its date (R59).
 * @csspart differences - The differences between those sources, in words (R60).
 * @csspart sensitive-mark - The mark on a restricted or very restricted related person (R51).
 * @csspart sensitive-reveal - The button that reveals a sensitive related person's details.
 * @cssproperty --icr-contact-details-accent - Left rule of each contact (default the primary blue).
 * @event icr-data-load - The section loaded (`detail.section` is `contact-details`).
 * @event icr-error - The section could not be shown (restricted, opted out, unavailable, …).
 * @event icr-sensitive-reveal - The viewer revealed a sensitive related person (R51), for the host's audit.
 * @event icr-auth-expire - The ICR refused the token after a refresh (standalone use).
 * @tagname icr-contact-details
 */
export class IcrContactDetails extends IcrSectionElement<ContactDetailsSectionView> {
  static override styles = [...IcrSectionElement.styles, entryGroupStyles, contactDetailsStyles];

  /** The clock for "current" addresses and contacts (period ended or not); the time of render when not set. */
  @property({ attribute: false }) now?: Date;

  protected get sectionTitle(): string {
    return t('contact.title');
  }

  constructor() {
    super(contactDetailsSection(() => this.now ?? new Date()));
  }

  protected override sources(state: DataState<ContactDetailsSectionView>): string[] {
    const v = state.view;
    // R51: a source named only by hidden contacts could say who they are: named once revealed.
    const hidden = (c: ContactPerson) => this.isHidden({ sensitivity: c.sensitivity, resourceType: 'RelatedPerson', id: c.id ?? '' });
    const shown = new Set([...v.addresses, ...v.telecom, ...v.languages, ...(v.preferences ? [v.preferences] : []), ...(v.gp ? [v.gp] : []),
      ...v.contacts.filter((c) => !hidden(c))].map((x) => x.source));
    if (v.patientSource) shown.add(v.patientSource);
    const onlyHidden = new Set(v.contacts.filter(hidden).map((c) => c.source).filter((s) => !shown.has(s)));
    return v.sources.filter((s) => !onlyHidden.has(s));
  }

  protected renderData(state: DataState<ContactDetailsSectionView>): TemplateResult {
    if (state.kind !== 'loaded') {
      return renderNotRecorded(t('contact.notRecorded'), t('contact.notRecorded.hint'));
    }
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + 1);
    return renderContactDetails(state.view, level, (item, content) => this.renderSensitive(item, content));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-contact-details': IcrContactDetails;
  }
}
