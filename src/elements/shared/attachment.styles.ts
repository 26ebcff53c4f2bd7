/** Styles of the shared attachment opener (documents and report forms): reflows to 320 px. */
import { css } from 'lit';

export const attachmentStyles = css`
  .attachment { margin: var(--_space-xs) 0; }
  .attachment.note, .attachment-failed { display: flex; gap: var(--_space-xs); align-items: baseline; flex-wrap: wrap; }
  .attachment .form-open, .attachment-retry { font: inherit; min-height: 24px; max-width: 100%; text-align: left; overflow-wrap: anywhere; }
  .attachment a { overflow-wrap: anywhere; }
  .attachment .hint { display: block; }
  .attachment-body { margin: var(--_space) 0 0; max-width: 100%; }
  .attachment-pdf { display: block; width: 100%; height: var(--icr-attachment-height, 70vh); min-height: 20rem; border: 1px solid var(--_border); }
  /* WCAG 2.4.7: the PDF frame takes focus (its viewer scrolls by keyboard); Tab into it shows where. */
  .attachment-pdf:focus, .attachment-pdf:focus-within { outline: 3px solid var(--_focus); box-shadow: 0 0 0 6px var(--_text); }
  .attachment-text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: inherit; margin: var(--_space) 0 0; }
  .attachment-body .form-html { background: var(--_surface); padding: var(--_space); overflow-x: auto; }
  .attachment .icon, .attachment-failed .icon { width: 1em; height: 1em; flex: none; }
`;
