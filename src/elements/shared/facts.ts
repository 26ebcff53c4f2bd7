/**
 * The labelled facts of one list entry as one line of text ("Started: 03-Jan-2024 · Last issued:
 * 05-Mar-2024 · Source: Riverside Medical Practice"), shared by the medication and allergy rows.
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
  value: string | undefined;
}

/** "Label: value" pairs joined by " · "; nothing when no fact has a value. */
export function factsText(facts: readonly Fact[]): string {
  return facts.filter((f) => f.value).map((f) => `${f.label}: ${f.value}`).join(' · ');
}

export function renderFacts(facts: readonly Fact[]): TemplateResult | typeof nothing {
  const text = factsText(facts);
  return text ? html`<p class="facts" part="facts">${text}</p>` : nothing;
}

export const factsStyles = css`
  .item .facts { margin: var(--_space-xs) 0 0; overflow-wrap: break-word; }
`;
