/** Styles of `<icr-care-team>`: members, their contacts, and those not currently involved (R68). */
import { css } from 'lit';

export const careTeamStyles = css`
    :host {
      --_accent: var(--icr-care-team-accent, var(--_primary));
    }
    .group-title { font-weight: bold; margin: 0 0 var(--_space-xs); }
    ul.members { list-style: none; margin: 0 0 var(--_space); padding: 0; }
    li.member { border-left: 4px solid var(--_accent); padding: var(--_space-xs) 0 var(--_space-xs) var(--_space); margin: 0 0 var(--_space); }
    li.member[data-current='false'] { border-left-style: dashed; border-left-color: var(--_secondary); }
    .member-name { margin: 0; font-weight: bold; overflow-wrap: anywhere; }
    .tag { display: inline-block; margin-left: var(--_space-xs); padding: 0 var(--_space-xs); border: 1px solid currentColor;
      border-radius: var(--_radius); font-size: var(--_size-small); font-weight: normal; }
    .reason { margin: var(--_space-xs) 0 0; font-weight: bold; color: var(--_secondary); }
    dl { display: flex; flex-wrap: wrap; gap: 0 var(--_space-2xl); margin: var(--_space-xs) 0 0; }
    dl div { display: flex; flex-wrap: wrap; gap: var(--_space-xs); min-width: 0; }
    dt { color: var(--_secondary); }
    dd { margin: 0; overflow-wrap: anywhere; min-width: 0; }
    ul.contacts { list-style: none; margin: 0; padding: 0; }
    ul.contacts li { margin: 0; }
    .label { color: var(--_secondary); }
    a { color: var(--_primary); }
    .source { margin: var(--_space-xs) 0 0; color: var(--_secondary); font-size: var(--_size-small); }
    details.not-current { margin-top: var(--_space); border-top: 2px solid var(--_border); padding-top: var(--_space); }
    details.not-current > summary { cursor: pointer; font-weight: bold; min-height: 24px; }
  `;
