/** Styles of `<icr-alerts>`: the groups, a current entry's bar, and the collapsed "No longer in force". */
import { css } from 'lit';

export const alertsStyles = css`
  .group { margin: 0 0 var(--_space-xl); }
  .group-heading { font-weight: bold; font-size: 1.1rem; margin: 0 0 var(--_space-xs); }
  ul { list-style: none; margin: 0; padding: 0; }
  li.entry { border-top: 1px solid var(--_border); padding: var(--_space) 0 var(--_space) var(--_space); }
  /* A current decision or child protection entry has a solid bar; nothing else in the section does. */
  .protection li.entry, .decisions li.entry { border-left: 4px solid var(--icr-alerts-current-border, var(--_primary)); }
  .entry-title { display: flex; flex-wrap: wrap; gap: var(--_space-xs) var(--_space); align-items: baseline; }
  .name { font-weight: bold; }
  .standing { display: inline-flex; gap: var(--_space-xs); align-items: baseline; font-weight: bold; text-transform: uppercase; font-size: var(--_size-small); }
  .detail { margin: var(--_space-xs) 0 0; }
  dl { display: flex; flex-wrap: wrap; gap: 0 var(--_space-2xl); margin: var(--_space-xs) 0 0; font-size: var(--_size-small); }
  dl div { display: flex; flex-wrap: wrap; gap: var(--_space-xs); min-width: 0; }
  dt { color: var(--_secondary); }
  dd { margin: 0; overflow-wrap: anywhere; }
  a { color: var(--_link, var(--_primary)); }
  .icon { width: 1em; height: 1em; flex: none; vertical-align: -0.125em; }
  .not-checked { display: flex; gap: var(--_space-xs); align-items: flex-start; margin: 0 0 var(--_space); padding: var(--_space); border: 2px solid var(--_warning); }
  details.not-in-force { margin-top: var(--_space); border-top: 2px solid var(--_border); padding-top: var(--_space); }
  details.not-in-force > summary { cursor: pointer; font-weight: bold; min-height: 24px; }
  details.not-in-force li.entry { border-left: 4px dashed var(--_border); }
  .hint { color: var(--_secondary); margin: var(--_space-xs) 0; }
`;
