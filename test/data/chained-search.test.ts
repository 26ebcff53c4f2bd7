/**
 * Issue 21: by NHS number, a section's search is sent with the lookup, chained on the identifier.
 * Against the real mock ICR (through msw): the strict header, the guard against the patient the
 * lookup returned, nothing handed on before the lookup has answered, the strict refusal and the
 * ignored parameter both falling back to `patient={id}`, remembered per endpoint.
 */
import { expect } from '@open-wc/testing';
import { IcrClient } from '../../src/data/client.js';
import type { PatientIdentity } from '../../src/data/patient-guard.js';
import type { SearchResult } from '../../src/data/icr-outcome.js';
import { useMockIcr, until } from '../helpers/icr.js';

const RICHARD = '9912003888';
const ALLERGIES = { resourceType: 'AllergyIntolerance' };

interface Deferred<T> { promise: Promise<T>; resolve(value: T): void }
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('chained search by NHS number (issue 21)', () => {
  const h = useMockIcr();
  const ctx = { correlationId: 'corr-chain' };
  const client = () => new IcrClient({ endpoint: h.endpoint, tokenProvider: h.tokenFor(), maxRetries: 0 });
  const urls = () => h.mock.requests.map((r) => decodeURIComponent(r.url));
  const chainedUrls = () => urls().filter((u) => u.includes('patient.identifier='));
  const byIdUrls = () => urls().filter((u) => /[?&]patient=/.test(u));

  async function richard(c: IcrClient): Promise<PatientIdentity> {
    const outcome = await c.resolvePatient({ nhsNumber: RICHARD }, ctx);
    if (outcome.kind !== 'loaded') throw new Error(`lookup: ${outcome.kind}`);
    return { id: outcome.id, nhsNumber: outcome.nhsNumber };
  }

  it('R9: the chained search asks for strict handling, is sent before the lookup has answered, and hands nothing on before it', async () => {
    const c = client();
    const who = deferred<PatientIdentity | undefined>();
    let settled = false;
    const answer = c.searchChained(ALLERGIES, RICHARD, who.promise, ctx).then((o) => ((settled = true), o));
    await until(() => h.mock.requests.length === 1, 'the chained request');
    const [sent] = h.mock.requests;
    expect(decodeURIComponent(sent.url)).to.contain('AllergyIntolerance?patient.identifier=https://fhir.nhs.uk/Id/nhs-number|9912003888');
    expect(sent.headers['prefer']).to.equal('handling=strict');
    // The answer is in (the mock has no latency here) yet nothing is given before the patient is known.
    const patient = await richard(c);
    expect(settled).to.equal(false);
    who.resolve(patient);
    const outcome = await answer;
    expect(outcome.kind).to.equal('loaded');
    const matches = (outcome as SearchResult).matches;
    expect(matches.length).to.be.greaterThan(0);
    for (const r of matches) expect((r.patient as { reference: string }).reference).to.equal(`Patient/${patient.id}`);
    expect(byIdUrls()).to.deep.equal([]);
  });

  it('R9: a resource of another patient in a chained answer makes the search wrong-patient', async () => {
    h.mock.faults.add({ fault: 'wrong-patient', resourceType: 'AllergyIntolerance' });
    const c = client();
    const patient = await richard(c);
    const outcome = await c.searchChained(ALLERGIES, RICHARD, Promise.resolve(patient), ctx);
    expect(outcome.kind).to.equal('wrong-patient');
  });

  it('R9, H2: a chained answer that failed the guard is not kept: once the server is right again, so is the section', async () => {
    const remove = h.mock.faults.add({ fault: 'wrong-patient', resourceType: 'AllergyIntolerance' });
    const c = client();
    const patient = await richard(c);
    expect((await c.searchChained(ALLERGIES, RICHARD, Promise.resolve(patient), ctx)).kind).to.equal('wrong-patient');
    remove();
    expect((await c.searchChained(ALLERGIES, RICHARD, Promise.resolve(patient), ctx)).kind).to.equal('loaded');
    expect(chainedUrls()).to.have.length(2);
  });

  it('R9: a lookup that did not return exactly one patient: the chained answer is never handed on', async () => {
    const c = client();
    const partials: unknown[] = [];
    const outcome = c.searchChained({ ...ALLERGIES, onPartial: (p) => partials.push(p) }, RICHARD, Promise.resolve(undefined), ctx);
    let error: unknown;
    await outcome.catch((e: unknown) => (error = e));
    expect((error as DOMException).name).to.equal('AbortError');
    expect(partials).to.deep.equal([]);
  });

  it('a strict refusal (400 OperationOutcome) falls back to patient={id} with the same answer, remembered for the endpoint', async () => {
    const c = client();
    const patient = await richard(c);
    const twoStep = await c.search(ALLERGIES, patient, ctx);
    h.mock.clearRequests();
    h.mock.chainedSearch = 'refuse';
    const fresh = client();
    expect(fresh.chainable).to.equal(true);
    const outcome = await fresh.searchChained({ ...ALLERGIES, reload: true }, RICHARD, Promise.resolve(patient), ctx);
    expect(outcome.kind).to.equal('loaded');
    expect((outcome as SearchResult).matches.map((r) => r.id)).to.deep.equal((twoStep as SearchResult).matches.map((r) => r.id));
    expect(chainedUrls()).to.have.length(1);
    expect(byIdUrls()).to.have.length(1);
    // Remembered per endpoint: another client (another view) of the same endpoint does not chain.
    expect(fresh.chainable).to.equal(false);
    expect(client().chainable).to.equal(false);
  });

  it('an ignored chained parameter (self link without it) falls back, never a false wrong-patient, remembered for the endpoint', async () => {
    h.mock.chainedSearch = 'ignore';
    const c = client();
    const patient = await richard(c);
    const outcome = await c.searchChained(ALLERGIES, RICHARD, Promise.resolve(patient), ctx);
    expect(outcome.kind).to.equal('loaded');
    for (const r of (outcome as SearchResult).matches) expect((r.patient as { reference: string }).reference).to.equal(`Patient/${patient.id}`);
    expect(chainedUrls()).to.have.length(1);
    expect(byIdUrls()).to.have.length(1);
    expect(client().chainable).to.equal(false);
  });

  it('another failure of the chained search is not the answer: asked again by patient={id}, not remembered', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'AllergyIntolerance', times: 1 });
    const c = client();
    const patient = await richard(c);
    const outcome = await c.searchChained(ALLERGIES, RICHARD, Promise.resolve(patient), ctx);
    expect(outcome.kind).to.equal('loaded');
    expect(byIdUrls()).to.have.length(1);
    expect(c.chainable).to.equal(true);
  });

  it('the token provider is called once per request and identical chained questions share one request', async () => {
    let calls = 0;
    const token = h.tokenFor();
    const c = new IcrClient({ endpoint: h.endpoint, tokenProvider: () => (calls++, token()) });
    const patient = await richard(c);
    const asks = await Promise.all([1, 2, 3].map(() => c.searchChained(ALLERGIES, RICHARD, Promise.resolve(patient), ctx)));
    expect(asks.every((o) => o.kind === 'loaded')).to.equal(true);
    expect(chainedUrls()).to.have.length(1);
    expect(calls).to.equal(h.mock.requests.length);
  });
});
