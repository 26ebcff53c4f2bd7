import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/results.define.js';
import '../../src/elements/diagnoses.define.js';

import { sendKeys } from '@web/test-runner-commands';
import { ENDPOINT, NHS, subject, records, requests, token, text, until, useRecords, untilState } from '../helpers/icr.js';

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
    const rows = [...el.shadowRoot!.querySelectorAll('table.values > tbody > tr')].map((r) => r.textContent!.replace(/\s+/g, ' '));
    expect(rows).to.have.length(3);
    expect(rows[0]).to.include('01-Mar-2024');
    expect(el.shadowRoot!.querySelector('svg.trend-chart')!.getAttribute('aria-describedby')).to.equal(el.shadowRoot!.querySelector('table.values')!.id);
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

  it('R7: in the table of tests a missing interpretation adds nothing and a missing range says "Not recorded", never "None"', async () => {
    records.Observation = { match: [k('a', '2024-01-01', 4.1, { referenceRange: undefined })] };
    const el = await results();
    const heads = [...el.shadowRoot!.querySelectorAll('table.tests thead th')].map((h) => h.textContent!.trim());
    expect(heads).to.deep.equal(['Test', 'Latest value', 'Date', 'Reference range']);
    const cells = [...el.shadowRoot!.querySelector('table.tests .test-row')!.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells.slice(1)).to.deep.equal(['4.1 mmol/L', '01-Jan-2024', 'Not recorded']);
    expect(text(el)).to.not.match(/\bNone\b/);
    await expect(el).to.be.accessible();
  });

  it('R36: results as a table grouped by test: one row per test with its latest value, flag, date and range; the history on demand below it', async () => {
    const na = (id: string, date: string, value: number) => k(id, date, value, { code: { coding: [{ system: 'http://loinc.org', code: '2951-2' }], text: 'Sodium' },
      valueQuantity: { value, unit: 'mmol/L' }, referenceRange: [{ low: { value: 133, unit: 'mmol/L' }, high: { value: 146, unit: 'mmol/L' } }] });
    records.Observation = { match: [k('a', '2024-01-01', 4.1), k('b', '2024-03-01', 5.9, { interpretation: [{ coding: [{ code: 'H' }] }] }), na('n', '2024-02-10', 140)] };
    const el = await results();
    const rows = [...el.shadowRoot!.querySelectorAll('table.tests > tbody.test')];
    expect(rows).to.have.length(2);
    const cells = (tbody: Element) => [...tbody.querySelector('.test-row')!.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    const byName = Object.fromEntries(rows.map((r) => [r.querySelector('.test-name')!.textContent!.trim(), r]));
    expect(cells(byName.Potassium!).slice(1)).to.deep.equal(['5.9 mmol/L High', '01-Mar-2024', '3.5 to 5.3 mmol/L']);
    expect(byName.Potassium!.querySelector('.test-row th[scope="row"]')).to.not.equal(null);
    expect(byName.Potassium!.querySelector('.flag svg')).to.not.equal(null); // the flag in words and an icon, not colour alone
    // A test with one value has no history to open; one with two has its disclosure, closed until asked.
    expect(byName.Sodium!.querySelector('details')).to.equal(null);
    const details = byName.Potassium!.querySelector<HTMLDetailsElement>('.history-row details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('History of Potassium (2 values)');
    await expect(el).to.be.accessible();
  });

  it('R63: a test\'s history opens and closes by keyboard (Enter on its summary)', async () => {
    records.Observation = { match: [k('a', '2024-01-01', 4.1), k('b', '2024-03-01', 5.9), k('c', '2024-02-01', 4.8)] };
    const el = await results();
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('.history-row details')!;
    details.querySelector<HTMLElement>('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => details.open, 'the history opened');
    expect(details.querySelector('table.values')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await sendKeys({ press: 'Enter' });
    await until(() => !details.open, 'the history closed');
  });

  it('R7, R20: in the history table a missing interpretation or range says "Not recorded", never "None"', async () => {
    records.Observation = { match: [k('a', '2024-01-01', 4.1, { referenceRange: undefined }),
      k('b', '2024-03-01', 5.9, { interpretation: [{ coding: [{ code: 'H' }] }] })] };
    const el = await results();
    const rows = [...el.shadowRoot!.querySelectorAll('table.values > tbody > tr')].map((r) => [...r.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
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
