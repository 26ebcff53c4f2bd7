/** Styles of `<icr-results>`: tests by group, values, flags and history tables. */
import { css } from 'lit';

export const resultsStyles = css`
    :host { --_flag: var(--icr-results-flag-color, var(--_error)); }
    h3 { font-size: 1.1rem; margin: var(--_space) 0 var(--_space-xs); }
    ul.tests { list-style: none; margin: 0; padding: 0; }
    li.test { border-top: 1px solid var(--_border); padding: var(--_space) 0; }
    .test-head { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: baseline; font-weight: bold; }
    .test-meta { display: flex; flex-wrap: wrap; gap: 0 var(--_space-2xl); margin: var(--_space-xs) 0; }
    .test-meta div { display: flex; gap: var(--_space-xs); }
    .test-meta dt { color: var(--_secondary); }
    .test-meta dd { margin: 0; }
    .value { font-weight: bold; }
    .flag { color: var(--_flag); display: inline-flex; gap: var(--_space-xs); align-items: baseline; }
    .status-not-final { display: inline-flex; gap: var(--_space-xs); align-items: baseline; padding: 0 var(--_space-xs); border: 2px solid var(--_error); border-radius: var(--_radius); text-transform: uppercase; font-size: var(--_size-small); }
    .icon { width: 1em; height: 1em; flex: none; vertical-align: -0.125em; }
    .sparkline { color: var(--_primary); display: block; margin: var(--_space-xs) 0; }
    details.history > summary { cursor: pointer; min-height: 24px; color: var(--_primary); }
    table.values { border-collapse: collapse; width: 100%; font-size: var(--_size-small); }
    table.values th, table.values td { text-align: left; padding: var(--_space-xs); border-bottom: 1px solid var(--_border); vertical-align: top; }
    .note { display: flex; gap: var(--_space-xs); align-items: baseline; }
  `;
