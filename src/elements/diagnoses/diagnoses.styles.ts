/** Styles of `<icr-diagnoses>`: current diagnoses and the collapsed history. */
import { css } from 'lit';

export const diagnosesStyles = css`
    ul.diagnoses { list-style: none; margin: 0; padding: 0; }
    li.diagnosis { border-top: 1px solid var(--_border); padding: var(--_space) 0; }
    li.unconfirmed { border-left: 4px dashed var(--icr-diagnoses-unconfirmed-border, var(--_warning)); padding-left: var(--_space); }
    .name { font-weight: bold; }
    .label { display: inline-flex; gap: var(--_space-xs); align-items: baseline; margin-left: var(--_space); font-size: var(--_size-small); font-weight: bold; text-transform: uppercase; }
    .icon { width: 1em; height: 1em; flex: none; vertical-align: -0.125em; }
    details.history { margin-top: var(--_space); border-top: 2px solid var(--_border); padding-top: var(--_space); }
    details.history > summary { cursor: pointer; font-weight: bold; min-height: 24px; }
    .note { display: flex; gap: var(--_space-xs); align-items: baseline; }
  `;
