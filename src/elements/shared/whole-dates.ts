/**
 * R18: a date as `format/dates.ts` writes it (dd-Mmm-yyyy or Mmm-yyyy, with its time or not; the
 * month from the catalogue, so any language's letters) is kept whole on its line. Wrapped at its
 * hyphens, "Requested: 05-Oct-" and "2026" read as two things, and "(01-" alone reads as nothing.
 */
import { html, type TemplateResult } from 'lit';

/** Exactly one display date, and nothing else. */
export const DISPLAY_DATE = /^(?:\d{2}-)?\p{L}{2,}-\d{4}(?: \d{2}:\d{2})?$/u;

/** Display dates inside running text: not the tail of a longer word or number. */
const DATES_IN_TEXT = /(?<![\p{L}\d-])(?:\d{2}-)?\p{L}{2,}-\d{4}(?: \d{2}:\d{2})?(?![\p{L}\d])/gu;

/**
 * Running text with each display date in a `<span class="date">`, which the element's styles keep from
 * wrapping (`white-space: nowrap`). Text stays
 * text (Lit escapes it); only the spans are markup. Text without a date comes back unchanged.
 */
export function keepDatesWhole(text: string): string | TemplateResult {
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(DATES_IN_TEXT)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(html`<span class="date">${match[0]}</span>`);
    last = at + match[0].length;
  }
  if (!parts.length) return text;
  if (last < text.length) parts.push(text.slice(last));
  return html`${parts}`;
}
