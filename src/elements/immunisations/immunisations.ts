/**
 * `<icr-immunisations>`: vaccinations shared through the ICR (issue 19 point 5, R71), newest first,
 * one compact row each through the shared long list (an adult's yearly flu vaccines add up).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { IcrSectionElement } from '../shared/section-element.js';
import type { DataState } from '../../controllers/section-controller.js';
import { translator } from '../../i18n/core.js';
import { immunisationsMessages } from '../../i18n/en-GB/immunisations.js';
import { groupingMessages } from '../../i18n/en-GB/grouping.js';
import { icon, renderEmpty } from '../shared/section-states.js';
import { renderHidden } from '../shared/hidden-note.js';
import { sourceNames, sourceText } from '../../fhir/provenance.js';
import { immunisationsSection, type ImmunisationItem, type ImmunisationsView } from '../../sections/immunisations.js';
import { LongListController, longListStyles, type ListPosition } from '../shared/long-list.js';
import type { ListRange } from '../../format/long-list.js';
import { immunisationsStyles } from './immunisations.styles.js';
import { factsStyles, renderFacts } from '../shared/facts.js';

const t = translator(immunisationsMessages, groupingMessages);

/**
 * Immunisations: each vaccination's date at its recorded precision, vaccine, dose and series when
 * recorded, and the organisation that gave it.
 *
 * A vaccination not given (`not-done`) says "Not given" in words and with an icon, with its reason,
 * or "Reason not recorded": it is never read as given (R71). One entered in error is not shown, and
 * the count of those left out is stated. An empty answer says none is shared, never "not immunised".
 *
 * @summary Immunisations: vaccine, date, dose and series, source; a vaccination not given says so, with its reason.
 * @csspart base - The section.
 * @csspart heading - The section title.
 * @csspart facts - One immunisation's dose, series, target disease, site, route, batch and source, as one labelled line.
 * @csspart list-summary - The count and what a filter or date range hides, with "Show all" (R62).
 * @csspart list-more - "Showing 25 of 300" and "Show 25 more" (R63).
 * @csspart immunisation - One vaccination.
 * @csspart not-given - The "Not given" mark and its reason (R71).
 * @csspart empty - The note when no immunisation is shared (never "none given").
 * @csspart sensitive-mark - The mark on a restricted entry (R51).
 * @csspart sensitive-reveal - The button that reveals a restricted entry (R51).
 * @csspart excluded - The note counting entries marked entered in error, which are not shown.
 * @csspart warnings - Completeness and data warnings (R39–R41).
 * @csspart meta - Sources and "Retrieved …" (R42).
 * @csspart micro-banner - The patient, when the element stands alone (R8).
 * @cssproperty --icr-immunisations-not-given - Border and mark of a vaccination not given (default the warning colour).
 * @event icr-sensitive-reveal - The viewer revealed a restricted entry (R51), for the host's audit.
 * @event icr-data-load - The section loaded (`detail.section` is `immunisations`).
 * @event icr-error - The section could not be shown (restricted, opted out, unavailable, …).
 * @event icr-auth-expire - The ICR refused the token after a refresh (standalone use).
 * @tagname icr-immunisations
 */
export class IcrImmunisations extends IcrSectionElement<ImmunisationsView> {
  static override styles = [...IcrSectionElement.styles, factsStyles, longListStyles, immunisationsStyles];

  /** The date range the list starts with: `all` (default), `1y`, `3m`. */
  @property({ attribute: 'list-range' }) listRange: ListRange = 'all';

  private readonly list = new LongListController(this, 'immunisations', () => this.listRange);

  protected get sectionTitle(): string {
    return t('immunisations.title');
  }

  constructor() {
    super(immunisationsSection);
  }

  private item(v: ImmunisationItem) {
    const [resourceType = 'Immunization', id = ''] = v.id.split('/');
    return { sensitivity: v.sensitivity, resourceType, id };
  }

  protected override sources(state: DataState<ImmunisationsView>): string[] {
    // R51: a hidden entry's source could say what it is (a sexual health clinic): named once revealed.
    return sourceNames(state.view.items.filter((v) => !this.isHidden(this.item(v))).map((v) => v.source));
  }

  protected renderData(state: DataState<ImmunisationsView>): TemplateResult {
    const { items, hidden } = state.view;
    if (!items.length) return html`${renderEmpty(t('immunisations.empty'), t('immunisations.empty.hint'))}${renderHidden(hidden)}`;
    const w = this.list.window(items, (v) => {
      // R51: a hidden entry is found by nothing that names it; "Not given" still finds it.
      const words = this.isHidden(this.item(v)) ? [v.given ? '' : t('immunisations.notGiven')]
        : [v.vaccine, v.given ? '' : t('immunisations.notGiven'), v.notGivenReason, v.series, v.targetDisease, v.dose, sourceText(v.source)];
      return { when: v.date, text: words.filter(Boolean).join(' · ') };
    }, state.patient.id);
    return html`${this.list.renderControls(w)}
      <ol class="immunisations">${w.visible.map((v, i) => this.renderItem(v, this.list.position(i, w)))}</ol>
      ${this.list.renderMore(w)}${renderHidden(hidden)}`;
  }

  /**
   * R71: "Not given" and its reason stay in view even while a restricted entry is hidden (a reader
   * must never take it as given); the vaccine and the rest wait for the reveal (R51).
   */
  private renderItem(v: ImmunisationItem, position: ListPosition): TemplateResult {
    const item = this.item(v);
    const hidden = this.isHidden(item);
    return html`<li class="immunisation ${v.given ? '' : 'not-given'}" part="immunisation" data-id=${v.id} data-given=${String(v.given)}
      data-list=${position.list} data-list-pos=${position.pos} tabindex="-1" aria-posinset=${position.pos} aria-setsize=${position.size}>
      <div class="head">
        <span class="vaccine">${hidden ? t('immunisations.restricted') : v.vaccine}</span>
        ${hidden ? nothing : html`<span class="when" data-date>${v.dateText}</span>`}
        ${v.addedBy && !hidden ? html`<span class="badge added-by" data-added-by=${v.addedBy}>${t(`grouping.addedBy.${v.addedBy}`)}</span>` : nothing}
      </div>
      ${v.given ? nothing : html`<p class="not-given-note" part="not-given" data-not-given>${icon('alert')}<strong>${t('immunisations.notGiven')}</strong>
        <span>${t('immunisations.reason')}: ${v.notGivenReason ?? t('immunisations.reasonNotRecorded')}</span></p>`}
      ${this.renderSensitive(item, () => this.renderDetail(v))}
    </li>`;
  }

  private renderDetail(v: ImmunisationItem): TemplateResult {
    return html`${v.subpotent ? html`<p class="subpotent" data-subpotent>${icon('alert')}${t('immunisations.subpotent')}</p>` : nothing}
      ${renderFacts([
        { label: t('immunisations.doseLabel'), value: v.dose },
        { label: t('immunisations.series'), value: v.series },
        { label: t('immunisations.targetDisease'), value: v.targetDisease },
        { label: t('immunisations.site'), value: v.site },
        { label: t('immunisations.route'), value: v.route },
        { label: t('immunisations.lotNumber'), value: v.lotNumber },
        { label: t('immunisations.reportedFrom'), value: v.reportedFrom },
        { label: t('immunisations.source'), value: sourceText(v.source) },
      ])}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-immunisations': IcrImmunisations;
  }
}
