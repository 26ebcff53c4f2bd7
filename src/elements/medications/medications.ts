/**
 * `<icr-medications>`: current and past medications together (R30–R33, R44, R51), with filters,
 * sorting, conflict cues and incremental rendering for long lists.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state as litState } from 'lit/decorators.js';
import { IcrSectionElement } from '../shared/section-element.js';
import { isDataState, isLoadingMore, type DataState, type SectionState } from '../../controllers/section-controller.js';
import { medicationsSection, type MedicationsSectionView } from '../../sections/medications.js';
import { renderMedication } from './medication-item.js';
import { filterMedicationGroups, type MedicationFilter, type MedicationSort } from './filter.js';
import type { RenderSensitive } from '../shared/sensitive.js';
import { renderHidden } from '../shared/hidden-note.js';
import { entryGroupStyles } from '../shared/entry-group.js';
import type { EntryGroup } from '../../fhir/grouping.js';
import { renderEmpty } from '../shared/section-states.js';
import { IcrConflictDetectEvent } from '../../events.js';
import { translator } from '../../i18n/core.js';
import { medicationsMessages } from '../../i18n/en-GB/medications.js';
import type { MedicationItem } from '../../fhir/medications.js';
import { sourceNames } from '../../fhir/provenance.js';
import { medicationsStyles } from './medications.styles.js';
import { factsStyles } from '../shared/facts.js';

const t = translator(medicationsMessages);

/**
 * @summary The patient's medications: current and past separated, each with its status in bold,
 * the medication line (R30), dates, prescriber and source; filter, text search and sort.
 *
 * @csspart base - The section.
 * @csspart heading - The section title.
 * @csspart controls - The filter, search and sort controls.
 * @csspart list - A list of medications (current or past).
 * @csspart item - One medication.
 * @csspart more - The "Show N more" control of a long list.
 * @csspart empty - The note of an empty section, group or search (no medications, none current, no match).
 * @csspart conflict - A conflict cue naming a recorded allergy.
 * @csspart facts - One medication's dates, prescriber, information source, source and reason, as one labelled line.
 * @csspart status-reason - Why a medicine was stopped, held, not taken or cancelled, as recorded (R33).
 * @csspart excluded - The note counting entries marked entered in error, which are not shown.
 * @csspart group-sources - The sources line of an entry recorded by several sources, each with its date (R59).
 * @csspart differences - The differences between those sources, in words (R60).
 * @csspart sensitive-mark - The mark on a restricted item (R51).
 * @csspart sensitive-reveal - The button that reveals a restricted item.
 * @csspart warnings - Section warnings.
 * @csspart meta - Source and "Retrieved …" line.
 *
 * @cssproperty --icr-medications-status-color - Colour of the status text (default: text colour).
 *
 * @event icr-data-progress - A long list shows its first pages while the rest arrive (marked as not complete yet).
 * @event icr-data-load - The section loaded (every page in).
 * @event icr-error - The section failed.
 * @event icr-sensitive-reveal - The viewer revealed a restricted item (detail: section, resourceType, id).
 * @event icr-conflict-detect - A current medication and an allergy share a substance (exact match only).
 * @tagname icr-medications
 */
export class IcrMedications extends IcrSectionElement<MedicationsSectionView> {
  static override styles = [
    ...IcrSectionElement.styles,
    entryGroupStyles,
    factsStyles,
    medicationsStyles,
  ];

  /** Which medications to show: `current` (default), `past` or `all`. */
  @property({ reflect: true }) filter: MedicationFilter = 'current';
  /** Sort order: `name` (default) or `date` (newest first). */
  @property({ reflect: true }) sort: MedicationSort = 'name';
  /** How many items of each list to render before "Show more" (incremental rendering). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 100;
  /** The clock an end date is read against ("Ended" only once passed); the current time by default. */
  @property({ attribute: false }) now?: Date;

  @litState() private query = '';
  @litState() private limit: Record<'current' | 'past', number> = { current: 0, past: 0 };

  protected get sectionTitle(): string {
    return t('medications.title');
  }
  private lastState?: SectionState<MedicationsSectionView>;

