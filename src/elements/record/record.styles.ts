/** Layout of `<icr-record>`: a sticky banner, the summary first, a side list at desktop widths. */
import { css } from 'lit';

export const recordStyles = css`
  :host {
    --_banner-height: 0px;
  }
  .header {
    /* The banner stays in view while the record scrolls. */
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_surface);
  }
  /* An expanded banner must not fill a phone's screen while it stays in view: its details scroll. */
  .header icr-patient-banner::part(more) {
    max-height: 40vh;
    overflow-y: auto;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'summary' 'nav' 'sections';
    align-items: start;
    gap: var(--_space) calc(var(--_space) * 3);
    margin-top: var(--_space);
  }
  .summary {
    grid-area: summary;
  }
  .nav {
    grid-area: nav;
  }
  .sections {
    grid-area: sections;
    min-width: 0;
  }
  .nav ul,
  .lines {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
  }
  .nav a {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0 0.25rem;
    padding: 0.25rem 0.5rem;
    min-height: 44px;
    align-items: center;
    color: var(--_blue);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .nav a[aria-current='location'] {
    border-color: var(--_blue);
    font-weight: bold;
  }
  .nav-badge {
    flex: none;
    color: var(--_secondary);
    font-size: var(--_size-small);
  }
  .nav a[data-state='unavailable'] .nav-badge,
  .nav a[data-state='bad-response'] .nav-badge {
    color: var(--_error);
    font-weight: bold;
  }
  @media (min-width: 64em) {
    .layout {
      grid-template-columns: 14rem minmax(0, 1fr);
      grid-template-areas: 'nav summary' 'nav sections';
    }
    .nav {
      position: sticky;
      top: calc(var(--_banner-height) + var(--_space));
      align-self: start;
    }
    .nav ul {
      flex-direction: column;
    }
    .nav a {
      display: flex;
      flex-wrap: nowrap;
      justify-content: space-between;
      align-items: baseline;
      border: 0;
      border-left: 4px solid transparent;
      min-height: 32px;
    }
  }
  .summary {
    padding: var(--_space) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 2);
    background: var(--_surface-alt);
    border-left: 4px solid var(--_blue);
  }
  .summary-heading {
    margin: 0 0 0.25rem;
    font-size: 1.25rem;
  }
  /* R18: a date in a summary sentence never breaks at its hyphens (whole-dates.ts). */
  .line .date {
    white-space: nowrap;
  }
  .line {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    padding: 0.125rem 0;
    border-top: 1px solid var(--_border);
  }
  @media (min-width: 40em) {
    .line {
      grid-template-columns: 10rem minmax(0, 1fr);
      gap: var(--_space);
    }
  }
  .line-label {
    font-weight: bold;
    color: var(--_blue);
  }
  .line[data-attention] .line-text {
    font-weight: bold;
  }
  .line {
    /* Every line keeps the same inset, so a marked line's label stays in the column. */
    border-left: 4px solid transparent;
    padding-left: 0.5rem;
  }
  .line[data-attention] {
    border-left-color: var(--_error);
  }
  .line[data-state='unavailable'] .line-text,
  .line[data-state='bad-response'] .line-text,
  .line[data-state='restricted'] .line-text,
  .line[data-state='partial'] .line-text,
  .line[data-state='incomplete'] .line-text,
  .line[data-state='loading'] .line-text {
    font-style: italic;
  }
  .line-note {
    font-style: italic;
  }
  .line-sensitive,
  .line-more {
    color: var(--_secondary);
  }
  .retry-all {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space);
    margin: 0 0 var(--_space);
    padding: 0.25rem var(--_space);
    border-left: 4px solid var(--_error);
    background: var(--_surface);
  }
  .retry-all p {
    margin: 0;
  }
  .place {
    margin: 0 0 calc(var(--_space) * 3);
    /* A link to a section lands below the sticky banner, not under it. */
    scroll-margin-top: calc(var(--_banner-height) + var(--_space));
  }
  .place:focus {
    outline: none;
  }
  .place:focus-visible {
    outline: 3px solid var(--_focus);
    background: none;
    box-shadow: none;
  }
  .notice {
    display: block;
  }
  @media print {
    .header,
    .nav {
      position: static;
    }
    .header icr-patient-banner::part(more) {
      max-height: none;
      overflow: visible;
    }
    .nav,
    .retry-all {
      display: none;
    }
    .layout {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'summary' 'sections';
    }
  }
`;
