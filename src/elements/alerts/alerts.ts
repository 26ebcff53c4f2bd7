import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { IcrSectionElement } from '../shared/section-element.js';
import type { DataState, FailureState } from '../../controllers/section-controller.js';
import type { AlertsView } from '../../fhir/alerts.js';
import { alertsSection } from '../../sections/alerts.js';
import { sourceNames } from '../../fhir/provenance.js';
import { translator } from '../../i18n/core.js';
import { alertsMessages } from '../../i18n/en-GB/alerts.js';
import { icon, renderEmpty, renderNotRecorded } from '../shared/section-states.js';
import { renderHidden } from '../shared/hidden-note.js';
import { addedByStyles } from '../shared/added-by.js';
import { renderEntryDetail, renderGroupHeading, type Entry } from './alerts-render.js';
import { alertsStyles } from './alerts.styles.js';

const t = translator(alertsMessages);

/**
 * Alerts and the person's recorded decisions about care from the Integrated Care Record: child
 * protection (the CP-IS flag for a child on a protection plan or looked after, with the
 * responsible local authority and how to contact it, R67), decisions about care (ReSPECT, DNACPR,
 * advance decisions to refuse treatment, lasting powers of attorney, preferred place of care: each
 * with its date and who recorded it, R66) and other alerts (Flag). A withdrawn, rejected, draft,
 * superseded or expired decision is never shown as current: it is listed apart, collapsed, under
 * "No longer in force"; entered-in-error entries are not shown, and counted. When a search fails or
 * is refused, the section says the decisions could not be checked, never that there are none. An
 * entry the patient or a carer added says so (R72).
 *
 * @summary Child protection, decisions about care (ReSPECT, DNACPR, ADRT, LPA) and alerts.
 * @csspart base - The section.
 * @csspart heading - The section title.
 * @csspart protection - The child protection group (R67).
 * @csspart decisions - The current decisions about care (R66).
 * @csspart alerts - The other current alerts.
 * @csspart entry - One alert or decision.
 * @csspart not-in-force - The collapsed list of decisions and alerts no longer in force.
 * @csspart not-checked - The note that decisions could not be checked, when a search failed or was refused.
 * @csspart added-by - The mark on an entry the patient or a carer added (R72).
 * @csspart empty - The message when nothing is recorded.
 * @csspart sensitive-mark - The mark on a restricted or very restricted entry (R51).
 * @csspart sensitive-reveal - The button that reveals a sensitive entry.
 * @csspart excluded - The note counting entries marked entered in error, which are not shown.
 * @csspart warnings - Warnings about the data (R39–R41).
 * @csspart meta - Sources and "Retrieved".
 * @cssproperty --icr-alerts-current-border - Border beside a current decision or child protection entry.
 * @event icr-data-load - The section loaded.
 * @event icr-error - The section failed.
 * @event icr-sensitive-reveal - The viewer revealed a sensitive entry (detail: section, resourceType, id), for the host's audit.
 * @tagname icr-alerts
 */
export class IcrAlerts extends IcrSectionElement<AlertsView> {
  static override styles = [...IcrSectionElement.styles, addedByStyles, alertsStyles];

  /** The clock for expiry (a decision's or alert's end date, in London days); the time of render when not set. */
  @property({ attribute: false }) now?: Date;

  protected get sectionTitle(): string {
    return t('alerts.title');
  }

  constructor() {
    super(alertsSection(() => (this.now instanceof Date && !Number.isNaN(this.now.getTime()) ? this.now : new Date())));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new clock can move a decision past its end date: the same answers are mapped again.
    if (changed.has('now') && this.hasUpdated) this.section.remap();
  }

  private get subLevel(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + 1);
  }

  /** R66: "could not be checked", above the section's own failure state (a refusal included). */
  protected override failureNote(_state: FailureState): TemplateResult {
    return html`<p class="not-checked" part="not-checked">${icon('alert')}<strong>${t('alerts.notChecked')}</strong></p>`;
  }

  protected override sources(state: DataState<AlertsView>): string[] {
    const v = state.view;
    // R51: a hidden entry's source could say what it is: named once revealed.
    const shown = [...v.protection, ...v.decisions, ...v.alerts, ...v.notInForce].filter((e) => !this.isHidden(this.item(e)));
    return sourceNames(shown.map((e) => e.source));
  }

  private item(e: Entry) {
    return { sensitivity: e.sensitivity, resourceType: e.resourceType, id: e.id };
  }

  private renderEntry(e: Entry): TemplateResult {
    return html`<li class="entry" part="entry" data-kind=${e.resourceType === 'Consent' ? e.kind : e.protection ?? 'alert'}
      data-standing=${e.standing}>${this.renderSensitive(this.item(e), () => renderEntryDetail(e))}</li>`;
  }

  private renderGroup(part: string, title: string, entries: Entry[], none?: string): TemplateResult | typeof nothing {
    if (!entries.length && !none) return nothing;
    return html`<section class="group ${part}" part=${part} aria-labelledby=${`${part}-heading`}>
      ${renderGroupHeading(title, this.subLevel, `${part}-heading`)}
      ${entries.length ? html`<ul role="list">${entries.map((e) => this.renderEntry(e))}</ul>` : renderEmpty(none!)}
    </section>`;
  }

  protected renderData(state: DataState<AlertsView>): TemplateResult {
    if (state.kind === 'not-recorded') return renderNotRecorded(t('alerts.empty'));
    if (state.kind === 'empty') return html`${renderEmpty(t('alerts.empty'), t('alerts.emptyHint'))}${renderHidden(state.view.hidden)}`;
    const v = state.view;
    return html`
      ${this.renderGroup('protection', t('alerts.protection'), v.protection)}
      ${this.renderGroup('decisions', t('alerts.decisions'), v.decisions, t('alerts.noDecisions'))}
      ${this.renderGroup('alerts', t('alerts.alerts'), v.alerts, t('alerts.noAlerts'))}
      ${renderHidden(v.hidden)}
      ${v.notInForce.length ? html`<details class="not-in-force" part="not-in-force">
        <summary>${t('alerts.notInForce', { count: v.notInForce.length })}</summary>
        <p class="hint">${t('alerts.notInForceHint')}</p>
        <ul role="list">${v.notInForce.map((e) => this.renderEntry(e))}</ul>
      </details>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-alerts': IcrAlerts;
  }
}
