import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '../helpers/viewport.js';
import '../../src/elements/immunisations.define.js';
import '../../src/elements/provider.define.js';
import type { IcrImmunisations } from '../../src/elements/immunisations/immunisations.js';
import { ENDPOINT, NHS, records, subject, token, until, untilState, useMockIcr, useRecords } from '../helpers/icr.js';

const RICHARD = '9912003888';
const OLIVER = '9990010145';
const EDITH = '9990000018';
const SETTLED = ['loaded', 'empty', 'not-recorded', 'restricted', 'opted-out', 'unavailable', 'wrong-patient', 'auth-required', 'not-found', 'invalid-nhs-number', 'not-configured'];

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Element) => squash(el.shadowRoot?.textContent);
const rows = (el: Element) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="immunisation"]') ?? [])];
const row = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="immunisation"][data-id="Immunization/${id}"]`)!;

describe('<icr-immunisations>', () => {
  const h = useMockIcr();

  async function show(nhs: string, role = 'R8000'): Promise<IcrImmunisations> {
    const el = await fixture<IcrImmunisations>(html`<icr-immunisations endpoint=${h.endpoint} nhs-number=${nhs} .tokenProvider=${h.tokenFor(role)}></icr-immunisations>`);
    await untilState(el, ...SETTLED);
    return el;
  }

  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('loaded: each vaccination with its vaccine, date, dose and series and source, newest first; accessible', async () => {
    const el = await show(OLIVER);
    expect(el.getAttribute('state')).to.equal('loaded');
    const all = rows(el);
    expect(all.length).to.equal(5);
    const third = all.find((r) => /Dose:\s*3 of 3/.test(squash(r.textContent)))!;
    expect(squash(third.textContent)).to.contain('DTaP/IPV/Hib/HepB (6-in-1)');
    expect(squash(third.textContent)).to.match(/\d{2}-[A-Z][a-z]{2}-\d{4}/);
    expect(squash(third.textContent)).to.match(/Series:\s*Routine childhood immunisation schedule/);
    expect(squash(third.textContent)).to.match(/Source:\s*Hillcrest/);
    const dates = all.map((r) => r.querySelector('[data-date]')!.textContent!.trim());
    const asTime = dates.map((d) => Date.parse(d.replace(/-/g, ' ')));
    expect([...asTime].sort((a, b) => b - a)).to.deep.equal(asTime);
    expect(text(el)).to.contain('Retrieved');
    await expect(el).to.be.accessible();
  });

  it('R71: a vaccination not given says "Not given" and the reason, and never reads as given', async () => {
    const el = await show(OLIVER);
    const notGiven = rows(el).filter((r) => r.getAttribute('data-given') === 'false');
    expect(notGiven.length).to.equal(1);
    const note = squash(notGiven[0]!.querySelector('[part~="not-given"]')!.textContent);
    expect(note).to.equal('Not given Reason: Acute wheeze on the day: to rebook');
    expect(squash(notGiven[0]!.textContent)).to.contain('Live attenuated influenza vaccine (nasal)');
    for (const given of rows(el).filter((r) => r.getAttribute('data-given') === 'true')) expect(given.querySelector('[part~="not-given"]')).to.equal(null);
  });

  it('H8: an entered-in-error vaccination is not shown, and the count hidden is stated', async () => {
    const el = await show(OLIVER);
    expect(text(el)).to.not.contain('Rotavirus');
    expect(el.shadowRoot!.querySelector('[part="excluded"]')?.textContent).to.contain('1 entry marked as entered in error is not shown.');
  });

  it('R71, R22: a date recorded to the month stays a month; a booster is said as recorded', async () => {
    const el = await show(RICHARD);
    const pneumo = rows(el).find((r) => squash(r.textContent).includes('Pneumococcal'))!;
    expect(pneumo.querySelector('[data-date]')!.textContent!.trim()).to.equal('Mar-2019');
    const covid = rows(el).find((r) => squash(r.textContent).includes('COVID-19'))!;
    expect(squash(covid.textContent)).to.match(/Dose:\s*Booster/);
  });

  it('R49: a clerical role does not see immunisations: "Not available for your role", never empty', async () => {
    const el = await show(RICHARD, 'R8010');
    expect(el.getAttribute('state')).to.equal('restricted');
    expect(text(el)).to.contain('Not available for your role');
    expect(rows(el).length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('empty: nothing shared says what it does not mean, never "not immunised"', async () => {
    const el = await show(EDITH);
    expect(el.getAttribute('state')).to.equal('empty');
    expect(text(el)).to.contain('No immunisations are shared in the ICR');
    expect(text(el)).to.contain('This does not mean none were given');
    expect(text(el)).to.not.match(/not immunised|none given/i);
    await expect(el).to.be.accessible();
  });

  it('loading: a visible loading state before the answer', async () => {
    h.mock.latencyMs = 300;
    const el = await fixture<IcrImmunisations>(html`<icr-immunisations endpoint=${h.endpoint} nhs-number=${OLIVER} .tokenProvider=${h.tokenFor()}></icr-immunisations>`);
    await until(() => el.getAttribute('state') === 'loading', 'loading');
    expect(el.shadowRoot!.querySelector('[data-state="loading"]')).to.exist;
    await untilState(el, 'loaded');
  });

  it('R55: opted out shows the whole-record state, not empty', async () => {
    h.mock.faults.add({ fault: 'opted-out' });
    const el = await show(OLIVER);
    expect(el.getAttribute('state')).to.equal('opted-out');
    expect(text(el)).to.not.contain('No immunisations are shared');
    await expect(el).to.be.accessible();
  });

  it('unavailable is not "none", with a retry that recovers', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'Immunization' });
    const el = await show(OLIVER);
    expect(el.getAttribute('state')).to.equal('unavailable');
    expect(text(el)).to.not.contain('No immunisations are shared');
    await expect(el).to.be.accessible();
    h.mock.faults.clear();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!.click();
    await untilState(el, 'loaded');
  });

  it('R9: another patient\'s immunisations are never shown', async () => {
    h.mock.faults.add({ fault: 'wrong-patient', resourceType: 'Immunization' });
    const el = await show(EDITH);
    expect(el.getAttribute('state')).to.equal('wrong-patient');
    expect(rows(el).length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('R8: inside a provider for another patient, wrong patient and nothing clinical', async () => {
    const wrap = await fixture(html`<icr-provider endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}>
      <icr-immunisations nhs-number=${OLIVER}></icr-immunisations></icr-provider>`);
    const el = wrap.querySelector('icr-immunisations')!;
    await untilState(el, 'wrong-patient');
    expect(rows(el).length).to.equal(0);
  });

  it('WCAG 1.4.10: reflows at 320 px without horizontal scroll', async function () {
    await setViewport({ width: 320, height: 640 }, this);
    const el = await show(OLIVER);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});

describe('<icr-immunisations> with hand-written records', () => {
  useRecords();
  const imm = (id: string, over: Record<string, unknown> = {}) => ({ resourceType: 'Immunization', id, status: 'completed', patient: subject,
    vaccineCode: { text: 'Influenza vaccine' }, occurrenceDateTime: '2024-10-01', primarySource: true, ...over });

  async function show(): Promise<IcrImmunisations> {
    const el = await fixture<IcrImmunisations>(html`<icr-immunisations endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-immunisations>`);
    await untilState(el, ...SETTLED);
    return el;
  }

  it('R71: not given with no reason recorded says so in words, never a blank', async () => {
    records.Immunization = { match: [imm('n', { status: 'not-done' })] };
    const el = await show();
    expect(squash(row(el, 'n').querySelector('[part~="not-given"]')!.textContent)).to.equal('Not given Reason: Reason not recorded');
  });

  it('R51: a restricted vaccination shows "Not given" but not the vaccine, date or source until revealed', async () => {
    records.Immunization = { match: [imm('s', {
      status: 'not-done', vaccineCode: { text: 'HPV vaccine' }, statusReason: { text: 'Declined' },
      meta: { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }] },
      performer: [{ actor: { type: 'Organization', display: 'Sexual Health Clinic' } }],
    })] };
    const el = await show();
    const r = row(el, 's');
    expect(r.textContent).to.not.contain('HPV');
    expect(r.textContent).to.not.contain('Sexual Health');
    expect(r.querySelector('[data-date]')).to.equal(null);
    expect(text(el)).to.not.contain('Sexual Health');
    expect(r.querySelector('[part~="not-given"]')).to.exist;
    r.querySelector<HTMLButtonElement>('[part~="sensitive-reveal"]')!.click();
    await el.updateComplete;
    expect(row(el, 's').textContent).to.contain('HPV vaccine');
    expect(row(el, 's').textContent).to.contain('Sexual Health Clinic');
  });

  it('hostile text from the record is shown as text, never as markup', async () => {
    records.Immunization = { match: [imm('x', { vaccineCode: { text: '<img src=x onerror="window.__pwned=1">Flu' }, protocolApplied: [{ series: '<b>bold</b>' }] })] };
    const el = await show();
    expect(row(el, 'x').querySelector('img, b')).to.equal(null);
    expect(row(el, 'x').textContent).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('R63: a long history renders a page at a time, with its count', async () => {
    records.Immunization = { match: Array.from({ length: 120 }, (_, i) => imm(`f${i}`, { occurrenceDateTime: `${1950 + (i % 70)}-10-0${(i % 9) + 1}` })) };
    const el = await show();
    expect(rows(el).length).to.be.below(120);
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal('120');
    expect(text(el)).to.contain('120 immunisations');
  });

  it('a sub-potent dose and a record from the person\'s recall say so', async () => {
    records.Immunization = { match: [imm('p', { isSubpotent: true, primarySource: false, reportOrigin: { coding: [{ code: 'recall' }] } })] };
    const el = await show();
    expect(squash(row(el, 'p').textContent)).to.contain('Sub-potent dose: may need repeating');
    expect(squash(row(el, 'p').textContent)).to.match(/Recorded from:\s*The person’s or a parent’s recall/);
  });
});
