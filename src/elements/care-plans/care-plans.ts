/**
 * `<icr-care-plans>`: care plans shared through the ICR (support plans, end-of-life, ReSPECT, …)
 * with their events: created, started, reviewed, due for review, ended. Overdue reviews stand out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { IcrSectionElement } from '../shared/section-element.js';
import type { DataState } from '../../controllers/section-controller.js';
import { translator } from '../../i18n/core.js';
import { carePlansMessages } from '../../i18n/en-GB/care-plans.js';
import { formatDate } from '../../format/dates.js';
import { icon } from '../shared/section-states.js';
import { sourceNames, sourceText } from '../../fhir/provenance.js';
import { isReviewOverdue, type CarePlanItem, type CarePlansView } from '../../fhir/care-plans.js';
import { carePlansSection } from '../../sections/care-plans.js';
import { renderHidden } from '../shared/hidden-note.js';
import { eventCardStyles } from '../shared/event-cards.js';
import { renderEmpty } from '../shared/section-states.js';
import { carePlansStyles } from './care-plans.styles.js';
import { LongListController, longListStyles, type ListPosition } from '../shared/long-list.js';
import type { ListRange } from '../../format/long-list.js';
import { factsStyles, renderFacts } from '../shared/facts.js';

/**
 * R62: a current plan is never hidden by a date range: one in force or paused (active, on-hold,
 * draft, unknown: we cannot say it ended), or one with a review due that is not done.
 */
function isCurrentPlan(plan: CarePlanItem, now: Date): boolean {
  return !plan.status || ['active', 'on-hold', 'draft', 'unknown'].includes(plan.status) || !!plan.reviewDue || isReviewOverdue(plan, now);
}

const t = translator(carePlansMessages);
type MessageKey = Parameters<typeof t>[0];

function statusName(status: string | undefined): string {
  if (!status) return t('carePlans.notRecorded');
  const key = `carePlans.status.${status}` as MessageKey;
  const text = t(key);
  return text === key ? status : text;
}

/**
 * Care plans and their review dates.
 *
 * Reviews come from Tasks whose code the social care code table says is a review (see
 * docs/social-care-codes.md; `IcrSocialCareEvents.codes.add` extends it) and whose `basedOn`
 * names the plan. The Task search is the one `<icr-social-care-events>` makes, so a page with both
 * sends it once. If the Tasks cannot be read, the plans still show, with a warning that review
 * dates may be missing.
 *
 * @summary Care plans: category, status, author and created / started / reviewed / due / ended dates.
 * @csspart base - The section.
 * @csspart heading - The section title.
 * @csspart facts - One plan's category, status, author and source, as one labelled line.
 * @csspart list-summary - The count and what a filter or date range hides, with "Show all" (R62).
 * @csspart list-more - "Showing 25 of 1,200" and "Show 25 more" (R63).
 * @csspart plan - One care plan.
 * @csspart empty - The note when no care plan is shared (never "none").
 * @csspart sensitive-mark - The mark on a restricted plan (R51).
 * @csspart sensitive-reveal - The button that reveals a restricted plan's detail (R51).
 * @csspart excluded - The note counting entries marked entered in error, which are not shown.
 * @csspart warnings - Completeness and data warnings (R39–R41).
 * @csspart meta - Sources and "Retrieved …" (R42).
 * @csspart micro-banner - The patient, when the element stands alone (R8).
 * @cssproperty --icr-care-plans-accent - Left border of a plan (default the primary blue).
 * @cssproperty --icr-care-plans-overdue - Border and text of an overdue review (default error red).
 * @event icr-sensitive-reveal - The viewer revealed a restricted plan (R51), for the host's audit.
 * @event icr-data-load - The section loaded (`detail.section` is `care-plans`).
 * @event icr-error - The section could not be shown (restricted, opted out, unavailable, …).
 * @event icr-auth-expire - The ICR refused the token after a refresh (standalone use).
 * @tagname icr-care-plans
 */
export class IcrCarePlans extends IcrSectionElement<CarePlansView> {
  static override styles = [...IcrSectionElement.styles, factsStyles, eventCardStyles, carePlansStyles, longListStyles];

