/** Styles of `<icr-documents>` (with the shared event cards and the attachment opener). */
import { css } from 'lit';

export const documentsStyles = css`
    :host {
      --_accent: var(--icr-documents-accent, var(--_primary));
      --_superseded: var(--icr-documents-superseded, var(--_secondary));
    }
    .title { margin: 0; font-weight: bold; overflow-wrap: anywhere; }
    .event.superseded { border-left-style: dashed; border-left-color: var(--_superseded); }
    .badge.superseded { color: var(--_text); border-style: dashed; }
    .badge.added-by::first-letter { text-transform: uppercase; }
    .superseded-note { margin: var(--_space-xs) 0; padding: var(--_space-xs) var(--_space); border-left: 4px dashed var(--_superseded); }
    .superseded-note p { margin: 0 0 var(--_space-xs); }
    .superseded-note button { font: inherit; min-height: 24px; }
    ul.attachments { list-style: none; margin: var(--_space-xs) 0 0; padding: 0; }
    .doc-status { font-weight: bold; }
  `;
