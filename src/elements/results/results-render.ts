/** Render helpers for `<icr-results>`: the table of tests (a row per test), the history table and the trend chart. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderTrendChart, type TrendActions } from './trend-chart.js';
import type { ListPosition } from '../shared/long-list.js';
import { displayValue, type ObservationView, type TestHistory } from '../../fhir/results.js';
import { icon } from '../shared/section-states.js';
import type { RenderSensitive, SensitiveItem } from '../shared/sensitive.js';
import { sourceText } from '../../fhir/provenance.js';
import { translator } from '../../i18n/core.js';
import { formatMessages } from '../../i18n/en-GB/format.js';
import { resultsMessages } from '../../i18n/en-GB/results.js';

const t = translator(formatMessages, resultsMessages);

export function renderStatusLabel(o: ObservationView): TemplateResult | typeof nothing {
  return o.status ? html`<strong class="status-not-final" part="status-not-final">${icon('alert')}${t(`results.status.${o.status}`)}</strong>` : nothing;
}

/**
 * R7, R36: an interpretation as recorded, flagged when abnormal. A missing one means "not supplied",
 * never "nothing abnormal", so it is never shown as "None": callers leave the field out or say
 * "Not recorded".
 */
export function renderInterpretation(o: ObservationView): TemplateResult | string {
  if (!o.interpretation) return t('results.notRecorded');
  return o.flag ? html`<strong class="flag flag-${o.flag}">${icon('alert')}${o.interpretation}</strong>` : o.interpretation;
}

export const HISTORY_PAGE = 25;

/** What the element keeps for each test: the chart point read, and how many history rows are shown. */
export interface TestActions {
  trend(test: TestHistory): TrendActions;
  historyShown(test: TestHistory): number;
  showMoreHistory(test: TestHistory): void;
}

/**
 * The trend chart and the full history on demand (one disclosure per test, so a long list of tests
 * stays a line or two each until the reader opens one), the table a page of rows at a time so a 10,000-value test stays
 * bounded; "Show more" moves focus to the first new row. The table is the chart's text (R63).
 */
export function renderHistory(test: TestHistory, tableId: string, actions: TestActions): TemplateResult {
  const shown = Math.min(test.history.length, actions.historyShown(test));
  const rest = test.history.length - shown;
  return html`<details class="history" part="history">
    <summary>${t('results.history', { name: test.name, count: test.history.length })}</summary>
    ${renderTrendChart(test, tableId, actions.trend(test))}
    <table id=${tableId} class="values">
      <caption class="visually-hidden">${t('results.history', { name: test.name, count: test.history.length })}</caption>
      <thead><tr><th scope="col">${t('results.col.date')}</th><th scope="col">${t('results.col.historyValue')}</th>
        <th scope="col">${t('results.col.range')}</th><th scope="col">${t('results.col.interpretation')}</th></tr></thead>
      <tbody>${test.history.slice(0, shown).map((o, i) => html`<tr data-row=${i + 1} tabindex="-1">
        <th scope="row">${o.date}</th>
        <td>${displayValue(o)} ${renderStatusLabel(o)}</td>
        <td>${o.range ?? t('results.notRecorded')}</td>
        <td>${renderInterpretation(o)}</td>
      </tr>`)}</tbody>
    </table>
    ${rest > 0 ? html`<p class="list-more"><span>${t('results.history.showing', { shown, count: test.history.length })}</span>
      <button type="button" class="history-more" @click=${() => actions.showMoreHistory(test)}>${t('results.history.more', { count: Math.min(HISTORY_PAGE, rest) })}</button></p>` : nothing}
  </details>`;
}

/** The one sensitive item a test stands for: its first sensitive observation, with the others revealed with it. */
export function testSensitiveItem(test: TestHistory): SensitiveItem {
  const [first, ...rest] = test.sensitiveIds;
  return {
    sensitivity: test.sensitivity, resourceType: 'Observation', id: first ?? test.latest.id ?? test.key,
    alsoReveals: rest.map((id) => ({ resourceType: 'Observation', id })),
  };
}

/** The columns of the table of tests, in order (issue 18 point 3: grouped by test, latest first). */
export const TEST_COLUMNS = ['results.col.test', 'results.col.value', 'results.col.date', 'results.col.range'] as const;

/** The head of a group's table of tests: one row per test, its history on demand below it. */
export function renderTestsHead(): TemplateResult {
  return html`<thead><tr>${TEST_COLUMNS.map((key) => html`<th scope="col">${t(key)}</th>`)}</tr></thead>`;
}

/**
 * One test as a group of rows of its group's table (a `<tbody>` per test): the latest value with
 * its unit and flag, its date and its reference range on one row, and the full history on demand
 * (a disclosure, opened by keyboard as by mouse) on the row below. R7: a range the record does not
 * give says "Not recorded" (a table cell cannot be left out), never "None"; a missing interpretation
 * adds nothing beside the value.
 *
 * R51: a test with any sensitive observation is one sensitive item: its name, values, trend line
 * and history all wait for one reveal (reported once per sensitive observation); until then the
 * test is one row saying it is restricted, with the reveal button (in the same row header cell, so
 * focus moves from the button to the mark inside it once revealed).
 */
export function renderTest(test: TestHistory, index: number, sensitive: RenderSensitive, hidden: boolean, actions: TestActions, position?: ListPosition): TemplateResult {
  const item = testSensitiveItem(test);
  const o = test.latest;
  const history = !hidden && test.history.length > 1;
  return html`<tbody class="test" part="test" data-test-index=${index}>
    <tr class="test-row" data-list=${ifDefined(position?.list)} data-list-pos=${ifDefined(position?.pos)}
      tabindex=${ifDefined(position ? -1 : undefined)}>
      <th scope="row" class="test-name-cell" colspan=${ifDefined(hidden ? TEST_COLUMNS.length : undefined)}>${sensitive(item, () => html`<span class="test-name">${test.name}</span>
        ${renderStatusLabel(o)}
        <span class="test-source"><span class="visually-hidden">${t('results.col.source')} </span>${sourceText(o.source)}</span>`)}</th>
      ${hidden ? nothing : html`<td class="value-cell"><span class="value">${displayValue(o)}</span> ${o.interpretation ? renderInterpretation(o) : nothing}</td>
        <td>${o.date}</td>
        <td>${o.range ?? t('results.notRecorded')}</td>`}
    </tr>
    ${history ? html`<tr class="history-row"><td colspan=${TEST_COLUMNS.length}>${renderHistory(test, `history-${index}`, actions)}</td></tr>` : nothing}
  </tbody>`;
}

/** What the text filter searches in a test (every test, R63); a hidden test by nothing that names it (R51). */
export function testSearchText(test: TestHistory, hidden: boolean): string {
  if (hidden) return '';
  const o = test.latest;
  return [test.name, displayValue(o), o.date, o.interpretation, sourceText(o.source), t(`results.group.${test.category}`)].filter(Boolean).join(' · ');
}
