/** Render helpers of `<icr-contact-details>`, from the view model only (never raw FHIR). */
import { html, nothing, type TemplateResult } from 'lit';
import type {
  ContactAddress, ContactDetailsView, ContactPerson, ContactPreferences, ContactTelecom, Sourced,
} from '../../fhir/contact.js';
import type { TelecomLine } from '../../fhir/patient.js';
import { translator } from '../../i18n/core.js';
import { bannerMessages } from '../../i18n/en-GB/banner.js';
import { contactMessages } from '../../i18n/en-GB/contact.js';
import { icon } from '../shared/section-states.js';
import type { RenderSensitive } from '../shared/sensitive.js';

const t = translator(bannerMessages, contactMessages);
type MessageKey = Parameters<typeof t>[0];

/** R42, R44: every item names where it came from; no source recorded means the ICR itself. */
export function renderSource(item: Sourced): TemplateResult {
  return html`<span class="source" data-source>${t('contact.source', { source: item.source ?? t('contact.source.icr') })}</span>`;
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

function addressItem(a: ContactAddress): TemplateResult {
  return html`<li data-item="address-${a.kind}"><span class="label">${t(`banner.address.${a.kind}` as MessageKey)}</span>
    <span class="value">${a.text}</span> ${period(a.from, a.to)} ${renderSource(a)}</li>`;
}

function telecomItem(x: ContactTelecom): TemplateResult {
  return html`<li data-item="telecom-${x.kind}"><span class="label">${telecomLabel(x)}</span>
    <span class="value">${x.value}</span> ${renderSource(x)}</li>`;
}

function preferences(p: ContactPreferences): TemplateResult {
  return html`${p.method ? html`<li><span class="label">${t('contact.preferredMethod')}</span> <span class="value">${p.method}</span></li>` : nothing}
    ${p.times ? html`<li><span class="label">${t('contact.preferredTimes')}</span> <span class="value">${p.times}</span></li>` : nothing}
    ${p.writtenFormat ? html`<li><span class="label">${t('contact.writtenFormat')}</span> <span class="value">${p.writtenFormat}</span></li>` : nothing}`;
}

/** R51: a sensitive RelatedPerson keeps only its kind ("Related person") in view until revealed. */
function personItem(c: ContactPerson, restricted: boolean, sensitive: RenderSensitive): TemplateResult {
  const item = { sensitivity: c.sensitivity, resourceType: 'RelatedPerson', id: c.id ?? '' };
  return html`<li class="person" data-item="contact">
    ${c.sensitivity ? html`<span class="origin">${t(`contact.origin.${c.origin}` as MessageKey)}</span>` : nothing}
    ${sensitive(item, () => personDetail(c, restricted))}
  </li>`;
}

function personDetail(c: ContactPerson, restricted: boolean): TemplateResult {
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
    ${c.sensitivity ? nothing : html`<span class="origin">${t(`contact.origin.${c.origin}` as MessageKey)}</span>`} ${renderSource(c)}`;
}

/** One titled group; `level` keeps the host page's heading outline. */
function group(title: string, level: number, name: string, body: TemplateResult): TemplateResult {
  return html`<div class="group" part="group" data-group=${name}>
    <div class="group-title" role="heading" aria-level=${level}>${title}</div>${body}</div>`;
}

const list = (items: TemplateResult[]): TemplateResult => html`<ul class="plain">${items}</ul>`;

/** Every group, always present, each saying "Not recorded" (or restricted) rather than vanishing. */
export function renderContactDetails(view: ContactDetailsView, level: number, sensitive: RenderSensitive): TemplateResult {
  const r = view.restricted;
  const needs = [
    ...view.languages.map((l) => html`<li data-item="language"><span class="label">${t('contact.language')}</span>
      <span class="value">${l.language}</span>${l.preferred ? ` (${t('contact.preferredLanguage')})` : nothing}${l.proficiency
        ? html` <span class="period">${t('contact.proficiency', { level: l.proficiency })}</span>` : nothing} ${renderSource(l)}</li>`),
    ...(view.interpreterRequired !== undefined ? [html`<li data-item="interpreter"><span class="label">${t('contact.interpreter')}</span>
      <span class="value">${view.interpreterRequired ? t('contact.interpreter.yes') : t('contact.interpreter.no')}</span></li>`] : []),
  ];
  return html`
    ${r ? html`<p class="restricted-note" data-restricted role="note">${icon('lock')}<span>${t('contact.restricted.hint')}</span></p>` : nothing}
    ${group(t('contact.addresses'), level, 'addresses', r ? restrictedLine() : view.addresses.length ? list(view.addresses.map(addressItem)) : notRecorded())}
    ${group(t('contact.telecom'), level, 'telecom', r ? restrictedLine() : view.telecom.length ? list(view.telecom.map(telecomItem)) : notRecorded())}
    ${group(t('contact.preferences'), level, 'preferences', view.preferences
      ? html`<ul class="plain">${preferences(view.preferences)}<li>${renderSource(view.preferences)}</li></ul>` : notRecorded())}
    ${group(t('contact.communication'), level, 'communication', needs.length ? list(needs) : notRecorded())}
    ${group(t('contact.contacts'), level, 'contacts', view.contacts.length ? list(view.contacts.map((c) => personItem(c, r, sensitive))) : notRecorded())}
    ${group(t('contact.gp'), level, 'gp', r ? restrictedLine() : view.gp
      ? html`<p class="value" data-item="gp">${view.gp.name} ${renderSource(view.gp)}</p>` : notRecorded())}`;
}
