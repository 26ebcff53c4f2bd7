/** Styles of `<icr-medications>`: filter controls, groups, medication items, conflict cues. */
import { css } from 'lit';

export const medicationsStyles = css`
      .controls { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; margin-bottom: var(--_space); }
      .controls label { display: flex; flex-direction: column; font-size: var(--_size-small); }
      .controls input, .controls select { font: inherit; min-height: 24px; }
      /* A radio keeps one size whatever its word's width (a column flex item would stretch it to the word). Its label is the 24 px target (R56). */
      .controls .radio { align-items: center; min-height: 24px; }
      .controls .radio input { width: 1.25rem; height: 1.25rem; min-height: 0; margin: 0 0 2px; }
      .controls form { display: contents; }
      fieldset { border: 0; padding: 0; margin: 0; display: flex; gap: var(--_space); }
      legend { font-size: var(--_size-small); }
      h3, .group-title { font-size: 1.0625rem; margin: var(--_space) 0 var(--_space-xs); }
      ul.items { list-style: none; margin: 0; padding: 0; }
      li.item { padding: var(--_space) 0; border-bottom: 1px solid var(--_border); }
      li.item p { margin: 0; }
      .status { color: var(--icr-medications-status-color, var(--_text)); }
      .degraded, .conflict { display: flex; gap: var(--_space-xs); margin: var(--_space-xs) 0; padding: var(--_space-xs); border: 2px solid var(--_warning); }
      .icon { width: 1.25em; height: 1.25em; flex: none; }
      .more { margin-top: var(--_space); }
      .status-reason { margin: var(--_space-xs) 0; }
      .status-reason .label { color: var(--_secondary); }
    `;
