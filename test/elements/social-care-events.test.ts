import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/social-care-events.define.js';
import '../../src/elements/care-plans.define.js';
import '../../src/elements/provider.define.js';
import type { IcrSocialCareEvents } from '../../src/elements/social-care-events/social-care-events.js';
import { useMockIcr, untilState } from '../helpers/icr.js';

const RICHARD = '9912003888';

function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

function events(el: Element): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part="event"]') ?? [])];
}

describe('<icr-social-care-events>', () => {
  const h = useMockIcr();

  /** A patient of the mock population whose description matches, or undefined. */
  function patient(pattern: RegExp) {
    const found = h.mock.population.find((p) => pattern.test(p.name));
    if (!found) throw new Error(`No mock patient ${pattern}`);
    return found;
  }

  async function show(nhs: string, role = 'R8000', now?: Date): Promise<IcrSocialCareEvents> {
    const el = await fixture<IcrSocialCareEvents>(html`<icr-social-care-events
      endpoint=${h.endpoint} nhs-number=${nhs} .tokenProvider=${h.tokenFor(role)} .now=${now}></icr-social-care-events>`);
    await untilState(el, 'loaded', 'empty', 'restricted', 'opted-out', 'unavailable', 'wrong-patient', 'auth-required', 'not-found', 'invalid-nhs-number', 'not-configured');
    return el;
  }

  it('R45: is accessible and shows each event with type, status, key dates and organisation', async () => {
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('loaded');
    await expect(el).to.be.accessible();
    const t = text(el);
    expect(t).to.contain('Assessment');
    expect(t).to.contain('Occupational therapy assessment');
    expect(t).to.contain('Package of care');
    expect(t).to.contain('Northbridge Council Adult Social Care');
    expect(t).to.match(/Requested:\s*\d{2}-[A-Z][a-z]{2}-\d{4}/);
    expect(t).to.match(/Status:\s*Completed/);
  });

  it('§8: a Flag that fits no row is shown as "Other alert", never dropped', async () => {
    const el = await show(RICHARD);
    const other = events(el).find((e) => e.dataset.kind === 'other-alert');
    expect(other, 'the lone-worker flag').to.exist;
    expect(other!.textContent).to.contain('Other alert');
    expect(other!.textContent).to.contain('Two dogs');
  });

  it('R45: newest first, grouped under year headings', async () => {
    const el = await show(RICHARD);
    const headings = [...el.shadowRoot!.querySelectorAll('.year')].map((y) => y.textContent!.trim());
    const years = headings.filter((y) => /^\d{4}$/.test(y)).map(Number);
    expect(years.length).to.be.greaterThan(0);
    expect([...years].sort((a, b) => b - a)).to.deep.equal(years);
  });

  it('filters by kind, and an empty filter never says "none"', async () => {
    const el = await show(RICHARD);
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'package-of-care';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(events(el).map((e) => e.dataset.kind)).to.deep.equal(['package-of-care']);
    el.filter = 'dols-authorisation';
    await el.updateComplete;
    expect(events(el).length).to.equal(0);
    expect(text(el)).to.contain('This does not mean there are none');
    await expect(el).to.be.accessible();
  });

  it('R45, H14: a DoLS authorisation past its end says Expired, even if still marked active', async () => {
    const el = await show(patient(/HOLLOWAY/).nhsNumber);
    const dols = events(el).filter((e) => e.dataset.kind === 'dols-authorisation');
    expect(dols.length, 'DoLS authorisations in the mock').to.equal(3);
    const expired = dols.filter((e) => e.querySelector('[data-expiry="expired"]'));
    expect(expired.length).to.equal(2);
    const stillActive = expired.find((e) => /Status:\s*Active/.test(e.textContent!.replace(/\s+/g, ' ')));
    expect(stillActive, 'the active-but-past urgent authorisation').to.exist;
    expect(stillActive!.textContent).to.contain('Expired');
    await expect(el).to.be.accessible();
  });

  it('R45: a DoLS authorisation ending within 28 days says so; a later one does not', async () => {
    const edith = await show(patient(/HOLLOWAY/).nhsNumber);
    const expiring = edith.shadowRoot!.querySelectorAll('[data-expiry="expiring"]');
    expect(expiring.length).to.equal(1);
    expect(expiring[0].textContent).to.match(/Expires in 1[2-4] days/);
    const margaret = await show(patient(/EVANS/).nhsNumber);
    const dols = events(margaret).filter((e) => e.dataset.kind === 'dols-authorisation');
    expect(dols.length).to.equal(1);
    expect(dols[0].querySelector('[data-expiry]')).to.equal(null);
    expect(dols[0].textContent).to.match(/Authorised/);
    await expect(margaret).to.be.accessible();
  });

  it('R45: the clock decides: the same authorisation says Expired once its end has passed', async () => {
    const soon = await show(patient(/EVANS/).nhsNumber);
    expect(soon.shadowRoot!.querySelector('[data-expiry]')).to.equal(null);
    soon.now = new Date(Date.now() + 10 * 365 * 86_400_000);
    await soon.updateComplete;
    const dols = events(soon).filter((x) => x.dataset.kind === 'dols-authorisation');
    expect(dols.length).to.equal(1);
    expect(dols[0].querySelector('[data-expiry]')?.textContent).to.contain('Expired');
    await expect(soon).to.be.accessible();
  });

  it('an open safeguarding item stands out in words and an icon, not colour alone', async () => {
    const el = await show(patient(/HOLLOWAY/).nhsNumber);
    const open = el.shadowRoot!.querySelectorAll('[data-open-safeguarding]');
    expect(open.length).to.be.greaterThan(0);
    expect(open[0].textContent).to.contain('Open safeguarding');
    expect(open[0].querySelector('svg')).to.exist;
    expect(open[0].closest('[part="event"]')!.getAttribute('data-kind')).to.equal('safeguarding-concern');
    await expect(el).to.be.accessible();
  });

  it('children\'s social care is shared for a child', async () => {
    const el = await show(patient(/BENNETT/).nhsNumber);
    expect(el.getAttribute('state')).to.equal('loaded');
    const t = text(el);
    expect(t).to.contain('Child and family assessment');
    expect(t).to.contain('Open safeguarding');
    expect(t).to.contain("Northbridge Council Children's Services");
    await expect(el).to.be.accessible();
  });

  it('R45: an empty result never says "no safeguarding" or "no DoLS"', async () => {
    const el = await show(patient(/OKAFOR/).nhsNumber);
    expect(el.getAttribute('state')).to.equal('empty');
    const t = text(el);
    expect(t).to.contain('No social care events are shared');
    expect(t).to.contain('This does not mean there are no safeguarding concerns, DoLS or assessments');
    expect(t).not.to.match(/(^|[.:] )no (safeguarding|dols)/i);
    await expect(el).to.be.accessible();
  });

  it('R49: a clerical role sees "Not available for your role", never an empty list', async () => {
    const el = await show(RICHARD, 'R8010');
    expect(el.getAttribute('state')).to.equal('restricted');
    expect(text(el)).to.contain('Not available for your role');
    expect(text(el)).not.to.contain('No social care events');
    expect(events(el).length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('R49: a nurse is not shown social care events', async () => {
    const el = await show(RICHARD, 'R8001');
    expect(el.getAttribute('state')).to.equal('restricted');
    await expect(el).to.be.accessible();
  });

  it('R55: an opted-out patient shows the whole-record opt-out state, not empty', async () => {
    const el = await show(h.mock.population.find((p) => /Opted out/.test(p.demonstrates))!.nhsNumber);
    expect(el.getAttribute('state')).to.equal('opted-out');
    expect(text(el)).to.contain('opted out of sharing through the Integrated Care Record');
    expect(text(el)).not.to.contain('No social care events');
    await expect(el).to.be.accessible();
  });

  it('H4: one of the three searches failing makes the section unavailable, with retry', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'Flag' });
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('unavailable');
    expect(text(el)).to.contain('This does not mean there is none');
    expect(el.shadowRoot!.querySelector('button.retry')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('R9: a payload for another patient shows no events and a wrong-patient warning', async () => {
    h.mock.faults.add({ fault: 'wrong-patient', resourceType: 'Task' });
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('wrong-patient');
    expect(events(el).length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows loading, then the data (axe in the loading state)', async () => {
    h.mock.latencyMs = 1500;
    const el = await fixture<IcrSocialCareEvents>(html`<icr-social-care-events
      endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}></icr-social-care-events>`);
    await untilState(el, 'loading');
    expect(text(el)).to.contain('Loading social care events');
    await expect(el).to.be.accessible();
  });

  it('R14: an invalid NHS number is never sent', async () => {
    const el = await show('1234567890');
    expect(el.getAttribute('state')).to.equal('invalid-nhs-number');
    expect(h.mock.requests.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('not found: a patient the ICR does not hold', async () => {
    const missing = await show('9434765919');
    expect(missing.getAttribute('state')).to.equal('not-found');
    await expect(missing).to.be.accessible();
  });

  it('auth required: a token refused after a refresh, never an empty list', async () => {
    h.mock.faults.add({ fault: '401', resourceType: 'Flag' });
    const auth = await show(RICHARD);
    expect(auth.getAttribute('state')).to.equal('auth-required');
    expect(text(auth)).not.to.contain('No social care events');
    await expect(auth).to.be.accessible();
  });

  it('not configured: no endpoint or token provider', async () => {
    const bare = await fixture<IcrSocialCareEvents>(html`<icr-social-care-events nhs-number=${RICHARD}></icr-social-care-events>`);
    await untilState(bare, 'not-configured');
    await expect(bare).to.be.accessible();
  });

  it('R8: standing alone it names its patient with a micro banner', async () => {
    const el = await show(RICHARD);
    expect(el.shadowRoot!.querySelector('[part="micro-banner"]')?.textContent).to.contain('991 200 3888');
  });

  it('shares the Task search with <icr-care-plans> inside one provider', async () => {
    const el = await fixture(html`<icr-provider endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}>
      <icr-social-care-events></icr-social-care-events><icr-care-plans></icr-care-plans></icr-provider>`);
    const sc = el.querySelector('icr-social-care-events')!;
    const cp = el.querySelector('icr-care-plans')!;
    await untilState(sc, 'loaded');
    await untilState(cp, 'loaded');
    const taskRequests = h.mock.requests.filter((r) => new URL(r.url).pathname.endsWith('/Task'));
    expect(taskRequests.length).to.equal(1);
    await expect(el).to.be.accessible();
  });
});
