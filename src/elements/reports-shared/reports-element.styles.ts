/** Styles of the report elements (`<icr-pathology-reports>`, `<icr-radiology-reports>`), from their family base class. */
import { css } from 'lit';

export const reportStyles = css`
  :host {
    --_status-bg: var(--icr-report-status-background, #fff9c4);
  }
  ul.reports { list-style: none; margin: 0; padding: 0; }
  li.report { border-top: 1px solid var(--_border); padding: var(--_space) 0; }
  li.report.not-final { border-left: 4px dashed var(--_error); padding-left: var(--_space); }
  .report-toggle {
    display: flex; gap: var(--_space); align-items: baseline; width: 100%; text-align: left;
    background: none; border: 0; padding: var(--_space-xs) 0; color: var(--_primary); font-weight: bold;
  }
  .report-title { text-decoration: underline; }
  .report-meta { margin: var(--_space-xs) 0 0; overflow-wrap: break-word; }
  .status-not-final {
    display: inline-flex; align-items: center; gap: var(--_space-xs); padding: 0 var(--_space-xs);
    background: var(--_status-bg); color: var(--_text); border: 2px solid var(--_error); border-radius: var(--_radius);
    text-transform: uppercase;
  }
  .icon { width: 1em; height: 1em; flex: none; vertical-align: -0.125em; }
  .detail { margin: var(--_space) 0 0; padding: var(--_space); background: var(--_surface-alt); border-radius: var(--_radius); }
  .detail-label { margin: var(--_space) 0 var(--_space-xs); }
  table.values { border-collapse: collapse; width: 100%; font-size: var(--_size-small); }
  table.values th, table.values td { text-align: left; padding: var(--_space-xs); border-bottom: 1px solid var(--_border); vertical-align: top; }
  .flag { font-weight: bold; }
  .note { display: flex; gap: var(--_space-xs); align-items: baseline; }
  ul.forms { list-style: none; padding: 0; margin: 0; }
  .form { margin: 0; }
  .form-text { white-space: pre-wrap; font-family: inherit; margin: 0; }
  .form-html { background: var(--_surface); padding: var(--_space); overflow-x: auto; }
  details.other { margin-top: var(--_space); border-top: 2px solid var(--_border); padding-top: var(--_space); }
  details.other > summary { cursor: pointer; font-weight: bold; min-height: 24px; }
  .hint { color: var(--_secondary); font-size: var(--_size-small); }
`;
