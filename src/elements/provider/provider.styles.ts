/**
 * Styles of `<icr-provider>`: its host is a plain block (its tokens sit on the notice only, so the
 * host page's slotted markup keeps its own font and colour); the whole-record notice (R73) above.
 */
import { css } from 'lit';

export const providerStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .notice {
    display: block;
    margin: 0 0 var(--_space);
  }
`;
