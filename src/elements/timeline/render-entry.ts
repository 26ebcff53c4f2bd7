/**
 * One timeline entry, from the view model only: its date as recorded, its type, its safety signals,
 * then (through the R51 control) its title, organisation and a disclosure with what its section
 * shows. The detail is in the DOM while closed (`hidden`), so print shows it (R64, nothing
 * truncated); a sensitive entry's detail is not in the DOM at all until revealed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { translator } from '../../i18n/core.js';
import { timelineMessages } from '../../i18n/en-GB/timeline.js';
import { icon } from '../shared/section-states.js';
import type { RenderSensitive } from '../shared/sensitive.js';
import type { TimelineEntry, TimelineType } from '../../sections/timeline.js';
import { renderFacts } from '../shared/facts.js';

const t = translator(timelineMessages);

export function typeName(type: TimelineType): string {
  return t(`timeline.type.${type}`);
}

export interface EntryRender {
  /** Which list the entry is in (dated or undated): the detail's id is unique in the element. */
  list: string;
  /** Position in the (filtered) list and its size: R63, a screen reader hears "3 of 1,200". */
  position: number;
  size: number;
  open: boolean;
  toggle(): void;
  sensitive: RenderSensitive;
}

export function renderEntry(e: TimelineEntry, r: EntryRender): TemplateResult {
  const detailId = `detail-${r.list}-${r.position}`;
  return html`<li class="entry" part="entry" data-type=${e.type} data-key=${e.key} tabindex="-1"
      aria-setsize=${r.size} aria-posinset=${r.position}>
    <div class="entry-head">
      <span class="when" data-date=${e.date ?? ''}>${e.dateText}</span>
      <span class="type">${typeName(e.type)}</span>
      ${e.signals.map((s) => html`<span class="signal">${icon('alert')}${s}</span>`)}
    </div>
    ${r.sensitive(e, () => html`
      <button type="button" class="toggle" data-print-text aria-expanded=${r.open ? 'true' : 'false'} aria-controls=${detailId} @click=${r.toggle}>
        <span class="chevron" aria-hidden="true">${r.open ? '▾' : '▸'}</span><span class="title">${e.title}</span>
      </button>
      ${e.organisation ? html`<span class="org">${e.organisation}</span>` : nothing}
      <div class="detail" id=${detailId} part="detail" data-print-show ?hidden=${!r.open}>
        ${renderFacts(e.facts.map((f) => ({ label: f.term, value: f.value })))}
      </div>`)}
  </li>`;
}
