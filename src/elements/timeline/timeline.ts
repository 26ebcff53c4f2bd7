/**
 * `<icr-timeline>`: what happened to this person recently, anywhere (issue 18, R65). Every dated
 * event of the sections it reads, newest first, filterable by type and organisation, each opening
 * its detail. The entries come from the sections' own view models (src/sections/timeline.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IcrSectionElement } from '../shared/section-element.js';
import type { DataState, SectionState } from '../../controllers/section-controller.js';
import { translator } from '../../i18n/core.js';
import { timelineMessages } from '../../i18n/en-GB/timeline.js';
import { socialCareCodes, type SocialCareCodeTable } from '../../fhir/social-care-codes.js';
import { filterEntries, timelineSection, type TimelineEntry, type TimelineType, type TimelineView } from '../../sections/timeline.js';
import { eventCardStyles } from '../shared/event-cards.js';
import { renderEmpty } from '../shared/section-states.js';
import { renderHidden } from '../shared/hidden-note.js';
import { renderEntry } from './render-entry.js';
import { renderFilters, renderLeftOut, renderPage, type Paged } from './timeline-parts.js';
import { timelineStyles } from './timeline.styles.js';
import { longListStyles } from '../shared/long-list.js';
import { factsStyles } from '../shared/facts.js';

const t = translator(timelineMessages);

/**
 * Every dated event shared through the Integrated Care Record, across sections: social care events,
 * care plan events, radiology, pathology and other reports, results, medicines started and stopped.
 *
 * Dates keep their precision (`2019` stays `2019`) and times are London time; an entry with no date
 * is listed apart under "Date not recorded", never placed at a date (R65). A source the ICR could
 * not give is named as left out. A long timeline shows a page at a time, with its count and
 * "Show N more" (each entry says its position in the list). Sensitive entries are marked and their
 * detail stays out of the page until revealed (R51); entered-in-error entries are never shown.
 *
 * @summary Every dated event across the record, newest first, filterable by type and organisation.
 * @csspart base - The section.
 * @csspart heading - The section title.
 * @csspart filters - The type and organisation filters.
 * @csspart entry - One entry.
 * @csspart detail - An entry's detail (its disclosure).
 * @csspart facts - An opened entry's facts, as one labelled line.
 * @csspart list-more - "Showing 20 of 1,200" and "Show 20 more" (the paging control every long list shares).
 * @csspart show-more - The button that shows the next page.
 * @csspart left-out - The note naming sources that could not be read.
 * @csspart sensitive-mark - The mark on a restricted item (R51).
 * @csspart sensitive-reveal - The button that reveals a restricted item's detail (R51).
 * @csspart excluded - The note counting entries marked entered in error, which are not shown.
 * @csspart warnings - Completeness and data warnings (R39–R41).
 * @csspart meta - "Retrieved …" (R42).
 * @csspart micro-banner - The patient, when the element stands alone (R8).
 * @cssproperty --icr-timeline-accent - Left rule of an entry (default the primary blue).
 * @event icr-sensitive-reveal - The viewer revealed a restricted item (R51), for the host's audit.
 * @event icr-data-load - The timeline loaded (`detail.section` is `timeline`).
 * @event icr-error - The timeline could not be shown (restricted, opted out, unavailable, …).
 * @event icr-auth-expire - The ICR refused the token after a refresh (standalone use).
 * @tagname icr-timeline
 */
export class IcrTimeline extends IcrSectionElement<TimelineView> {
  static override styles = [...IcrSectionElement.styles, factsStyles, eventCardStyles, longListStyles, timelineStyles];

  /** The social care recognition table (shared with `<icr-social-care-events>` by default). */
  static codes: SocialCareCodeTable = socialCareCodes;

  /**
   * How many entries a page shows (and "Show N more" adds). 20 keeps the element within a few
   * screens before the reader asks for more (issue 18).
   */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** The type shown (`all`, or a type such as `pathology-report`, `medicine-started`). */
  @property({ attribute: 'filter-type', reflect: true }) filterType: TimelineType | 'all' = 'all';

  /** The organisation shown (`''` for all), as the entries name it. */
  @property({ attribute: 'filter-organisation', reflect: true }) filterOrganisation = '';

  /** The clock for "Expired" (social care); defaults to the time of loading. */
  @property({ attribute: false }) now?: Date;

