import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setViewport } from '../helpers/viewport.js';
import '../../src/elements/documents.define.js';
import '../../src/elements/provider.define.js';
import type { IcrDocuments } from '../../src/elements/documents/documents.js';
import { ENDPOINT, NHS, records, subject, token, until, untilState, useMockIcr, useRecords } from '../helpers/icr.js';

const RICHARD = '9912003888';
const SETTLED = ['loaded', 'empty', 'not-recorded', 'restricted', 'opted-out', 'unavailable', 'wrong-patient', 'auth-required', 'not-found', 'invalid-nhs-number', 'not-configured'];

function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

function docs(el: Element): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="document"]') ?? [])];
}

function doc(el: Element, id: string): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="document"][data-id="${id}"]`)!;
}

describe('<icr-documents>', () => {
  const h = useMockIcr();

  async function show(nhs: string, role = 'R8000'): Promise<IcrDocuments> {
    const el = await fixture<IcrDocuments>(html`<icr-documents endpoint=${h.endpoint} nhs-number=${nhs} .tokenProvider=${h.tokenFor(role)}></icr-documents>`);
    await untilState(el, ...SETTLED);
    return el;
  }

  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('loaded: each document with its type, author organisation, date and status; accessible', async () => {
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('loaded');
    const summary = squash(doc(el, 'rs-doc-1').textContent);
    expect(summary).to.contain('Discharge summary');
    expect(summary).to.contain('Northbridge General Hospital NHS Foundation Trust');
    expect(summary).to.match(/Date:\s*\d{2}-[A-Z][a-z]{2}-\d{4}/);
    expect(summary).to.match(/Status:\s*Current/);
    expect(text(el)).to.contain('Retrieved');
    await expect(el).to.be.accessible();
  });

  it('R70: an entered-in-error document is not shown and the count hidden is stated', async () => {
    const el = await show(RICHARD);
    expect(doc(el, 'rs-doc-4')).to.equal(null);
    expect(text(el)).to.not.contain('Letter filed to the wrong patient');
    expect(el.shadowRoot!.querySelector('[part="excluded"]')?.textContent).to.contain('1 entry marked as entered in error is not shown.');
  });

  it('R70: a superseded document says so and leads to its replacement, by keyboard', async () => {
    const el = await show(RICHARD);
    const old = doc(el, 'rs-doc-3');
    expect(old.getAttribute('data-status')).to.equal('superseded');
    expect(old.querySelector('[data-superseded]')?.textContent).to.contain('Superseded');
    const note = squash(old.querySelector('[part="superseded"]')!.textContent);
    expect(note).to.contain('Superseded: a newer version replaces this document');
    expect(note).to.match(/Replaced by Clinic letter, \d{2}-[A-Z][a-z]{2}-\d{4}/);
    expect(squash(doc(el, 'rs-doc-2').textContent)).to.match(/Status:\s*Current/);
    expect(doc(el, 'rs-doc-2').querySelector('[data-superseded]')).to.equal(null);
    const go = old.querySelector<HTMLButtonElement>('button.go-to-replacement')!;
    go.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement === doc(el, 'rs-doc-2'), 'focus on the replacement');
  });

  it('R72: a document written by the patient is marked "Added by the patient"', async () => {
    const el = await show(RICHARD);
    const own = doc(el, 'rs-doc-6');
    expect(own.querySelector('[data-added-by="patient"]')?.textContent).to.contain('added by the patient');
    expect(doc(el, 'rs-doc-1').querySelector('[data-added-by]')).to.equal(null);
  });

  it('R51: a restricted document keeps its title and body hidden until revealed', async () => {
    const el = await show(RICHARD);
    const letter = doc(el, 'rs-doc-7');
    expect(letter.textContent).to.not.contain('Pennine');
    expect(letter.textContent).to.not.contain('memory clinic');
    expect(letter.querySelector('[part~="sensitive-mark"]')).to.exist;
    letter.querySelector<HTMLButtonElement>('[part~="sensitive-reveal"]')!.click();
    await el.updateComplete;
    expect(doc(el, 'rs-doc-7').textContent).to.contain('Pennine');
  });

  it('R49: a clerical role does not see letters: "Not available for your role", never empty', async () => {
    const el = await show(RICHARD, 'R8010');
    expect(el.getAttribute('state')).to.equal('restricted');
    expect(text(el)).to.contain('Not available for your role');
    expect(docs(el).length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('empty: nothing shared says what it does not mean', async () => {
    const p = h.mock.population.find((x) => /OKAFOR/.test(x.name))!;
    const el = await show(p.nhsNumber);
    expect(el.getAttribute('state')).to.equal('empty');
    expect(text(el)).to.contain('No documents are shared in the ICR');
    expect(text(el)).to.contain('This does not mean there are no letters or summaries');
    await expect(el).to.be.accessible();
  });

  it('loading: a visible loading state before the answer', async () => {
    h.mock.latencyMs = 300;
    const el = await fixture<IcrDocuments>(html`<icr-documents endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}></icr-documents>`);
    await until(() => el.getAttribute('state') === 'loading', 'loading');
    expect(el.shadowRoot!.querySelector('[data-state="loading"]')).to.exist;
    await untilState(el, 'loaded');
  });

  it('R55: opted out shows the whole-record state, not empty', async () => {
    h.mock.faults.add({ fault: 'opted-out' });
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('opted-out');
    expect(text(el)).to.not.contain('No documents are shared');
    await expect(el).to.be.accessible();
  });

  it('unavailable, with a retry that recovers', async () => {
    // Until cleared: by NHS number a failed chained search is asked again by patient id (issue 21).
    h.mock.faults.add({ fault: '500', resourceType: 'DocumentReference' });
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('unavailable');
    await expect(el).to.be.accessible();
    h.mock.faults.clear();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!.click();
    await untilState(el, 'loaded');
  });

  it('R9: another patient\'s documents are never shown', async () => {
    // Edith holds no documents: the fault answers with Richard's.
    h.mock.faults.add({ fault: 'wrong-patient', resourceType: 'DocumentReference' });
    const el = await show('9990000018');
    expect(el.getAttribute('state')).to.equal('wrong-patient');
    expect(docs(el).length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('R8: inside a provider for another patient, wrong patient and nothing clinical', async () => {
    const wrap = await fixture(html`<icr-provider endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}>
      <icr-documents nhs-number="9990000018"></icr-documents></icr-provider>`);
    const el = wrap.querySelector('icr-documents')!;
    await untilState(el, 'wrong-patient');
    expect(docs(el).length).to.equal(0);
  });

  it('WCAG 1.4.10: reflows at 320 px without horizontal scroll, with a PDF open', async function () {
    await setViewport({ width: 320, height: 640 }, this);
    const el = await show(RICHARD);
    doc(el, 'rs-doc-2').querySelector<HTMLButtonElement>('button.form-open')!.click();
    await until(() => !!el.shadowRoot!.querySelector('iframe.attachment-pdf'), 'the PDF');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});

describe('<icr-documents> with hand-written records', () => {
  useRecords();
  const ref = (id: string, over: Record<string, unknown>) => ({ resourceType: 'DocumentReference', id, status: 'current', subject, date: '2024-03-01T10:00:00Z',
    type: { text: 'Clinic letter' }, content: [{ attachment: { contentType: 'text/plain', data: btoa('Letter') } }], ...over });

  async function show(): Promise<IcrDocuments> {
    const el = await fixture<IcrDocuments>(html`<icr-documents endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-documents>`);
    await untilState(el, ...SETTLED);
    return el;
  }

  it('R70: a superseded document whose replacement is not shared says so', async () => {
    records.DocumentReference = { match: [ref('a', { status: 'superseded' })] };
    const el = await show();
    expect(squash(doc(el, 'a').querySelector('[part="superseded"]')!.textContent)).to.equal('Superseded: its replacement is not shared in the ICR');
    expect(el.shadowRoot!.querySelector('button.go-to-replacement')).to.equal(null);
  });

  it('R70: a document another replaces is superseded even when its own status still says current', async () => {
    records.DocumentReference = { match: [ref('old', { date: '2024-01-01' }), ref('new', { type: { text: 'Corrected letter' }, relatesTo: [{ code: 'replaces', target: { reference: 'DocumentReference/old' } }] })] };
    const el = await show();
    expect(doc(el, 'old').getAttribute('data-status')).to.equal('superseded');
    expect(squash(doc(el, 'old').textContent)).to.contain('Replaced by Corrected letter, 01-Mar-2024');
    expect(doc(el, 'new').getAttribute('data-status')).to.equal('current');
    expect(squash(doc(el, 'new').textContent)).to.contain('Replaces an earlier version');
  });

  it('R70: "Go to the newer version" reaches a replacement a filter hides, clearing the filter', async () => {
    records.DocumentReference = { match: [ref('old', { date: '2024-01-01', type: { text: 'Draft letter' } }), ref('new', { type: { text: 'Final letter' }, relatesTo: [{ code: 'replaces', target: { reference: 'DocumentReference/old' } }] }),
      ...Array.from({ length: 30 }, (_, i) => ref(`x${i}`, { date: `2023-0${(i % 9) + 1}-01`, type: { text: `Other letter ${i}` } }))] };
    const el = await show();
    const filter = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    filter.value = 'Draft';
    filter.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(doc(el, 'new')).to.equal(null);
    doc(el, 'old').querySelector<HTMLButtonElement>('button.go-to-replacement')!.click();
    await until(() => el.shadowRoot!.activeElement === doc(el, 'new'), 'focus on the replacement');
    expect(filter.value).to.equal('');
  });

  it('a document whose content is not recorded says so, with no Open button; the date not recorded is said', async () => {
    records.DocumentReference = { match: [ref('n', { content: [], date: undefined })] };
    const el = await show();
    expect(squash(doc(el, 'n').querySelector('[data-attachment="none"]')!.textContent)).to.equal('Clinic letter: the document’s content is not recorded.');
    expect(squash(doc(el, 'n').textContent)).to.match(/Date:\s*Date not recorded/);
    expect(doc(el, 'n').querySelector('button.form-open')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('R72: a document written by a related person is marked as added by a carer or relative', async () => {
    records.DocumentReference = { match: [ref('c', { author: [{ reference: 'RelatedPerson/rp1', display: 'Jane Smith' }] })] };
    const el = await show();
    expect(doc(el, 'c').querySelector('[data-added-by="related-person"]')?.textContent).to.contain('added by a carer or relative');
  });
});

function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}
