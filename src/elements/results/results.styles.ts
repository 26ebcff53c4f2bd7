/** Styles of `<icr-results>`: tests by group, values, flags, the trend chart and history tables. */
import { css } from 'lit';

export const resultsStyles = css`
    :host { --_flag: var(--icr-results-flag-color, var(--_error)); }
    h3 { font-size: 1.1rem; margin: var(--_space) 0 var(--_space-xs); }
    /* The table of tests: it fits the width it is given (320 px included) by wrapping, never by scrolling. */
    table.tests { border-collapse: collapse; width: 100%; }
    table.tests > thead th { text-align: left; font-size: var(--_size-small); color: var(--_secondary); padding: var(--_space-xs); border-bottom: 2px solid var(--_border); vertical-align: bottom; }
    table.tests > tbody.test { border-top: 1px solid var(--_border); }
    .test-row > th, .test-row > td { text-align: left; padding: var(--_space-xs); vertical-align: top; overflow-wrap: anywhere; }
    .test-row:focus { outline: 3px solid var(--_focus); outline-offset: -3px; }
    .test-name-cell { font-weight: normal; }
    .test-name { font-weight: bold; margin-right: var(--_space-xs); }
    .test-source { display: block; font-size: var(--_size-small); color: var(--_secondary); }
    .history-row > td { padding: 0 var(--_space-xs) var(--_space); }
    .value { font-weight: bold; }
    .flag { color: var(--_flag); display: inline-flex; gap: var(--_space-xs); align-items: baseline; }
    .status-not-final { display: inline-flex; gap: var(--_space-xs); align-items: baseline; padding: 0 var(--_space-xs); border: 2px solid var(--_error); border-radius: var(--_radius); text-transform: uppercase; font-size: var(--_size-small); }
    .icon { width: 1em; height: 1em; flex: none; vertical-align: -0.125em; }
    .trend { margin: var(--_space) 0; max-width: 40rem; }
    .trend-chart { display: block; width: 100%; height: auto; color: var(--_primary); }
    .trend-chart:focus { outline: 3px solid var(--_focus); outline-offset: 2px; }
    .trend-chart .range { fill: var(--_surface-alt); stroke: var(--_border); stroke-dasharray: 4 2; }
    .trend-chart .axis { stroke: var(--_text); stroke-width: 1; }
    .trend-chart .line { stroke: currentColor; stroke-width: 2; }
    .trend-chart .point { fill: currentColor; }
    .trend-chart .point.selected { stroke: var(--_text); stroke-width: 2; }
    .trend-chart .tick { font-size: 12px; fill: var(--_text); }
    .trend-caption { display: flex; flex-wrap: wrap; gap: 0 var(--_space); font-size: var(--_size-small); }
    details.history > summary { cursor: pointer; min-height: 24px; color: var(--_primary); }
    table.values { border-collapse: collapse; width: 100%; font-size: var(--_size-small); }
    table.values th, table.values td { text-align: left; padding: var(--_space-xs); border-bottom: 1px solid var(--_border); vertical-align: top; }
    .note { display: flex; gap: var(--_space-xs); align-items: baseline; }
  `;
