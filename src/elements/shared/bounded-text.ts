/**
 * Text from the record laid out up to its bound (issue 22, R43): past it, the first part with an
 * ellipsis, and a disclosure that shows the whole in a box of bounded height that scrolls, so a
 * runaway field (a 1 MB family name) never buries the rest of the banner or the list. The bound is
 * the caller's, from src/format/bounded.ts (NAME_BOUND, FREE_TEXT_BOUND).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { boundText, FREE_TEXT_BOUND, NAME_BOUND } from '../../format/bounded.js';
import { translator } from '../../i18n/core.js';
import { boundedMessages } from '../../i18n/en-GB/bounded.js';

const t = translator(boundedMessages);

export interface BoundedParts {
  /** Goes where the text would: the whole text, or the cut text with "…" (and "(shortened)" for screen readers). */
  shown: TemplateResult | string;
  /** Goes after the text's block (a <details> may not sit inside a <p>): the way to the full text, or nothing. */
  more: TemplateResult | typeof nothing;
}

/** `text` bounded to `bound` characters; `label` names the full text's region ("Full name"). */
export function boundedParts(text: string, bound: number, label: string): BoundedParts {
  const b = boundText(text, bound);
  if (!b.cut) return { shown: text, more: nothing };
  return {
    shown: html`${b.shown}<span class="visually-hidden"> ${t('bounded.cut')}</span>`,
    more: html`<details class="full-text" part="full-text"><summary>${t('bounded.showAll', { count: b.length })}</summary>
      <div class="full-text-body" role="region" aria-label=${label} tabindex="0">${text}</div></details>`,
  };
}

/** The full name of a person, bounded by NAME_BOUND: for a name's own block (`<p class="patient-name">`). */
export function boundedName(name: string): BoundedParts {
  return boundedParts(name, NAME_BOUND, t('bounded.fullName'));
}

/** Other free text in a flow container (a `<dd>`, a `<li>`): the cut text and its disclosure together. */
export function renderBoundedText(text: string, label: string): TemplateResult | string {
  const { shown, more } = boundedParts(text, FREE_TEXT_BOUND, t('bounded.fullText', { label }));
  return more === nothing ? shown : html`${shown}${more}`;
}

/** The look of the disclosure: part of every element that may show bounded text. */
export const boundedTextStyles = css`
  .full-text {
    flex-basis: 100%;
    font-size: var(--_size-small);
  }
  .full-text summary {
    cursor: pointer;
    color: var(--_primary);
    text-decoration: underline;
    min-height: 24px; /* R56: a target at least 24 px high */
  }
  .full-text-body {
    max-height: 12em; /* the whole is there to read, in a box that scrolls, never the banner's height */
    overflow: auto;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
    margin-top: var(--_space-xs);
    padding: var(--_space-xs);
    border: 1px solid var(--_border);
  }
`;
