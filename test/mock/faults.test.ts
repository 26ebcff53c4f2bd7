import { expect } from '@open-wc/testing';
import { createMockIcr, FAULT_KINDS, FOREIGN_ORIGIN, type FhirResource, type MockIcr } from '../../src/mock/index.js';
import { getJson, request } from '../helpers/icr.js';
import { matches, spineCode } from '../helpers/fhir-answers.js';

const RICHARD = 'pat-richard-smith';
const NHS_SEARCH = 'Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|9912003888';

describe('mock ICR: faults and latency', () => {
  let mock: MockIcr;
  let token: string;

  before(async () => {
    mock = createMockIcr();
    token = await mock.issueToken('R8000');
  });
  afterEach(() => {
    mock.faults.clear();
    mock.latencyMs = 0;
    mock.jitterMs = 0;
  });

  it('knows fourteen fault kinds', () => {
    expect(FAULT_KINDS).to.have.length(14);
  });

  it('delay: adds delayMs to the matching response', async () => {
    mock.faults.add({ fault: 'delay', delayMs: 200, times: 1 });
    const t0 = performance.now();
    const response = await request(mock, `Patient/${RICHARD}`, token);
    expect(response.status).to.equal(200);
    expect(performance.now() - t0).to.be.at.least(190);
    const t1 = performance.now();
    await request(mock, `Patient/${RICHARD}`, token);
    expect(performance.now() - t1).to.be.below(150);
  });

  it('after: lets the first matching requests through, then applies (a long list whose later pages fail)', async () => {
    mock.faults.add({ fault: '500', resourceType: 'Patient', after: 1, times: 1 });
    expect((await request(mock, `Patient/${RICHARD}`, token)).status).to.equal(200);
    expect((await request(mock, `Patient/${RICHARD}`, token)).status).to.equal(500);
    expect((await request(mock, `Patient/${RICHARD}`, token)).status).to.equal(200);
  });

  for (const status of ['500', '502', '504'] as const) {
    it(`${status}: answers HTTP ${status}`, async () => {
      mock.faults.add({ fault: status, times: 1 });
      const response = await request(mock, `Patient/${RICHARD}`, token);
      expect(response.status).to.equal(Number(status));
    });
  }

  it('503: answers 503 with Retry-After', async () => {
    mock.faults.add({ fault: '503', retryAfterSeconds: 7, times: 1 });
    const { status, body, response } = await getJson(mock, `Patient/${RICHARD}`, token);
    expect(status).to.equal(503);
    expect(response.headers.get('retry-after')).to.equal('7');
    expect(body.resourceType).to.equal('OperationOutcome');
  });

  it('429: answers 429 with Retry-After', async () => {
    mock.faults.add({ fault: '429', times: 1 });
    const response = await request(mock, `Patient/${RICHARD}`, token);
    expect(response.status).to.equal(429);
    expect(response.headers.get('retry-after')).to.equal('1');
  });

  it('401: answers 401 even with a valid token (token expiry)', async () => {
    mock.faults.add({ fault: '401', times: 1 });
    const first = await request(mock, `Patient/${RICHARD}`, token);
    expect(first.status).to.equal(401);
    const retry = await request(mock, `Patient/${RICHARD}`, token);
    expect(retry.status).to.equal(200);
  });

  it('truncated-json: a 200 whose body is cut short', async () => {
    mock.faults.add({ fault: 'truncated-json', times: 1 });
    const response = await request(mock, `Condition?patient=${RICHARD}`, token);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^application\/fhir\+json/);
    const text = await response.text();
    expect(text.startsWith('{"resourceType":"Bundle"')).to.be.true;
    expect(() => JSON.parse(text)).to.throw();
  });

  it('not-json: a 200 claiming FHIR JSON whose body is not JSON', async () => {
    mock.faults.add({ fault: 'not-json', times: 1 });
    const response = await request(mock, `Condition?patient=${RICHARD}`, token);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^application\/fhir\+json/);
    const text = await response.text();
    expect(() => JSON.parse(text)).to.throw();
  });

  it('html-content-type: a 200 HTML page (e.g. a login page from a proxy)', async () => {
    mock.faults.add({ fault: 'html-content-type', times: 1 });
    const response = await request(mock, `Condition?patient=${RICHARD}`, token);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^text\/html/);
    expect(await response.text()).to.contain('<html');
  });

  it('wrong-patient: a valid-looking searchset about another patient', async () => {
    mock.faults.add({ fault: 'wrong-patient', times: 1 });
    const { status, body } = await getJson(mock, `AllergyIntolerance?patient=${RICHARD}`, token);
    expect(status).to.equal(200);
    expect(body.type).to.equal('searchset');
    const items = matches(body);
    expect(items.length).to.be.greaterThan(0);
    for (const r of items) expect((r['patient'] as { reference: string }).reference).to.not.equal(`Patient/${RICHARD}`);
    const self = body.link!.find((l) => l.relation === 'self')!.url;
    expect(self).to.contain(RICHARD);
  });

  it('wrong-patient: the NHS-number lookup returns someone else', async () => {
    mock.faults.add({ fault: 'wrong-patient', resourceType: 'Patient', times: 1 });
    const { body } = await getJson(mock, NHS_SEARCH, token);
    const [patient] = matches(body);
    expect(patient!.id).to.not.equal(RICHARD);
    const read = await getJson<FhirResource>(mock, `Patient/pat-edith-holloway`, token);
    expect(read.body.id).to.equal('pat-edith-holloway');
  });

  it('foreign-next: adds a next link to a foreign origin', async () => {
    mock.faults.add({ fault: 'foreign-next', times: 1 });
    const { body } = await getJson(mock, `Condition?patient=${RICHARD}`, token);
    const next = body.link!.find((l) => l.relation === 'next')!.url;
    expect(new URL(next).origin).to.equal(FOREIGN_ORIGIN);
  });

  it('network-error: a network failure (Response.error())', async () => {
    mock.faults.add({ fault: 'network-error', times: 1 });
    const response = await request(mock, `Patient/${RICHARD}`, token);
    expect(response.type).to.equal('error');
    expect(response.status).to.equal(0);
  });

  it('opted-out: answers 403 NO_PATIENT_CONSENT for any patient', async () => {
    mock.faults.add({ fault: 'opted-out', times: 1 });
    const { status, body } = await getJson(mock, `Patient/${RICHARD}`, token);
    expect(status).to.equal(403);
    expect(spineCode(body)).to.equal('NO_PATIENT_CONSENT');
  });

  it('matches only the given resourceType', async () => {
    mock.faults.add({ fault: '500', resourceType: 'AllergyIntolerance' });
    expect((await request(mock, `Condition?patient=${RICHARD}`, token)).status).to.equal(200);
    expect((await request(mock, `AllergyIntolerance?patient=${RICHARD}`, token)).status).to.equal(500);
    expect((await request(mock, `AllergyIntolerance?patient=${RICHARD}`, token)).status).to.equal(500);
  });

  it('removes a rule after `times`, or when its remover is called', async () => {
    mock.faults.add({ fault: '500', times: 2 });
    expect((await request(mock, `Patient/${RICHARD}`, token)).status).to.equal(500);
    expect((await request(mock, `Patient/${RICHARD}`, token)).status).to.equal(500);
    expect((await request(mock, `Patient/${RICHARD}`, token)).status).to.equal(200);
    const remove = mock.faults.add({ fault: '503' });
    expect(mock.faults.list()).to.have.length(1);
    remove();
    expect(mock.faults.list()).to.have.length(0);
    expect((await request(mock, `Patient/${RICHARD}`, token)).status).to.equal(200);
  });

  it('takes a per-request fault from the X-Mock-Fault header', async () => {
    const response = await request(mock, `Patient/${RICHARD}`, token, { 'X-Mock-Fault': '503; retryAfterSeconds=4' });
    expect(response.status).to.equal(503);
    expect(response.headers.get('retry-after')).to.equal('4');
  });

  it('refuses an unknown fault kind', () => {
    expect(() => mock.faults.add({ fault: 'teapot' as never })).to.throw();
  });
});
