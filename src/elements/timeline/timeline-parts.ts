/**
 * The timeline's controls and notes: the type and organisation filters with what they hide (R62),
 * a page at a time with its count and "Show N more" (bounded rendering, R63), and the sources left
 * out. The paging control is the one every long list uses (renderShowMore, shared/long-list.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { translator } from '../../i18n/core.js';
import { timelineMessages } from '../../i18n/en-GB/timeline.js';
import { icon } from '../shared/section-states.js';
import { countBy, type LeftOutSource, type TimelineEntry, type TimelineType } from '../../sections/timeline.js';
import { typeName } from './render-entry.js';
import { renderShowMore } from '../shared/long-list.js';

const t = translator(timelineMessages);

// Every type, in the order the type filter lists them: a Record, so a type added to TimelineType
// and not here fails to compile rather than missing from the filter.
const TYPE_RANK: Record<TimelineType, true> = {
  'social-care': true, 'care-plan': true, 'radiology-report': true, 'pathology-report': true, 'other-report': true, result: true,
  'medicine-started': true, 'medicine-ended': true, encounter: true, document: true, immunisation: true, 'care-decision': true,
};
const TYPE_ORDER = Object.keys(TYPE_RANK) as TimelineType[];

export interface FiltersInput {
  entries: TimelineEntry[];
  /** Sensitive entries not revealed: their organisation is not offered (it could say what they are). */
  hidden(e: TimelineEntry): boolean;
  type: string;
  organisation: string;
  /** Entries the filter lets through. */
  matching: number;
  onType(value: string): void;
  onOrganisation(value: string): void;
  onClear(): void;
}

function options(counts: Map<string, number>, selected: string, name: (k: string) => string, total: number): TemplateResult {
  const missing = selected && !counts.has(selected);
  return html`<option value="" ?selected=${!selected}>${t('timeline.filter.all', { count: total })}</option>
    ${[...counts].map(([k, n]) => html`<option value=${k} ?selected=${k === selected}>${t('timeline.filter.option', { name: name(k), count: n })}</option>`)}
    ${missing ? html`<option value=${selected} selected>${t('timeline.filter.option', { name: name(selected), count: 0 })}</option>` : nothing}`;
}

/** The two filters, and when they hide anything, how many and the one action that clears both. */
export function renderFilters(f: FiltersInput): TemplateResult {
  const types = countBy(f.entries, (e) => e.type);
  const ordered = new Map(TYPE_ORDER.filter((k) => types.has(k)).map((k) => [k as string, types.get(k)!]));
  const orgs = countBy(f.entries.filter((e) => !f.hidden(e)), (e) => e.organisation);
  const sortedOrgs = new Map([...orgs].sort((a, b) => a[0].localeCompare(b[0])));
  const type = f.type === 'all' ? '' : f.type;
  const total = f.entries.length;
  const filtered = !!type || !!f.organisation;
  return html`<div class="filters" part="filters" data-print-hide>
      <label>${t('timeline.filter.type')}
        <select @change=${(e: Event) => f.onType((e.target as HTMLSelectElement).value || 'all')}>
          ${options(ordered, type, (k) => typeName(k as TimelineType), total)}
        </select></label>
      <label>${t('timeline.filter.organisation')}
        <select @change=${(e: Event) => f.onOrganisation((e.target as HTMLSelectElement).value)}>
          ${options(sortedOrgs, f.organisation, (k) => k, total)}
        </select></label>
    </div>
    ${filtered ? html`<p class="filtered" role="status" data-filtered>
      ${t('timeline.filtered', { shown: f.matching, total, hidden: total - f.matching })}
      <button type="button" class="clear" @click=${f.onClear}>${t('timeline.filter.clear')}</button></p>` : nothing}`;
}

export interface Paged {
  total: number;
  shown: number;
  pageSize: number;
}

/** A list of one page or more: its entries, then the shared "Show N more" control while entries remain. */
export function renderPage(list: string, items: TemplateResult[], paged: Paged, onMore: () => void): TemplateResult {
  return html`<ol class="entries" data-list=${list}>${items}</ol>
    ${renderShowMore({ list, shown: paged.shown, count: paged.total, pageSize: paged.pageSize, onMore,
      position: t('timeline.paged', { shown: paged.shown, total: paged.total }) })}`;
}

/** R39, H3: each source the ICR could not give, named, with one "Try again" for them all. */
export function renderLeftOut(leftOut: LeftOutSource[], onRetry: () => void): TemplateResult | typeof nothing {
  if (!leftOut.length) return nothing;
  const retry = leftOut.some((s) => s.kind !== 'restricted');
  return html`<div class="left-out" part="left-out" role="status">
    ${icon('alert')}
    <div><p><strong>${t('timeline.leftOut')}</strong></p>
      <ul>${leftOut.map((s) => html`<li data-source=${s.name} data-kind=${s.kind}>${t(s.kind === 'restricted' ? 'timeline.leftOut.restricted' : 'timeline.leftOut.other', {
        source: t(`timeline.source.${s.name}`),
      })}</li>`)}</ul>
      ${retry ? html`<button type="button" class="retry" @click=${onRetry}>${t('timeline.leftOut.retry')}</button>` : nothing}
    </div>
  </div>`;
}
