/**
 * The baseline of issue 9's "any size of record" goal: a plain Lit element that renders all N rows
 * of a table with `repeat()`, no paging, no virtualisation, no FHIR mapping. What a host would write
 * by hand; the bench prints icr-elements' time over this one's for each N.
 */
import { LitElement, css, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

export interface PlainRow {
  id: string;
  name: string;
  dose: string;
  date: string;
}

export class BenchPlainList extends LitElement {
  static override properties = { rows: { attribute: false } };
  static override styles = css`
    table { border-collapse: collapse; width: 100%; }
    td, th { padding: 4px 8px; border-bottom: 1px solid #d8dde0; text-align: left; }
  `;
  rows: PlainRow[] = [];

  override render() {
    return html`<table>
      <caption>Medications</caption>
      <thead><tr><th>Medication</th><th>Dose</th><th>Date</th></tr></thead>
      <tbody>${repeat(this.rows, (r) => r.id, (r) => html`<tr><td>${r.name}</td><td>${r.dose}</td><td>${r.date}</td></tr>`)}</tbody>
    </table>`;
  }
}
customElements.define('bench-plain-list', BenchPlainList);
