/**
 * A test's trend as a chart a clinician can read (issue 18 point 2): values against dates, a y axis
 * with the lowest and highest values, an x axis with the first, middle and last dates, the
 * reference range shaded, and each value readable on hover or by the arrow keys (the readout below
 * the chart is a polite live region). The history table beside it (aria-describedby) lists every
 * value for screen readers, so the picture never carries anything the table does not.
 *
 * Bounded: at most MAX_POINTS of the newest values are drawn (the chart says so); the table has all.
 * Rendered only inside the test's sensitive content, so a hidden test's chart is never in the DOM (R51).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { TestHistory } from '../../fhir/results.js';
import { formatNumber, parseFhirDate } from '../../format/index.js';
import { translator } from '../../i18n/core.js';
import { formatMessages } from '../../i18n/en-GB/format.js';
import { resultsMessages } from '../../i18n/en-GB/results.js';

const t = translator(formatMessages, resultsMessages);

export const MAX_POINTS = 60;
const num = (v: number): string => formatNumber(v) ?? String(v);
const W = 600;
const H = 180;
const PAD = { left: 56, right: 12, top: 10, bottom: 28 };

export interface TrendActions {
  /** The point the reader is on (hover or arrow keys), as an index into the drawn points; undefined: none. */
  selected?: number;
  select(index: number | undefined): void;
}

function instant(when: string | undefined, fallback: number): number {
  const d = parseFhirDate(when);
  if (!d) return fallback;
  if (d.instant) return d.instant.getTime();
  return Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
}

export function renderTrendChart(test: TestHistory, tableId: string, actions: TrendActions): TemplateResult | typeof nothing {
  const trend = test.trend;
  if (!trend || trend.values.length < 2) return nothing;
  const unit = trend.unit ?? t('format.unitNotRecorded');
  const all = trend.values.map((value, i) => ({ value, when: trend.points?.[i]?.when, date: trend.points?.[i]?.date ?? '' }));
  const points = all.slice(-MAX_POINTS);
  const times = points.map((p, i) => instant(p.when, i));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const bounds = [...points.map((p) => p.value), ...(trend.low !== undefined ? [trend.low] : []), ...(trend.high !== undefined ? [trend.high] : [])];
  let v0 = Math.min(...bounds);
  let v1 = Math.max(...bounds);
  if (v0 === v1) { v0 -= 1; v1 += 1; }
  const x = (ms: number, i: number) => PAD.left + (t1 > t0 ? (ms - t0) / (t1 - t0) : i / Math.max(1, points.length - 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - v0) / (v1 - v0)) * (H - PAD.top - PAD.bottom);
  const xy = points.map((p, i) => ({ ...p, cx: x(times[i]!, i), cy: y(p.value) }));
  const line = xy.map((p) => `${p.cx.toFixed(1)},${p.cy.toFixed(1)}`).join(' ');
  const label = t('results.trend', { name: test.name, count: all.length, first: `${num(all[0]!.value)} ${unit}`, last: `${num(all[all.length - 1]!.value)} ${unit}` });
  const rangeTop = y(trend.high ?? v1);
  const rangeBottom = y(trend.low ?? v0);
  const shaded = trend.low !== undefined || trend.high !== undefined;
  const rangeText = trend.low !== undefined && trend.high !== undefined
    ? t('results.chart.range', { low: num(trend.low), high: `${num(trend.high)} ${unit}` })
    : trend.low !== undefined ? t('results.chart.rangeLow', { low: `${num(trend.low)} ${unit}` })
      : trend.high !== undefined ? t('results.chart.rangeHigh', { high: `${num(trend.high)} ${unit}` }) : '';
  // The range's bounds are labelled on the axis too, unless they would sit on top of the end labels.
  const clear = (v: number) => Math.abs(y(v) - y(v0)) > 14 && Math.abs(y(v) - y(v1)) > 14;
  const rangeTicks = [trend.low, trend.high].filter((v): v is number => v !== undefined && clear(v));
  const sel = actions.selected !== undefined && xy[actions.selected] ? xy[actions.selected] : undefined;
  const mid = xy[Math.floor((xy.length - 1) / 2)]!;
  const onKey = (e: KeyboardEvent) => {
    const last = xy.length - 1;
    const at = actions.selected ?? last;
    const next = e.key === 'ArrowLeft' ? Math.max(0, at - 1) : e.key === 'ArrowRight' ? Math.min(last, at + 1)
      : e.key === 'Home' ? 0 : e.key === 'End' ? last : undefined;
    if (next === undefined) return;
    e.preventDefault();
    actions.select(next);
  };
  return html`<figure class="trend" part="trend">
    <svg class="trend-chart" viewBox="0 0 ${W} ${H}" role="img" tabindex="0" aria-label=${label} aria-describedby=${tableId}
      @keydown=${onKey} @focus=${() => actions.select(actions.selected ?? xy.length - 1)} @pointerleave=${() => actions.select(undefined)}>
      ${svg`
        ${shaded ? svg`<rect class="range" x=${PAD.left} width=${W - PAD.left - PAD.right} y=${rangeTop} height=${Math.max(1, rangeBottom - rangeTop)}></rect>` : nothing}
        <line class="axis" x1=${PAD.left} x2=${PAD.left} y1=${PAD.top} y2=${H - PAD.bottom}></line>
        <line class="axis" x1=${PAD.left} x2=${W - PAD.right} y1=${H - PAD.bottom} y2=${H - PAD.bottom}></line>
        <text class="tick" x=${PAD.left - 4} y=${y(v1) + 4} text-anchor="end">${num(v1)}</text>
        <text class="tick" x=${PAD.left - 4} y=${y(v0)} text-anchor="end">${num(v0)}</text>
        ${rangeTicks.map((v) => svg`<text class="tick range-tick" x=${PAD.left - 4} y=${y(v) + 4} text-anchor="end">${num(v)}</text>`)}
        <text class="tick" x=${PAD.left} y=${H - 8} text-anchor="start">${xy[0]!.date}</text>
        ${xy.length > 2 ? svg`<text class="tick" x=${mid.cx} y=${H - 8} text-anchor="middle">${mid.date}</text>` : nothing}
        <text class="tick" x=${W - PAD.right} y=${H - 8} text-anchor="end">${xy[xy.length - 1]!.date}</text>
        <polyline class="line" fill="none" points=${line}></polyline>
        ${xy.map((p, i) => svg`<circle class="point ${sel === p ? 'selected' : ''}" cx=${p.cx} cy=${p.cy} r=${sel === p ? 5 : 3}
          @pointerenter=${() => actions.select(i)}><title>${t('results.chart.point', { date: p.date, value: `${num(p.value)} ${unit}` })}</title></circle>`)}
      `}
    </svg>
    <figcaption class="trend-caption">
      <span class="trend-unit">${unit}</span>
      ${rangeText ? html`<span class="trend-range">${rangeText}</span>` : nothing}
      ${all.length > points.length ? html`<span>${t('results.chart.shownLatest', { shown: points.length, count: all.length })}</span>` : nothing}
      <span class="trend-readout" aria-live="polite">${sel ? t('results.chart.point', { date: sel.date, value: `${num(sel.value)} ${unit}` }) : t('results.chart.keys')}</span>
    </figcaption>
  </figure>`;
}
