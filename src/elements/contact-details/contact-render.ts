/** Render helpers of `<icr-contact-details>`, from the view model only (never raw FHIR). */
import { html, nothing, type TemplateResult } from 'lit';
import type {
  ContactAddress, ContactPerson, ContactPreferences, ContactTelecom, LanguageNeed, Sourced,
} from '../../fhir/contact.js';
import { sourceText } from '../../fhir/provenance.js';
import type { TelecomLine } from '../../fhir/patient.js';
import { translator } from '../../i18n/core.js';
import { bannerMessages } from '../../i18n/en-GB/banner.js';
import { contactMessages } from '../../i18n/en-GB/contact.js';
import { icon } from '../shared/section-states.js';
import type { RenderSensitive } from '../shared/sensitive.js';
import type { ContactDetailsSectionView } from '../../sections/contact-details.js';
import { isGrouped, type EntryGroup } from '../../fhir/grouping.js';
import { renderDifferences, renderGroupSources } from '../shared/entry-group.js';

const t = translator(bannerMessages, contactMessages);
type MessageKey = Parameters<typeof t>[0];

/** R42, R44: where an item (or a group of items) came from, in words; "Source not named" when unknown. */
export function renderSource(item: Sourced): TemplateResult {
  return html`<span class="source" data-source>${item.source ? t('contact.source', { source: item.source }) : sourceText(undefined)}</span>`;
}

/**
 * The source a group says once, when all its items share it; undefined when they differ, and then
 * each item says its own (so "Source: …" does not follow every phone number, yet no difference
 * between sources is hidden: R44, H16).
 */
function sharedSource(items: readonly Sourced[]): Sourced | undefined {
  if (!items.length) return undefined;
  const first = items[0].source;
  return items.every((i) => i.source === first) ? { source: first } : undefined;
}

/** A group's items, each with its source only when the group has no single one, then that one. */
function sourcedList<T extends Sourced>(
  items: readonly T[], item: (x: T, own: TemplateResult | typeof nothing) => TemplateResult, shareable = true,
): TemplateResult {
  const shared = shareable ? sharedSource(items) : undefined;
  return html`<ul class="plain">${items.map((x) => item(x, shared ? nothing : renderSource(x)))}</ul>${shared
    ? html`<p class="group-source">${renderSource(shared)}</p>` : nothing}`;
}

function period(from?: string, to?: string): TemplateResult | typeof nothing {
  if (!from && !to) return nothing;
  const text = from && to ? t('contact.periodTo', { from, to }) : from ? t('contact.period', { from }) : t('contact.until', { to: to! });
  return html`<span class="period">${text}</span>`;
}

const notRecorded = (): TemplateResult => html`<p class="none">${t('contact.noneRecorded')}</p>`;
const restrictedLine = (): TemplateResult => html`<p class="none" data-restricted>${icon('lock')} ${t('contact.restricted')}</p>`;

const telecomLabel = (x: TelecomLine): string =>
  x.kind === 'other' && x.system ? x.system : t(`banner.telecom.${x.kind}` as MessageKey);

function addressItem(a: ContactAddress, source: TemplateResult | typeof nothing): TemplateResult {
  return html`<li data-item="address-${a.kind}"><span class="label">${t(`banner.address.${a.kind}` as MessageKey)}</span>
    <span class="value">${a.text}</span> ${period(a.from, a.to)} ${source}</li>`;
}

function telecomItem(x: ContactTelecom, source: TemplateResult | typeof nothing): TemplateResult {
  return html`<li data-item="telecom-${x.kind}"><span class="label">${telecomLabel(x)}</span>
    <span class="value">${x.value}</span> ${source}</li>`;
}

function preferences(p: ContactPreferences): TemplateResult {
  return html`${p.method ? html`<li><span class="label">${t('contact.preferredMethod')}</span> <span class="value">${p.method}</span></li>` : nothing}
    ${p.times ? html`<li><span class="label">${t('contact.preferredTimes')}</span> <span class="value">${p.times}</span></li>` : nothing}
    ${p.writtenFormat ? html`<li><span class="label">${t('contact.writtenFormat')}</span> <span class="value">${p.writtenFormat}</span></li>` : nothing}`;
}

/**
 * R51: a sensitive RelatedPerson keeps only its kind ("Related person") in view until revealed; its
 * source is part of the hidden detail (a clinic's name could say who the person is).
 */
function personItem(
  c: ContactPerson, restricted: boolean, source: TemplateResult | typeof nothing, sensitive: RenderSensitive, g?: EntryGroup<ContactPerson>,
): TemplateResult {
  const item = { sensitivity: c.sensitivity, resourceType: 'RelatedPerson', id: c.id ?? '' };
  // R59: the same person from several records: one entry, every record named, the differences listed.
  const grouped = !!g && isGrouped(g);
  return html`<li class="person" data-item="contact" data-records=${g?.members.length ?? 1}>
    ${c.sensitivity ? html`<span class="origin">${t(`contact.origin.${c.origin}` as MessageKey)}</span>` : nothing}
    ${sensitive(item, () => html`${personDetail(c, restricted, grouped ? nothing : source, grouped)}${g ? html`${renderGroupSources(g)}${renderDifferences(g)}` : nothing}`)}
  </li>`;
}

