/**
 * `<icr-social-care-events>`: the dates social services share through the ICR (REQUIREMENTS.md §8,
 * R45): assessments, reviews, safeguarding, DoLS and packages of care, newest first by year.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { IcrSectionElement } from '../shared/section-element.js';
import type { DataState } from '../../controllers/section-controller.js';
import { translator } from '../../i18n/core.js';
import { socialCareMessages } from '../../i18n/en-GB/social-care.js';
import { groupByYear, ownersOf, type SocialCareView } from '../../fhir/social-care.js';
import { socialCareSection } from '../../sections/social-care.js';
import { SOCIAL_CARE_KINDS, socialCareCodes, type SocialCareCodeTable, type SocialCareKind } from '../../fhir/social-care-codes.js';
import { kindName, renderEvent } from './social-care-event-render.js';
import { eventCardStyles } from '../shared/event-cards.js';
import { renderEmpty } from '../shared/section-states.js';
import { renderHidden } from '../shared/hidden-note.js';
import { socialCareStyles } from './social-care-events.styles.js';
import { LongListController, longListStyles } from '../shared/long-list.js';
import type { ListRange } from '../../format/long-list.js';
import { expiryState, type SocialCareEvent } from '../../fhir/social-care.js';
import { statusName } from './social-care-event-render.js';
import { factsStyles } from '../shared/facts.js';

/** Statuses of an event still going on (a Task in hand, a Flag or EpisodeOfCare active). */
const CURRENT_STATUSES = ['active', 'in-progress', 'on-hold', 'requested', 'received', 'accepted', 'ready', 'planned', 'waitlist', 'draft'];

/**
 * R62: a current event is never hidden by a date range: an open safeguarding concern or enquiry,
 * a DoLS authorisation or alert not yet expired, anything whose status says it is still going on.
 */
function isCurrentEvent(e: SocialCareEvent, now: Date): boolean {
  if (e.openSafeguarding) return true;
  if (e.expiresOn && expiryState(e, now) !== 'expired') return true;
  return !!e.status && CURRENT_STATUSES.includes(e.status);
}

const t = translator(socialCareMessages);

/**
 * Social care events shared through the Integrated Care Record.
 *
 * Recognition follows the documented code table (docs/social-care-codes.md). A host adds its
 * ICR's local codes once, before or after the element loads (it is read at each load):
 *
 * ```js
 * IcrSocialCareEvents.codes.add({ resourceType: 'Task', element: 'code',
 *   system: 'https://my-la.example/codes', code: 'OTA', kind: 'assessment', label: 'OT assessment' });
 * ```
 *
 * A Flag that fits no row is shown as "Other alert"; Tasks and EpisodeOfCares that are not social
 * care are left out. DoLS authorisations and flags past their end date say "Expired"; within 28
 * days, "Expires in N days" (R45). An empty result never says there is no safeguarding or DoLS.
 *
 * @summary Social care event dates: assessments, reviews, safeguarding, DoLS, packages of care.
 * @csspart base - The section.
 * @csspart heading - The section title.
 * @csspart facts - One event's status, outcome, key dates and owning organisation, as one labelled line.
 * @csspart list-summary - The count and what a filter or date range hides, with "Show all" (R62).
 * @csspart list-more - "Showing 25 of 1,200" and "Show 25 more" (R63).
 * @csspart filter - The "Show" kind filter.
 * @csspart event - One event.
 * @csspart empty - The note when nothing is shared, or nothing matches the filter (never "none", R45).
 * @csspart sensitive-mark - The mark on a restricted item (R51).
 * @csspart sensitive-reveal - The button that reveals a restricted item's detail (R51).
 * @csspart excluded - The note counting entries marked entered in error, which are not shown.
 * @csspart warnings - Completeness and data warnings (R39–R41).
 * @csspart meta - Sources and "Retrieved …" (R42).
 * @csspart micro-banner - The patient, when the element stands alone (R8).
 * @cssproperty --icr-social-care-accent - Left border of an event (default the primary blue).
 * @cssproperty --icr-social-care-open-safeguarding - Border and text of open safeguarding and expired items (default error red).
 * @event icr-sensitive-reveal - The viewer revealed a restricted item (R51), for the host's audit.
 * @event icr-data-load - The section loaded (`detail.section` is `social-care`).
 * @event icr-error - The section could not be shown (restricted, opted out, unavailable, …).
 * @event icr-auth-expire - The ICR refused the token after a refresh (standalone use).
 * @tagname icr-social-care-events
 */
