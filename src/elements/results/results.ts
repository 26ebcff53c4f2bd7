import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IcrSectionElement } from '../shared/section-element.js';
import type { DataState } from '../../controllers/section-controller.js';
import type { ResultsCategory, ResultsView } from '../../fhir/results.js';
import { resultsSection } from '../../sections/results.js';
import { translator } from '../../i18n/core.js';
import { resultsMessages } from '../../i18n/en-GB/results.js';
import { renderHidden } from '../shared/hidden-note.js';
import { icon, renderEmpty, renderNotFinalLegend } from '../shared/section-states.js';
import { sourceNames } from '../../fhir/provenance.js';
import { HISTORY_PAGE, renderTest, renderTestsHead, testSearchText, testSensitiveItem, type TestActions } from './results-render.js';
import { LongListController, longListStyles } from '../shared/long-list.js';
import type { ListRange } from '../../format/long-list.js';
import type { TestHistory } from '../../fhir/results.js';
import { resultsStyles } from './results.styles.js';

const t = translator(resultsMessages);

const GROUPS: ResultsCategory[] = ['laboratory', 'vital-signs', 'other'];

/**
 * Laboratory results and vital signs from the Integrated Care Record as a table grouped by test
 * (one table per group: laboratory, vital signs, other): a row per test with its latest value and
 * unit (never a bare number, R36), flag, date and reference range; below it, on demand, the
 * test's trend as a chart with axes and the reference range shaded (values on hover or by the arrow
 * keys), described by the history table (a page of rows at a time). The tests are one long list:
 * a count, a text filter over every test, a date range and a page at a time (R62, R63). A missing value
 * shows its `dataAbsentReason`; preliminary, amended and corrected values are labelled.
 *
 * @summary Latest laboratory results and vital signs, with each test's history.
 * @csspart base - The section.
 * @csspart heading - The section title.
 * @csspart test - One test in the table of tests (a `<tbody>`: its latest-value row and its history row).
 * @csspart status-not-final - A value that is not final.
 * @csspart trend - The trend chart of a test and its caption (unit, shaded range, the value read).
 * @csspart list-summary - The count of tests and what a filter or range hides, with "Show all".
 * @csspart list-more - "Showing 25 of 300" and "Show 25 more".
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
  static override styles = [...IcrSectionElement.styles, longListStyles, resultsStyles];

  protected get sectionTitle(): string {
    return t('results.title');
  }

  /**
   * The date range the list starts with (by each test's latest value): `all` (default), `1y`, `3m`.
   * A test whose latest value is not final is current and never hidden by a range (R62).
   */
  @property({ attribute: 'list-range' }) listRange: ListRange = 'all';

  /** The chart point each test's reader is on, and how many history rows each test shows. */
  @state() private trendPoint = new Map<string, number>();
  @state() private historyRows = new Map<string, number>();
  private focusRow?: { key: string; row: number };
  /** The list index of each test key (the DOM carries only the index: a key could name a hidden test, R51). */
  private testIndex = new Map<string, number>();

  private readonly list = new LongListController(this, 'tests', () => this.listRange);

  private readonly testActions: TestActions = {
    trend: (test: TestHistory) => ({
      selected: this.trendPoint.get(test.key),
      select: (index) => {
        const next = new Map(this.trendPoint);
        if (index === undefined) next.delete(test.key);
        else next.set(test.key, index);
        this.trendPoint = next;
      },
    }),
    historyShown: (test) => this.historyRows.get(test.key) ?? HISTORY_PAGE,
    showMoreHistory: (test) => {
      const shown = this.historyRows.get(test.key) ?? HISTORY_PAGE;
      this.focusRow = { key: test.key, row: shown + 1 };
      this.historyRows = new Map(this.historyRows).set(test.key, shown + HISTORY_PAGE);
    },
  };

  constructor() {
    super(resultsSection);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (!this.focusRow) return;
    const { key, row } = this.focusRow;
    this.focusRow = undefined;
    this.shadowRoot?.querySelector<HTMLElement>(`tbody[data-test-index="${this.testIndex.get(key)}"] tr[data-row="${row}"]`)?.focus();
  }

  protected override sources(state: DataState<ResultsView>): string[] {
    // R51: a hidden test's source could say what it is (a sexual health clinic): named once revealed.
    const shown = state.view.tests.filter((test) => !this.isHidden(testSensitiveItem(test)));
    return sourceNames(shown.flatMap((test) => test.history.map((o) => o.source)));
  }

  protected renderData(state: DataState<ResultsView>): TemplateResult {
    const { tests, enteredInError } = state.view;
    const marked = tests.some((x) => x.latest.status || (x.history.length > 1 && x.history.some((o) => o.status)));
    const indexed = tests.map((test, index) => ({ test, index }));
    this.testIndex = new Map(tests.map((test, index) => [test.key, index]));
    const w = this.list.window(indexed, ({ test }) => ({
      when: test.latest.when, current: !!test.latest.status, rank: GROUPS.indexOf(test.category),
      text: testSearchText(test, this.isHidden(testSensitiveItem(test))),
    }), state.patient.id);
    const sensitive = (item: Parameters<typeof this.renderSensitive>[0], content: () => TemplateResult) => this.renderSensitive(item, content);
    // Shown in their groups, in the list's order (by group, then date): each group heads its first shown test.
    const byGroup = GROUPS.map((group) => ({ group, rows: w.visible.map((row, i) => ({ ...row, i })).filter((r) => r.test.category === group) }));
    return html`
      ${tests.length ? this.list.renderControls(w) : renderEmpty(t('results.empty'))}
      ${renderNotFinalLegend(marked)}
      ${byGroup.map(({ group, rows }) => rows.length
        ? html`<h3 id="group-${group}">${t(`results.group.${group}`)}</h3>
          <table class="tests" aria-labelledby="group-${group}">${renderTestsHead()}${rows.map(({ test, index, i }) =>
            renderTest(test, index, sensitive, this.isHidden(testSensitiveItem(test)), this.testActions, this.list.position(i, w)))}</table>`
        : nothing)}
      ${this.list.renderMore(w)}
      ${renderHidden({ enteredInError })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-results': IcrResults;
  }
}