  @state() private limits = { dated: 0, undated: 0 };
  @state() private opened = new Set<string>();
  private shownState?: SectionState<TimelineView>;
  /** After "Show N more", the entry that takes focus (the first new one). */
  private focusKey?: string;

  constructor() {
    super(timelineSection({ now: () => (IcrTimeline.validDate(this.now) ?? new Date()), socialCareCodes: () => IcrTimeline.codes }));
  }

  private static validDate(d: Date | undefined): Date | undefined {
    return d instanceof Date && !Number.isNaN(d.getTime()) ? d : undefined;
  }

  protected get sectionTitle(): string {
    return t('timeline.title');
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never);
    // A new load (another patient, a retry) starts again: nothing opened is kept (R47).
    const current = this.section.state;
    if (current !== this.shownState) {
      this.shownState = current;
      this.opened = new Set();
      this.limits = { dated: this.page, undated: this.page };
    }
    if (changed.has('filterType') || changed.has('filterOrganisation') || changed.has('pageSize')) {
      this.limits = { dated: this.page, undated: this.page };
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (!this.focusKey) return;
    const key = this.focusKey;
    this.focusKey = undefined;
    [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="entry"]')].find((li) => li.dataset.key === key)?.focus();
  }

  protected override sources(state: DataState<TimelineView>): string[] {
    // R51: a hidden entry's organisation could say what it is: named once revealed.
    const shown = [...state.view.dated, ...state.view.undated].filter((e) => !this.isHidden(e));
    return [...new Set(shown.map((e) => e.organisation).filter((o): o is string => !!o))];
  }

  protected renderData(state: DataState<TimelineView>): TemplateResult {
    const view = state.view;
    const all = [...view.dated, ...view.undated];
    const leftOut = renderLeftOut(view.leftOut, () => this.section.retry());
    if (!all.length) return html`${leftOut}${renderEmpty(t('timeline.empty'), t('timeline.empty.hint'))}${renderHidden(view.hidden)}`;
    const filter = { type: this.filterType === 'all' ? undefined : this.filterType, organisation: this.filterOrganisation || undefined };
    const hidden = (e: TimelineEntry) => this.isHidden(e);
    const dated = filterEntries(view.dated, filter, hidden);
    const undated = filterEntries(view.undated, filter, hidden);
    const matching = dated.length + undated.length;
    return html`${leftOut}
      ${renderFilters({
        entries: all, hidden, type: this.filterType, organisation: this.filterOrganisation, matching,
        onType: (v) => { this.filterType = v as TimelineType | 'all'; },
        onOrganisation: (v) => { this.filterOrganisation = v; },
        onClear: () => { this.filterType = 'all'; this.filterOrganisation = ''; },
      })}
      ${matching ? nothing : renderEmpty(t('timeline.filterEmpty'), t('timeline.empty.hint'))}
      ${dated.length ? this.renderList('dated', dated) : nothing}
      ${undated.length ? html`<div class="undated" role="heading" aria-level=${this.subLevel}>${t('timeline.undated')} (${undated.length})</div>
        <p class="hint">${t('timeline.undated.hint')}</p>${this.renderList('undated', undated)}` : nothing}
      ${renderHidden(view.hidden)}`;
  }

  /** The page size, whatever the attribute holds (a bad value must not hide every entry). */
  private get page(): number {
    const n = Math.floor(this.pageSize);
    return Number.isFinite(n) && n > 0 ? n : 20;
  }

  private get subLevel(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + 1);
  }

  private renderList(which: 'dated' | 'undated', entries: TimelineEntry[]): TemplateResult {
    const paged: Paged = { total: entries.length, shown: Math.min(entries.length, this.limits[which] || this.page), pageSize: this.page };
    const sensitive = this.renderSensitive.bind(this);
    const items = entries.slice(0, paged.shown).map((e, i) => renderEntry(e, {
      list: which, position: i + 1, size: entries.length, open: this.opened.has(e.key), sensitive,
      toggle: () => this.toggle(e.key),
    }));
    return renderPage(which, items, paged, () => {
      this.focusKey = entries[paged.shown]?.key;
      this.limits = { ...this.limits, [which]: paged.shown + this.page };
    });
  }

  private toggle(key: string): void {
    const next = new Set(this.opened);
    if (!next.delete(key)) next.add(key);
    this.opened = next;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-timeline': IcrTimeline;
  }
}
