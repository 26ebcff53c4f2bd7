/**
 * Long records shown page by page (issue 9, R39, H3, H4, R9): a list whose later pages are still on
 * their way shows what has arrived, says plainly that it is not complete, and never reads as the
 * whole record, as "none", or as another patient's data.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { ENDPOINT, PATIENT, cat, dr, json, subject, text, token, until, untilState, useRecords } from '../helpers/icr.js';

const PAGE = 3;
const TOTAL = 7; // three pages: 3 + 3 + 1

/** What a later page does: answer, answer with another patient's item, or fail. */
let laterPage: 'ok' | 'stranger' | 'fail' = 'ok';
/** Later pages wait for this (the test lets them go), so the first page's render can be seen. */
let release: () => void = () => undefined;
let held = new Promise<void>((r) => (release = r));
/** The read of Patient/p1 waits for this (given the logical id, the searches start beside it). */
let confirmPatient: () => void = () => undefined;
let patientRead = Promise.resolve();

const med = (i: number, who = subject) =>
  ({ resourceType: 'MedicationStatement', id: `ms${i}`, status: 'active', subject: who, medicationCodeableConcept: { text: `Drug number ${i}` } });

/** Reports: a first page of pathology only; the one radiology report is on the (held) second page. */
function reportsPage(offset: number) {
  const items = offset === 0
    ? Array.from({ length: PAGE }, (_, k) => dr(`lab${k}`, { category: cat('LAB'), code: { text: `Blood test ${k}` } }))
    : [dr('rad1', { category: cat('RAD'), code: { text: 'Plain chest X-ray' } })];
  const next = offset === 0 ? `${ENDPOINT}/DiagnosticReport?patient=p1&_offset=${PAGE}` : undefined;
  return {
    resourceType: 'Bundle', type: 'searchset', total: PAGE + 1, link: next ? [{ relation: 'next', url: next }] : [],
    entry: items.map((resource) => ({ resource, search: { mode: 'match' } })),
  };
}

function page(offset: number, type: string) {
  if (type === 'DiagnosticReport') return reportsPage(offset);
  const items = type === 'MedicationStatement' ? Array.from({ length: Math.min(PAGE, TOTAL - offset) }, (_, k) => med(offset + k + 1)) : [];
  if (laterPage === 'stranger' && offset > 0) items[0] = med(99, { reference: 'Patient/someone-else' });
  const next = type === 'MedicationStatement' && offset + PAGE < TOTAL ? `${ENDPOINT}/${type}?patient=p1&_offset=${offset + PAGE}` : undefined;
  return {
    resourceType: 'Bundle', type: 'searchset', total: type === 'MedicationStatement' ? TOTAL : 0,
    link: next ? [{ relation: 'next', url: next }] : [],
    entry: items.map((resource) => ({ resource, search: { mode: 'match' } })),
  };
}

