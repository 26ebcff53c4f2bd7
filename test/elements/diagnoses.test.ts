import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/results.define.js';
import '../../src/elements/diagnoses.define.js';
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
const cond = (id: string, clinical: string, verification: string, over: Record<string, unknown> = {}) => ({ resourceType: 'Condition', id, subject,
  code: { text: `Condition ${id}` }, clinicalStatus: { coding: [{ code: clinical }] }, verificationStatus: { coding: [{ code: verification }] }, ...over });

describe('<icr-diagnoses>', () => {
  it('R37: refuted and entered-in-error are not shown; resolved in a separate history; statuses and categories shown', async () => {
    data.Condition = { match: [
      cond('asthma', 'active', 'confirmed', { category: [{ coding: [{ code: 'problem-list-item' }] }], onsetDateTime: '2019-03', recorder: { display: 'Dr A Jones' } }),
      cond('fracture', 'resolved', 'confirmed', { onsetDateTime: '2010', abatementDateTime: '2010-05' }),
      cond('refuted', 'active', 'refuted'), cond('eie', 'active', 'entered-in-error'),
    ] };
    const wrap = await fixture(html`<div><icr-diagnoses endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-diagnoses></div>`);
    const el = wrap.querySelector('icr-diagnoses')!;
    await untilState(el, 'loaded');
    const shown = text(el);
    expect(shown).to.include('Condition asthma');
    expect(shown).to.include('Active');
    expect(shown).to.include('Confirmed');
    expect(shown).to.include('Problem list');
    expect(shown).to.include('Mar-2019');
    expect(shown).to.include('Dr A Jones');
    expect(shown).not.to.include('Condition refuted');
    expect(shown).not.to.include('Condition eie');
    expect(shown).to.include('2 entries marked as refuted or entered in error are not shown as diagnoses.');
    const history = el.shadowRoot!.querySelector('details.history')!;
    expect(history.textContent).to.include('Condition fracture');
    expect(history.hasAttribute('open')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
