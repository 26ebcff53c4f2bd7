/**
 * R35, H12: where reports or results mark an entry as not final (preliminary, partial, amended,
 * corrected…), the section says once what the marking means; with nothing marked, no legend.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/pathology-reports.define.js';
import '../../src/elements/results.define.js';
import { ENDPOINT, NHS, subject, cat, dr, records, token, useRecords, untilState } from '../helpers/icr.js';

useRecords();

const LEGEND = 'Marked: not final — preliminary, partial, amended or corrected (or another status than final); check before acting';
const legends = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="not-final-legend"]')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
const lab = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }];
const obs = (id: string, status: string, name: string) => ({ resourceType: 'Observation', id, status, subject, category: lab, code: { text: name },
  effectiveDateTime: '2024-03-01T09:00:00Z', valueQuantity: { value: 140, unit: 'mmol/L' } });

async function show<T extends Element>(tag: 'icr-pathology-reports' | 'icr-results'): Promise<T> {
  const wrap = await fixture(tag === 'icr-results'
    ? html`<div><icr-results endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-results></div>`
    : html`<div><icr-pathology-reports endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-pathology-reports></div>`);
  const el = wrap.querySelector<T>(tag)!;
  await untilState(el, 'loaded');
  return el;
}

describe('not-final legend (R35, H12)', () => {
  it('R35: pathology reports with preliminary and amended entries say once what the marking means', async () => {
    records.DiagnosticReport = { match: [
      dr('a', { category: cat('LAB'), status: 'preliminary', code: { text: 'Urea and electrolytes' } }),
      dr('b', { category: cat('LAB'), status: 'amended', code: { text: 'Liver function' } }),
      dr('c', { category: cat('LAB'), status: 'final', code: { text: 'Full blood count' } }),
    ] };
    const el = await show('icr-pathology-reports');
    expect(legends(el)).to.deep.equal([LEGEND]);
    await expect(el).to.be.accessible();
  });

  it('R35: only final reports: no legend', async () => {
    records.DiagnosticReport = { match: [dr('c', { category: cat('LAB'), status: 'final', code: { text: 'Full blood count' } })] };
    expect(legends(await show('icr-pathology-reports'))).to.deep.equal([]);
  });

  it('R35: results with a preliminary value say once what the marking means', async () => {
    records.Observation = { match: [obs('o1', 'preliminary', 'Sodium'), obs('o2', 'corrected', 'Potassium'), obs('o3', 'final', 'Urea')] };
    const el = await show('icr-results');
    expect(legends(el)).to.deep.equal([LEGEND]);
    await expect(el).to.be.accessible();
  });

  it('R35: only final results: no legend', async () => {
    records.Observation = { match: [obs('o3', 'final', 'Urea')] };
    expect(legends(await show('icr-results'))).to.deep.equal([]);
  });
});
