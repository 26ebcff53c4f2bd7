/**
 * The labelled facts of one list entry as one line of text ("Started: 03-Jan-2024 · Last issued:
 * 05-Mar-2024 · Source: Riverside Medical Practice"), shared by the medication, allergy, diagnosis and
 * report rows, so the record reads one way in every section.
 *
 * Why one paragraph and not a `<dl>`: a definition list costs three elements a fact (a wrapper,
 * `<dt>`, `<dd>`), which made a medication 24 elements and a long list slow to render and tall to
 * read (issue 21 point 4: a row in at most 10 elements). As text the reader loses nothing: each
 * value keeps its label, in the order it is read, and a screen reader reads the line as written.
 * A fact with no value is left out, never shown as an empty label (missing data is not a finding).
 */
import { css, html, nothing, type TemplateResult } from 'lit';

export interface Fact {
  label: string;
  /** Text, or a small template where the value carries its own look (a report's not-final status, R35). */
  value: string | TemplateResult | undefined;
}

const hasValue = (f: Fact) => f.value !== undefined && f.value !== '';

/**
 * A date as `format/dates.ts` writes it (dd-Mmm-yyyy, Mmm-yyyy, with its time or not; the month
 * from the catalogue, so any language's letters). Such a value is kept whole on its line: wrapped at
 * its hyphens, "Requested: 05-Oct-" and "2026" would read as two things.
 */
const DISPLAY_DATE = /^(?:\d{2}-)?\p{L}{2,}-\d{4}(?: \d{2}:\d{2})?$/u;

/**
 * The facts line: text, except each date (and a template value) in an element of its own. The text
 * between them is one string per run, so a row costs an element per date, never three per fact.
 */
export function renderFacts(facts: readonly Fact[], className = 'facts'): TemplateResult | typeof nothing {
  const shown = facts.filter(hasValue);
  if (!shown.length) return nothing;
  const parts: Array<string | TemplateResult> = [];
  let text = '';
  shown.forEach((f, i) => {
    if (i) text += ' · ';
    if (typeof f.value === 'string' && !DISPLAY_DATE.test(f.value)) {
      text += `${f.label}: ${f.value}`;
      return;
    }
    if (typeof f.value === 'string') {
      // The label stays with its date too: "Requested:" alone at a line's end reads as a blank.
      parts.push(text, html`<span class="date">${f.label}: ${f.value}</span>`);
    } else {
      parts.push(`${text}${f.label}: `, f.value!);
    }
    text = '';
  });
  if (text) parts.push(text);
  return html`<p class=${className} part="facts">${parts}</p>`;
}

export const factsStyles = css`
  li .facts { margin: var(--_space-xs) 0 0; overflow-wrap: break-word; }
  .facts .date, .report-meta .date { white-space: nowrap; }
`;
