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
  static override styles = [...IcrSectionElement.styles, eventCardStyles, carePlansStyles];

  /** The clock for "Review overdue"; defaults to the time of rendering. */
  @property({ attribute: false }) now?: Date;

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
    return html`<ol>${plans.map((p) => this.renderPlan(p, now))}</ol>${renderHidden(state.view.hidden)}`;
  }

  /** R51: the title stays generic and the detail collapsed until revealed; Review overdue stays in view. */
  private renderPlan(plan: CarePlanItem, now: Date): TemplateResult {
    const overdue = isReviewOverdue(plan, now);
    const item = { sensitivity: plan.sensitivity, resourceType: 'CarePlan', id: plan.id };
    const hidden = this.isHidden(item);
    return html`<li class="event ${overdue ? 'open' : ''}" part="plan" data-id=${plan.id}>
      <div class="event-head">
        <p class="title">${hidden ? t('carePlans.untitled') : plan.title ?? t('carePlans.untitled')}</p>
        ${plan.respect && !hidden ? html`<span class="badge" data-respect>${t('carePlans.respect')}</span>` : nothing}
        ${overdue ? html`<span class="badge open" data-overdue>${icon('alert')}${t('carePlans.overdue')}</span>` : nothing}
      </div>
      ${this.renderSensitive(item, () => this.renderDetail(plan))}
    </li>`;
  }

  private renderDetail(plan: CarePlanItem): TemplateResult {
    return html`<dl>
        ${plan.categories.length ? html`<div><dt>${t('carePlans.category')}</dt><dd>${plan.categories.join(', ')}</dd></div>` : nothing}
        <div><dt>${t('carePlans.status')}</dt><dd>${statusName(plan.status)}</dd></div>
        <div><dt>${t('carePlans.author')}</dt><dd>${plan.author ?? t('carePlans.notRecorded')}</dd></div>
        <div><dt>${t('carePlans.source')}</dt><dd>${sourceText(plan.source)}</dd></div>
      </dl>
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
