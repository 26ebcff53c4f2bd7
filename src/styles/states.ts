/**
 * Styles for the shared states (R49, R56, H4). Every state of the README's list has a pattern of
 * its own, told apart without colour and without the icon: a kind of bar, frame or rule, in a
 * style (solid, dashed, dotted, double, hatched) no other state uses. Colour only adds to it.
 *
 * | state              | pattern                                   |
 * |--------------------|-------------------------------------------|
 * | loaded             | none: the content itself                  |
 * | loading            | solid light bar on the left, skeleton     |
 * | empty              | solid rules above and below               |
 * | not recorded       | hatched bar on the left                   |
 * | restricted (role)  | dashed bar on the left                    |
 * | unavailable        | dotted bar on the left, retry control     |
 * | bad response       | dotted frame                              |
 * | authentication     | solid bar along the top                   |
 * | not configured     | dashed bar along the top                  |
 * | not found          | dashed frame                              |
 * | opted out          | double frame                              |
 * | invalid NHS number | thick solid frame                         |
 * | wrong patient      | thick solid frame under a hatched band    |
 */
import { css } from 'lit';

export const stateStyles = css`
  .state {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    padding: var(--_space);
    /* Patterns in the secondary text colour (contrast over 3:1, R56); a state sets only widths and styles. */
    border: 0 solid var(--_secondary);
    background: var(--_surface-alt);
  }
  .state p {
    margin: 0;
  }
  .state .icon {
    flex: none;
  }
  .state-hint {
    color: var(--_secondary);
    font-size: var(--_size-small);
  }
  .state-identity {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-l);
  }
  .state-identity .nhs {
    white-space: nowrap; /* R13: the number on one line */
  }
  /* The words of an empty or not-recorded section, group or filter (renderEmpty, renderNotRecorded). */
  .state-note {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    margin: 0;
  }
  .state-note p {
    margin: 0;
  }
  .state-note .icon {
    flex: none;
  }
  .state-data[data-state='empty'] {
    padding: var(--_space) 0;
    border-top: 2px solid var(--_secondary);
    border-bottom: 2px solid var(--_secondary);
  }
  .state-data[data-state='not-recorded'] {
    padding-left: calc(var(--_space) + 10px);
    background: repeating-linear-gradient(-45deg, var(--_secondary) 0 2px, transparent 2px 6px) left / 10px 100% no-repeat;
  }
  .state-restricted {
    border-left-width: 6px;
    border-left-style: dashed;
  }
  .state-opted-out {
    border-color: var(--_primary);
    border-width: 6px;
    border-style: double;
  }
  .state-unavailable {
    border-left-width: 6px;
    border-left-style: dotted;
  }
  .state-bad-response {
    border-width: 2px;
    border-style: dotted;
  }
  .state-auth-required {
    border-top-width: 6px;
    border-top-style: solid;
  }
  .state-not-configured {
    border-top-width: 6px;
    border-top-style: dashed;
  }
  .state-not-found {
    border-width: 2px;
    border-style: dashed;
  }
  .state-wrong-patient,
  .state-invalid-nhs-number {
    border: 4px solid var(--_error);
    background: var(--_surface);
    color: var(--_error);
  }
  .state-wrong-patient {
    padding-top: calc(var(--_space) + 10px);
    background:
      repeating-linear-gradient(-45deg, var(--_error) 0 6px, transparent 6px 12px) top / 100% 10px no-repeat,
      var(--_surface);
  }
  .state-wrong-patient .state-hint,
  .state-invalid-nhs-number .state-hint,
  .state-wrong-patient .state-identity,
  .state-invalid-nhs-number .state-identity {
    color: var(--_text);
  }
  /* R73: the short state of a section pointing to the whole-record state above: same pattern, one line. */
  .state-pointer {
    align-items: center;
    padding-top: var(--_space-xs);
    padding-bottom: var(--_space-xs);
  }
  .state-pointer.state-wrong-patient {
    padding-top: calc(var(--_space-xs) + 10px);
  }
  .state-pointer .icon {
    width: 1.25em;
    height: 1.25em;
  }
  .retry {
    margin-top: var(--_space);
    padding: var(--_space-xs) var(--_space-l);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
  }
  .state-loading {
    flex-direction: column;
    border-left: 6px solid var(--_border);
  }
  .skeleton {
    display: block;
    height: 1em;
    width: 100%;
    border-radius: var(--_radius);
    background: var(--_border);
  }
  .skeleton.short {
    width: 60%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: icr-pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes icr-pulse {
    50% {
      opacity: 0.5;
    }
  }
  .warnings {
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
  }
  .warnings li {
    display: flex;
    gap: var(--_space-xs);
    align-items: flex-start;
    padding: var(--_space-xs) var(--_space);
    border-left: 4px solid var(--_warning);
    background: var(--_surface-alt);
  }
  /* Entries left out (refuted, entered in error): src/elements/shared/hidden-note.ts. */
  .hidden-entries {
    display: flex;
    gap: var(--_space-xs);
    align-items: flex-start;
    margin: var(--_space) 0 0;
  }
  .hidden-entries .icon {
    width: 1.25em;
    height: 1.25em;
    flex: none;
  }
  .loading-more,
  .reading {
    display: flex;
    gap: var(--_space-xs);
    align-items: flex-start;
    margin: 0 0 var(--_space);
    padding: var(--_space-xs) var(--_space);
    border-left: 4px solid var(--_warning);
    background: var(--_surface-alt);
    font-weight: 600;
  }
  .reading {
    margin: 0 0 var(--_space-xs);
  }
  .reading .icon,
  .loading-more .icon {
    flex: none;
  }
  .not-final-legend {
    display: flex;
    gap: var(--_space-xs);
    align-items: flex-start;
    margin: 0 0 var(--_space);
    font-size: var(--_size-small);
    font-weight: bold;
  }
  .not-final-legend .icon {
    width: 1.25em;
    height: 1.25em;
    flex: none;
  }
  .meta {
    margin: var(--_space) 0 0;
    color: var(--_secondary);
    font-size: var(--_size-small);
  }
`;
