/**
 * `<icr-record>`: the whole record as one element (issue 18). The summary and its states (R61),
 * the navigation by keyboard, the host's choice of sections, a whole-record state once (R73), one
 * retry for every failed section, one request per query however many parts ask, and reflow.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setViewport } from '../helpers/viewport.js';
import '../../src/define.js';
import type { IcrRecord } from '../../src/elements/record/record.js';
import { useMockIcr, until } from '../helpers/icr.js';
import { DATA_STATES } from '../helpers/reliability/elements.js';

const RICHARD = '9912003888';
const GARETH = '9990050694'; // opted out
const NOT_IN_ICR = '9000000009';
const INVALID = '9990000019';
const OPT_OUT = 'This person has opted out of sharing through the Integrated Care Record; use other sources';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');
/** Everything the record shows: its own shadow root and those of the elements inside it. */
function recordText(record: IcrRecord): string {
  const roots = [record.shadowRoot!, ...[...record.shadowRoot!.querySelectorAll('*')].map((e) => e.shadowRoot).filter((r): r is ShadowRoot => !!r)];
  return roots.map((r) => squash(r.textContent)).join(' | ');
}
const sectionsOf = (record: IcrRecord) => [...record.shadowRoot!.querySelectorAll<HTMLElement>('.place > *')];
const line = (record: IcrRecord, key: string) => record.shadowRoot!.querySelector<HTMLElement>(`[data-line="${key}"]`);
const lineText = (record: IcrRecord, key: string) => squash(line(record, key)?.textContent);