describe('long lists, page by page', () => {
  // Every request is answered here (paging, held pages), on the one fake's router.
  useRecords({
    serve: async (url) => {
      if (url.pathname.endsWith('/Patient/p1')) {
        await patientRead;
        return json(PATIENT);
      }
      const type = url.pathname.split('/').pop()!;
      if (type === 'Patient') return json({ resourceType: 'Bundle', type: 'searchset', entry: [{ resource: PATIENT, search: { mode: 'match' } }] });
      const offset = Number(url.searchParams.get('_offset') ?? 0);
      if (offset > 0) {
        await held;
        if (laterPage === 'fail') return new Response('{}', { status: 500 });
      }
      return json(page(offset, type));
    },
  });
  beforeEach(() => {
    laterPage = 'ok';
    held = new Promise<void>((r) => (release = r));
    patientRead = Promise.resolve();
  });
  afterEach(() => {
    release();
    confirmPatient();
  });

  async function medications() {
    const el = await fixture(html`<icr-provider endpoint=${ENDPOINT} nhs-number="9912003888" .tokenProvider=${token}
      .clientOptions=${{ pageSize: PAGE, maxRetries: 0 }}><icr-medications></icr-medications></icr-provider>`);
    return el.querySelector('icr-medications')!;
  }

  it('R39, H3: the first page is shown at once, marked as still loading, never as the whole list', async () => {
    const el = await medications();
    const progress: unknown[] = [];
    el.addEventListener('icr-data-progress', (e) => progress.push(e.detail));
    await until(() => el.hasAttribute('loading-more'), 'the first page shown');
    expect(el.getAttribute('state')).to.equal('loaded');
    expect(text(el)).to.contain('Drug number 1');
    expect(text(el)).to.not.contain('Drug number 4');
    const notice = el.shadowRoot!.querySelector('[data-state="loading-more"]')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent!.replace(/\s+/g, ' ')).to.contain('3 of 7 records received: loading the rest, this list is not complete yet');
    await expect(el).to.be.accessible();

    release();
    await until(() => !el.hasAttribute('loading-more'), 'the last page in');
    expect(text(el)).to.contain('Drug number 7');
    expect(el.shadowRoot!.querySelector('[data-state="loading-more"]')).to.equal(null);
  });

  it('R39: icr-data-load comes once, after the last page; icr-data-progress before it', async () => {
    const events: string[] = [];
    const el = await medications();
    for (const type of ['icr-data-progress', 'icr-data-load']) el.addEventListener(type, (e) => events.push(`${type} ${JSON.stringify((e as CustomEvent).detail.shown ?? (e as CustomEvent).detail.count)}`));
    await until(() => el.hasAttribute('loading-more'), 'the first page shown');
    release();
    await until(() => events.some((e) => e.startsWith('icr-data-load')), 'icr-data-load');
    expect(events.filter((e) => e.startsWith('icr-data-load'))).to.deep.equal(['icr-data-load 7']);
    expect(events.indexOf('icr-data-load 7')).to.equal(events.length - 1);
  });

  it('R9: given the logical id, a first page that arrives before the patient read is shown only once the patient is confirmed', async () => {
    patientRead = new Promise<void>((r) => (confirmPatient = r));
    const el = (await fixture(html`<icr-provider endpoint=${ENDPOINT} patient-id="p1" .tokenProvider=${token}
      .clientOptions=${{ pageSize: PAGE, maxRetries: 0 }}><icr-medications></icr-medications></icr-provider>`)).querySelector('icr-medications')!;
    await new Promise((r) => setTimeout(r, 200)); // the first page is in; the patient read is not
    expect(el.getAttribute('state')).to.equal('loading');
    expect(text(el)).to.not.contain('Drug number 1');
    confirmPatient();
    await until(() => el.hasAttribute('loading-more'), 'the first page shown');
    expect(text(el)).to.contain('Drug number 1');
  });

  it('H4, R61: first pages with no radiology report among them are still loading, said with the count so far, never "none"', async () => {
    const provider = await fixture(html`<icr-provider endpoint=${ENDPOINT} nhs-number="9912003888" .tokenProvider=${token}
      .clientOptions=${{ pageSize: PAGE, maxRetries: 0 }}><icr-radiology-reports></icr-radiology-reports>
      <icr-record sections="radiology-reports"></icr-record></icr-provider>`);
    const el = provider.querySelector('icr-radiology-reports')!;
    const record = provider.querySelector('icr-record')!;
    const reading = () => el.shadowRoot!.querySelector('[part="reading"]');
    await until(() => !!reading(), 'the first page read');
    expect(el.getAttribute('state')).to.equal('loading');
    expect(reading()!.textContent!.replace(/\s+/g, ' ').trim())
      .to.equal('3 of 4 records received, nothing to show here yet: still loading the rest, so this does not mean there is none');
    expect(text(el)).to.not.match(/No radiology|none recorded/i);
    // The record's line says how far it has got, not "Still loading", and not "none".
    const line = () => record.shadowRoot!.querySelector('[data-line="radiology"]');
    await until(() => line()?.getAttribute('data-state') === 'partial', 'the radiology line partial');
    expect(line()!.textContent!.replace(/\s+/g, ' ')).to.contain('Still arriving: nothing yet in the first 3 records received; the rest may add some');
    await expect(el).to.be.accessible();

    release();
    await untilState(el, 'loaded');
    expect(text(el)).to.contain('Plain chest X-ray');
    expect(reading()).to.equal(null);
    await until(() => line()?.getAttribute('data-state') === 'loaded', 'the radiology line loaded');
    expect(line()!.textContent!.replace(/\s+/g, ' ')).to.contain('Plain chest X-ray');
  });

  it('R9: a later page with another patient in it replaces the list shown so far with the wrong-patient state', async () => {
    laterPage = 'stranger';
    const el = await medications();
    await until(() => el.hasAttribute('loading-more'), 'the first page shown');
    release();
    await untilState(el, 'wrong-patient');
    expect(text(el)).to.not.contain('Drug number 1');
  });

  it('H4: a later page that fails turns the section unavailable (with retry), not a short list believed whole', async () => {
    laterPage = 'fail';
    const el = await medications();
    await until(() => el.hasAttribute('loading-more'), 'the first page shown');
    release();
    await untilState(el, 'unavailable');
    expect(text(el)).to.not.contain('Drug number 1');
    expect(el.shadowRoot!.querySelector('button.retry')).to.not.equal(null);
  });
});
