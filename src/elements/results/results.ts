import { html, nothing, type TemplateResult } from 'lit';
import { IcrSectionElement } from '../shared/section-element.js';
import type { DataState } from '../../controllers/section-controller.js';
import type { ResultsCategory, ResultsView } from '../../fhir/results.js';
import { resultsSection } from '../../sections/results.js';
import { translator } from '../../i18n/core.js';
import { resultsMessages } from '../../i18n/en-GB/results.js';
import { renderHidden } from '../shared/hidden-note.js';
import { icon, renderEmpty, renderNotFinalLegend } from '../shared/section-states.js';
import { sourceNames } from '../../fhir/provenance.js';
import { renderTest, testSensitiveItem } from './results-render.js';
import { resultsStyles } from './results.styles.js';

const t = translator(resultsMessages);

const GROUPS: ResultsCategory[] = ['laboratory', 'vital-signs', 'other'];

/**
 * Laboratory results and vital signs from the Integrated Care Record: the latest value of each
 * test with its unit (never a bare number, R36), reference range, interpretation and date; a
 * test's history as a small table with a trend line described by that table. A missing value
 * shows its `dataAbsentReason`; preliminary, amended and corrected values are labelled.
 *
 * @summary Latest laboratory results and vital signs, with each test's history.
 * @csspart base - The section.
 * @csspart heading - The section title.
 * @csspart test - One test (latest value and history).
 * @csspart status-not-final - A value that is not final.
 * @csspart sparkline - The trend line of a test.
 * @csspart history - A test's history table (in a disclosure).
 * @csspart empty - The message when there are no results.
 * @csspart sensitive-mark - The mark on a test with a restricted or very restricted result (R51).
 * @csspart sensitive-reveal - The button that reveals such a test (its name, values and history).
 * @csspart excluded - The note counting entries marked entered in error, which are not shown.
 * @csspart warnings - Warnings about the data (R39–R41).
 * @csspart meta - Sources and "Retrieved".
 * @cssproperty --icr-results-flag-color - Colour of abnormal interpretation flags (text and icon always shown too).
 * @event icr-data-progress - A long list shows its first pages while the rest arrive (marked as not complete yet).
 * @event icr-data-load - The section loaded (every page in).
 * @event icr-error - The section failed.
 * @event icr-sensitive-reveal - The viewer revealed a sensitive test: one event per sensitive observation in it (detail: section, resourceType, id).
 * @tagname icr-results
 */
export class IcrResults extends IcrSectionElement<ResultsView> {
  static override styles = [...IcrSectionElement.styles, resultsStyles];

  protected get sectionTitle(): string {
    return t('results.title');
  }

  constructor() {
    super(resultsSection);
  }

  protected override sources(state: DataState<ResultsView>): string[] {
    // R51: a hidden test's source could say what it is (a sexual health clinic): named once revealed.
    const shown = state.view.tests.filter((test) => !this.isHidden(testSensitiveItem(test)));
    return sourceNames(shown.flatMap((test) => test.history.map((o) => o.source)));
  }

  protected renderData(state: DataState<ResultsView>): TemplateResult {
    const { tests, enteredInError } = state.view;
    let index = 0;
    const marked = tests.some((x) => x.latest.status || (x.history.length > 1 && x.history.some((o) => o.status)));
    return html`
      ${tests.length ? nothing : renderEmpty(t('results.empty'))}
      ${renderNotFinalLegend(marked)}
      ${GROUPS.map((group) => {
        const inGroup = tests.filter((x) => x.category === group);
        return inGroup.length
          ? html`<h3>${t(`results.group.${group}`)}</h3><ul class="tests" role="list">${inGroup.map((x) => renderTest(x, index++, (item, content) => this.renderSensitive(item, content)))}</ul>`
          : nothing;
      })}
      ${renderHidden({ enteredInError })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-results': IcrResults;
  }
}