describe('<icr-record> (issue 18)', () => {
  const h = useMockIcr();
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  async function mount(nhsNumber: string, { sections = '', role = 'R8000' } = {}): Promise<IcrRecord> {
    return fixture<IcrRecord>(html`<icr-record endpoint=${h.endpoint} nhs-number=${nhsNumber} sections=${sections || undefined}
      .tokenProvider=${h.tokenFor(role)}></icr-record>`);
  }

  async function settled(record: IcrRecord, states: readonly string[] = DATA_STATES): Promise<void> {
    await until(() => record.getAttribute('state') === 'loaded' && sectionsOf(record).length > 0
      && sectionsOf(record).every((s) => states.includes(s.getAttribute('state') ?? '')),
    `every section settled (${sectionsOf(record).map((s) => `${s.localName}=${s.getAttribute('state')}`).join(', ')})`, 15000);
    await record.updateComplete;
  }

  it('R61: Richard Smith: a banner, then a summary line per concern saying what the section holds, each linking to its section', async () => {
    const record = await mount(RICHARD);
    await settled(record);
    const banner = record.shadowRoot!.querySelector('icr-patient-banner')!;
    expect(banner.getAttribute('state')).to.equal('loaded');
    expect(getComputedStyle(record.shadowRoot!.querySelector('.header')!).position).to.equal('sticky');
    const keys = [...record.shadowRoot!.querySelectorAll('[data-line]')].map((l) => l.getAttribute('data-line'));
    expect(keys).to.deep.equal(['decisions', 'alerts', 'allergies', 'medications', 'problems', 'results', 'pathology', 'radiology', 'care-plans']);
    expect(lineText(record, 'allergies')).to.match(/\d+ known allerg/);
    expect(lineText(record, 'medications')).to.match(/\d+ current medicines?/);
    expect(lineText(record, 'problems')).to.match(/\d+ active problems?/);
    expect(lineText(record, 'pathology')).to.match(/\d+ reports?, newest: /);
    for (const l of record.shadowRoot!.querySelectorAll('[data-line]')) {
      expect(squash(l.textContent), l.getAttribute('data-line')!).to.not.match(/Still loading|Could not/);
    }
    await expect(record).to.be.accessible();
  });

  it('R61: a failed, a loading and a restricted section are each said in words, never as "none"', async () => {
    h.mock.faults.add({ fault: '503', resourceType: 'AllergyIntolerance', retryAfterSeconds: 0 });
    h.mock.faults.add({ fault: 'delay', resourceType: 'Condition', delayMs: 600_000 });
    const record = await fixture<IcrRecord>(html`<icr-record endpoint=${h.endpoint} nhs-number=${RICHARD}
      .tokenProvider=${h.tokenFor()}></icr-record>`);
    await until(() => line(record, 'allergies')?.getAttribute('data-state') === 'unavailable', 'allergies unavailable', 15000);
    await until(() => line(record, 'medications')?.getAttribute('data-state') !== 'loading', 'medicines', 15000);
    expect(lineText(record, 'allergies')).to.contain('Could not be retrieved: this does not mean there is none').and.not.match(/No known/);
    expect(line(record, 'problems')!.getAttribute('data-state')).to.equal('loading');
    expect(lineText(record, 'problems')).to.contain('Still loading: not yet known').and.not.match(/No active|No diagnoses/);
    expect(squash(record.shadowRoot!.querySelector('[data-nav="diagnoses"]')!.textContent)).to.contain('loading').and.not.match(/\b0\b/);
    await expect(record).to.be.accessible();
  });

  it('R61, R49: for a role that may not see allergies the line says so, never "no known allergies"', async () => {
    const record = await mount(RICHARD, { role: 'R8010' });
    await until(() => line(record, 'allergies')?.getAttribute('data-state') === 'restricted', 'allergies restricted', 15000);
    expect(lineText(record, 'allergies')).to.contain('Not available for your role: this does not mean there is none');
    expect(squash(record.shadowRoot!.querySelector('[data-nav="allergies"]')!.textContent)).to.contain('restricted');
  });

  it('R61: a summary line and a navigation link, activated by keyboard, move focus to their section', async () => {
    const record = await mount(RICHARD);
    await settled(record);
    const link = record.shadowRoot!.querySelector<HTMLAnchorElement>('[data-line="medications"] a')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(record.shadowRoot!.activeElement?.id).to.equal('record-medications');
    const nav = record.shadowRoot!.querySelector<HTMLAnchorElement>('[data-nav="results"]')!;
    expect(squash(nav.textContent)).to.match(/Results \d+/);
    nav.focus();
    await sendKeys({ press: 'Enter' });
    expect(record.shadowRoot!.activeElement?.id).to.equal('record-results');
    await record.updateComplete;
    expect(nav.getAttribute('aria-current')).to.equal('location');
    // Tab from the focused section reaches what is inside it, in reading order.
    await sendKeys({ press: 'Tab' });
    expect(record.shadowRoot!.activeElement).to.not.equal(null);
    expect(location.hash).to.equal('');
  });

  it('sections attribute: the host chooses which sections appear and in what order; the summary and navigation follow', async () => {
    const record = await mount(RICHARD, { sections: 'results allergies nonsense' });
    await settled(record);
    expect(sectionsOf(record).map((s) => s.localName)).to.deep.equal(['icr-results', 'icr-allergies']);
    expect([...record.shadowRoot!.querySelectorAll('[data-nav]')].map((a) => a.getAttribute('data-nav'))).to.deep.equal(['results', 'allergies']);
    expect([...record.shadowRoot!.querySelectorAll('[data-line]')].map((l) => l.getAttribute('data-line'))).to.deep.equal(['allergies', 'results']);
    // Nothing is asked for a section the host left out (allergies still read medicines, to cross-check).
    for (const type of ['CarePlan', 'Flag', 'Condition', 'DiagnosticReport']) {
      expect(h.mock.requests.some((r) => new URL(r.url).pathname.endsWith(`/${type}`)), type).to.equal(false);
    }
  });

  it('sections attribute: changed after the record loaded, the sections, navigation and summary follow at once', async () => {
    const record = await mount(RICHARD, { sections: 'allergies' });
    await settled(record);
    record.sections = 'diagnoses allergies';
    await record.updateComplete;
    expect(sectionsOf(record).map((s) => s.localName)).to.deep.equal(['icr-diagnoses', 'icr-allergies']);
    await settled(record);
    expect(lineText(record, 'problems')).to.match(/\d+ active problems?/);
  });

  /** A record whose sections are the host's own children (the sections by slot). */
  async function mountSlotted(nhsNumber: string, children: ReturnType<typeof html>, sections?: string): Promise<IcrRecord> {
    return fixture<IcrRecord>(html`<icr-record endpoint=${h.endpoint} nhs-number=${nhsNumber} sections=${sections ?? undefined}
      .tokenProvider=${h.tokenFor()}>${children}</icr-record>`);
  }
  /** The section elements shown through the record's slots, in the record's order. */
  const slottedOf = (record: IcrRecord) => [...record.shadowRoot!.querySelectorAll<HTMLSlotElement>('.place > slot')]
    .flatMap((slot) => slot.assignedElements() as HTMLElement[]);

  it('sections by slot: the host\'s section children are the sections, in their order, with their own attributes; the navigation and summary follow', async () => {
    const record = await mountSlotted(RICHARD, html`<icr-medications filter="all"></icr-medications><p class="stray">not a section</p><icr-allergies></icr-allergies>`, 'results diagnoses');
    await until(() => slottedOf(record).length === 2 && slottedOf(record).every((s) => DATA_STATES.includes(s.getAttribute('state') ?? '')), 'the slotted sections settled', 15000);
    // Children win over the attribute; nothing of the record's own copy is rendered beside them.
    expect(slottedOf(record).map((s) => s.localName)).to.deep.equal(['icr-medications', 'icr-allergies']);
    expect(sectionsOf(record).map((s) => s.localName)).to.deep.equal(['slot', 'slot']);
    expect([...record.shadowRoot!.querySelectorAll('[data-nav]')].map((a) => a.getAttribute('data-nav'))).to.deep.equal(['medications', 'allergies']);
    expect([...record.shadowRoot!.querySelectorAll('[data-line]')].map((l) => l.getAttribute('data-line'))).to.deep.equal(['allergies', 'medications']);
    // Each child is shown (laid out in its place) and keeps its own configuration (past medicines listed too).
    const [medications] = slottedOf(record);
    expect(medications.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(medications.shadowRoot!.querySelector('[data-group="past"]')).to.not.equal(null);
    // A child that is not a section element is not shown.
    expect(record.querySelector<HTMLElement>('p.stray')!.getBoundingClientRect().height).to.equal(0);
    // The record's patient: the children ask nothing of their own (no endpoint, no NHS number on them).
    expect(medications.getAttribute('state')).to.be.oneOf([...DATA_STATES]);
    for (const type of ['Condition', 'Observation']) {
      expect(h.mock.requests.some((r) => new URL(r.url).pathname.endsWith(`/${type}`)), type).to.equal(false);
    }
    await expect(record).to.be.accessible();
  });

  it('sections by slot: a section child added or removed later changes the sections at once; the navigation moves focus to a slotted section', async () => {
    const record = await mountSlotted(RICHARD, html`<icr-allergies></icr-allergies>`);
    await until(() => slottedOf(record).length === 1, 'one slotted section', 15000);
    const diagnoses = document.createElement('icr-diagnoses');
    record.prepend(diagnoses);
    await until(() => slottedOf(record).length === 2, 'the new child shown', 15000);
    expect(slottedOf(record).map((s) => s.localName)).to.deep.equal(['icr-diagnoses', 'icr-allergies']);
    await until(() => DATA_STATES.includes(diagnoses.getAttribute('state') ?? ''), 'diagnoses settled', 15000);
    record.shadowRoot!.querySelector<HTMLAnchorElement>('[data-nav="diagnoses"]')!.click();
    await record.updateComplete;
    expect(record.shadowRoot!.activeElement?.getAttribute('data-section')).to.equal('diagnoses');
    diagnoses.remove();
    const navs = () => [...record.shadowRoot!.querySelectorAll('[data-nav]')].map((a) => a.getAttribute('data-nav')).join(' ');
    await until(() => navs() === 'allergies', `the removed child gone from the navigation (${navs()})`, 15000);
    expect(slottedOf(record).map((s) => s.localName)).to.deep.equal(['icr-allergies']);
    expect(record.shadowRoot!.querySelector('[data-section="diagnoses"]')).to.equal(null);
  });

  it('R73 with sections by slot: a whole-record state is said once, and no slotted section is shown', async () => {
    const record = await mountSlotted(GARETH, html`<icr-allergies></icr-allergies><icr-medications></icr-medications>`);
    await until(() => record.getAttribute('state') === 'opted-out', 'opted out', 15000);
    await record.updateComplete;
    expect(record.shadowRoot!.querySelector('slot')).to.equal(null);
    for (const child of record.querySelectorAll('icr-allergies, icr-medications')) {
      expect(child.getBoundingClientRect().height, child.localName).to.equal(0);
    }
    expect(recordText(record).split(OPT_OUT).length - 1).to.equal(1);
  });

  for (const [nhs, state, words, fault] of [
    [GARETH, 'opted-out', OPT_OUT, undefined],
    [NOT_IN_ICR, 'not-found', 'Not found in the Integrated Care Record', undefined],
    [INVALID, 'invalid-nhs-number', 'fails its check digit', undefined],
    [RICHARD, 'wrong-patient', 'Wrong patient: information withheld', 'wrong-patient'],
    [RICHARD, 'auth-required', 'Sign in again to view', '401'],
  ] as const) {
    it(`R73: ${state}: said once, by the banner, with the identity asked for, in place of the summary and sections`, async () => {
      if (fault) h.mock.faults.add({ fault, resourceType: 'Patient' });
      const record = await mount(nhs);
      await until(() => record.getAttribute('state') === state, state, 15000);
      await record.updateComplete;
      const all = recordText(record);
      expect(all.toLowerCase().split(words.toLowerCase()).length - 1, all).to.equal(1);
      expect(all).to.contain('Patient asked for:');
      expect(record.shadowRoot!.querySelector('.summary')).to.equal(null);
      expect(sectionsOf(record)).to.have.length(0);
      expect(all).to.not.contain('(see above)');
      await expect(record).to.be.accessible();
    });
  }

  it('R73: inside a provider the record uses its view: the lookup once, and no second notice from the provider', async () => {
    const provider = await fixture(html`<icr-provider endpoint=${h.endpoint} nhs-number=${GARETH} .tokenProvider=${h.tokenFor()}>
      <icr-record></icr-record></icr-provider>`);
    const record = provider.querySelector('icr-record')!;
    await until(() => record.getAttribute('state') === 'opted-out', 'opted out', 15000);
    await record.updateComplete;
    await (provider as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(provider.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    expect(recordText(record).split(OPT_OUT).length - 1).to.equal(1);
    expect(h.mock.requests.filter((r) => r.url.includes('/Patient')).length).to.equal(1);
  });

  it('one "Try again" repeats every section that failed, and each then shows its data', async () => {
    const offA = h.mock.faults.add({ fault: '503', resourceType: 'AllergyIntolerance', retryAfterSeconds: 0 });
    const offB = h.mock.faults.add({ fault: '503', resourceType: 'Condition', retryAfterSeconds: 0 });
    const record = await fixture<IcrRecord>(html`<icr-record endpoint=${h.endpoint} nhs-number=${RICHARD}
      .tokenProvider=${h.tokenFor()}></icr-record>`);
    await until(() => !!record.shadowRoot!.querySelector('[part="retry-all"] button')
      && squash(record.shadowRoot!.querySelector('[part="retry-all"]')!.textContent).includes('2 sections'), 'the one retry for two sections', 20000);
    const retry = record.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-all"] button')!;
    expect(squash(retry.textContent)).to.equal('Try again for the 2 sections that failed');
    await expect(record).to.be.accessible();
    offA();
    offB();
    retry.click();
    await settled(record);
    expect(record.shadowRoot!.querySelector('[part="retry-all"]')).to.equal(null);
    expect(line(record, 'allergies')!.getAttribute('data-state')).to.not.equal('unavailable');
    expect(line(record, 'problems')!.getAttribute('data-state')).to.equal('loaded');
  });

  it('each section announces itself once: the summary loads quietly (one icr-data-load per section)', async () => {
    const loads: string[] = [];
    const listener = (e: Event) => loads.push((e as CustomEvent<{ section: string }>).detail.section);
    document.addEventListener('icr-data-load', listener);
    try {
      const record = await mount(RICHARD);
      await settled(record);
      const sections = sectionsOf(record).length;
      expect(loads.length, loads.join(', ')).to.equal(sections);
      expect(new Set(loads).size).to.equal(sections);
    } finally {
      document.removeEventListener('icr-data-load', listener);
    }
  });

  it('R8: a record told about another patient than its provider\'s shows nothing clinical, and says so once', async () => {
    const provider = await fixture(html`<icr-provider endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}>
      <icr-record nhs-number="9990070962"></icr-record></icr-provider>`);
    const record = provider.querySelector('icr-record')!;
    await until(() => record.getAttribute('state') === 'wrong-patient', 'wrong patient', 15000);
    const all = recordText(record);
    expect(all).to.contain('Patient asked for:').and.contain('999 007 0962');
    expect(all).to.not.contain('SMITH');
    expect(record.shadowRoot!.querySelector('.summary')).to.equal(null);
    expect(sectionsOf(record)).to.have.length(0);
    await expect(record).to.be.accessible();
  });

  it('R34: the summary and the sections make ONE request per query, not two', async () => {
    // A token of this test's own (each has its own jti), so a request an earlier test left in
    // flight, logged by the mock after this test began, is never counted as this view's.
    const token = await h.mock.issueToken('R8000');
    const record = await fixture<IcrRecord>(html`<icr-record endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${() => token}></icr-record>`);
    await settled(record);
    const urls = h.mock.requests.filter((r) => r.headers.authorization === `Bearer ${token}`).map((r) => r.url);
    const twice = urls.filter((u, i) => urls.indexOf(u) !== i);
    expect(twice, `asked more than once: ${twice.join(', ')}`).to.deep.equal([]);
    for (const type of ['AllergyIntolerance', 'MedicationStatement', 'Condition', 'Observation', 'DiagnosticReport', 'CarePlan', 'Task', 'Flag']) {
      expect(urls.filter((u) => new URL(u).pathname.endsWith(`/${type}`)).length, type).to.be.greaterThan(0);
    }
  });

  it('R34: the allergies and the medicines\' conflict check read one AllergyIntolerance answer, one request', async () => {
    const token = await h.mock.issueToken('R8000');
    const record = await fixture<IcrRecord>(html`<icr-record endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${() => token}></icr-record>`);
    await settled(record);
    const allergyAsks = h.mock.requests.filter((r) => r.headers.authorization === `Bearer ${token}`)
      .map((r) => new URL(r.url)).filter((u) => u.pathname.endsWith('/AllergyIntolerance'));
    expect(allergyAsks.map((u) => u.search), 'AllergyIntolerance requests').to.have.length(1);
    // The one request names the recorders, so each allergy's source is named in words (R44).
    expect(allergyAsks[0].searchParams.get('_include')).to.equal('AllergyIntolerance:recorder');
  });

  it('WCAG 1.4.10: reflows at 320 px without horizontal scroll', async function () {
    await setViewport({ width: 320, height: 640 }, this);
    const record = await mount(RICHARD);
    await settled(record);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(record).to.be.accessible();
  });

  it('R18: a date in an at-a-glance line is never split at its hyphens, however narrow the record', async () => {
    const record = await mount(RICHARD);
    await settled(record);
    // A phone's width (the look at 375 px broke "(01-" from "Dec-2026 12:05"), in every engine.
    record.style.display = 'block';
    record.style.width = '340px';
    await record.updateComplete;
    const dates = [...record.shadowRoot!.querySelectorAll<HTMLElement>('.lines .date')];
    const texts = dates.map((d) => d.textContent ?? '');
    // The pathology and radiology lines name their newest report's date and time.
    expect(texts.some((d) => /^\d{2}-[A-Z][a-z]{2}-\d{4} \d{2}:\d{2}$/.test(d)), texts.join(' | ')).to.equal(true);
    // Every date in the summary's words is inside such a span: none is left loose to wrap.
    const written = squash(record.shadowRoot!.querySelector('.lines')!.textContent).match(/\d{2}-[A-Z][a-z]{2}-\d{4}(?: \d{2}:\d{2})?/g);
    expect(texts).to.deep.equal(written);
    for (const d of dates) expect(d.getClientRects().length, d.textContent!).to.equal(1);
    await expect(record).to.be.accessible();
  });

  it('the summary is within the first screen at 1280×800 (Richard Smith)', async () => {
    await setViewport({ width: 1280, height: 800 });
    const record = await mount(RICHARD);
    await settled(record);
    const summary = record.shadowRoot!.querySelector('.summary')!;
    expect(summary.getBoundingClientRect().bottom).to.be.at.most(800);
    // The banner stays in view while the record scrolls.
    window.scrollTo(0, 3000);
    await until(() => window.scrollY > 0, 'the page to scroll');
    const banner = record.shadowRoot!.querySelector('icr-patient-banner')!;
    expect(Math.abs(banner.getBoundingClientRect().top)).to.be.at.most(1);
    window.scrollTo(0, 0);
    expect(document.documentElement.scrollWidth).to.be.at.most(1280);
  });
});
