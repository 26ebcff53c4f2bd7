import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/care-plans.define.js';
import type { IcrCarePlans } from '../../src/elements/care-plans/care-plans.js';
import { useMockIcr, untilState } from '../helpers/icr.js';

const RICHARD = '9912003888';
const SETTLED = ['loaded', 'empty', 'restricted', 'opted-out', 'unavailable', 'wrong-patient', 'auth-required', 'not-found', 'invalid-nhs-number', 'not-configured'];

function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

function plans(el: Element): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part="plan"]') ?? [])];
}

describe('<icr-care-plans>', () => {
  const h = useMockIcr();

  async function show(nhs: string, role = 'R8000', now?: Date): Promise<IcrCarePlans> {
    const el = await fixture<IcrCarePlans>(html`<icr-care-plans
      endpoint=${h.endpoint} nhs-number=${nhs} .tokenProvider=${h.tokenFor(role)} .now=${now}></icr-care-plans>`);
    await untilState(el, ...SETTLED);
    return el;
  }

  it('is accessible and shows each plan with category, status, author and its events', async () => {
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('loaded');
    await expect(el).to.be.accessible();
    const reablement = plans(el).find((p) => p.textContent!.includes('Reablement support plan'))!;
    expect(reablement).to.exist;
    const t = reablement.textContent!.replace(/\s+/g, ' ');
    expect(t).to.contain('Care and support plan');
    expect(t).to.contain('Completed');
    expect(t).to.contain('Northbridge Council Adult Social Care');
    const kinds = [...reablement.querySelectorAll<HTMLElement>('[data-event]')].map((e) => e.dataset.event);
    expect(kinds).to.include.members(['created', 'started', 'reviewed', 'ended']);
    expect(text(el)).to.contain('Diabetes care plan');
  });

  const EDITH = '9990000018';

  it('an overdue review stands out in words, with an icon; others do not', async () => {
    const el = await show(EDITH);
    expect(el.shadowRoot!.querySelectorAll('[data-overdue]').length).to.equal(1);
    const badge = el.shadowRoot!.querySelector('[data-overdue]');
    expect(badge?.textContent).to.contain('Review overdue');
    expect(badge?.querySelector('svg')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('ReSPECT and end-of-life plans are named; a paramedic may read them', async () => {
    const el = await show(EDITH, 'R1070');
    expect(text(el)).to.match(/end of life/i);
    expect(el.shadowRoot!.querySelector('[data-respect]')?.textContent).to.contain('ReSPECT');
    await expect(el).to.be.accessible();
  });

  it('R49: a clerical role sees "Not available for your role", never an empty list', async () => {
    const el = await show(RICHARD, 'R8010');
    expect(el.getAttribute('state')).to.equal('restricted');
    expect(text(el)).to.contain('Not available for your role');
    expect(plans(el).length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('R49: a nurse, who may not read social care Tasks, still sees plans with a warning that reviews may be missing', async () => {
    const el = await show(RICHARD, 'R8001');
    expect(el.getAttribute('state')).to.equal('loaded');
    expect(text(el)).to.contain('Care plan reviews could not be retrieved');
    await expect(el).to.be.accessible();
  });

  it('R55: opted out shows the whole-record state, not empty', async () => {
    h.mock.faults.add({ fault: 'opted-out' });
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('opted-out');
    expect(text(el)).not.to.contain('No care plans');
    await expect(el).to.be.accessible();
  });

  it('unavailable, with retry, never empty', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'CarePlan' });
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('unavailable');
    expect(el.shadowRoot!.querySelector('button.retry')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('an empty result says nothing is shared and that it does not mean there is no plan', async () => {
    const p = h.mock.population.find((x) => /OKAFOR/.test(x.name))!;
    const el = await show(p.nhsNumber);
    expect(el.getAttribute('state')).to.equal('empty');
    expect(text(el)).to.contain('No care plans are shared');
    expect(text(el)).to.contain('This does not mean there is no care plan');
    await expect(el).to.be.accessible();
  });

  it('R9: wrong patient shows no plans', async () => {
    h.mock.faults.add({ fault: 'wrong-patient', resourceType: 'CarePlan' });
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('wrong-patient');
    expect(plans(el).length).to.equal(0);
    await expect(el).to.be.accessible();
  });
});
