/**
 * A 10,000-result patient (issue 18 point 3, R62, R63, H17): 100 tests of 100 values each, written
 * by hand here. The list of tests stays bounded, every test is reachable, the filter finds a test
 * not rendered yet, a range says what it hides and keeps a test whose latest value is not final,
 * the trend chart has its axis and shaded range and the table beside it, and a hidden test's name
 * and values are in neither the list nor the chart (R51).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/results.define.js';
import { ENDPOINT, NHS, subject, records, token, text, useRecords, until, untilState } from '../helpers/icr.js';

useRecords();
const SCREEN = 800;
const TESTS = 100;
const VALUES = 100;
const lab = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }];
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);
const name = (i: number) => `Analyte ${String(i).padStart(3, '0')}`;

function observations(): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < TESTS; i++) {
    for (let v = 0; v < VALUES; v++) {
      // Test i's newest value is i × 10 days old: test 99's is almost three years old.
      const newest = v === 0;
      out.push({
        resourceType: 'Observation', id: `o${i}-${v}`, subject, category: lab,
        status: i === 60 && newest ? 'preliminary' : 'final',
        code: { coding: [{ system: 'http://loinc.org', code: `L${i}` }], text: name(i) },
        effectiveDateTime: daysAgo(i * 10 + v * 3 + 1), valueQuantity: { value: 4 + ((v * 7 + i) % 20) / 10, unit: 'mmol/L' },
        referenceRange: [{ low: { value: 4.5, unit: 'mmol/L' }, high: { value: 5.5, unit: 'mmol/L' } }],
        ...(i === 3 ? { meta: { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }] } } : {}),
      });
    }
  }
  return out;
}

async function results(range = 'all') {
  records.Observation = { match: observations() };
  const wrap = await fixture(html`<div style="width: 1280px"><icr-results endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token} list-range=${range}></icr-results></div>`);
  const el = wrap.querySelector('icr-results')!;
  await untilState(el, 'loaded');
  await until(() => !el.hasAttribute('loading-more'), 'every result', 60_000);
  await el.updateComplete;
  return el;
}
/** Each rendered test's row in the table of tests (the row carries its list position and takes focus). */
const tests = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('tbody.test > tr.test-row')];
const testBodies = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('tbody.test')];
const summary = (el: Element) => el.shadowRoot!.querySelector('.list-summary')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<icr-results> with 10,000 results (R62, R63)', () => {
  it('R63, H17: 100 tests: the count said, no taller than 4 screens, "Show more" brings the rest and focus moves to the first new test', async () => {
    const el = await results();
    expect(summary(el)).to.equal('100 tests');
    const height = el.getBoundingClientRect().height;
    console.log(`[measure] icr-results, 10,000 results, 1280 px: ${Math.round(height)} px tall, ${el.shadowRoot!.querySelectorAll('*').length} elements`);
    expect(height).to.be.below(4 * SCREEN);
    expect(tests(el)).to.have.length(25);
    expect(text(el)).to.include('Showing 25 of 100');
    for (let page = 1; page < 4; page++) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.show-more')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(tests(el)[page * 25]);
    }
    expect(tests(el)).to.have.length(100);
    expect(el.shadowRoot!.querySelector('button.show-more')).to.equal(null);
    // Each row's place in the whole list (its focus target after "Show more"); the count says the size.
    expect(tests(el)[99].getAttribute('data-list-pos')).to.equal('100');
    expect(summary(el)).to.equal('100 tests');
  });

  it('R63: the text filter finds a test that is not rendered yet', async () => {
    const el = await results();
    expect(text(el)).to.not.include(name(90));
    const filter = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    filter.value = 'analyte 090';
    filter.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(tests(el)).to.have.length(1);
    expect(text(el)).to.include(name(90));
    expect(summary(el)).to.equal('1 of 100 tests, matching “analyte 090” Show all');
  });

  it('R62: a range says what it hides, keeps a test whose latest value is not final, and one action clears it', async () => {
    const el = await results('1y');
    // Tests 0–36 have a value in the last year; test 60's latest (preliminary, 601 days old) is kept.
    expect(summary(el)).to.equal('38 of 100 tests, last year, 1 current entry kept from before Show all');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.show-more')!.click();
    await el.updateComplete;
    expect(text(el)).to.include(name(60));
    expect(text(el)).to.not.include(name(61));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.show-all')!.click();
    await el.updateComplete;
    expect(summary(el)).to.equal('100 tests');
    await expect(el).to.be.accessible();
  });

  it('the trend chart: an axis with dates and values, the reference range shaded, a value read by keyboard; the table beside it, paged', async () => {
    const el = await results();
    const first = testBodies(el)[0];
    const details = first.querySelector<HTMLDetailsElement>('details.history')!;
    details.open = true;
    const chart = first.querySelector<SVGElement>('svg.trend-chart')!;
    const table = first.querySelector('table.values')!;
    expect(chart.getAttribute('aria-describedby')).to.equal(table.id);
    const ticks = [...chart.querySelectorAll('text.tick')].map((x) => x.textContent!.trim());
    expect(ticks.some((x) => /^\d{2}-[A-Z][a-z]{2}-\d{4}$/.test(x))).to.equal(true);
    expect(ticks.some((x) => /^\d+(\.\d+)?$/.test(x))).to.equal(true);
    expect(chart.querySelector('rect.range')).to.not.equal(null);
    expect(first.querySelector('.trend-range')!.textContent).to.equal('Shaded: reference range 4.5 to 5.5 mmol/L');
    expect(first.querySelector('.trend')!.textContent).to.include('The chart shows the latest 60 of 100 values');
    chart.focus();
    await el.updateComplete;
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    const readout = first.querySelector('.trend-readout')!;
    expect(readout.getAttribute('aria-live')).to.equal('polite');
    expect(readout.textContent).to.match(/^\d{2}-[A-Z][a-z]{2}-\d{4}: \d+(\.\d+)? mmol\/L$/);
    const newest = table.querySelector(':scope > tbody > tr > th')!.textContent!.trim();
    expect(readout.textContent!.startsWith(newest), `${readout.textContent} vs ${newest}`).to.equal(true);
    expect(table.querySelectorAll(':scope > tbody > tr')).to.have.length(25);
    first.querySelector<HTMLButtonElement>('button.history-more')!.click();
    await el.updateComplete;
    expect(table.querySelectorAll(':scope > tbody > tr')).to.have.length(50);
    expect(el.shadowRoot!.activeElement).to.equal(table.querySelectorAll(':scope > tbody > tr')[25]);
    await expect(el).to.be.accessible();
  });

  it('R63, H17: a test\'s full history opened (100 values) stays bounded: under 4 screens, a page of rows and "Show more"', async () => {
    const el = await results();
    const first = testBodies(el)[0];
    first.querySelector<HTMLDetailsElement>('details.history')!.open = true;
    await el.updateComplete;
    expect(first.getBoundingClientRect().height).to.be.below(4 * SCREEN);
    expect(el.getBoundingClientRect().height).to.be.below(4 * SCREEN + first.getBoundingClientRect().height);
    expect(first.querySelector('button.history-more')!.textContent).to.equal('Show 25 more values');
  });

  it('R51: a hidden test\'s name and values are absent from the list, the filter and the chart', async () => {
    const el = await results();
    expect(text(el)).to.not.include(name(3));
    const filter = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    filter.value = name(3);
    filter.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(tests(el)).to.have.length(0);
    filter.value = '';
    filter.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('svg.trend-chart')).to.have.length(24);
  });

  it('reflows at 320 px: the controls, the list and an opened chart fit without horizontal scroll', async () => {
    const el = await results();
    (el.parentElement as HTMLElement).style.width = '320px';
    testBodies(el)[0].querySelector<HTMLDetailsElement>('details.history')!.open = true;
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    const chart = el.shadowRoot!.querySelector('svg.trend-chart')!.getBoundingClientRect();
    expect(chart.width).to.be.at.most(320);
  });

  it('R62: a host that sets list-range later gets that range; "Show all" still clears it in one action', async () => {
    const el = await results();
    expect(summary(el)).to.equal('100 tests');
    el.setAttribute('list-range', '1y');
    await until(() => summary(el).startsWith('38 of 100 tests, last year'), 'the range applied');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.show-all')!.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(summary(el)).to.equal('100 tests');
  });
});

