import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/radiology-reports.define.js';
import '../../src/elements/pathology-reports.define.js';
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
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<icr-pathology-reports>', () => {
  it('R36: a pathology report opens to its results with units, ranges and flags', async () => {
    const obs = { resourceType: 'Observation', id: 'o1', status: 'final', subject, code: { text: 'Haemoglobin' }, valueQuantity: { value: 101, unit: 'g/L' },
      referenceRange: [{ low: { value: 130, unit: 'g/L' }, high: { value: 170, unit: 'g/L' } }], interpretation: [{ coding: [{ code: 'L' }] }] };
    data.DiagnosticReport = { match: [dr('p', { category: cat('HM'), status: 'preliminary', code: { text: 'Full blood count' }, result: [{ reference: 'Observation/o1' }] })], include: [obs] };
    const wrap = await fixture(html`<div><icr-pathology-reports endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-pathology-reports></div>`);
    const el = wrap.querySelector('icr-pathology-reports')!;
    await untilState(el, 'loaded');
    expect(text(el)).to.include('Preliminary: not final');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.report-toggle')!.click();
    await el.updateComplete;
    expect(text(el)).to.include('101 g/L');
    expect(text(el)).to.include('130 to 170 g/L');
    expect(text(el)).to.include('Low');
    await expect(el).to.be.accessible();
  });

  it('an HTML report carrying a script: nothing runs; a PDF is offered through icr-report-open, not inlined', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const evil = '<p>Report body</p><script>window.pwned = true</script><img src="x" onerror="window.pwned = true"><a href="javascript:window.pwned=true">x</a>';
    data.DiagnosticReport = { match: [dr('h', { category: cat('LAB'), code: { text: 'Histology' }, presentedForm: [
      { contentType: 'text/html', data: btoa(evil) }, { contentType: 'application/pdf', data: 'JVBERi0xLjQ=', title: 'Signed report' }] })] };
    const wrap = await fixture(html`<div><icr-pathology-reports endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-pathology-reports></div>`);
    const el = wrap.querySelector('icr-pathology-reports')!;
    await untilState(el, 'loaded');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.report-toggle')!.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(text(el)).to.include('Report body');
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[onerror]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    expect(el.shadowRoot!.querySelector('embed, object, iframe')).to.equal(null);
    const open = el.shadowRoot!.querySelector<HTMLButtonElement>('button.form-open')!;
    expect(open.textContent).to.include('Open Signed report');
    setTimeout(() => open.click());
    const event = await oneEvent(el, 'icr-report-open');
    expect(event.detail.attachment.contentType).to.equal('application/pdf');
    expect(event.detail.attachment.data).to.equal('JVBERi0xLjQ=');
    await expect(el).to.be.accessible();
  });
});
