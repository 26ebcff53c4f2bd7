/**
 * `<icr-allergies>`: the patient's allergies and adverse reactions (R24–R29, R41, R50, R51).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { IcrSectionElement } from '../shared/section-element.js';
import { isDataState, type DataState, type SectionState } from '../../controllers/section-controller.js';
import { allergiesSection, type AllergiesSectionView } from '../../sections/allergies.js';
import { renderAllergy } from './allergy-item.js';
import { icon } from '../shared/section-states.js';
import { renderHidden } from '../shared/hidden-note.js';
import { entryGroupStyles } from '../shared/entry-group.js';
import type { EntryGroup } from '../../fhir/grouping.js';
import type { AllergyItem } from '../../fhir/allergies.js';
import type { ConflictMatch } from '../../fhir/conflicts.js';
import { sourceNames } from '../../fhir/provenance.js';
import { IcrConflictDetectEvent } from '../../events.js';
import type { RenderSensitive } from '../shared/sensitive.js';
import { translator } from '../../i18n/core.js';
import { allergiesMessages } from '../../i18n/en-GB/allergies.js';
import { allergiesStyles } from './allergies.styles.js';
import { factsStyles } from '../shared/facts.js';

const t = translator(allergiesMessages);
type MessageKey = Parameters<typeof t>[0];

const SUMMARY: Record<AllergiesSectionView['summary'], { key: MessageKey; hint?: MessageKey; icon: string }> = {
  'known': { key: 'allergies.summary.known', icon: 'alert' },
  'nka': { key: 'allergies.summary.nka', hint: 'allergies.summary.nka.hint', icon: 'info' },
  'nkda': { key: 'allergies.summary.nkda', hint: 'allergies.summary.nkda.hint', icon: 'info' },
  'not-recorded': { key: 'allergies.summary.notRecorded', hint: 'allergies.summary.notRecorded.hint', icon: 'search' },
};

/**
 * @summary The patient's allergies: one explicit summary (Known allergies, No known allergies, No
 * known drug allergies, Allergies not recorded, Allergies unavailable), the active allergies sorted
 * by agent, and resolved ones in a collapsed history.
 *
 * @csspart base - The section.
 * @csspart heading - The section title.
 * @csspart summary - The one-line summary (R24).
 * @csspart list - The list of active allergies.
 * @csspart item - One allergy.
 * @csspart history - The collapsed history of resolved allergies.
 * @csspart excluded - The note counting refuted and entered-in-error entries, which are not shown.
 * @csspart facts - One allergy's criticality, category, onset, last update, recorder and source, as one labelled line.
 * @csspart conflict - A conflict cue naming a current medication.
 * @csspart conflict-check - While the medications are still arriving: the cues are not yet checked against the full list.
 * @csspart group-sources - The sources line of an entry recorded by several sources, each with its date (R59).
 * @csspart differences - The differences between those sources, in words (R60).
 * @csspart sensitive-mark - The mark on a restricted item (R51).
 * @csspart sensitive-reveal - The button that reveals a restricted item.
 * @csspart warnings - Section warnings.
 * @csspart meta - Source and "Retrieved …" line.
 *
 * @cssproperty --icr-allergies-known-color - Colour of the "Known allergies" summary bar (default: error red).
 *
 * @event icr-data-load - The section loaded.
 * @event icr-error - The section failed.
 * @event icr-sensitive-reveal - The viewer revealed a restricted item (detail: section, resourceType, id).
 * @event icr-conflict-detect - A current medication and an allergy share a substance (exact match only).
 * @tagname icr-allergies
 */
export class IcrAllergies extends IcrSectionElement<AllergiesSectionView> {
  static override styles = [
    ...IcrSectionElement.styles,
    entryGroupStyles,
    factsStyles,
    allergiesStyles,
  ];

  protected get sectionTitle(): string {
    return t('allergies.title');
  }
  private lastState?: SectionState<AllergiesSectionView>;
  /** Conflicts already announced for this load: the cues grow as medication pages arrive (issue 21). */
  private announced = new Set<string>();

  constructor() {
    super(allergiesSection);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const state = this.state;
    if (state === this.lastState) return;
    this.lastState = state;
    if (!isDataState(state)) {
      this.announced = new Set();
      return;
    }
    // Each conflict once per load, whether found with the first medication pages or the last.
    const fresh = state.view.conflicts.filter((c) => !this.announced.has(`${c.allergy.id}|${c.medication.id}`));
    for (const c of fresh) this.announced.add(`${c.allergy.id}|${c.medication.id}`);
    if (fresh.length) this.dispatchEvent(new IcrConflictDetectEvent({ section: 'allergies', matches: fresh }));
  }

  protected renderData(state: DataState<AllergiesSectionView>): TemplateResult {
    const view = state.view;
    const look = SUMMARY[view.summary];
    // A group's cues are every member's, once per medicine.
    const conflictsFor = (g: EntryGroup<AllergyItem>): ConflictMatch[] => {
      const ids = new Set(g.members.map((m) => `AllergyIntolerance/${m.id}`));
      const mine = view.conflicts.filter((c) => ids.has(c.allergy.id));
      return mine.filter((c, i) => mine.findIndex((d) => d.medication.id === c.medication.id) === i);
    };
    const sensitive: RenderSensitive = (item, content) => this.renderSensitive(item, content);
    return html`
      <div class="summary" part="summary" data-summary=${view.summary} role="status">
        ${icon(look.icon)}
        <div>
          <p class="summary-title"><strong>${t(look.key)}</strong>${view.summary === 'known' ? html` <span>(${t('allergies.count', { count: view.activeGroups.length })})</span>` : nothing}</p>
          ${look.hint ? html`<p>${t(look.hint)}</p>` : nothing}
          ${view.nkaFromList ? html`<p>${t('allergies.summary.nkaFromList')}</p>` : nothing}
        </div>
      </div>
      ${view.conflictCheck === 'pending' && view.active.length
        ? html`<p class="conflict-check" part="conflict-check" role="status">${icon('info')}<span>${t('allergies.conflictPending')}</span></p>`
        : nothing}
      ${view.contradiction ? html`<p class="contradiction" role="note">${icon('alert')}<span>${t('allergies.contradiction')}</span></p>` : nothing}
      ${view.negations.map((n) => html`<p class="negations">${t('allergies.negation', { text: n.text })}</p>`)}
      ${view.activeGroups.length
        ? html`<ul class="items" part="list" aria-label=${t('allergies.summary.known')}>${view.activeGroups.map((g) => renderAllergy(g.lead, conflictsFor(g), sensitive, false, g))}</ul>`
        : nothing}
      ${view.historyGroups.length
        ? html`<details part="history"><summary>${t('allergies.history', { count: view.historyGroups.length })}</summary>
            <ul class="items">${view.historyGroups.map((g) => renderAllergy(g.lead, [], sensitive, true, g))}</ul></details>`
        : nothing}
      ${renderHidden(view.hidden)}`;
  }

  protected override sources(state: DataState<AllergiesSectionView>): string[] {
    const v = state.view;
    // R51: a hidden item's organisation could say what it is (a sexual health clinic): named once revealed.
    const shown = [...v.active, ...v.history].filter((a) => !this.isHidden({ sensitivity: a.sensitivity, resourceType: 'AllergyIntolerance', id: a.id }));
    return sourceNames(shown.map((a) => a.organisation));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-allergies': IcrAllergies;
  }
}
