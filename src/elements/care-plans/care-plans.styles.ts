/** Styles of `<icr-care-plans>` (with the shared event cards of `shared/event-cards.ts`). */
import { css } from 'lit';

export const carePlansStyles = css`
    :host {
      --_accent: var(--icr-care-plans-accent, var(--_primary));
      --_open: var(--icr-care-plans-overdue, var(--_error));
    }
    .title { margin: 0; font-weight: bold; }
    .events { margin-top: var(--_space-xs); }
  `;
