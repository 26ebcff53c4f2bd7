/**
 * A tiny fake ICR behind `window.fetch` for element tests that need exact, hand-made searchsets
 * (one per resource type) rather than the mock population: the patient, then `data[type]`.
 * Installed for every test of the file that calls `useFakeIcr()`.
 */
import { clearSharedRequests } from '../../src/data/shared-requests.js';

export const ENDPOINT = `${location.origin}/fake-icr`;
export const NHS = '9912003888';
export const PATIENT = {
  resourceType: 'Patient', id: 'p1', identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: NHS }],
  name: [{ use: 'official', family: 'Smith', given: ['Richard'] }], birthDate: '1945-07-14', gender: 'male',
};
export const subject = { reference: 'Patient/p1' };
export const cat = (code: string) => [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code }] }];
export const dr = (id: string, over: Record<string, unknown>) =>
  ({ resourceType: 'DiagnosticReport', id, status: 'final', subject, issued: '2024-03-01T10:00:00Z', ...over });

/** What each search answers: matches, `_include`d resources, and whether a second page exists. */
export const data: Record<string, { match: unknown[]; include?: unknown[]; next?: boolean }> = {};
/** Every request the fake ICR received in this test (path and query). */
export const requests: string[] = [];

export function bundle(entries: unknown[], include: unknown[] = [], next?: string) {
  return { resourceType: 'Bundle', type: 'searchset', total: entries.length + (next ? 50 : 0),
    link: next ? [{ relation: 'next', url: next }] : [],
    entry: [...entries.map((resource) => ({ resource, search: { mode: 'match' } })), ...include.map((resource) => ({ resource, search: { mode: 'include' } }))] };
}

export function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/fhir+json' } });
}

export const token = () => Promise.resolve('token');
export const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

export function useFakeIcr(): void {
  const realFetch = window.fetch;
  beforeEach(() => {
    clearSharedRequests();
    requests.length = 0;
    for (const key of Object.keys(data)) delete data[key];
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
  afterEach(() => {
    window.fetch = realFetch;
  });
}
