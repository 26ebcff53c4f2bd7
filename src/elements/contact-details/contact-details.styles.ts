/** Styles of `<icr-contact-details>`: groups, contacts and their sources (R10, R11, R42). */
import { css } from 'lit';

export const contactDetailsStyles = css`
    :host {
      --_accent: var(--icr-contact-details-accent, var(--_primary));
    }
    .group { margin: 0 0 var(--_space); }
    .group-title { font-weight: bold; margin: 0 0 var(--_space-xs); }
    ul.plain { list-style: none; margin: 0; padding: 0; }
    ul.plain > li { margin: 0 0 var(--_space-xs); }
    .label { color: var(--_secondary); }
    .label::after { content: ' '; }
    .value { font-weight: bold; }
    .period, .source, .origin { color: var(--_secondary); font-size: var(--_size-small); }
    .source, .origin { display: inline-block; }
    .group-source { margin: var(--_space-xs) 0 0; }
    .person { border-left: 4px solid var(--_accent); padding-left: var(--_space); margin-bottom: var(--_space); }
    .person-name { margin: 0; font-weight: bold; }
    .none { margin: 0; color: var(--_secondary); display: flex; gap: var(--_space-xs); align-items: center; }
    .none .icon, .restricted-note .icon { width: 1.25em; height: 1.25em; flex: none; }
    .restricted-note { display: flex; gap: var(--_space); align-items: flex-start; margin: 0 0 var(--_space);
      padding: var(--_space); border-left: 6px dashed var(--_secondary); background: var(--_surface-alt); }
  `;
