import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/alerts.define.js';
import type { IcrAlerts } from '../../src/elements/alerts/alerts.js';
import { ENDPOINT, NHS, records, subject, token, useMockIcr, useRecords, untilState } from '../helpers/icr.js';

const EDITH = '9990000018';
const MARGARET = '9990081107';
const OLIVER = '9990010145';
const DAVID = '9990070962';
const SETTLED = ['loaded', 'empty', 'not-recorded', 'restricted', 'opted-out', 'unavailable', 'wrong-patient', 'auth-required', 'not-found', 'invalid-nhs-number', 'not-configured'];

const text = (el: Element | null | undefined) => (el instanceof Element && el.shadowRoot ? el.shadowRoot.textContent : el?.textContent ?? '')!.replace(/\s+/g, ' ');
const part = (el: IcrAlerts, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
const entries = (el: Element | null) => [...(el?.querySelectorAll<HTMLElement>('[part="entry"]') ?? [])];

describe('<icr-alerts>', () => {
  const h = useMockIcr();

  async function show(nhs: string, role = 'R8000'): Promise<IcrAlerts> {
    const el = await fixture<IcrAlerts>(html`<div style="width: 760px"><icr-alerts endpoint=${h.endpoint} nhs-number=${nhs} .tokenProvider=${h.tokenFor(role)}></icr-alerts></div>`);
    const alerts = el.querySelector('icr-alerts')!;
    await untilState(alerts, ...SETTLED);
    return alerts;
  }

  it('R66: a current ReSPECT form is shown with its date and who recorded it; the withdrawn DNACPR is not current', async () => {
    const el = await show(EDITH);
    expect(el.getAttribute('state')).to.equal('loaded');
    await expect(el).to.be.accessible();
    const decisions = part(el, 'decisions')!;
    const respect = entries(decisions).find((e) => e.dataset.kind === 'respect')!;
    expect(text(respect)).to.contain('ReSPECT form');
    expect(text(respect)).to.match(/Recorded ?\d{2}-[A-Z][a-z]{2}-\d{4}/);
    expect(text(respect)).to.match(/Recorded by ?Dr Amelia Hart/);
    expect(text(respect)).to.match(/Source ?Riverside Medical Practice/);
    // H18: the withdrawn DNACPR is nowhere among the current decisions, only under "No longer in force".
    expect(entries(decisions).some((e) => e.dataset.kind === 'dnacpr')).to.equal(false);
    const past = part(el, 'not-in-force') as HTMLDetailsElement;
    expect(past.open).to.equal(false);
    expect(text(past)).to.contain('No longer in force (3)');
    const dnacpr = entries(past).find((e) => e.dataset.kind === 'dnacpr')!;
    expect(dnacpr.dataset.standing).to.equal('withdrawn');
    expect(text(dnacpr)).to.contain('Withdrawn');
  });

  it('R72: a lasting power of attorney her daughter recorded is marked as added by a carer', async () => {
    const el = await show(EDITH);
    const lpa = entries(part(el, 'decisions')).find((e) => e.dataset.kind === 'lpa-health')!;
    const mark = lpa.querySelector('[part="added-by"]')!;
    expect(mark.textContent!.trim()).to.equal('added by a carer or relative');
    const respect = entries(part(el, 'decisions')).find((e) => e.dataset.kind === 'respect')!;
    expect(respect.querySelector('[part="added-by"]')).to.equal(null);
  });

  it('R66, R72: an expired DNACPR is never current; a preference the patient recorded is marked as hers', async () => {
    const el = await show(MARGARET);
    const decisions = part(el, 'decisions')!;
    expect(entries(decisions).map((e) => e.dataset.kind)).to.deep.equal(['preferred-place']);
    expect(entries(decisions)[0]!.querySelector('[part="added-by"]')!.textContent!.trim()).to.equal('added by the patient');
    const expired = entries(part(el, 'not-in-force')).find((e) => e.dataset.kind === 'dnacpr')!;
    expect(expired.dataset.standing).to.equal('expired');
    expect(text(expired)).to.match(/Expired \d{2}-[A-Z][a-z]{2}-\d{4}/);
    await expect(el).to.be.accessible();
  });

  it('R67: a child on a child protection plan: the status first, with the local authority and how to contact it', async () => {
    const el = await show(OLIVER);
    const groups = [...el.shadowRoot!.querySelectorAll<HTMLElement>('section.group')].map((g) => g.getAttribute('part'));
    expect(groups[0]).to.equal('protection');
    const cp = entries(part(el, 'protection'))[0]!;
    expect(text(cp)).to.contain('Child protection plan');
    expect(text(cp)).to.match(/Responsible local authority ?Northbridge Council Children's Services/);
    const phone = cp.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(phone.getAttribute('href')).to.equal('tel:01632960800');
    expect(phone.textContent).to.contain('01632 960 800');
    expect(cp.querySelector('a[href^="mailto:"]')!.textContent).to.contain('childrens.duty@northbridge-council.example');
    expect(text(cp)).to.match(/Since ?\d{2}-[A-Z][a-z]{2}-\d{4}/);
    await expect(el).to.be.accessible();
  });

  it('R67: a social worker sees the child protection status; a clerical role is refused and told decisions could not be checked', async () => {
    const social = await show(OLIVER, 'R9570');
    expect(entries(part(social, 'protection'))).to.have.length(1);
    const clerical = await show(OLIVER, 'R8010');
    expect(clerical.getAttribute('state')).to.equal('restricted');
    expect(text(clerical)).to.contain('could not be checked');
    expect(text(clerical)).not.to.contain('No alerts or decisions');
    await expect(clerical).to.be.accessible();
  });

  it('empty: someone with nothing recorded is told so, only because both searches answered', async () => {
    const el = await show(DAVID);
    expect(el.getAttribute('state')).to.equal('empty');
    expect(part(el, 'empty')!.textContent).to.contain('No alerts or decisions about care recorded');
    await expect(el).to.be.accessible();
  });

  it('R66, H18: the decisions search failing says the decisions could not be checked, never none, with a retry', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'Consent' });
    const el = await show(EDITH);
    expect(el.getAttribute('state')).to.equal('unavailable');
    expect(part(el, 'not-checked')!.textContent).to.contain('could not be checked');
    expect(text(el)).to.contain('This does not mean there is none');
    expect(text(el)).not.to.contain('ReSPECT form');
    expect(el.shadowRoot!.querySelector('button.retry')).to.exist;
    await expect(el).to.be.accessible();
    h.mock.faults.clear();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!.click();
    await untilState(el, 'loaded');
    expect(text(part(el, 'decisions'))).to.contain('ReSPECT form');
  });

  it('R66, H19: the alerts (Flag) search failing hides the child protection status behind "could not be checked"', async () => {
    h.mock.faults.add({ fault: '503', resourceType: 'Flag' });
    const el = await show(OLIVER);
    expect(el.getAttribute('state')).to.equal('unavailable');
    expect(part(el, 'not-checked')).to.exist;
    expect(part(el, 'protection')).to.equal(null);
  });

  it('R55: opted out shows the whole-record state, not empty', async () => {
    const el = await show(h.mock.population.find((p) => /Opted out/.test(p.demonstrates))!.nhsNumber);
    expect(el.getAttribute('state')).to.equal('opted-out');
    expect(text(el)).not.to.contain('No alerts or decisions');
    await expect(el).to.be.accessible();
  });

  it('R9: an answer about another patient shows nothing of it', async () => {
    h.mock.faults.add({ fault: 'wrong-patient', resourceType: 'Flag' });
    const el = await show(EDITH);
    expect(el.getAttribute('state')).to.equal('wrong-patient');
    expect(entries(el.shadowRoot as unknown as Element)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('loading is said while the answers are on their way', async () => {
    h.mock.latencyMs = 300;
    const el = await fixture<IcrAlerts>(html`<icr-alerts endpoint=${h.endpoint} nhs-number=${EDITH} .tokenProvider=${h.tokenFor()}></icr-alerts>`);
    expect(el.getAttribute('state')).to.equal('loading');
    expect(text(el)).to.contain('Loading alerts and decisions');
    await expect(el).to.be.accessible();
  });

  it('keyboard: "No longer in force" opens and closes from the keyboard; contact links are reachable', async () => {
    const el = await show(EDITH);
    const past = part(el, 'not-in-force') as HTMLDetailsElement;
    past.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(past.open).to.equal(true);
    // ' ', not 'Space': puppeteer's Firefox (BiDi) keyboard knows no key named Space (issue 22).
    await sendKeys({ press: ' ' });
    expect(past.open).to.equal(false);
    const oliver = await show(OLIVER);
    const phone = oliver.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    phone.focus();
    expect(oliver.shadowRoot!.activeElement).to.equal(phone);
  });

  it('reflows at 320 px without horizontal scroll', async () => {
    const el = await show(OLIVER);
    (el.parentElement as HTMLElement).style.width = '320px';
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
  });
});

describe('<icr-alerts> with hand-written records', () => {
  useRecords();
  const mount = async () => {
    const el = await fixture<IcrAlerts>(html`<icr-alerts endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-alerts>`);
    await untilState(el, ...SETTLED);
    return el;
  };
  const consent = (id: string, code: string, over: Record<string, unknown> = {}) => ({ resourceType: 'Consent', id, status: 'active', patient: subject,
    category: [{ coding: [{ system: 'https://icr.example.nhs.uk/CodeSystem/care-decision', code }] }], dateTime: '2026-01-05', ...over });

  it('R66: superseded and entered-in-error decisions are never current; those hidden are counted', async () => {
    records.Consent = { match: [
      consent('old', 'respect', { dateTime: '2024-02-01' }), consent('new', 'respect', { dateTime: '2026-01-05' }),
      consent('eie', 'dnacpr', { status: 'entered-in-error' }),
    ] };
    const el = await mount();
    const current = entries(part(el, 'decisions'));
    expect(current).to.have.length(1);
    expect(text(current[0])).to.contain('05-Jan-2026');
    expect(entries(part(el, 'decisions')).some((e) => e.dataset.kind === 'dnacpr')).to.equal(false);
    const superseded = entries(part(el, 'not-in-force'))[0]!;
    expect(superseded.dataset.standing).to.equal('superseded');
    expect(text(superseded)).to.contain('Superseded by a later one');
    expect(part(el, 'excluded')!.textContent).to.contain('1 entry marked as entered in error is not shown');
    await expect(el).to.be.accessible();
  });

  it('R51: a restricted decision shows only its mark and the reveal until revealed', async () => {
    records.Consent = { match: [consent('secret', 'adrt', { meta: { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }] }, provision: { code: [{ text: 'Refuses blood products' }] } })] };
    const el = await mount();
    expect(text(el)).not.to.contain('Refuses blood products');
    expect(part(el, 'sensitive-mark')).to.exist;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="sensitive-reveal"]')!.click();
    await el.updateComplete;
    expect(text(el)).to.contain('Refuses blood products');
  });
});
