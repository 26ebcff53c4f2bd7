/** Styles of `<icr-allergies>`: the one summary bar per state (R24, R49), the allergy list, conflict cues. */
import { css } from 'lit';

export const allergiesStyles = css`
      .summary { display: flex; gap: var(--_space); align-items: flex-start; margin: 0 0 var(--_space); padding: var(--_space); border-left: 6px solid var(--_secondary); background: var(--_surface-alt); }
      .summary .icon { flex: none; }
      .summary p { margin: 0; }
      .summary-title { font-size: 1.125rem; }
      .summary[data-summary='known'] { border-left-color: var(--icr-allergies-known-color, var(--_error)); }
      .summary[data-summary='nka'], .summary[data-summary='nkda'] { border-left-color: var(--_success); border-left-style: double; }
      .summary[data-summary='not-recorded'] { border-left: 0; } /* the hatched bar of "not recorded" (states.ts), never the dashed one of "restricted" (R49) */
      .summary[data-summary='unavailable'] { border-left-color: var(--_error); border-left-style: dotted; }
      ul.items { list-style: none; margin: 0; padding: 0; }
      li.item { padding: var(--_space) 0; border-bottom: 1px solid var(--_border); }
      .agent { margin: 0; font-size: 1.0625rem; }
      .item .reactions { margin: var(--_space-xs) 0 0; }
      .degraded, .conflict, .contradiction { display: flex; gap: var(--_space-xs); margin: var(--_space-xs) 0; padding: var(--_space-xs); border: 2px solid var(--_warning); }
      .icon { width: 1.25em; height: 1.25em; flex: none; }
      details { margin-top: var(--_space); }
      summary { cursor: pointer; min-height: 24px; }
      .negations { margin: var(--_space-xs) 0; }
      .conflict-check { display: flex; gap: var(--_space-xs); margin: var(--_space-xs) 0; padding: var(--_space-xs); border: 2px dashed var(--_secondary); }
    `;
