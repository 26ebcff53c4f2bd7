/** Styles of `<icr-encounters>` alone; the event cards are shared/event-cards.ts. */
import { css } from 'lit';

export const encountersStyles = css`
  :host {
    --_accent: var(--icr-encounters-accent, var(--_primary));
    --_open: var(--icr-encounters-current, var(--_error));
  }
  .group-heading {
    margin: var(--_space-l) 0 var(--_space-xs);
    font-size: 1rem;
    font-weight: bold;
    border-bottom: 1px solid var(--_border);
  }
  .kind .type {
    font-weight: normal;
  }
  .badge.status {
    color: var(--_text);
    border-width: 1px;
    font-weight: normal;
  }
  .visit[data-status='did-not-attend'] .badge.status,
  .visit[data-status='cancelled'] .badge.status {
    font-weight: bold;
    border-width: 2px;
  }
  .note {
    display: flex;
    gap: var(--_space-xs);
    align-items: flex-start;
    margin: var(--_space-xs) 0;
    font-size: var(--_size-small);
  }
  .note .icon,
  .partial .icon {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
  }
  .partial {
    display: flex;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: 2px solid var(--_warning, var(--_text));
    border-radius: var(--_radius);
  }
  .partial p {
    margin: 0;
  }
`;
