/** The parts of `<icr-alerts>` that are pure render: one entry (decision, alert, child protection) and its details. */
import { html, nothing, type TemplateResult } from 'lit';
import type { AlertView, DecisionView } from '../../fhir/alerts.js';
import { sourceText } from '../../fhir/provenance.js';
import { formatDate } from '../../format/dates.js';
import { translator } from '../../i18n/core.js';
import { alertsMessages } from '../../i18n/en-GB/alerts.js';
import { icon } from '../shared/section-states.js';
import { renderAddedBy } from '../shared/added-by.js';

const t = translator(alertsMessages);

export type Entry = DecisionView | AlertView;

function field(label: string, value: TemplateResult | string | undefined): TemplateResult {
  return html`<div><dt>${label}</dt><dd>${value ?? t('alerts.notRecorded')}</dd></div>`;
}

/** R67: the responsible local authority and how to reach it, as links a phone or mail client opens. */
function renderAuthority(a: AlertView): TemplateResult {
  const la = a.localAuthority ?? {};
  const contact = la.phone || la.email
    ? html`${la.phone ? html`<a href=${`tel:${la.phone.replace(/\s+/g, '')}`}>${t('alerts.phone', { value: la.phone })}</a>` : nothing}${la.phone && la.email ? ' · ' : ''}${la.email
      ? html`<a href=${`mailto:${la.email}`}>${t('alerts.email', { value: la.email })}</a>` : nothing}`
    : t('alerts.contactNotRecorded');
  return html`${field(t('alerts.col.localAuthority'), la.name ?? t('alerts.authorityNotRecorded'))}
    ${field(t('alerts.col.contact'), contact)}`;
}

/**
 * One entry: its title, a standing that is not current in words (and an icon: never colour alone),
 * the date and who recorded it (R66), the source, and R72's mark.
 */
export function renderEntryDetail(e: Entry): TemplateResult {
  const flag = e.resourceType === 'Flag' ? e : undefined;
  return html`<div class="entry-title">
      <span class="name">${e.title}</span>
      ${e.standingText ? html`<span class="standing" data-standing=${e.standing}>${icon('ban')}${e.standingText}</span>` : nothing}
      ${renderAddedBy(e.addedBy)}
    </div>
    ${e.detail ? html`<p class="detail">${e.detail}</p>` : nothing}
    <dl>
      ${field(flag ? t('alerts.col.since') : t('alerts.col.recorded'), e.dateText)}
      ${flag?.protection && e.recordedBy === flag.localAuthority?.name ? nothing : field(t('alerts.col.recordedBy'), e.recordedBy)}
      ${flag?.protection ? renderAuthority(flag) : nothing}
      ${flag?.category && !flag.protection ? field(t('alerts.col.category'), flag.category) : nothing}
      ${e.endsOn && e.standing === 'current' ? field(flag ? t('alerts.col.until') : t('alerts.col.validUntil'), formatDate(e.endsOn)) : nothing}
      ${field(t('alerts.col.organisation'), sourceText(e.source))}
    </dl>`;
}

/** A group's heading, one level below the section's. */
export function renderGroupHeading(text: string, level: number, id: string): TemplateResult {
  return html`<div class="group-heading" role="heading" aria-level=${Math.min(6, level)} id=${id}>${text}</div>`;
}
