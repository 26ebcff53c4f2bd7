/**
 * Styles of `<icr-social-care-events>` alone (its accent, filter and year headings); the event cards
 * it shares with `<icr-care-plans>` are in shared/event-cards.ts.
 */
import { css } from 'lit';

export const socialCareStyles = css`
  :host {
    --_accent: var(--icr-social-care-accent, var(--_primary));
    --_open: var(--icr-social-care-open-safeguarding, var(--_error));
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin: 0 0 var(--_space);
  }
  select {
    font: inherit;
    min-height: 24px;
    padding: 0.125rem var(--_space-xs);
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .year {
    margin: var(--_space) 0 var(--_space-xs);
    font-size: 1rem;
    font-weight: bold;
    border-bottom: 1px solid var(--_border);
  }
`;
