/** Render helpers for `<icr-results>`: the latest-value row, the history table and the trend line. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { displayValue, type ObservationView, type TestHistory } from '../../fhir/results.js';
import { formatNumber } from '../../format/index.js';
import { icon } from '../shared/section-states.js';
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

/** The trend line is a picture of the history table beside it; the table is what a screen reader reads. */
export function renderSparkline(test: TestHistory, tableId: string): TemplateResult | typeof nothing {
  const values = test.trend?.values;
  if (!values || values.length < 2) return nothing;
  const w = 96;
  const h = 24;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const points = values.map((v, i) => `${((i / (values.length - 1)) * (w - 4) + 2).toFixed(1)},${(h - 2 - ((v - min) / span) * (h - 4)).toFixed(1)}`).join(' ');
  const label = t('results.trend', {
    name: test.name, count: values.length,
    first: `${formatNumber(values[0])} ${test.trend?.unit ?? t('format.unitNotRecorded')}`,
    last: `${formatNumber(values[values.length - 1])} ${test.trend?.unit ?? t('format.unitNotRecorded')}`,
  });
  return html`<svg class="sparkline" part="sparkline" viewBox="0 0 ${w} ${h}" width=${w} height=${h} role="img" aria-label=${label}
    aria-describedby=${tableId}>${svg`<polyline fill="none" stroke="currentColor" stroke-width="2" points=${points}></polyline>`}</svg>`;
}

export function renderHistory(test: TestHistory, tableId: string): TemplateResult {
  return html`<details class="history" part="history">
    <summary>${t('results.history', { name: test.name, count: test.history.length })}</summary>
    <table id=${tableId} class="values">
      <caption class="visually-hidden">${t('results.history', { name: test.name, count: test.history.length })}</caption>
      <thead><tr><th scope="col">${t('results.col.date')}</th><th scope="col">${t('results.col.value')}</th>
        <th scope="col">${t('results.col.range')}</th><th scope="col">${t('results.col.interpretation')}</th></tr></thead>
      <tbody>${test.history.map((o) => html`<tr>
        <th scope="row">${o.date}</th>
        <td>${displayValue(o)} ${renderStatusLabel(o)}</td>
        <td>${o.range ?? t('results.notRecorded')}</td>
        <td>${renderInterpretation(o)}</td>
      </tr>`)}</tbody>
    </table>
  </details>`;
}

export function renderTest(test: TestHistory, index: number): TemplateResult {
  const o = test.latest;
  const tableId = `history-${index}`;
  return html`<li class="test" part="test">
    <div class="test-head">
      <span class="test-name">${test.name}</span>
      ${o.sensitive ? html`<strong class="sensitive">(${t('results.sensitive')})</strong>` : nothing}
      ${renderStatusLabel(o)}
    </div>
    <!-- R7: a range or interpretation the record does not give is left out, not shown as "None". -->
    <dl class="test-meta">
      <div><dt>${t('results.col.value')}</dt><dd class="value">${displayValue(o)}</dd></div>
      ${o.range ? html`<div><dt>${t('results.col.range')}</dt><dd>${o.range}</dd></div>` : nothing}
      ${o.interpretation ? html`<div><dt>${t('results.col.interpretation')}</dt><dd>${renderInterpretation(o)}</dd></div>` : nothing}
      <div><dt>${t('results.col.date')}</dt><dd>${o.date}</dd></div>
      <div><dt>${t('results.col.source')}</dt><dd>${sourceText(o.source)}</dd></div>
    </dl>
    ${test.history.length > 1 ? html`${renderSparkline(test, tableId)}${renderHistory(test, tableId)}` : nothing}
  </li>`;
}
