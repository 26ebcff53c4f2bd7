/**
 * The one control set every long list uses (R62, R63, H17): a count that says what a range or
 * filter hides, with "Show all" to clear both in one action; a text filter over every entry; a date
 * range; the order; and a page at a time with "Showing 25 of 1,200" and "Show 25 more". The logic is
 * pure (src/format/long-list.ts); this controller keeps the reader's choices and moves focus to the
 * first newly shown entry when more are shown, so every entry is reachable by keyboard.
 *
 * `renderShowMore` is the one paging control: every long list (the timeline's too) renders it.
 *
 * Page-at-a-time, not a virtualiser: every rendered entry is in the DOM and the accessibility tree
 * with its position (aria-posinset/aria-setsize), and the rest is one button press away.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  DEFAULT_PAGE_SIZE, LIST_RANGES, defaultListQuery, describeWindow, isNarrowed, windowList,
  type ListEntry, type ListKind, type ListQuery, type ListRange, type ListWindow,
} from '../../format/long-list.js';
import { translator } from '../../i18n/core.js';
import { listsMessages } from '../../i18n/en-GB/lists.js';

const t = translator(listsMessages);

let nextId = 0;

/** An entry's place in the whole matching list, for aria-posinset/aria-setsize and focus after "Show more". */
export interface ListPosition { pos: number; size: number; list: string }

export const longListStyles = css`
  .list-controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; margin: 0 0 var(--_space); }
  .list-controls label { display: flex; flex-direction: column; gap: 0.125rem; font-size: var(--_size-small); min-width: 0; }
  .list-controls input, .list-controls select { font: inherit; min-height: 24px; max-width: 100%; }
  .list-summary { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: baseline; margin: 0 0 var(--_space); }
  .list-summary .count { font-weight: bold; }
  .list-more { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: baseline; margin: var(--_space) 0 0; }
  .list-controls button, .list-summary button, .list-more button { font: inherit; min-height: 24px; }
  [data-list-pos]:focus { outline: 3px solid var(--_focus); outline-offset: 2px; }
`;

/** One page-at-a-time list as the paging helper sees it: how many match, how many are rendered. */
export interface PageInput {
  /** Which list (an element may have several): `data-paging` on the control. */
  list: string;
  shown: number;
  count: number;
  pageSize: number;
  onMore(): void;
  /** The position words, when a list says more than "Showing 25 of 1,200" (its order, say). */
  position?: string;
}

/**
 * THE "Show N more" control of every long list (R63, H17): "Showing 25 of 1,200", on paper what
 * was left unprinted (R64: never a silent truncation), and the button that brings the next page.
 * Nothing while every entry is rendered. Used by LongListController and by `<icr-timeline>`.
 */
export function renderShowMore(p: PageInput): TemplateResult | typeof nothing {
  const rest = p.count - p.shown;
  if (rest <= 0) return nothing;
  return html`<div class="list-more" part="list-more" data-paging=${p.list}>
    <span class="position">${p.position ?? t('list.position', { shown: p.shown, count: p.count })}</span>
    <span class="print-only">${t('list.printedPart', { shown: p.shown, count: p.count })}</span>
    <button type="button" class="show-more" part="show-more" @click=${p.onMore}>${t('list.showMore', { count: Math.min(p.pageSize, rest) })}</button>
  </div>`;
}

