/**
 * One appointment or stay, from the view model only (no FHIR here). R69: the status in words,
 * who cancelled when known, an open stay as "Admitted since …", a future appointment never as
 * attended. Only what the record holds is shown: no field is filled in for an attendance-only entry.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ListPosition } from '../shared/long-list.js';
import type { RenderSensitive } from '../shared/sensitive.js';
import { icon } from '../shared/section-states.js';
import { translator } from '../../i18n/core.js';
import { encountersMessages } from '../../i18n/en-GB/encounters.js';
import { formatDateTime } from '../../format/dates.js';
import { sourceText } from '../../fhir/provenance.js';
import type { VisitItem, VisitKind } from '../../sections/encounters.js';

const t = translator(encountersMessages);
type Key = Parameters<typeof t>[0];

export function kindName(kind: VisitKind): string {
  return t(`encounters.kind.${kind}` as Key);
}

/** The status in words (R69); a finished stay is "Discharged", a finished attendance "Attended". */
export function statusWords(v: VisitItem): string {
  if (v.status === 'cancelled' && v.cancelledBy) return t(`encounters.cancelledBy.${v.cancelledBy}`);
  if (v.status === 'finished') return v.kind === 'admission' ? t('encounters.status.discharged') : t('encounters.status.attended');
  if (v.status === 'unknown' && v.recordedStatus && v.recordedStatus !== 'unknown') return v.recordedStatus; // as recorded, never hidden
  return t(`encounters.status.${v.status}` as Key);
}

/** "Admitted since 01-Apr-2024 00:30" for an open stay (R69). */
export function currentWords(v: VisitItem): string {
  const date = formatDateTime(v.start);
  return v.kind === 'admission' ? t('encounters.admittedSince', { date }) : t('encounters.inProgressSince', { date });
}

function row(label: string, value: string | undefined): TemplateResult | typeof nothing {
  return value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : nothing;
}

function dates(v: VisitItem): TemplateResult {
  if (v.kind === 'admission') {
    return html`<div><dt>${t('encounters.admitted')}</dt><dd>${formatDateTime(v.start)}</dd></div>
      ${v.end ? row(t('encounters.discharged'), formatDateTime(v.end)) : nothing}`;
  }
  if (v.resourceType === 'Encounter' && v.end) {
    return html`<div><dt>${t('encounters.started')}</dt><dd>${formatDateTime(v.start)}</dd></div>${row(t('encounters.ended'), formatDateTime(v.end))}`;
  }
  // R20: a missing date says "Not recorded", never nothing.
  return html`<div><dt>${t('encounters.date')}</dt><dd>${formatDateTime(v.start)}</dd></div>`;
}

function renderDetail(v: VisitItem): TemplateResult {
  return html`${v.type ? html`<p class="label">${v.type}</p>` : nothing}
    <dl>
      ${dates(v)}
      ${row(t('encounters.specialty'), v.specialty)}
      ${row(t('encounters.place'), v.place)}
      ${row(t('encounters.reason'), v.reason)}
      ${row(t('encounters.cancelReason'), v.cancelReason)}
      <div><dt>${t('encounters.source')}</dt><dd>${sourceText(v.source)}</dd></div>
    </dl>`;
}

/**
 * One entry. R51: a sensitive entry keeps its kind, status and "current" in view (what a reader
 * must not miss); its detail (dates, place, reason, source) stays collapsed until revealed.
 */
export function renderVisit(v: VisitItem, sensitive: RenderSensitive, position?: ListPosition): TemplateResult {
  const [resourceType = '', id = ''] = v.id.split('/');
  return html`<li class="event visit ${v.current ? 'open' : ''}" part="visit" data-id=${v.id} data-kind=${v.kind} data-status=${v.status}
    data-list=${ifDefined(position?.list)} data-list-pos=${ifDefined(position?.pos)} tabindex=${ifDefined(position ? -1 : undefined)}
    aria-posinset=${ifDefined(position?.pos)} aria-setsize=${ifDefined(position?.size)}>
    <div class="event-head">
      <span class="kind">${kindName(v.kind)}</span>
      ${v.current
        ? html`<span class="badge open" data-current>${icon('alert')}${currentWords(v)}</span>`
        : html`<span class="badge status" data-status-words>${statusWords(v)}</span>`}
    </div>
    ${v.attendedBeforeDate ? html`<p class="note" data-attended-before-date>${icon('info')}${t('encounters.attendedBeforeDate')}</p>` : nothing}
    ${sensitive({ sensitivity: v.sensitivity, resourceType, id }, () => renderDetail(v))}
  </li>`;
}
