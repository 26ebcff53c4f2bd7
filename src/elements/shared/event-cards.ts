/**
 * The event cards `<icr-social-care-events>` and `<icr-care-plans>` both show: one card per event or
 * plan, its badges and dates (the empty note is section-states.ts's `renderEmpty`). Open safeguarding, expiry and an overdue review
 * stand out by words, icon and border, not colour alone (R56). Each element sets `--_accent` and
 * `--_open` on its host.
 */
import { css } from 'lit';

export const eventCardStyles = css`
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .event {
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .event.open {
    border: 3px solid var(--_open);
    border-left-width: 8px;
  }
  .event-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-l);
    align-items: center;
  }
  .kind {
    font-weight: bold;
  }
  .badge {
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: center;
    padding: 0 var(--_space);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-weight: bold;
    font-size: var(--_size-small);
  }
  .badge .icon {
    width: 1rem;
    height: 1rem;
  }
  .badge.open,
  .badge.expired {
    color: var(--_open);
    background: var(--_surface);
  }
  .badge.expiring {
    color: var(--_text);
    background: var(--_surface-alt);
    border-style: dashed;
  }
  .badge.sensitive {
    color: var(--_text);
    border-style: dotted;
  }
  .label {
    margin: var(--_space-xs) 0;
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
    margin: 0;
    font-size: var(--_size-small);
  }
  dl > div {
    display: flex;
    gap: var(--_space-xs);
  }
  dt {
    color: var(--_secondary);
  }
  dd {
    margin: 0;
    font-weight: bold;
  }
  .hint {
    color: var(--_secondary);
    font-size: var(--_size-small);
  }
`;
