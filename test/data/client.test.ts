/**
 * The ICR client against the real mock ICR (through msw), not a stub: outcomes, retries, refresh,
 * paging bounds, the foreign-next refusal, the R9 guard, de-duplication and abort (issue 2).
 */
import { expect } from '@open-wc/testing';
import { IcrClient, type IcrClientOptions } from '../../src/data/client.js';
import { PatientView } from '../../src/data/patient-view.js';
import { isValidNhsNumber } from '../../src/format/nhs-number.js';
import { useMockIcr } from '../helpers/icr.js';

const RICHARD = '9912003888';

describe('IcrClient', () => {
  const h = useMockIcr();
  let waits: number[];
  let sent: { url: string; auth: string | null }[];

  /** A client whose waits are recorded (not slept) and whose every outgoing request is seen. */
  function client(options: Partial<IcrClientOptions> = {}, role = 'R8000'): IcrClient {
    waits = [];
    sent = [];
    return new IcrClient({
      endpoint: h.endpoint,
      tokenProvider: h.tokenFor(role),
      sleep: async (ms) => {
        waits.push(ms);
      },
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        sent.push({ url: String(input), auth: headers.get('Authorization') });
        return fetch(input, init);
      },
      ...options,
    });
  }
  const ctx = (signal?: AbortSignal) => ({ correlationId: 'corr-test', signal });

  async function richard(c: IcrClient) {
    const outcome = await c.resolvePatient({ nhsNumber: RICHARD }, ctx());
    if (outcome.kind !== 'loaded') throw new Error(`patient: ${outcome.kind}`);
    return { id: outcome.id, nhsNumber: outcome.nhsNumber };
  }

  it('R14: the NHS number vectors from REQUIREMENTS.md', () => {
    for (const valid of ['9912003888', '9434765919', '9000000009']) expect(isValidNhsNumber(valid), valid).to.equal(true);
    for (const invalid of ['9434765918', '1234567890']) expect(isValidNhsNumber(invalid), invalid).to.equal(false);
  });

  it('R14: an invalid NHS number is a clear state and is never sent', async () => {
    const outcome = await client().resolvePatient({ nhsNumber: '9434765918' }, ctx());
    expect(outcome.kind).to.equal('invalid-nhs-number');
    expect(sent).to.have.length(0);
    expect(h.mock.requests).to.have.length(0);
  });

  it('finds the patient by NHS number with the headers ICR-API.md requires', async () => {
    const c = client();
    const outcome = await c.resolvePatient({ nhsNumber: RICHARD }, ctx());
    expect(outcome.kind).to.equal('loaded');
    const [request] = h.mock.requests;
    expect(request.url).to.contain(`Patient?identifier=${encodeURIComponent('https://fhir.nhs.uk/Id/nhs-number|9912003888')}`);
    const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
    expect(headers.authorization).to.match(/^Bearer ey/);
    expect(headers.accept).to.equal('application/fhir+json');
    expect(headers['x-request-id']).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(headers['x-correlation-id']).to.equal('corr-test');
  });

  it('gives each request its own X-Request-ID and one X-Correlation-ID per patient view', async () => {
    const view = new PatientView({ endpoint: h.endpoint, tokenProvider: h.tokenFor(), nhsNumber: RICHARD });
    const patient = await view.patient();
    if (patient.kind !== 'loaded') throw new Error(patient.kind);
    await view.client!.search({ resourceType: 'Condition' }, patient, view.context());
    await view.client!.search({ resourceType: 'AllergyIntolerance' }, patient, view.context());
    const ids = h.mock.requests.map((r) => r.headers['x-request-id'] ?? r.headers['X-Request-ID']);
    const correlations = new Set(h.mock.requests.map((r) => r.headers['x-correlation-id'] ?? r.headers['X-Correlation-ID']));
    expect(new Set(ids).size).to.equal(h.mock.requests.length);
    expect([...correlations]).to.deep.equal([view.correlationId]);
  });

  it('a valid NHS number nobody has is not-found', async () => {
    expect((await client().resolvePatient({ nhsNumber: '9000000009' }, ctx())).kind).to.equal('not-found');
  });

  it('R49: 403 ACCESS_DENIED is restricted, distinct from unavailable', async () => {
    const c = client({}, 'R8010');
    const who = await richard(c);
    const outcome = await c.search({ resourceType: 'AllergyIntolerance' }, who, ctx());
    expect(outcome.kind).to.equal('restricted');
  });

  it('R48, R49: a 403 carries the refused job role, read from its coded place, with the raw text kept', async () => {
    const c = client({}, 'R8010');
    const who = await richard(c);
    const outcome = await c.search({ resourceType: 'MedicationStatement' }, who, ctx());
    expect(outcome.kind).to.equal('restricted');
    if (outcome.kind === 'loaded') return;
    expect(outcome.role).to.equal('R8010');
    expect(outcome.code).to.equal('ACCESS_DENIED');
    expect(outcome.detail).to.contain('MedicationStatement');
  });

  it('R55: 403 NO_PATIENT_CONSENT is opted-out', async () => {
    h.mock.faults.add({ fault: 'opted-out' });
    expect((await client().resolvePatient({ nhsNumber: RICHARD }, ctx())).kind).to.equal('opted-out');
  });

  it('401: asks the token provider once more, retries once, and recovers', async () => {
    const calls: unknown[] = [];
    const base = h.tokenFor();
    const c = client({ tokenProvider: (o) => (calls.push(o), base()) });
    h.mock.faults.add({ fault: '401', times: 1 });
    const outcome = await c.resolvePatient({ nhsNumber: RICHARD }, ctx());
    expect(outcome.kind).to.equal('loaded');
    expect(calls.some((o) => (o as { forceRefresh?: boolean } | undefined)?.forceRefresh)).to.equal(true);
  });

  it('401 twice: auth-required, and the host is told once', async () => {
    let told = 0;
    h.mock.faults.add({ fault: '401' });
    const c = client();
    const outcome = await c.resolvePatient({ nhsNumber: RICHARD }, { ...ctx(), onAuthExpired: () => told++ });
    expect(outcome.kind).to.equal('auth-required');
    expect(told).to.equal(1);
    expect(sent).to.have.length(2);
  });

  it('503 with Retry-After: waits as told, retries, and recovers when the fault clears', async () => {
    h.mock.faults.add({ fault: '503', retryAfterSeconds: 2, times: 1 });
    const outcome = await client().resolvePatient({ nhsNumber: RICHARD }, ctx());
    expect(outcome.kind).to.equal('loaded');
    expect(waits).to.deep.equal([2000]);
  });

  it('transient failures are retried a bounded number of times, then unavailable', async () => {
    h.mock.faults.add({ fault: '502' });
    const outcome = await client({ maxRetries: 2 }).resolvePatient({ nhsNumber: RICHARD }, ctx());
    expect(outcome.kind).to.equal('unavailable');
    expect(sent).to.have.length(3);
    expect(waits).to.have.length(2);
    expect(waits[1]).to.be.greaterThan(0);
  });

  it('a network failure is retried, then unavailable', async () => {
    h.mock.faults.add({ fault: 'network-error' });
    const outcome = await client({ maxRetries: 1 }).resolvePatient({ nhsNumber: RICHARD }, ctx());
    expect(outcome.kind).to.equal('unavailable');
    expect(sent).to.have.length(2);
    expect(outcome.kind !== 'loaded' && outcome.transport).to.equal('unreachable');
    expect(outcome.kind !== 'loaded' && outcome.status).to.equal(undefined);
  });

  it('an option given as undefined keeps its default (timeoutMs: undefined is not a 0 ms timer)', async () => {
    const outcome = await client({ timeoutMs: undefined, maxRetries: 0 }).resolvePatient({ nhsNumber: RICHARD }, ctx());
    expect(outcome.kind).to.equal('loaded');
  });

  it('a timeout is unavailable', async () => {
    h.mock.latencyMs = 400;
    const outcome = await client({ timeoutMs: 50, maxRetries: 0 }).resolvePatient({ nhsNumber: RICHARD }, ctx());
    expect(outcome.kind).to.equal('unavailable');
    expect(outcome.kind !== 'loaded' && outcome.detail).to.contain('in time');
    expect(outcome.kind !== 'loaded' && outcome.transport).to.equal('timeout');
  });

  it('an HTTP error after the retries is an answer with a status, not "could not be reached"', async () => {
    h.mock.faults.add({ fault: '503' });
    const outcome = await client({ maxRetries: 1 }).resolvePatient({ nhsNumber: RICHARD }, ctx());
    expect(outcome.kind).to.equal('unavailable');
    expect(outcome.kind !== 'loaded' && outcome.status).to.equal(503);
    expect(outcome.kind !== 'loaded' && outcome.transport).to.equal(undefined);
  });

  it('500 is unavailable at once (not retried)', async () => {
    h.mock.faults.add({ fault: '500' });
    const outcome = await client().resolvePatient({ nhsNumber: RICHARD }, ctx());
    expect(outcome.kind).to.equal('unavailable');
    expect(sent).to.have.length(1);
  });

  it('truncated JSON, non-JSON and a wrong content type are bad responses, never empty lists', async () => {
    for (const fault of ['truncated-json', 'not-json', 'html-content-type'] as const) {
      const c = client();
      const who = await richard(c);
      const remove = h.mock.faults.add({ fault, resourceType: 'Condition' });
      const outcome = await c.search({ resourceType: 'Condition', reload: true }, who, ctx());
      remove();
      expect(outcome.kind, fault).to.equal('bad-response');
    }
  });

  it('R39: follows next links up to the bound, then says how many are shown of how many', async () => {
    const c = client({ pageSize: 50, maxPages: 2 });
    const long = h.mock.population.find((p) => /long|thousand/i.test(p.demonstrates))!;
    const who = { id: long.id };
    const outcome = await c.search({ resourceType: 'MedicationStatement' }, who, ctx());
    if (outcome.kind !== 'loaded') throw new Error(outcome.kind);
    expect(outcome.matches).to.have.length(100);
    expect(outcome.incomplete?.shown).to.equal(100);
    expect(outcome.incomplete?.total).to.be.greaterThan(100);
    expect(sent).to.have.length(2);
  });

  it('R39: reaches the last page when within the bound', async () => {
    const c = client({ pageSize: 1, maxPages: 50 });
    const who = await richard(c);
    const outcome = await c.search({ resourceType: 'Condition' }, who, ctx());
    if (outcome.kind !== 'loaded') throw new Error(outcome.kind);
    expect(outcome.incomplete).to.equal(undefined);
    expect(outcome.matches.length).to.be.greaterThan(1);
    expect(sent.length).to.equal(outcome.matches.length + 1);
  });

  it('R39: a server that gives a total but no next link still gets "Showing N of M"', async () => {
    const c = client({
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (!String(input).includes('/Condition')) return response;
        const body = await response.json();
        body.link = (body.link ?? []).filter((l: { relation: string }) => l.relation !== 'next');
        body.total = (body.entry?.length ?? 0) + 5;
        return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/fhir+json' } });
      },
    });
    const who = await richard(c);
    const outcome = await c.search({ resourceType: 'Condition' }, who, ctx());
    if (outcome.kind !== 'loaded') throw new Error(outcome.kind);
    expect(outcome.incomplete).to.deep.equal({ shown: outcome.matches.length, total: outcome.matches.length + 5 });
  });

  it('never follows a next link to another origin, and the token never goes there', async () => {
    const c = client();
    const who = await richard(c);
    h.mock.faults.add({ fault: 'foreign-next', resourceType: 'Condition' });
    const outcome = await c.search({ resourceType: 'Condition' }, who, ctx());
    if (outcome.kind !== 'loaded') throw new Error(outcome.kind);
    expect(outcome.warnings.map((w) => w.kind)).to.include('foreign-next-link');
    expect(outcome.incomplete).to.not.equal(undefined);
    const origin = new URL(h.endpoint).origin;
    expect(sent.every((s) => new URL(s.url).origin === origin)).to.equal(true);
  });

  /**
   * Issue 22: look-alike `next` links, each on its own. Every one starts with (or carries) the
   * endpoint's text but is not exactly its origin; each is "further pages on another site", with
   * page one kept and nothing sent off the origin. The request guard (http.ts) is tested on its
   * own in http.test.ts; here the client must refuse the link before the guard would.
   */
  const endpointUrl = () => new URL(h.endpoint);
  const LOOK_ALIKES: [string, () => string][] = [
    ['a look-alike host (endpoint host + .evil.example)', () => `https://${endpointUrl().host}.evil.example${endpointUrl().pathname}/Condition?page=2`],
    ['userinfo naming the endpoint (host:port@evil.example)', () => `https://${endpointUrl().hostname}:443@evil.example${endpointUrl().pathname}/Condition?page=2`],
    ['userinfo on the endpoint itself (user:pw@host)', () => `https://user:pw@${endpointUrl().host}${endpointUrl().pathname}/Condition?page=2`],
    ['another port', () => `https://${endpointUrl().hostname}:8443${endpointUrl().pathname}/Condition?page=2`],
    ['another scheme', () => `http://${endpointUrl().host}${endpointUrl().pathname}/Condition?page=2`],
    ['an unreadable URL', () => 'https://[not-a-host/Condition?page=2'],
  ];
  for (const [label, link] of LOOK_ALIKES) {
    it(`R39, H11: a next link on ${label} keeps page one and is "further pages on another site", not followed`, async () => {
      const c = client({
        fetch: async (input, init) => {
          sent.push({ url: String(input), auth: new Headers(init?.headers).get('Authorization') });
          const response = await fetch(input, init);
          if (!String(input).includes('/Condition')) return response;
          const body = await response.json();
          body.link = [...(body.link ?? []).filter((l: { relation: string }) => l.relation !== 'next'), { relation: 'next', url: link() }];
          return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/fhir+json' } });
        },
      });
      const who = await richard(c);
      sent.length = 0;
      const outcome = await c.search({ resourceType: 'Condition' }, who, ctx());
      expect(outcome.kind, 'page one is kept, not "unavailable"').to.equal('loaded');
      if (outcome.kind !== 'loaded') return;
      expect(outcome.matches.length).to.be.greaterThan(0);
      expect(outcome.warnings.map((w) => w.kind)).to.include('foreign-next-link');
      expect(outcome.incomplete?.shown).to.equal(outcome.matches.length);
      expect(sent.map((s) => s.url), 'only page one was requested').to.have.length(1);
      expect(new URL(sent[0]!.url).origin).to.equal(endpointUrl().origin);
    });
  }

  it('R39: a relative next link on the endpoint is followed as the endpoint\'s own', async () => {
    let rewritten = 0;
    const c = client({
      pageSize: 1,
      fetch: async (input, init) => {
        sent.push({ url: String(input), auth: new Headers(init?.headers).get('Authorization') });
        const response = await fetch(input, init);
        if (!String(input).includes('/Condition') || rewritten > 0) return response;
        const body = await response.json();
        body.link = (body.link ?? []).map((l: { relation: string; url: string }) => {
          if (l.relation !== 'next') return l;
          rewritten++;
          const u = new URL(l.url);
          return { ...l, url: `${u.pathname}${u.search}` };
        });
        return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/fhir+json' } });
      },
    });
    const who = await richard(c);
    sent.length = 0;
    const outcome = await c.search({ resourceType: 'Condition' }, who, ctx());
    if (outcome.kind !== 'loaded') throw new Error(outcome.kind);
    expect(rewritten).to.equal(1);
    expect(outcome.warnings.map((w) => w.kind)).to.not.include('foreign-next-link');
    expect(sent.length).to.be.greaterThan(1);
    expect(sent.every((s) => new URL(s.url).origin === endpointUrl().origin)).to.equal(true);
  });

  it('R9: a response with another patient\'s data is wrong-patient, with nothing from it', async () => {
    const c = client();
    const who = await richard(c);
    h.mock.faults.add({ fault: 'wrong-patient', resourceType: 'AllergyIntolerance' });
    const outcome = await c.search({ resourceType: 'AllergyIntolerance' }, who, ctx());
    expect(outcome.kind).to.equal('wrong-patient');
    expect(outcome).to.not.have.property('matches');
  });

  it('de-duplicates: two identical questions at once make one request', async () => {
    const a = client();
    const who = await richard(a);
    h.mock.clearRequests();
    const b = new IcrClient({ endpoint: h.endpoint, tokenProvider: h.tokenFor() });
    const [x, y] = await Promise.all([
      a.search({ resourceType: 'Condition' }, who, ctx()),
      b.search({ resourceType: 'Condition' }, who, ctx()),
    ]);
    expect(x.kind).to.equal('loaded');
    expect(y).to.equal(x);
    expect(h.mock.requests.filter((r) => r.url.includes('/Condition'))).to.have.length(1);
  });

  it('R47: nothing is shared across tokens (roles)', async () => {
    const a = client({}, 'R8000');
    const who = await richard(a);
    const b = client({}, 'R8001');
    h.mock.clearRequests();
    await Promise.all([a.search({ resourceType: 'Condition' }, who, ctx()), b.search({ resourceType: 'Condition' }, who, ctx())]);
    expect(h.mock.requests.filter((r) => r.url.includes('/Condition'))).to.have.length(2);
  });

  it('R42: ending a patient view aborts what is in flight for it', async () => {
    const view = new PatientView({ endpoint: h.endpoint, tokenProvider: h.tokenFor(), nhsNumber: RICHARD });
    const patient = await view.patient();
    if (patient.kind !== 'loaded') throw new Error(patient.kind);
    h.mock.latencyMs = 300;
    const pending = view.client!.search({ resourceType: 'Observation' }, patient, view.context());
    view.dispose();
    let error: unknown;
    try {
      await pending;
    } catch (e) {
      error = e;
    }
    expect((error as DOMException)?.name).to.equal('AbortError');
  });
});