export class LongListController implements ReactiveController {
  query: ListQuery;
  private focusPos?: number;
  private patientId?: string;
  private readonly id = `list-${++nextId}`;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly kind: ListKind,
    private readonly initialRange: () => ListRange = () => 'all',
    private readonly pageSize = DEFAULT_PAGE_SIZE,
  ) {
    host.addController(this);
    this.query = defaultListQuery(pageSize);
  }

  private hostRange?: ListRange;

  hostConnected(): void {}

  /**
   * The host's starting range (an attribute) is only known once its properties are set, and a host
   * may set it again later (a framework binding): a new value is applied, the reader's own choice
   * otherwise kept.
   */
  hostUpdate(): void {
    const range = this.initialRange();
    if (range === this.hostRange) return;
    this.hostRange = range;
    this.query = { ...this.query, range, shown: this.pageSize };
  }

  /** After "Show more", focus goes to the first newly shown entry (which has tabindex="-1"). */
  hostUpdated(): void {
    if (this.focusPos === undefined) return;
    const target = this.host.shadowRoot?.querySelector<HTMLElement>(`[data-list="${this.id}"][data-list-pos="${this.focusPos}"]`);
    this.focusPos = undefined;
    target?.focus();
  }

  private set(next: Partial<ListQuery>): void {
    this.query = { ...this.query, ...next };
    this.host.requestUpdate();
  }

  /** A new range, filter or order starts again from the first page. */
  setRange(range: ListRange): void { this.set({ range, shown: this.pageSize }); }
  setText(text: string): void { this.set({ text, shown: this.pageSize }); }
  setNewestFirst(newestFirst: boolean): void { this.set({ newestFirst, shown: this.pageSize }); }
  /** R62: one action clears the range and the filter. */
  showAll(): void { this.set({ range: 'all', text: '', shown: this.pageSize }); }
  /** Back to the host's starting choices (a new patient). */
  reset(): void { this.query = { ...defaultListQuery(this.pageSize), range: this.initialRange() }; }

  showMore(w: ListWindow<unknown>): void {
    this.focusPos = w.visible.length + 1;
    this.set({ shown: this.query.shown + this.pageSize });
  }

  /**
   * The window over `items`. `patientId`: a filter typed for one patient must never narrow the next
   * one's list unseen, so a new patient starts again from the host's starting choices.
   */
  window<T>(items: readonly T[], describe: (item: T) => ListEntry, patientId: string, now = new Date()): ListWindow<T> {
    if (this.patientId !== undefined && this.patientId !== patientId) this.reset();
    this.patientId = patientId;
    return windowList(items, describe, this.query, now);
  }

  /** Attributes for the rendered entry at 0-based `index`: its position in the whole matching set (R63). */
  position(index: number, w: ListWindow<unknown>): ListPosition {
    return { pos: index + 1, size: w.matching.length, list: this.id };
  }

  /** The count, what is hidden and "Show all"; the filter, range and order. Above the list. */
  renderControls(w: ListWindow<unknown>): TemplateResult {
    const q = this.query;
    // A short list needs no controls, only its count; they appear once a page cannot hold it (or it is narrowed).
    const controls = w.total > this.pageSize || isNarrowed(q) || !q.newestFirst;
    return html`${controls ? html`<div class="list-controls" role="group" aria-label=${t('list.controls')}>
        <label>${t('list.filter.label')}<input type="search" id="${this.id}-filter" .value=${live(q.text)}
          @input=${(e: Event) => this.setText((e.target as HTMLInputElement).value)}></label>
        <label>${t('list.range.label')}<select @change=${(e: Event) => this.setRange((e.target as HTMLSelectElement).value as ListRange)}>
          ${LIST_RANGES.map((r) => html`<option value=${r} ?selected=${q.range === r}>${t(`list.range.${r}`)}</option>`)}
        </select></label>
        <label>${t('list.sort.label')}<select @change=${(e: Event) => this.setNewestFirst((e.target as HTMLSelectElement).value === 'newest')}>
          <option value="newest" ?selected=${q.newestFirst}>${t('list.sort.newest')}</option>
          <option value="oldest" ?selected=${!q.newestFirst}>${t('list.sort.oldest')}</option>
        </select></label>
      </div>` : nothing}
      <div class="list-summary" part="list-summary">
        <span class="count" role="status" aria-live="polite">${describeWindow(this.kind, w, q)}</span>
        ${isNarrowed(q) ? html`<button type="button" class="show-all" @click=${() => this.showAll()}>${t('list.showAll')}</button>` : nothing}
      </div>
      ${w.total && !w.matching.length ? html`<p class="none-match">${t('list.noneMatch')}</p>` : nothing}`;
  }

  /** "Showing 25 of 1,200" and "Show 25 more", below the list, only while some are not rendered. */
  renderMore(w: ListWindow<unknown>): TemplateResult | typeof nothing {
    return renderShowMore({ list: this.id, shown: w.visible.length, count: w.matching.length, pageSize: this.pageSize, onMore: () => this.showMore(w) });
  }
}
