/**
^ * One social care event, rendered from the view model only (no FHIR here). R45: type, status, key
 * dates and owning organisation on every event; Expired / expiring said in words with an icon.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ListPosition } from '../shared/long-list.js';
import { translator } from '../../i18n/core.js';
import { socialCareMessages } from '../../i18n/en-GB/social-care.js';
import { formatDate } from '../../format/dates.js';
import { icon } from '../shared/section-states.js';
import type { RenderSensitive } from '../shared/sensitive.js';
import { renderFacts } from '../shared/facts.js';
import { daysToExpiry, expiryState, type SocialCareEvent } from '../../fhir/social-care.js';
import type { SocialCareKind } from '../../fhir/social-care-codes.js';

const t = translator(socialCareMessages);
type MessageKey = Parameters<typeof t>[0];

export function kindName(kind: SocialCareKind): string {
  return t(`socialCare.kind.${kind}` as MessageKey);
}

export function statusName(status: string | undefined): string {
  if (!status) return t('socialCare.ownerNotRecorded');
  const key = `socialCare.status.${status}` as MessageKey;
  const text = t(key);
  return text === key ? status : text; // an unforeseen status is shown as recorded, never hidden
}

function expiryBadge(event: SocialCareEvent, now: Date): TemplateResult | typeof nothing {
  const state = expiryState(event, now);
  if (state === 'expired') return html`<span class="badge expired" data-expiry="expired">${icon('alert')}${t('socialCare.expired')}</span>`;
  if (state !== 'expiring') return nothing;
  const days = daysToExpiry(event, now) ?? 0;
  const text = days <= 0 ? t('socialCare.expiresToday') : days === 1 ? t('socialCare.expiringInOne') : t('socialCare.expiringIn', { days });
  return html`<span class="badge expiring" data-expiry="expiring">${icon('info')}${text}</span>`;
}

/** The event's detail: its name, status, outcome, key dates and organisation (R45). */
function renderDetail(event: SocialCareEvent): TemplateResult {
  // A label that only repeats the kind ("Review", "Package of care") is not said twice.
  const label = event.label && event.label.toLowerCase() !== kindName(event.kind).toLowerCase() ? event.label : undefined;
  return html`${label ? html`<p class="label">${label}</p>` : nothing}
    ${renderFacts([
      { label: t('socialCare.status'), value: statusName(event.status) },
      { label: t('socialCare.outcome'), value: event.outcome },
      ...event.dates.map((d) => ({ label: t(`socialCare.date.${d.kind}` as MessageKey), value: formatDate(d.value) })),
      { label: t('socialCare.owner'), value: event.owner ?? t('socialCare.ownerNotRecorded') },
    ])}`;
}

/**
 * One event. R51: a sensitive event keeps its kind and its safety signals (open safeguarding,
 * Expired) in view; its detail stays collapsed until revealed through the shared control.
 */
export function renderEvent(event: SocialCareEvent, now: Date, sensitive: RenderSensitive, position?: ListPosition): TemplateResult {
  const open = event.openSafeguarding;
  const [resourceType, id] = event.id.split('/');
  return html`<li class="event ${open ? 'open' : ''}" part="event" data-kind=${event.kind} data-id=${event.id}
    data-list=${ifDefined(position?.list)} data-list-pos=${ifDefined(position?.pos)} tabindex=${ifDefined(position ? -1 : undefined)}
    aria-posinset=${ifDefined(position?.pos)} aria-setsize=${ifDefined(position?.size)}>
    <div class="event-head">
      <span class="kind">${kindName(event.kind)}</span>
      ${open ? html`<span class="badge open" data-open-safeguarding>${icon('alert')}${t('socialCare.openSafeguarding')}</span>` : nothing}
      ${expiryBadge(event, now)}
    </div>
    ${sensitive({ sensitivity: event.sensitivity, resourceType, id }, () => renderDetail(event))}
  </li>`;
}