export class IcrSocialCareEvents extends IcrSectionElement<SocialCareView> {
  static override styles = [...IcrSectionElement.styles, factsStyles, socialCareStyles, eventCardStyles, longListStyles];

  /** The page-wide recognition table; `IcrSocialCareEvents.codes.add(row)` adds an ICR's local codes. */
  static codes: SocialCareCodeTable = socialCareCodes;

  /** The clock for "Expired" and "expires within 28 days" (R45); defaults to the time of rendering. */
  @property({ attribute: false }) now?: Date;

  /** The kind shown (`all`, or a kind such as `safeguarding-concern`, `dols-authorisation`). */
  @property({ reflect: true }) filter: SocialCareKind | 'all' = 'all';

  /** The date range the list starts with: `all` (default), `1y`, `3m`; current events always stay (R62). */
  @property({ attribute: 'list-range' }) listRange: ListRange = 'all';

  private readonly list = new LongListController(this, 'events', () => this.listRange);

  protected get sectionTitle(): string {
    return t('socialCare.title');
  }

  constructor() {
    super(socialCareSection(() => IcrSocialCareEvents.codes));
  }

  protected override sources(state: DataState<SocialCareView>): string[] {
    // R51: a hidden event's owner could say what it is: named once revealed.
    return ownersOf(state.view.events.filter((e) => {
      const [resourceType = '', id = ''] = e.id.split('/');
      return !this.isHidden({ sensitivity: e.sensitivity, resourceType, id });
    }));
  }

  protected renderData(state: DataState<SocialCareView>): TemplateResult {
    const events = state.view.events;
    if (!events.length) return html`${renderEmpty(t('socialCare.empty'), t('socialCare.empty.hint'))}${renderHidden(state.view.hidden)}`;
    const now = this.now instanceof Date && !Number.isNaN(this.now.getTime()) ? this.now : new Date();
    const shown = this.filter === 'all' ? events : events.filter((e) => e.kind === this.filter);
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + 1);
    const w = this.list.window(shown, (e) => {
      const [resourceType = '', id = ''] = e.id.split('/');
      const hidden = this.isHidden({ sensitivity: e.sensitivity, resourceType, id });
      // R51: a hidden event is found by its kind only (what stays in view), never by its detail.
      const words = hidden ? [kindName(e.kind)] : [kindName(e.kind), e.label, statusName(e.status), e.outcome, e.owner];
      return { when: e.date, current: isCurrentEvent(e, now), text: words.filter(Boolean).join(' · ') };
    }, state.patient.id, now);
    const position = new Map(w.visible.map((e, i) => [e, this.list.position(i, w)]));
    return html`${this.renderFilter(events.map((e) => e.kind))}
      ${shown.length
        ? html`${this.list.renderControls(w)}${groupByYear(w.visible).map((group) => html`
            <div class="year" role="heading" aria-level=${level}>${group.year ?? t('socialCare.undated')}</div>
            <ol>${group.events.map((e) => renderEvent(e, now, (item, content) => this.renderSensitive(item, content), position.get(e)))}</ol>`)}
            ${this.list.renderMore(w)}`
        : renderEmpty(t('socialCare.filterEmpty'), t('socialCare.empty.hint'))}
      ${renderHidden(state.view.hidden)}`;
  }

  private renderFilter(kinds: SocialCareKind[]): TemplateResult | typeof nothing {
    const counts = new Map<SocialCareKind, number>();
    for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
    const present = SOCIAL_CARE_KINDS.filter((k) => counts.has(k));
    return html`<div class="toolbar">
      <label for="filter">${t('socialCare.filter')}</label>
      <select id="filter" part="filter" @change=${this.onFilter}>
        <option value="all" ?selected=${this.filter === 'all'}>${t('socialCare.filter.all', { count: kinds.length })}</option>
        ${present.map((k) => html`<option value=${k} ?selected=${this.filter === k}>${t('socialCare.filter.kind', { kind: kindName(k), count: counts.get(k) ?? 0 })}</option>`)}
        ${this.filter !== 'all' && !counts.has(this.filter)
          ? html`<option value=${this.filter} selected>${t('socialCare.filter.kind', { kind: kindName(this.filter), count: 0 })}</option>`
          : nothing}
      </select>
    </div>`;
  }

  private onFilter(e: Event): void {
    this.filter = (e.target as HTMLSelectElement).value as SocialCareKind | 'all';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-social-care-events': IcrSocialCareEvents;
  }
}
