/**
 * `<icr-encounters>`: appointments and stays (issue 19 point 2, R69): what is current or still to
 * come first (an open admission "Admitted since …", upcoming appointments, soonest first), then the
 * past, newest first, through the shared long list (a record can hold 1,000: R62, R63).
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { IcrSectionElement } from '../shared/section-element.js';
import type { DataState } from '../../controllers/section-controller.js';
import { translator } from '../../i18n/core.js';
import { encountersMessages } from '../../i18n/en-GB/encounters.js';
import { encountersSection, type EncountersView, type VisitItem } from '../../sections/encounters.js';
import { sourceNames, sourceText } from '../../fhir/provenance.js';
import { eventCardStyles } from '../shared/event-cards.js';
import { icon, renderEmpty, renderNotRecorded } from '../shared/section-states.js';
import { renderHidden } from '../shared/hidden-note.js';
import { LongListController, longListStyles } from '../shared/long-list.js';
import type { ListRange } from '../../format/long-list.js';
import { kindName, renderVisit, statusWords } from './encounter-render.js';
import { encountersStyles } from './encounters.styles.js';
import { factsStyles } from '../shared/facts.js';

const t = translator(encountersMessages);

/**
 * Appointments (Appointment) and stays and attendances (Encounter) shared through the ICR.
 *
 * Both searches are made; an ICR that offers only one is fine (the other is said as not shared).
 * One failing while the other answers is shown as partly unavailable, never as "none". A past
 * appointment still booked says its outcome is not recorded; a future one never reads as attended.
 *
 * @summary Appointments and stays: upcoming and past, attended or not, admissions, A&E, out of hours.
 * @csspart base - The section.
 * @csspart heading - The section title.
 * @csspart facts - One appointment or stay's dates, specialty, place, reason and source, as one labelled line.
 * @csspart partial - The note that one of the two searches could not be read or is not shared.
 * @csspart upcoming - The current and upcoming list.
 * @csspart past - The past list.
 * @csspart visit - One appointment, stay or attendance.
 * @csspart list-summary - The count and what a filter or date range hides, with "Show all" (R62).
 * @csspart list-more - "Showing 25 of 1,000" and "Show 25 more" (R63).
 * @csspart empty - The note when nothing is shown, or nothing matches the filter (never "none").
 * @csspart not-recorded - The note when the ICR holds no appointments or stays for the person.
 * @csspart sensitive-mark - The mark on a restricted entry (R51).
 * @csspart sensitive-reveal - The button that reveals a restricted entry's detail (R51).
 * @csspart excluded - The note counting entries marked entered in error, which are not shown.
 * @csspart warnings - Completeness and data warnings (R39–R41).
 * @csspart meta - Sources and "Retrieved …" (R42).
 * @csspart micro-banner - The patient, when the element stands alone (R8).
 * @cssproperty --icr-encounters-accent - Left border of an entry (default the primary blue).
 * @cssproperty --icr-encounters-current - Border and text of a current stay (default error red).
 * @event icr-sensitive-reveal - The viewer revealed a restricted entry (R51), for the host's audit.
 * @event icr-data-load - The section loaded (`detail.section` is `encounters`).
 * @event icr-error - The section could not be shown (restricted, opted out, unavailable, …).
 * @event icr-auth-expire - The ICR refused the token after a refresh (standalone use).
 * @tagname icr-encounters
 */
export class IcrEncounters extends IcrSectionElement<EncountersView> {
  static override styles = [...IcrSectionElement.styles, factsStyles, eventCardStyles, encountersStyles, longListStyles];

  /** The clock that tells upcoming from past (R69); defaults to the time of loading. */
  @property({ attribute: false }) now?: Date;

  /** The date range the past list starts with: `all` (default), `1y`, `3m`; a current stay is never in it. */
  @property({ attribute: 'list-range' }) listRange: ListRange = 'all';

  private readonly list = new LongListController(this, 'encounters', () => this.listRange);

  protected get sectionTitle(): string {
    return t('encounters.title');
  }

  constructor() {
    super(encountersSection(() => this.clock()));
  }

  private clock(): Date {
    return this.now instanceof Date && !Number.isNaN(this.now.getTime()) ? this.now : new Date();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new clock moves entries between upcoming and past: map the same answers again.
    if (changed.has('now') && changed.get('now') !== undefined) this.section.remap();
  }

  private hiddenEntry(v: VisitItem): boolean {
    const [resourceType = '', id = ''] = v.id.split('/');
    return this.isHidden({ sensitivity: v.sensitivity, resourceType, id });
  }

  protected override sources(state: DataState<EncountersView>): string[] {
    // R51: a hidden entry's source could say what it is (a clinic): named once revealed.
    return sourceNames([...state.view.upcoming, ...state.view.past].filter((v) => !this.hiddenEntry(v)).map((v) => v.source));
  }

  protected renderData(state: DataState<EncountersView>): TemplateResult {
    const view = state.view;
    const partial = this.renderPartial(view);
    if (state.kind === 'not-recorded') return html`${partial}${renderNotRecorded(t('encounters.notRecorded'), t('encounters.notRecorded.hint'))}`;
    if (state.kind === 'empty') return html`${partial}${renderEmpty(t('encounters.empty'), t('encounters.empty.hint'))}${renderHidden(view.hidden)}`;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + 1);
    const sensitive = (item: Parameters<typeof this.renderSensitive>[0], content: () => TemplateResult) => this.renderSensitive(item, content);
    const w = this.list.window(view.past, (v) => ({ when: v.start, text: this.searchText(v) }), state.patient.id, this.clock());
    return html`${partial}
      <div class="group-heading" role="heading" aria-level=${level}>${t('encounters.upcoming')}</div>
      ${view.upcoming.length
        ? html`<ol part="upcoming">${view.upcoming.map((v) => renderVisit(v, sensitive))}</ol>`
        : renderEmpty(t('encounters.upcoming.none'))}
      <div class="group-heading" role="heading" aria-level=${level}>${t('encounters.past')}</div>
      ${view.past.length
        ? html`${this.list.renderControls(w)}
          <ol part="past">${w.visible.map((v, i) => renderVisit(v, sensitive, this.list.position(i, w)))}</ol>
          ${this.list.renderMore(w)}`
        : renderEmpty(t('encounters.past.none'))}
      ${renderHidden(view.hidden)}`;
  }

  /** R63: the filter searches every entry; R51: a hidden entry is found by its kind and status only. */
  private searchText(v: VisitItem): string {
    const words = this.hiddenEntry(v) ? [kindName(v.kind), statusWords(v)]
      : [kindName(v.kind), statusWords(v), v.type, v.specialty, v.place, v.reason, v.cancelReason, sourceText(v.source)];
    return words.filter(Boolean).join(' · ');
  }

  /** One search unread or not shared: said above the list, so it is never taken as complete (H3). */
  private renderPartial(view: EncountersView): TemplateResult | typeof nothing {
    // Which search failed is said in the warning under the list (for the timeline and summary too).
    const notes = [
      ...(view.unavailable.length ? [t('encounters.partial.title')] : []),
      ...view.notOffered.map((s) => t(s === 'Encounter' ? 'encounters.notOffered.Encounter' : 'encounters.notOffered.Appointment')),
    ];
    if (!notes.length) return nothing;
    return html`<div class="partial" part="partial" role="note" data-partial=${view.unavailable.join(' ') || 'not-offered'}>
      ${icon(view.unavailable.length ? 'alert' : 'info')}<div>${notes.map((n) => html`<p>${n}</p>`)}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-encounters': IcrEncounters;
  }
}
