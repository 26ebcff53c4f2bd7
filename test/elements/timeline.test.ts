/**
 * `<icr-timeline>` (issue 18 part 4, R65): every dated event across the sections, newest first,
 * filterable, each opening its detail; bounded, sensitive entries hidden until revealed, the usual
 * states, and requests shared with the section elements.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/timeline.define.js';
import '../../src/elements/results.define.js';
import '../../src/elements/provider.define.js';
import type { IcrTimeline } from '../../src/elements/timeline/timeline.js';
import type { IcrProvider } from '../../src/elements/provider/provider.js';
import {
  ENDPOINT, NHS, records, subject, text, token, untilState, useMockIcr, useRecords,
} from '../helpers/icr.js';

const RICHARD = '9912003888';
const SETTLED = ['loaded', 'empty', 'not-recorded', 'restricted', 'opted-out', 'unavailable', 'bad-response', 'wrong-patient', 'auth-required', 'not-found', 'invalid-nhs-number', 'not-configured'];
const SECTION_TYPES = ['Task', 'Flag', 'EpisodeOfCare', 'CarePlan', 'DiagnosticReport', 'Observation', 'MedicationStatement', 'MedicationRequest',
  'Encounter', 'Appointment', 'Consent', 'DocumentReference', 'Immunization'];

const entries = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="entry"]')];
const datedEntries = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('ol[data-list="dated"] > [part~="entry"]')];
const selects = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('select')];

async function choose(el: IcrTimeline, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<icr-timeline> through the mock ICR', () => {
  const h = useMockIcr();

  function patient(pattern: RegExp) {
    const found = h.mock.population.find((p) => pattern.test(p.name));
    if (!found) throw new Error(`No mock patient ${pattern}`);
    return found;
  }

  async function show(nhs: string, role = 'R8000'): Promise<IcrTimeline> {
    const el = await fixture<IcrTimeline>(html`<icr-timeline endpoint=${h.endpoint} nhs-number=${nhs} .tokenProvider=${h.tokenFor(role)}></icr-timeline>`);
    await untilState(el, ...SETTLED);
    return el;
  }

  it('R65: is accessible and lists events of several sections, newest first', async () => {
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('loaded');
    await expect(el).to.be.accessible();
    // The type filter offers each type present, with its count.
    const types = [...selects(el)[0].options].map((o) => o.value).filter(Boolean);
    expect(types).to.include.members(['social-care', 'care-plan', 'result', 'medicine-started']);
    expect(types.some((t) => t.endsWith('-report'))).to.equal(true);
    // Newest first: the start instants of the dated entries never increase.
    const starts = datedEntries(el).map((e) => Date.parse(e.querySelector('.when')!.getAttribute('data-date')!));
    expect(starts.every((n) => !Number.isNaN(n))).to.equal(true);
    // (a day's tolerance: Date.parse reads a bare date as UTC, the timeline as London)
    for (let i = 1; i < starts.length; i++) expect(starts[i]).to.be.at.most(starts[i - 1] + 86_400_000);
    expect(datedEntries(el).every((e) => /\d{4}/.test(e.querySelector('.when')!.textContent!))).to.equal(true);
  });

  it('each entry opens its detail (a disclosure), by keyboard too', async () => {
    const el = await show(RICHARD);
    const first = entries(el)[0];
    const toggle = first.querySelector<HTMLButtonElement>('button.toggle')!;
    const detail = first.querySelector<HTMLElement>('[part~="detail"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(detail.hidden).to.equal(true);
    toggle.focus();
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(detail.hidden).to.equal(false);
    expect(detail.textContent!.trim().length).to.be.greaterThan(0);
    expect(toggle.getAttribute('aria-controls')).to.equal(detail.id);
    await expect(el).to.be.accessible();
  });

  it('R62: filters by type and by organisation, says what the filter hides, and clears in one action', async () => {
    const el = await show(RICHARD);
    const total = entries(el).length;
    const [typeSelect, orgSelect] = selects(el);
    await choose(el, typeSelect, 'social-care');
    expect(entries(el).length).to.be.greaterThan(0);
    expect(entries(el).every((e) => e.dataset.type === 'social-care')).to.equal(true);
    expect(text(el)).to.match(/\d+ of \d+ entries match the filter: \d+ hidden by it/);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.clear')!.click();
    await el.updateComplete;
    expect(entries(el).length).to.equal(total);
    expect(el.shadowRoot!.querySelector('[data-filtered]')).to.equal(null);
    const org = [...orgSelect.options].find((o) => o.value)!.value;
    await choose(el, orgSelect, org);
    expect(entries(el).length).to.be.greaterThan(0);
    expect(entries(el).every((e) => e.querySelector('.org')?.textContent === org)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('R63: a long history is bounded: a page at a time, the count said, "Show N more" moves focus to the first new entry', async () => {
    const el = await show(patient(/GREENWOOD/).nhsNumber, 'R8000');
    expect(el.getAttribute('state')).to.equal('loaded');
    const first = datedEntries(el);
    expect(first.length).to.equal(20);
    const total = Number(first[0].getAttribute('aria-setsize'));
    expect(total, 'thousands of events').to.be.greaterThan(1000);
    expect(first[19].getAttribute('aria-posinset')).to.equal('20');
    expect(text(el)).to.contain(`Showing 20 of ${total.toLocaleString('en-GB')}, newest first.`);
    expect(el.getBoundingClientRect().height, 'no taller than 4 screens of 800 px').to.be.below(4 * 800);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-paging="dated"] button.show-more')!.click();
    await el.updateComplete;
    expect(datedEntries(el).length).to.equal(40);
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-posinset')).to.equal('21');
  });

  it('R51: a sensitive entry is marked and its detail is not in the DOM until revealed; the reveal is announced', async () => {
    const el = await show(patient(/KHAN/).nhsNumber);
    const marked = entries(el).filter((e) => e.querySelector('[part~="sensitive-mark"]'));
    expect(marked.length).to.be.greaterThan(0);
    // Titles the mock gives Amira's sensitive items: none is in the shadow DOM (text or attribute).
    for (const secret of ['Chlamydia', 'Psychiatry clinic letter', 'Perinatal mental health care plan', 'Sertraline', 'pregnancy']) {
      expect(el.shadowRoot!.innerHTML, secret).not.to.contain(secret);
    }
    const report = marked.find((e) => e.dataset.key?.startsWith('DiagnosticReport/'))!;
    expect(report.querySelector('.title')).to.equal(null);
    const reveal = oneEvent(el, 'icr-sensitive-reveal');
    report.querySelector<HTMLButtonElement>('button.sensitive-reveal')!.click();
    const event = await reveal;
    expect(event.detail).to.include({ section: 'timeline', resourceType: 'DiagnosticReport' });
    await el.updateComplete;
    expect(report.querySelector('.title')!.textContent!.length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('H3: a source the ICR cannot give is named as left out, with Try again; the others are shown', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'Observation', times: 99 });
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('loaded');
    const note = el.shadowRoot!.querySelector('[part~="left-out"]')!;
    expect(note.textContent).to.contain('Results: could not be read');
    expect(note.querySelector('button.retry')).to.exist;
    expect(entries(el).some((e) => e.dataset.type === 'result')).to.equal(false);
    expect(entries(el).length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('unavailable (every source failed), with retry, never empty', async () => {
    for (const resourceType of SECTION_TYPES) h.mock.faults.add({ fault: '500', resourceType, times: 99 });
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('unavailable');
    expect(el.shadowRoot!.querySelector('button.retry')).to.exist;
    expect(text(el)).not.to.contain('No dated events');
    await expect(el).to.be.accessible();
  });

  it('R49: a clerical role sees appointments and stays only; every other source is named as not available for the role', async () => {
    // Issue 19: the policy lets a clerical role read Encounter and Appointment, nothing clinical.
    const el = await show(RICHARD, 'R8010');
    expect(el.getAttribute('state')).to.equal('loaded');
    expect(entries(el).length).to.be.greaterThan(0);
    expect(entries(el).every((e) => e.dataset.type === 'encounter')).to.equal(true);
    const leftOut = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="left-out"] li')];
    expect(leftOut.map((l) => l.dataset.source)).to.include.members(['social-care', 'care-plans', 'reports', 'results', 'medications']);
    expect(leftOut.every((l) => l.dataset.kind === 'restricted')).to.equal(true);
    expect(text(el)).to.contain('not available for your role');
    await expect(el).to.be.accessible();
  });

  it('R55: opted out is the whole-record state, no entries', async () => {
    h.mock.faults.add({ fault: 'opted-out' });
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('opted-out');
    expect(entries(el).length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('R9: a payload for another patient shows nothing of the timeline', async () => {
    h.mock.faults.add({ fault: 'wrong-patient', resourceType: 'Observation' });
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('wrong-patient');
    expect(entries(el).length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('loading is said while the answers are on their way', async () => {
    h.mock.latencyMs = 300;
    const el = await fixture<IcrTimeline>(html`<icr-timeline endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}></icr-timeline>`);
    expect(el.getAttribute('state')).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    await untilState(el, 'loaded');
  });

  it('shares its requests with the section elements in the same provider', async () => {
    const provider = await fixture<IcrProvider>(html`<icr-provider endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}>
      <icr-results></icr-results><icr-timeline></icr-timeline></icr-provider>`);
    const [results, timeline] = [provider.querySelector('icr-results')!, provider.querySelector('icr-timeline')!];
    await untilState(results, 'loaded');
    await untilState(timeline, 'loaded');
    const observationFirstPages = h.mock.requests.filter((r) => /\/Observation\?/.test(r.url) && !/_offset|page=|_getpages/.test(r.url));
    expect(observationFirstPages.length).to.equal(1);
  });
});

describe('<icr-timeline> with hand-written records', () => {
  useRecords();

  async function show(): Promise<IcrTimeline> {
    const el = await fixture<IcrTimeline>(html`<icr-timeline endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-timeline>`);
    await untilState(el, ...SETTLED);
    return el;
  }

  const obs = (id: string, when: string | undefined, name: string) => ({
    resourceType: 'Observation', id, subject, status: 'final', category: [{ coding: [{ code: 'laboratory' }] }],
    code: { text: name }, valueString: 'seen', ...(when ? { effectiveDateTime: when } : {}),
  });

  it('R65: "2019" stays "2019", a time is London time, and an entry with no date is listed apart under "Date not recorded"', async () => {
    records.Observation = { match: [obs('y', '2019', 'Year only'), obs('t', '2024-03-31T23:30:00Z', 'With a time'), obs('n', undefined, 'No date at all')] };
    const el = await show();
    const dated = datedEntries(el);
    expect(dated.map((e) => e.querySelector('.when')!.textContent)).to.deep.equal(['01-Apr-2024 00:30', '2019']);
    expect(text(el)).not.to.contain('01-Jan-2019');
    const undated = [...el.shadowRoot!.querySelectorAll<HTMLElement>('ol[data-list="undated"] > [part~="entry"]')];
    expect(undated.map((e) => e.textContent)).to.satisfy((t: string[]) => t.length === 1 && t[0].includes('No date at all'));
    const heading = el.shadowRoot!.querySelector('.undated')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.textContent).to.contain('Date not recorded');
    await expect(el).to.be.accessible();
  });

  it('H8: an entry entered in error is never shown, and is counted', async () => {
    records.Observation = { match: [{ ...obs('gone', '2024-01-01', 'Wrongly recorded'), status: 'entered-in-error' }, obs('kept', '2024-01-02', 'Kept')] };
    const el = await show();
    expect(text(el)).not.to.contain('Wrongly recorded');
    expect(text(el)).to.contain('entered in error is not shown');
  });

  it('empty: says nothing is shared and that it does not mean nothing happened', async () => {
    const el = await show();
    expect(el.getAttribute('state')).to.equal('empty');
    expect(text(el)).to.contain('No dated events have been shared');
    expect(text(el)).to.contain('This does not mean nothing has happened');
    await expect(el).to.be.accessible();
  });
});
