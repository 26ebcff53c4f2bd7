/** Styles of `<icr-timeline>` alone: its entries, filters, paging and the left-out note. */
import { css } from 'lit';

export const timelineStyles = css`
  :host {
    --_accent: var(--icr-timeline-accent, var(--_blue));
    --_open: var(--_error);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(2 * var(--_space));
    margin: 0 0 var(--_space);
  }
  .filters label {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    align-items: center;
  }
  select {
    font: inherit;
    min-height: 24px;
    max-width: 100%;
    padding: 0.125rem 0.25rem;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .entry {
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .entry-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
  }
  .when,
  .type {
    font-weight: bold;
  }
  .type {
    color: var(--_secondary);
  }
  .signal {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
    padding: 0 0.5rem;
    border: 2px solid var(--_open);
    border-radius: var(--_radius);
    color: var(--_open);
    font-weight: bold;
    font-size: var(--_size-small);
  }
  .signal .icon {
    width: 1rem;
    height: 1rem;
  }
  .toggle {
    display: inline-flex;
    gap: 0.25rem;
    align-items: baseline;
    margin: 0.25rem 0 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_blue);
    text-align: left;
    text-decoration: underline;
  }
  .org {
    display: block;
    color: var(--_secondary);
    font-size: var(--_size-small);
  }
  .detail {
    margin: 0.25rem 0 0;
    padding: 0.25rem 0 0;
    border-top: 1px solid var(--_border);
  }
  .detail[hidden] {
    display: none;
  }
  .undated {
    margin: calc(2 * var(--_space)) 0 0.25rem;
    font-weight: bold;
    border-bottom: 1px solid var(--_border);
  }
  .filtered {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .left-out {
    display: flex;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border-left: 6px solid var(--_error);
    background: var(--_surface-alt);
  }
  .left-out p,
  .left-out ul {
    margin: 0 0 0.25rem;
  }
`;