  constructor() {
    super(medicationsSection);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new list (not the next pages of the same one) starts again from the first page of rows.
    if (this.state !== this.lastState && !isLoadingMore(this.lastState)) {
      this.limit = { current: this.pageSize, past: this.pageSize };
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const state = this.state;
    if (state === this.lastState) return;
    this.lastState = state;
    if (isDataState(state) && !isLoadingMore(state) && state.view.conflicts.length) {
      this.dispatchEvent(new IcrConflictDetectEvent({ section: 'medications', matches: state.view.conflicts }));
    }
  }

  private renderControls(): TemplateResult {
    const radio = (value: MedicationFilter, key: 'medications.filter.current' | 'medications.filter.past' | 'medications.filter.all') =>
      html`<label class="radio"><input type="radio" name="filter" .checked=${this.filter === value} @change=${() => { this.filter = value; }} />${t(key)}</label>`;
    // The radios sit in a form of their own so that the form, not the shadow root, holds their
    // radio group: Chromium keeps every named radio ever removed from a shadow root in that root's
    // group (with its listeners, hence the whole old render), and the controls are rendered afresh
    // for each patient. A form's group goes with the form. The form never submits.
    return html`<div class="controls" part="controls">
      <form @submit=${(e: Event) => e.preventDefault()}><fieldset><legend>${t('medications.filter.label')}</legend>
        ${radio('current', 'medications.filter.current')}${radio('past', 'medications.filter.past')}${radio('all', 'medications.filter.all')}
      </fieldset></form>
      <label>${t('medications.search')}<input type="search" .value=${this.query} @input=${(e: Event) => { this.query = (e.target as HTMLInputElement).value; this.limit = { current: this.pageSize, past: this.pageSize }; }} /></label>
      <label>${t('medications.sort')}<select @change=${(e: Event) => { this.sort = (e.target as HTMLSelectElement).value as MedicationSort; }}>
        <option value="name" ?selected=${this.sort === 'name'}>${t('medications.sort.name')}</option>
        <option value="date" ?selected=${this.sort === 'date'}>${t('medications.sort.date')}</option>
      </select></label>
    </div>`;
  }

  private renderGroup(group: 'current' | 'past', items: EntryGroup<MedicationItem>[], total: number, view: MedicationsSectionView): TemplateResult {
    const title = t(group === 'current' ? 'medications.current' : 'medications.past', { count: items.length });
    const id = `group-${group}`;
    const shown = items.slice(0, Math.max(this.limit[group], 1));
    const remaining = items.length - shown.length;
    const empty = total === 0 ? t(group === 'current' ? 'medications.noneCurrent' : 'medications.nonePast') : t('medications.noMatch');
    return html`<div class="group" data-group=${group}>
      <div class="group-title" role="heading" aria-level=${Math.min(6, (this.headingLevel || 2) + 1)} id=${id}>${title}</div>
      ${items.length
        ? html`<ul class="items" part="list" aria-labelledby=${id}>
            ${shown.map((g, index) => renderMedication(g.lead, this.conflictsOf(g, view), this.sensitive, { index, size: items.length }, g, this.clock()))}
          </ul>
          ${remaining > 0
            ? html`<div class="more" part="more">
                <p role="status">${t('medications.showing', { shown: shown.length, total: items.length })}</p>
                <button type="button" @click=${() => { this.limit = { ...this.limit, [group]: this.limit[group] + this.pageSize }; }}>${t('medications.showMore', { n: Math.min(this.pageSize, remaining), remaining })}</button>
                <button type="button" @click=${() => { this.limit = { ...this.limit, [group]: items.length }; }}>${t('medications.showAll', { total: items.length })}</button>
              </div>`
            : nothing}`
        : renderEmpty(empty)}
    </div>`;
  }

  protected renderData(state: DataState<MedicationsSectionView>): TemplateResult {
    const view = state.view;
    if (state.kind === 'empty') {
      return html`${renderEmpty(t('medications.none'), t('medications.none.hint'))}${renderHidden(view.hidden)}`;
    }
    // R51: a hidden item is never matched on its name (the match would tell what it is): it stays listed.
    const hidden = (m: MedicationItem) => this.isHidden({ sensitivity: m.sensitivity, resourceType: m.resourceType, id: m.id });
    const current = filterMedicationGroups(view.currentGroups, this.query, this.sort, hidden);
    const past = filterMedicationGroups(view.pastGroups, this.query, this.sort, hidden);
    return html`${this.renderControls()}
      ${this.filter !== 'past' ? this.renderGroup('current', current, view.currentGroups.length, view) : nothing}
      ${this.filter !== 'current' ? this.renderGroup('past', past, view.pastGroups.length, view) : nothing}
      ${renderHidden(view.hidden)}`;
  }

  private clock(): Date {
    return this.now instanceof Date && !Number.isNaN(this.now.getTime()) ? this.now : new Date();
  }

  /** A group's conflict cues: every member's, once per allergy. */
  private conflictsOf(g: EntryGroup<MedicationItem>, view: MedicationsSectionView) {
    const keys = new Set(g.members.map((m) => m.key));
    const mine = view.conflicts.filter((c) => keys.has(c.medication.id));
    return mine.filter((c, i) => mine.findIndex((d) => d.allergy.id === c.allergy.id) === i);
  }

  private readonly sensitive: RenderSensitive = (item, content) => this.renderSensitive(item, content);

  protected override sources(state: DataState<MedicationsSectionView>): string[] {
    // R51: a hidden item's organisation could say what it is: named once revealed.
    const all = [...state.view.current, ...state.view.past].filter((m) => !this.isHidden({ sensitivity: m.sensitivity, resourceType: m.resourceType, id: m.id }));
    return sourceNames(all.map((m) => m.organisation));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-medications': IcrMedications;
  }
}
