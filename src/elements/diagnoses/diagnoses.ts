import { html, nothing, type TemplateResult } from 'lit';
import { IcrSectionElement } from '../shared/section-element.js';
import type { DataState } from '../../controllers/section-controller.js';
import type { DiagnosisView } from '../../fhir/diagnoses.js';
import { diagnosesSection, type DiagnosesSectionView } from '../../sections/diagnoses.js';
import { isGrouped, type EntryGroup } from '../../fhir/grouping.js';
import { entryGroupStyles, renderDifferences, renderGroupSources } from '../shared/entry-group.js';
import { translator } from '../../i18n/core.js';
import { diagnosesMessages } from '../../i18n/en-GB/diagnoses.js';
import { icon, renderEmpty } from '../shared/section-states.js';
import { renderHidden } from '../shared/hidden-note.js';
import { sourceNames, sourceText } from '../../fhir/provenance.js';
import { diagnosesStyles } from './diagnoses.styles.js';
import { factsStyles, renderFacts } from '../shared/facts.js';

const t = translator(diagnosesMessages);

/**
 * Diagnoses (Conditions) from the Integrated Care Record: code text, clinical and verification
 * status, category (problem list, encounter diagnosis), onset and end at their recorded precision,
 * recorder and source (R37, R22). Refuted and entered-in-error entries are never shown as
 * diagnoses (a note counts them); resolved and inactive ones are in a separate History.
 *
 * @summary Current diagnoses, with resolved ones in a separate history.
 * @csspart base - The section.
 * @csspart heading - The section title.
 * @csspart diagnosis - One diagnosis.
 * @csspart history - The History group (resolved and inactive).
 * @csspart empty - The message when there are no diagnoses.
 * @csspart facts - One diagnosis's status, verification, category, onset, recorder and source, as one labelled line.
 * @csspart group-sources - The sources line of an entry recorded by several sources, each with its date (R59).
 * @csspart differences - The differences between those sources, in words (R60).
 * @csspart sensitive-mark - The mark on a restricted or very restricted diagnosis (R51).
 * @csspart sensitive-reveal - The button that reveals a sensitive diagnosis.
 * @csspart excluded - The note counting refuted and entered-in-error entries, which are not shown.
 * @csspart warnings - Warnings about the data (R39–R41).
 * @csspart meta - Sources and "Retrieved".
 * @cssproperty --icr-diagnoses-unconfirmed-border - Border of a diagnosis that is not confirmed.
 * @event icr-data-load - The section loaded.
 * @event icr-error - The section failed.
 * @event icr-sensitive-reveal - The viewer revealed a sensitive diagnosis (detail: section, resourceType, id), for the host's audit.
 * @tagname icr-diagnoses
 */
export class IcrDiagnoses extends IcrSectionElement<DiagnosesSectionView> {
  static override styles = [...IcrSectionElement.styles, entryGroupStyles, factsStyles, diagnosesStyles];

  protected get sectionTitle(): string {
    return t('diagnoses.title');
  }

  constructor() {
    super(diagnosesSection);
  }

  /**
   * R51: a sensitive diagnosis shows only its mark and the reveal until revealed (it is never grouped).
   * R59, R60: a group reads as its lead (a current record, a confirmed one first), with every
   * source and the differences in its own entry.
   */
  private renderItem(g: EntryGroup<DiagnosisView>): TemplateResult {
    const d = g.lead;
    const item = { sensitivity: d.sensitivity, resourceType: 'Condition', id: d.id ?? '' };
    const unconfirmed = d.unconfirmed && !this.isHidden(item);
    return html`<li class="diagnosis ${unconfirmed ? 'unconfirmed' : ''}" part="diagnosis">
      ${this.renderSensitive(item, () => html`${this.renderDetail(d, isGrouped(g))}${renderGroupSources(g)}${renderDifferences(g)}`)}
    </li>`;
  }

  private renderDetail(d: DiagnosisView, grouped = false): TemplateResult {
    // Every field is said, "Not recorded" where the record is silent (missing data never reads as a finding).
    const field = (label: string, value: string | undefined) => ({ label, value: value ?? t('diagnoses.notRecorded') });
    return html`<span class="name">${d.name}</span>
      ${d.unconfirmed ? html`<span class="label">${icon('alert')}${t('diagnoses.unconfirmedLabel')}</span>` : nothing}
      ${renderFacts([
        field(t('diagnoses.col.clinical'), d.clinicalStatus),
        field(t('diagnoses.col.verification'), d.verificationStatus),
        field(t('diagnoses.col.category'), d.categories.length ? d.categories.map((c) => c.text).join(', ') : undefined),
        field(t('diagnoses.col.onset'), d.onset),
        ...(d.abatement ? [field(t('diagnoses.col.abatement'), d.abatement)] : []),
        ...(d.severity ? [field(t('diagnoses.col.severity'), d.severity)] : []),
        ...(grouped ? [] : [field(t('diagnoses.col.recorder'), d.recorder), field(t('diagnoses.col.source'), sourceText(d.source))]),
      ])}`;
  }

  protected override sources(state: DataState<DiagnosesSectionView>): string[] {
    // R51: a hidden diagnosis's source could say what it is (a sexual health clinic): named once revealed.
    const shown = [...state.view.current, ...state.view.history]
      .filter((d) => !this.isHidden({ sensitivity: d.sensitivity, resourceType: 'Condition', id: d.id ?? '' }));
    return sourceNames(shown.map((d) => d.source));
  }

  protected renderData(state: DataState<DiagnosesSectionView>): TemplateResult {
    const { currentGroups: current, historyGroups: history, hidden } = state.view;
    return html`
      ${current.length
        ? html`<ul class="diagnoses" role="list">${current.map((d) => this.renderItem(d))}</ul>`
        : renderEmpty(history.length ? t('diagnoses.noCurrent') : t('diagnoses.empty'))}
      ${renderHidden(hidden)}
      ${history.length
        ? html`<details class="history" part="history"><summary>${t('diagnoses.history', { count: history.length })}</summary>
            <ul class="diagnoses" role="list">${history.map((d) => this.renderItem(d))}</ul></details>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-diagnoses': IcrDiagnoses;
  }
}
