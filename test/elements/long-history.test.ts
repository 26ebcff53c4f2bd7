/**
 * Long histories a clinician can use (issue 18 point 3, R62, R63, H17): Arthur Greenwood's 1,200
 * pathology reports through the mock ICR, page by page: bounded height, every entry reachable, a
 * filter over every entry, a range that says what it hides and is cleared in one action, and a
 * report that is not final never hidden by a range.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { useMockIcr, until, untilState } from '../helpers/icr.js';

const ARTHUR = '9990101388';
const RICHARD = '9912003888';
const SCREEN = 800;
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('long histories (R62, R63)', () => {
  const h = useMockIcr();

  async function arthur(range?: string) {
    const wrap = await fixture(html`<div style="width: 1280px"><icr-provider endpoint=${h.endpoint} nhs-number=${ARTHUR} .tokenProvider=${h.tokenFor()}>
      <icr-pathology-reports hide-other list-range=${range ?? 'all'}></icr-pathology-reports></icr-provider></div>`);
    const el = wrap.querySelector('icr-pathology-reports')!;
    await untilState(el, 'loaded');
    await until(() => !el.hasAttribute('loading-more'), 'every page of reports', 60_000);
    await el.updateComplete;
    return el;
  }
  const items = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.report')];
  // A report's facts line reads "Issued: 03-Mar-2026 09:00 · Modality or discipline: … · Status: …".
  const issued = (li: Element) => li.querySelector('.report-meta')!.textContent!.split(' · ')[0].replace(/^Issued: /, '').trim();
  const summary = (el: Element) => el.shadowRoot!.querySelector('.list-summary')!.textContent!.replace(/\s+/g, ' ').trim();

  it('R63, H17: 1,200 reports: the count said, no taller than 4 screens, "Show more" brings the next page and focus moves to it', async () => {
    const el = await arthur();
    expect(summary(el)).to.match(/^\d{1,3}(,\d{3})* reports$/);
    const total = Number(summary(el).replace(/\D/g, ''));
    expect(total).to.be.greaterThan(1000);
    const height = el.getBoundingClientRect().height;
    console.log(`[measure] icr-pathology-reports, Arthur Greenwood, 1280 px: ${Math.round(height)} px tall, ${el.shadowRoot!.querySelectorAll('*').length} elements in its shadow DOM`);
    expect(height).to.be.below(4 * SCREEN);
    expect(items(el)).to.have.length(25);
    expect(text(el)).to.include(`Showing 25 of ${total.toLocaleString('en-GB')}`);
    expect(items(el)[0].getAttribute('aria-setsize')).to.equal(String(total));
    expect(items(el)[0].getAttribute('aria-posinset')).to.equal('1');
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('button.show-more')!;
    expect(more.textContent!.trim()).to.equal('Show 25 more');
    more.focus();
    more.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(50);
    expect(el.shadowRoot!.activeElement).to.equal(items(el)[25]);
    expect(items(el)[25].getAttribute('aria-posinset')).to.equal('26');
    await expect(el).to.be.accessible();
  });

  it('R63: the text filter finds a report that is not rendered yet', async () => {
    const el = await arthur();
    const rendered = new Set(items(el).map((li) => li.querySelector('.report-title')?.textContent));
    // The oldest report is on the last page; its date (dd-Mmm-yyyy) is searched like any other word.
    const filter = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    const order = el.shadowRoot!.querySelectorAll<HTMLSelectElement>('.list-controls select')[1]!;
    order.value = 'oldest';
    order.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const oldest = items(el)[0];
    const date = issued(oldest);
    order.value = 'newest';
    order.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(items(el).some((li) => issued(li) === date)).to.equal(false);
    expect(rendered.size).to.be.greaterThan(0);
    filter.value = date;
    filter.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(items(el).some((li) => issued(li) === date)).to.equal(true);
    expect(summary(el)).to.match(new RegExp(`^\\d+ of \\d{1,3}(,\\d{3})* reports, matching “${date}” Show all$`));
  });

  it('R62: a range says what it hides and one action clears it; a report that is not final is never hidden by it', async () => {
    const el = await arthur('3m');
    const line = summary(el);
    expect(line).to.match(/^\d+ of \d{1,3}(,\d{3})* reports, last 3 months, \d+ current entr(y|ies) kept from before Show all$/);
    // Arthur's amended reports span 25 years: every one is still listed under "last 3 months".
    const notFinal = items(el).filter((li) => li.classList.contains('not-final'));
    expect(notFinal.length).to.be.greaterThan(0);
    const kept = Number(/(\d+) current entr/.exec(line)![1]);
    expect(kept).to.be.greaterThan(0);
    const showAll = el.shadowRoot!.querySelector<HTMLButtonElement>('button.show-all')!;
    showAll.click();
    await el.updateComplete;
    expect(summary(el)).to.match(/^\d{1,3}(,\d{3})* reports$/);
    expect(el.shadowRoot!.querySelector('button.show-all')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent).to.match(/reports$/);
    await expect(el).to.be.accessible();
  });

  it('R62, H17: a filter typed for one patient does not narrow the next patient\'s list', async () => {
    const el = await arthur();
    const filter = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    filter.value = 'no such report';
    filter.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(summary(el)).to.match(/^0 of /);
    el.closest('icr-provider')!.setAttribute('nhs-number', RICHARD);
    await until(() => el.getAttribute('state') === 'loaded' && !/of 1,200/.test(summary(el)), 'the next patient loaded', 20_000);
    expect(summary(el)).to.match(/^\d+ reports?$/);
  });

  it('reflows at 320 px: the count, the controls and the reports fit without horizontal scroll', async () => {
    const el = await arthur('1y');
    (el.closest('div') as HTMLElement).style.width = '320px';
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    for (const control of el.shadowRoot!.querySelectorAll('.list-controls label, .list-summary, .list-more')) {
      expect(control.getBoundingClientRect().right, control.className).to.be.at.most(base.getBoundingClientRect().right + 1);
    }
  });
});

