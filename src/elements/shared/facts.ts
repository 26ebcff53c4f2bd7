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
import { css, html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type DirectiveResult } from 'lit/directive.js';
import { DISPLAY_DATE } from './whole-dates.js';

export interface Fact {
  label: string;
  /** Text, or a small template where the value carries its own look (a report's not-final status, R35). */
  value: string | TemplateResult | undefined;
}

const hasValue = (f: Fact) => f.value !== undefined && f.value !== '';

/** A line of text facts, built as DOM: a text node a run, a span a date (see `renderFacts`). */
function buildLine(facts: readonly Fact[], className: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.setAttribute('part', 'facts');
  let text = '';
  facts.forEach((f, i) => {
    if (i) text += ' · ';
    const value = f.value as string;
    if (!DISPLAY_DATE.test(value)) {
      text += `${f.label}: ${value}`;
      return;
    }
    if (text) p.append(text);
    text = '';
    // The label stays with its date too: "Requested:" alone at a line's end reads as a blank.
    const date = document.createElement('span');
    date.className = 'date';
    date.textContent = `${f.label}: ${value}`;
    p.append(date);
  });
  if (text) p.append(text);
  return p;
}

/**
 * The line as DOM made directly (every value set as text, never parsed as HTML), kept while its
 * facts are unchanged. Why not a template: a nested template a date cost a template instance and
 * its markers each, which made 10,000 rows take 5.5 s instead of 3.8 (docs/performance.md).
 */
class FactsLine extends Directive {
  private key?: string;

  render(_facts: readonly Fact[], _className: string): unknown {
    return noChange;
  }

  override update(_part: unknown, [facts, className]: [readonly Fact[], string]): unknown {
    const key = `${className}\u0000${facts.map((f) => `${f.label}\u0001${f.value as string}`).join('\u0000')}`;
    if (key === this.key) return noChange;
    this.key = key;
    return buildLine(facts, className);
  }
}
const factsLine = directive(FactsLine);

/**
 * The facts line: text, with each date kept whole with its label in a span of its own, so a row
 * costs an element a date, never three a fact. A value that is a template (a report's status with
 * its own look) is rendered through a template instead.
 */
export function renderFacts(facts: readonly Fact[], className = 'facts'): TemplateResult | DirectiveResult | typeof nothing {
  const shown = facts.filter(hasValue);
  if (!shown.length) return nothing;
  if (shown.every((f) => typeof f.value === 'string')) return factsLine(shown, className);
  const fact = (f: Fact) => (typeof f.value === 'string' && DISPLAY_DATE.test(f.value) ? html`<span class="date">${f.label}: ${f.value}</span>` : html`${f.label}: ${f.value}`);
  return html`<p class=${className} part="facts">${shown.map((f, i) => html`${i ? ' · ' : ''}${fact(f)}`)}</p>`;
}

export const factsStyles = css`
  li .facts { margin: var(--_space-xs) 0 0; overflow-wrap: break-word; }
  .facts .date, .report-meta .date { white-space: nowrap; }
`;
