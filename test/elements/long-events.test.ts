/**
 * R62, H17: a date range never hides a current social care event or care plan. Through the mock
 * population: whatever each patient has, every event that is current (open safeguarding, a DoLS or
 * alert not expired, a task in hand) and every plan with a review due that "all dates" shows is
 * still shown under "last 3 months", and the count says what the range hides.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { useMockIcr, until, untilState } from '../helpers/icr.js';

const PATIENTS = ['9912003888']; // Richard Smith; the others are found by what they demonstrate
const summary = (el: Element) => el.shadowRoot!.querySelector('.list-summary')?.textContent!.replace(/\s+/g, ' ').trim() ?? '';

describe('long event lists (R62)', () => {
  const h = useMockIcr();
  const nhsNumbers = () => [...PATIENTS, ...h.mock.population.filter((p) => /DoLS|safeguard|child protection|social care/i.test(p.demonstrates)).map((p) => p.nhsNumber)];

  async function show(tag: string, nhs: string, range: string) {
    const wrap = await fixture(html`<div><icr-provider endpoint=${h.endpoint} nhs-number=${nhs} .tokenProvider=${h.tokenFor()}>
      ${tag === 'icr-care-plans' ? html`<icr-care-plans list-range=${range}></icr-care-plans>` : html`<icr-social-care-events list-range=${range}></icr-social-care-events>`}</icr-provider></div>`);
    const el = wrap.querySelector(tag)!;
    await untilState(el, 'loaded', 'empty');
    await until(() => !el.hasAttribute('loading-more'), 'every page');
    return el;
  }

  it('R62: a current social care event is never hidden by a range; the count says what the range hides', async () => {
    let checked = 0;
    for (const nhs of nhsNumbers()) {
      const all = await show('icr-social-care-events', nhs, 'all');
      if (all.getAttribute('state') !== 'loaded') continue;
      const current = [...all.shadowRoot!.querySelectorAll('[part="event"]')]
        .filter((li) => li.querySelector('[data-open-safeguarding], [data-expiry="expiring"]') || /\b(Active|In progress)\b/i.test(li.textContent!))
        .map((li) => li.getAttribute('data-id'));
      const recent = await show('icr-social-care-events', nhs, '3m');
      const shown = new Set([...recent.shadowRoot!.querySelectorAll('[part="event"]')].map((li) => li.getAttribute('data-id')));
      for (const id of current) expect(shown.has(id), `${nhs}: ${id} kept`).to.equal(true);
      expect(summary(recent), nhs).to.match(/^\d+ of \d+ events?, last 3 months/);
      checked += current.length;
    }
    expect(checked, 'some current events were checked').to.be.greaterThan(0);
  });

  it('R62: a care plan with a review due is never hidden by a range', async () => {
    let checked = 0;
    for (const nhs of nhsNumbers()) {
      const all = await show('icr-care-plans', nhs, 'all');
      if (all.getAttribute('state') !== 'loaded') continue;
      const due = [...all.shadowRoot!.querySelectorAll('[part="plan"]')].filter((li) => li.querySelector('[data-overdue], [data-event="review-due"]'))
        .map((li) => li.getAttribute('data-id'));
      const recent = await show('icr-care-plans', nhs, '3m');
      const shown = new Set([...recent.shadowRoot!.querySelectorAll('[part="plan"]')].map((li) => li.getAttribute('data-id')));
      for (const id of due) expect(shown.has(id), `${nhs}: ${id} kept`).to.equal(true);
      checked += due.length;
    }
    expect(checked, 'some plans with a review due were checked').to.be.greaterThan(0);
  });
});
