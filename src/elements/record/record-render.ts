/** The parts of `<icr-record>` that are pure render: the summary lines, the navigation, the one retry. */
import { html, nothing, type TemplateResult } from 'lit';
import type { SummaryLine } from '../../sections/summary.js';
import type { SectionState } from '../../fhir/section-contract.js';
import { translator } from '../../i18n/core.js';
import { formatList } from '../../format/list.js';
import { recordMessages } from '../../i18n/en-GB/record.js';
import type { RecordSection } from './record-sections.js';
import { keepDatesWhole } from '../shared/whole-dates.js';

const t = translator(recordMessages);

/** The id of a section's place in the record (the summary's and the navigation's link target). */
export const placeId = (section: string) => `record-${section}`;

export type Go = (section: string, event: Event) => void;

function renderLine(line: SummaryLine, go: Go): TemplateResult {
  return html`<li class="line" data-line=${line.key} data-state=${line.state} ?data-attention=${line.attention}>
    <a class="line-label" href=${`#${placeId(line.section)}`} @click=${(e: Event) => go(line.section, e)}>${line.label}</a>
    <span class="line-body"><span class="line-text">${keepDatesWhole(line.text)}</span>${line.items.length
      ? html`<span class="line-items">: ${line.items.map((item, i) => html`${i ? '; ' : ''}${keepDatesWhole(item)}`)}</span>` : nothing}${line.more
      ? html` <span class="line-more">${t('record.more', { count: line.more })}</span>` : nothing}${line.sensitive
      ? html` <span class="line-sensitive">(${t('record.sensitive', { count: line.sensitive })})</span>` : nothing}${line.notes.map((n) => html`<span class="line-note"> · ${keepDatesWhole(n)}</span>`)}</span>
  </li>`;
}

/** The at-a-glance summary: one line per concern, each a link that moves focus to its section. */
export function renderSummary(lines: SummaryLine[], go: Go, retry: TemplateResult | typeof nothing): TemplateResult {
  return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
    <h2 id="summary-heading" class="summary-heading">${t('record.summary.title')}</h2>
    ${retry}
    <ul class="lines">${lines.map((l) => renderLine(l, go))}</ul>
  </section>`;
}

/** R61 in the navigation too: a count only for a section that answered; its state in words otherwise. */
function badge(state: SectionState<unknown> | undefined): string {
  if (!state || state.kind === 'loading') return t('record.nav.loading');
  if (state.kind === 'restricted') return t('record.nav.restricted');
  if (state.kind === 'not-recorded') return t('record.nav.notRecorded');
  if (state.kind === 'loaded' || state.kind === 'empty') {
    const partial = state.meta.loadingMore;
    return partial ? t('record.nav.partial', { count: partial.shown }) : t('record.nav.count', { count: state.count });
  }
  return t('record.nav.failed');
}

/** A side list of links (a column at desktop widths, a wrapping row on a phone), each with its count. */
export function renderNav(sections: RecordSection[], states: Map<string, SectionState<unknown>>, go: Go, current?: string): TemplateResult {
  return html`<nav class="nav" part="nav" aria-label=${t('record.nav.label')}>
    <ul>${sections.map((s) => {
      const state = states.get(s.name);
      return html`<li><a href=${`#${placeId(s.name)}`} data-nav=${s.name} data-state=${state?.kind ?? 'loading'}
        aria-current=${current === s.name ? 'location' : 'false'} @click=${(e: Event) => go(s.name, e)}><span class="nav-title">${s.title()}</span> <span class="nav-badge">${badge(state)}</span></a></li>`;
    })}</ul>
  </nav>`;
}

/** The one "Try again" for every section that failed (each section keeps its own as well). */
export function renderRetryAll(failed: RecordSection[], retry: () => void): TemplateResult | typeof nothing {
  if (!failed.length) return nothing;
  const count = failed.length;
  return html`<div class="retry-all" part="retry-all" role="status">
    <p>${t('record.retryAll.note', { count, sections: formatList(failed.map((s) => s.title())) })}</p>
    <button type="button" class="retry" @click=${retry}>${t('record.retryAll', { count })}</button>
  </div>`;
}
