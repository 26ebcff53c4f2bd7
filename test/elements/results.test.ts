import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/results.define.js';
import '../../src/elements/diagnoses.define.js';

import { ENDPOINT, NHS, subject, records, requests, token, text, useRecords, untilState } from '../helpers/icr.js';

useRecords();
const lab = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }];
const k = (id: string, date: string, value: number, over: Record<string, unknown> = {}) => ({ resourceType: 'Observation', id, status: 'final', subject, category: lab,
  code: { coding: [{ system: 'http://loinc.org', code: '2823-3' }], text: 'Potassium' }, effectiveDateTime: date, valueQuantity: { value, unit: 'mmol/L' },
  referenceRange: [{ low: { value: 3.5, unit: 'mmol/L' }, high: { value: 5.3, unit: 'mmol/L' } }], ...over });

async function results() {
  const wrap = await fixture(html`<div><icr-results endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-results></div>`);
  const el = wrap.querySelector('icr-results')!;
  await untilState(el, 'loaded', 'empty');
  return el;
}

describe('<icr-results>', () => {
  it('R36: latest value with unit, range, interpretation and date; history as a table', async () => {
    records.Observation = { match: [k('a', '2024-01-01', 4.1), k('b', '2024-03-01', 5.9, { interpretation: [{ coding: [{ code: 'H' }] }] }), k('c', '2024-02-01', 4.8)] };
    const el = await results();
    const shown = text(el);
    expect(shown).to.include('5.9 mmol/L');
    expect(shown).to.include('3.5 to 5.3 mmol/L');
    expect(shown).to.include('High');
    expect(shown).to.include('01-Mar-2024');
    const rows = [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((r) => r.textContent!.replace(/\s+/g, ' '));
    expect(rows).to.have.length(3);
    expect(rows[0]).to.include('01-Mar-2024');
    expect(el.shadowRoot!.querySelector('svg.trend-chart')!.getAttribute('aria-describedby')).to.equal(el.shadowRoot!.querySelector('table')!.id);
    await expect(el).to.be.accessible();
  });

  it('R36: a value without a unit is marked, and dataAbsentReason is shown as text', async () => {
    records.Observation = { match: [k('a', '2024-01-01', 4.1, { valueQuantity: { value: 4.1 } }),
      { ...k('b', '2024-01-01', 0, { code: { text: 'Sodium' }, dataAbsentReason: { text: 'Sample haemolysed' } }), valueQuantity: undefined }] };
    const el = await results();
    expect(text(el)).to.include('4.1 (unit not recorded)');
    expect(text(el)).to.include('No value: Sample haemolysed');
    await expect(el).to.be.accessible();
  });

  it('R7: a missing interpretation or range is left out of the latest value, never "None"', async () => {
    records.Observation = { match: [k('a', '2024-01-01', 4.1, { referenceRange: undefined })] };
    const el = await results();
    const latest = el.shadowRoot!.querySelector('.test-meta')!;
    const labels = [...latest.querySelectorAll('dt')].map((d) => d.textContent!.trim());
    expect(labels).to.include.members(['Latest value', 'Date']);
    expect(labels).to.not.include.members(['Reference range']);
    expect(labels.some((l) => /interpretation|range/i.test(l))).to.equal(false);
    expect(text(el)).to.not.match(/\bNone\b/);
    expect(text(el)).to.include('4.1 mmol/L');
    await expect(el).to.be.accessible();
  });

  it('R7, R20: in the history table a missing interpretation or range says "Not recorded", never "None"', async () => {
    records.Observation = { match: [k('a', '2024-01-01', 4.1, { referenceRange: undefined }),
      k('b', '2024-03-01', 5.9, { interpretation: [{ coding: [{ code: 'H' }] }] })] };
    const el = await results();
    const rows = [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((r) => [...r.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows[0]).to.deep.equal(['01-Mar-2024', '5.9 mmol/L', '3.5 to 5.3 mmol/L', 'High']);
    expect(rows[1]).to.deep.equal(['01-Jan-2024', '4.1 mmol/L', 'Not recorded', 'Not recorded']);
    expect(text(el)).to.not.match(/\bNone\b/);
  });

  it('R36: a panel with one member says "1 result", not "1 results"', async () => {
    const member = k('m', '2024-01-01', 4.1);
    const panel = { resourceType: 'Observation', id: 'p', status: 'final', subject, category: lab, code: { text: 'Electrolytes' },
      effectiveDateTime: '2024-01-01', hasMember: [{ reference: 'Observation/m' }] };
    records.Observation = { match: [panel, member] };
    const el = await results();
    expect(text(el)).to.include('Panel of 1 result');
    expect(text(el)).to.not.include('1 results');
  });

  it('R35: one entry entered in error is counted in the singular', async () => {
    records.Observation = { match: [k('a', '2024-01-01', 4.1), k('b', '2024-03-01', 5.9, { status: 'entered-in-error' })] };
    const el = await results();
    expect(text(el)).to.include('1 entry marked as entered in error is not shown.');
  });

  it('an empty search says no results, not an empty list', async () => {
    records.Observation = { match: [] };
    const el = await results();
    expect(el.getAttribute('state')).to.equal('empty');
    expect(text(el)).to.include('No laboratory results or vital signs found');
    await expect(el).to.be.accessible();
  });

  it('R39: a paged result: the last page is reached', async () => {
    records.Observation = { match: [k('a', '2024-01-01', 4.1)], next: true };
    await results();
    expect(requests.some((r) => r.includes('/Observation') && r.includes('page=2'))).to.equal(true);
    expect(requests.find((r) => r.includes('/Observation'))).to.include('category=laboratory%2Cvital-signs');
  });
});