  /** The clock for "Review overdue"; defaults to the time of rendering. */
  @property({ attribute: false }) now?: Date;

  /** The date range the list starts with: `all` (default), `1y`, `3m`; a current plan always stays (R62). */
  @property({ attribute: 'list-range' }) listRange: ListRange = 'all';

  private readonly list = new LongListController(this, 'events', () => this.listRange);

  protected get sectionTitle(): string {
    return t('carePlans.title');
  }

  constructor() {
    super(carePlansSection);
  }

  protected override sources(state: DataState<CarePlansView>): string[] {
    // R51: a hidden plan's author could say what it is: named once revealed.
    const shown = state.view.plans.filter((p) => !this.isHidden({ sensitivity: p.sensitivity, resourceType: 'CarePlan', id: p.id }));
    return sourceNames(shown.map((p) => p.source ?? p.author));
  }

  protected renderData(state: DataState<CarePlansView>): TemplateResult {
    const plans = state.view.plans;
    if (!plans.length) return html`${renderEmpty(t('carePlans.empty'), t('carePlans.empty.hint'))}${renderHidden(state.view.hidden)}`;
    const now = this.now instanceof Date && !Number.isNaN(this.now.getTime()) ? this.now : new Date();
    const w = this.list.window(plans, (p) => {
      const hidden = this.isHidden({ sensitivity: p.sensitivity, resourceType: 'CarePlan', id: p.id });
      // R51: a hidden plan is found by nothing that names it (its title and detail wait for the reveal).
      const words = hidden ? [] : [p.title, ...p.categories, statusName(p.status), p.author, sourceText(p.source)];
      return { when: p.date, current: isCurrentPlan(p, now), text: words.filter(Boolean).join(' · ') };
    }, state.patient.id, now);
    return html`${this.list.renderControls(w)}
      <ol>${w.visible.map((p, i) => this.renderPlan(p, now, this.list.position(i, w)))}</ol>
      ${this.list.renderMore(w)}${renderHidden(state.view.hidden)}`;
  }

  /** R51: the title stays generic and the detail collapsed until revealed; Review overdue stays in view. */
  private renderPlan(plan: CarePlanItem, now: Date, position: ListPosition): TemplateResult {
    const overdue = isReviewOverdue(plan, now);
    const item = { sensitivity: plan.sensitivity, resourceType: 'CarePlan', id: plan.id };
    const hidden = this.isHidden(item);
    return html`<li class="event ${overdue ? 'open' : ''}" part="plan" data-id=${plan.id} data-list=${position.list}
      data-list-pos=${position.pos} tabindex="-1" aria-posinset=${position.pos} aria-setsize=${position.size}>
      <div class="event-head">
        <p class="title">${hidden ? t('carePlans.untitled') : plan.title ?? t('carePlans.untitled')}</p>
        ${plan.respect && !hidden ? html`<span class="badge" data-respect>${t('carePlans.respect')}</span>` : nothing}
        ${overdue ? html`<span class="badge open" data-overdue>${icon('alert')}${t('carePlans.overdue')}</span>` : nothing}
      </div>
      ${this.renderSensitive(item, () => this.renderDetail(plan))}
    </li>`;
  }

  private renderDetail(plan: CarePlanItem): TemplateResult {
    return html`${renderFacts([
        { label: t('carePlans.category'), value: plan.categories.join(', ') || undefined },
        { label: t('carePlans.status'), value: statusName(plan.status) },
        { label: t('carePlans.author'), value: plan.author ?? t('carePlans.notRecorded') },
        { label: t('carePlans.source'), value: sourceText(plan.source) },
      ])}
      ${plan.events.length
        ? html`<dl class="events">${plan.events.map((e) => html`<div data-event=${e.kind}><dt>${t(`carePlans.event.${e.kind}` as MessageKey)}</dt><dd>${formatDate(e.date)}${e.by ? html` <span class="hint">${t('carePlans.event.by', { who: e.by })}</span>` : nothing}</dd></div>`)}</dl>`
        : html`<p class="hint events">${t('carePlans.noDates')}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-care-plans': IcrCarePlans;
  }
}
