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

/** "Label: value" pairs joined by " · " (text values only); empty when no fact has a value. */
export function factsText(facts: readonly Fact[]): string {
  return facts.filter(hasValue).map((f) => `${f.label}: ${typeof f.value === 'string' ? f.value : ''}`).join(' · ');
}

/** The facts line; one text node when every value is text (the common, cheapest case). */
export function renderFacts(facts: readonly Fact[], className = 'facts'): TemplateResult | typeof nothing {
  const shown = facts.filter(hasValue);
  if (!shown.length) return nothing;
  if (shown.every((f) => typeof f.value === 'string')) return html`<p class=${className} part="facts">${factsText(shown)}</p>`;
  return html`<p class=${className} part="facts">${shown.map((f, i) => html`${i ? ' · ' : ''}${f.label}: ${f.value}`)}</p>`;
}

export const factsStyles = css`
  li .facts { margin: var(--_space-xs) 0 0; overflow-wrap: break-word; }
`;
