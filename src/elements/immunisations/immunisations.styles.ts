/**
 * Styles of `<icr-immunisations>`: one compact row per vaccination (a long history stays short,
 * issue 18), the vaccine and date on the first line; a vaccination not given stands out by words,
 * icon and border, not colour alone (R56, R71).
 */
import { css } from 'lit';

export const immunisationsStyles = css`
  :host {
    --_not-given: var(--icr-immunisations-not-given, var(--_warning, var(--_text)));
  }
  ol.immunisations { list-style: none; margin: 0; padding: 0; }
  li.immunisation { border-top: 1px solid var(--_border); padding: var(--_space-xs) 0 var(--_space-xs) var(--_space); border-left: 4px solid transparent; }
  li.immunisation.not-given { border-left: 4px solid var(--_not-given); }
  .head { display: flex; flex-wrap: wrap; gap: 0 var(--_space-l); align-items: baseline; }
  .vaccine { font-weight: bold; overflow-wrap: anywhere; }
  .when { color: var(--_text); font-variant-numeric: tabular-nums; }
  .not-given-note, .subpotent { display: flex; flex-wrap: wrap; gap: 0 var(--_space-xs); align-items: baseline; margin: var(--_space-xs) 0 0; }
  .not-given-note .icon, .subpotent .icon { flex: none; width: 1em; height: 1em; align-self: center; }
  dl { display: flex; flex-wrap: wrap; gap: 0 var(--_space-2xl); margin: var(--_space-xs) 0 0; font-size: var(--_size-small); }
  dl div { display: flex; gap: var(--_space-xs); }
  dt { color: var(--_secondary); }
  dd { margin: 0; overflow-wrap: anywhere; }
  .badge { display: inline-flex; padding: 0 var(--_space); border: 1px solid currentColor; border-radius: var(--_radius); font-size: var(--_size-small); }
  .badge.added-by::first-letter { text-transform: uppercase; }
`;