function personDetail(c: ContactPerson, restricted: boolean, source: TemplateResult | typeof nothing, grouped = false): TemplateResult {
  return html`
    <p class="person-name">${c.name ?? c.organisation ?? t('contact.nameNotKnown')}</p>
    <ul class="plain">
      ${c.relationship ? html`<li><span class="label">${t('contact.relationship')}</span> <span class="value">${c.relationship}</span></li>` : nothing}
      ${c.rank ? html`<li>${t('contact.rank', { rank: c.rank })}</li>` : nothing}
      ${c.organisation && c.name ? html`<li><span class="label">${t('contact.organisation')}</span> <span class="value">${c.organisation}</span></li>` : nothing}
      ${c.telecom.map((x) => html`<li><span class="label">${telecomLabel(x)}</span> <span class="value">${x.value}</span></li>`)}
      ${c.address ? html`<li><span class="label">${t('banner.address')}</span> <span class="value">${c.address}</span></li>` : nothing}
      ${restricted ? html`<li data-restricted>${t('contact.restrictedContact')}</li>` : nothing}
      ${c.preferences ? preferences(c.preferences) : nothing}
      ${c.from || c.to ? html`<li>${period(c.from, c.to)}</li>` : nothing}
    </ul>
    ${c.sensitivity || grouped ? nothing : html`<span class="origin">${t(`contact.origin.${c.origin}` as MessageKey)}</span>`} ${source}`;
}

/** One titled group; `level` keeps the host page's heading outline. */
function group(title: string, level: number, name: string, body: TemplateResult): TemplateResult {
  return html`<div class="group" part="group" data-group=${name}>
    <div class="group-title" role="heading" aria-level=${level}>${title}</div>${body}</div>`;
}

/** Every group, always present, each saying "Not recorded" (or restricted) rather than vanishing. */
export function renderContactDetails(view: ContactDetailsSectionView, level: number, sensitive: RenderSensitive): TemplateResult {
  const r = view.restricted;
  const groupOf = new Map(view.contactGroups.map((g) => [g.lead, g]));
  // The interpreter flag is on the Patient, so it shares the Patient's source with the languages.
  const interpreter: (Sourced & { interpreter: true })[] = view.interpreterRequired !== undefined
    ? [{ interpreter: true, ...(view.patientSource && { source: view.patientSource }) }] : [];
  const needs: (LanguageNeed | (Sourced & { interpreter: true }))[] = [...view.languages, ...interpreter];
  const needItem = (n: LanguageNeed | (Sourced & { interpreter: true }), source: TemplateResult | typeof nothing) => 'interpreter' in n
    ? html`<li data-item="interpreter"><span class="label">${t('contact.interpreter')}</span>
      <span class="value">${view.interpreterRequired ? t('contact.interpreter.yes') : t('contact.interpreter.no')}</span> ${source}</li>`
    : html`<li data-item="language"><span class="label">${t('contact.language')}</span>
      <span class="value">${n.language}</span>${n.preferred ? ` (${t('contact.preferredLanguage')})` : nothing}${n.proficiency
        ? html` <span class="period">${t('contact.proficiency', { level: n.proficiency })}</span>` : nothing} ${source}</li>`;
  return html`
    ${r ? html`<p class="restricted-note" data-restricted role="note">${icon('lock')}<span>${t('contact.restricted.hint')}</span></p>` : nothing}
    ${group(t('contact.addresses'), level, 'addresses', r ? restrictedLine() : view.addresses.length ? sourcedList(view.addresses, addressItem) : notRecorded())}
    ${group(t('contact.telecom'), level, 'telecom', r ? restrictedLine() : view.telecom.length ? sourcedList(view.telecom, telecomItem) : notRecorded())}
    ${group(t('contact.preferences'), level, 'preferences', view.preferences
      ? html`<ul class="plain">${preferences(view.preferences)}<li>${renderSource(view.preferences)}</li></ul>` : notRecorded())}
    ${group(t('contact.communication'), level, 'communication', needs.length ? sourcedList(needs, needItem) : notRecorded())}
    ${group(t('contact.contacts'), level, 'contacts', view.contactGroups.length
      // R51: with a sensitive contact among them no source is said for the group: each says its own, a hidden one once revealed.
      // R59: one entry per person; a person from several records names each below its details, so no single source is shared.
      ? sourcedList(view.contactGroups.map((g) => g.lead), (c, source) => personItem(c, r, source, sensitive, groupOf.get(c)),
        !view.contacts.some((c) => c.sensitivity) && !view.contactGroups.some(isGrouped)) : notRecorded())}
    ${group(t('contact.gp'), level, 'gp', r ? restrictedLine() : view.gp
      ? html`<p class="value" data-item="gp">${view.gp.name} ${renderSource(view.gp)}</p>` : notRecorded())}`;
}
