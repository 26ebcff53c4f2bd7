/**
 * One appointment or stay, from the view model only (no FHIR here). R69: the status in words,
 * who cancelled when known, an open stay as "Admitted since …", a future appointment never as
 * attended. Only what the record holds is shown: no field is filled in for an attendance-only entry.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ListPosition } from '../shared/long-list.js';
import type { RenderSensitive } from '../shared/sensitive.js';
import { renderFacts, type Fact } from '../shared/facts.js';
import { icon } from '../shared/section-states.js';
import { translator } from '../../i18n/core.js';
import { encountersMessages } from '../../i18n/en-GB/encounters.js';
import { formatDateTime } from '../../format/dates.js';
import { sourceText } from '../../fhir/provenance.js';
import { visitCurrentText, visitKindText, visitStatusText, type VisitItem } from '../../sections/encounters.js';

const t = translator(encountersMessages);

export { visitKindText as kindName, visitStatusText as statusWords } from '../../sections/encounters.js';

function dates(v: VisitItem): Fact[] {
  if (v.kind === 'admission') {
    return [{ label: t('encounters.admitted'), value: formatDateTime(v.start) }, { label: t('encounters.discharged'), value: v.end ? formatDateTime(v.end) : undefined }];
  }
  if (v.resourceType === 'Encounter' && v.end) {
    return [{ label: t('encounters.started'), value: formatDateTime(v.start) }, { label: t('encounters.ended'), value: formatDateTime(v.end) }];
  }
  // R20: a missing date says "Not recorded", never nothing.
  return [{ label: t('encounters.date'), value: formatDateTime(v.start) }];
}

/** `typeInHead`: the type is already on the entry's first line (a row a long list can afford, issue 18). */
function renderDetail(v: VisitItem, typeInHead: boolean): TemplateResult {
  return html`${v.type && !typeInHead ? html`<p class="label">${v.type}</p>` : nothing}
    ${renderFacts([
      ...dates(v),
      { label: t('encounters.specialty'), value: v.specialty },
      { label: t('encounters.place'), value: v.place },
      { label: t('encounters.reason'), value: v.reason },
      { label: t('encounters.cancelReason'), value: v.cancelReason },
      { label: t('encounters.source'), value: sourceText(v.source) },
    ])}`;
}

/**
 * One entry. R51: a sensitive entry keeps its kind, status and "current" in view (what a reader
 * must not miss); its detail (dates, place, reason, source) stays collapsed until revealed.
 */
export function renderVisit(v: VisitItem, sensitive: RenderSensitive, position?: ListPosition): TemplateResult {
  const [resourceType = '', id = ''] = v.id.split('/');
  // The type joins the kind on the first line, except on a sensitive entry, where it is detail
  // that stays collapsed until revealed (R51: "Sexual health clinic" says too much).
  const typeInHead = Boolean(v.type) && !v.sensitivity;
  return html`<li class="event visit ${v.current ? 'open' : ''}" part="visit" data-id=${v.id} data-kind=${v.kind} data-status=${v.status}
    data-list=${ifDefined(position?.list)} data-list-pos=${ifDefined(position?.pos)} tabindex=${ifDefined(position ? -1 : undefined)}
    aria-posinset=${ifDefined(position?.pos)} aria-setsize=${ifDefined(position?.size)}>
    <div class="event-head">
      <span class="kind">${visitKindText(v.kind)}${typeInHead ? html`<span class="type">: ${v.type}</span>` : nothing}</span>
      ${v.current
        ? html`<span class="badge open" data-current>${icon('alert')}${visitCurrentText(v)}</span>`
        : html`<span class="badge status" data-status-words>${visitStatusText(v)}</span>`}
    </div>
    ${v.attendedBeforeDate ? html`<p class="note" data-attended-before-date>${icon('info')}${t('encounters.attendedBeforeDate')}</p>` : nothing}
    ${sensitive({ sensitivity: v.sensitivity, resourceType, id }, () => renderDetail(v, typeInHead))}
  </li>`;
}
