import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/radiology-reports.define.js';
import '../../src/elements/pathology-reports.define.js';
import type { IcrRadiologyReports } from '../../src/elements/radiology-reports/radiology-reports.js';
import { clearSharedRequests } from '../../src/data/shared-requests.js';

// A tiny fake ICR behind window.fetch: the patient, then one searchset per resource type.
const ENDPOINT = `${location.origin}/fake-icr`;
const NHS = '9912003888';
const PATIENT = { resourceType: 'Patient', id: 'p1', identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: NHS }],
  name: [{ use: 'official', family: 'Smith', given: ['Richard'] }], birthDate: '1945-07-14', gender: 'male' };
const subject = { reference: 'Patient/p1' };
const cat = (code: string) => [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code }] }];
const dr = (id: string, over: Record<string, unknown>) => ({ resourceType: 'DiagnosticReport', id, status: 'final', subject, issued: '2024-03-01T10:00:00Z', ...over });

let data: Record<string, { match: unknown[]; include?: unknown[]; next?: boolean }> = {};
let requests: string[] = [];
const realFetch = window.fetch;
function bundle(entries: unknown[], include: unknown[] = [], next?: string) {
  return { resourceType: 'Bundle', type: 'searchset', total: entries.length + (next ? 50 : 0),
    link: next ? [{ relation: 'next', url: next }] : [],
    entry: [...entries.map((resource) => ({ resource, search: { mode: 'match' } })), ...include.map((resource) => ({ resource, search: { mode: 'include' } }))] };
}
function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/fhir+json' } });
}
beforeEach(() => {
  clearSharedRequests();
  requests = [];
  data = {};
  window.fetch = async (input: RequestInfo | URL) => {
    const url = new URL(String(input instanceof Request ? input.url : input), location.href);
    if (!url.href.startsWith(ENDPOINT)) return realFetch(input);
    requests.push(url.pathname + url.search);
    const type = url.pathname.split('/').pop()!;
    if (type === 'Patient') return json(bundle([PATIENT]));
    const d = data[type] ?? { match: [] };
    if (url.searchParams.get('page') === '2') return json(bundle([]));
    return json(bundle(d.match, d.include, d.next ? `${ENDPOINT}/${type}?patient=p1&page=2` : undefined));
  };
});
afterEach(() => { window.fetch = realFetch; });

async function untilState(el: Element, ...states: string[]) {
  const start = Date.now();
  while (!states.includes(el.getAttribute('state') ?? '')) {
    if (Date.now() - start > 4000) throw new Error(`state now ${el.getAttribute('state')}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
const token = () => Promise.resolve('token');
async function radiology(extra = html``) {
  const el = await fixture<IcrRadiologyReports>(html`<div><icr-radiology-reports endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-radiology-reports>${extra}</div>`);
  const rad = el.querySelector('icr-radiology-reports')!;
  await untilState(rad, 'loaded', 'empty');
  await rad.updateComplete;
  return rad;
}
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<icr-radiology-reports>', () => {
  it('R35: lists radiology reports with issued date, title, modality, status and performer; amended is labelled', async () => {
    data.DiagnosticReport = { match: [
      dr('a', { category: cat('RAD'), code: { text: 'CT head' }, status: 'amended', performer: [{ display: 'Leeds Teaching Hospitals' }] }),
      dr('b', { category: cat('LAB'), code: { text: 'Full blood count' } }),
    ] };
    const el = await radiology();
    const shown = text(el);
    expect(shown).to.include('CT head');
    expect(shown).to.include('01-Mar-2024 10:00');
    expect(shown).to.include('Leeds Teaching Hospitals');
    expect(shown).to.include('Amended: changed since first issued');
    expect(shown).not.to.include('Full blood count');
    await expect(el).to.be.accessible();
  });

  it('R34: an unknown category is shown under "Other reports", unless hide-other is set', async () => {
    data.DiagnosticReport = { match: [dr('x', { category: cat('ZZZ'), code: { text: 'Mystery report' } })] };
    const el = await radiology();
    const summary = el.shadowRoot!.querySelector('details summary')!;
    expect(summary.textContent).to.include('Other reports (1)');
    expect(text(el)).to.include('No radiology reports found; other reports are listed below.');
    await expect(el).to.be.accessible();
    el.hideOther = true;
    await el.updateComplete;
    expect(text(el)).not.to.include('Mystery report');
  });

  it('R35: entered-in-error is not shown as valid, and is counted', async () => {
    data.DiagnosticReport = { match: [dr('e', { category: cat('RAD'), status: 'entered-in-error', code: { text: 'Wrong CT' } })] };
    const el = await radiology();
    expect(text(el)).not.to.include('Wrong CT');
    expect(text(el)).to.include('1 reports marked as entered in error are not shown.');
  });

  it('opening a report with the keyboard shows its conclusion; images fire icr-image-open with the study ids', async () => {
    const study = { resourceType: 'ImagingStudy', id: 'example', status: 'available', identifier: [{ system: 'urn:dicom:uid', value: 'urn:oid:2.16.124.113543.6003.1154777499.30246.19789.3503430045' }] };
    data.DiagnosticReport = { match: [dr('a', { category: cat('RAD'), code: { text: 'CT chest' }, conclusion: 'No acute abnormality', imagingStudy: [{ reference: 'ImagingStudy/example' }] })] };
    data.ImagingStudy = { match: [{ ...study, subject }] };
    const el = await radiology();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.report-toggle')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(text(el)).not.to.include('No acute abnormality');
    button.focus();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    button.click(); // native buttons turn Enter into click
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text(el)).to.include('No acute abnormality');
    await expect(el).to.be.accessible();
    const images = el.shadowRoot!.querySelector<HTMLButtonElement>('button.image-open')!;
    setTimeout(() => images.click());
    const event = await oneEvent(el, 'icr-image-open');
    expect(event.detail.study.studyInstanceUid).to.equal('2.16.124.113543.6003.1154777499.30246.19789.3503430045');
  });

  it('R34: radiology and pathology on one page share one DiagnosticReport request', async () => {
    data.DiagnosticReport = { match: [dr('a', { category: cat('RAD'), code: { text: 'CT chest' } }), dr('b', { category: cat('HM'), code: { text: 'Full blood count' } })] };
    const wrap = await fixture(html`<div>
      <icr-radiology-reports endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-radiology-reports>
      <icr-pathology-reports endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token} hide-other></icr-pathology-reports></div>`);
    const [rad, path] = [wrap.querySelector('icr-radiology-reports')!, wrap.querySelector('icr-pathology-reports')!];
    await untilState(rad, 'loaded');
    await untilState(path, 'loaded');
    expect(requests.filter((r) => r.includes('/DiagnosticReport')).length).to.equal(1);
    expect(text(rad)).to.include('CT chest');
    expect(text(path)).to.include('Full blood count');
    expect(text(path)).not.to.include('CT chest');
  });

  it('R39: a paged result follows next links to the last page', async () => {
    data.DiagnosticReport = { match: [dr('a', { category: cat('RAD'), code: { text: 'CT chest' } })], next: true };
    const el = await radiology();
    expect(requests.some((r) => r.includes('page=2'))).to.equal(true);
    expect(text(el)).to.include('CT chest');
  });
});
