import { expect } from '@open-wc/testing';
import {
  createMockIcr,
  OUTSIDE_ORGANISATION,
  ROLES,
  RESOURCE_SECTION,
  SECTION_POLICY,
  type FhirResource,
  type MockIcr,
  type MockRoleCode,
} from '../../src/mock/index.js';
import { allPages, getJson, request } from '../helpers/icr.js';
import { includes, matches, outcomes, spineCode } from '../helpers/fhir-answers.js';

const NHS = 'https://fhir.nhs.uk/Id/nhs-number';
const RICHARD = 'pat-richard-smith';
const LONG = 'pat-arthur-greenwood';

describe('mock ICR: FHIR endpoint', () => {
  let mock: MockIcr;
  const token: Partial<Record<MockRoleCode, string>> = {};
  let clinician: string;

  before(async () => {
    mock = createMockIcr();
    for (const role of ROLES) token[role.code] = await mock.issueToken(role.code);
    clinician = token.R8000!;
  });

  describe('patient lookup', () => {
    it('finds a patient by NHS number as a searchset of one', async () => {
      const { status, body, response } = await getJson(mock, `Patient?identifier=${NHS}|9912003888`, clinician);
      expect(status).to.equal(200);
      expect(response.headers.get('content-type')).to.match(/^application\/fhir\+json/);
      expect(body.resourceType).to.equal('Bundle');
      expect(body.type).to.equal('searchset');
      expect(body.total).to.equal(1);
      const [patient] = matches(body);
      expect(patient!.id).to.equal(RICHARD);
      expect(body.entry![0]!.fullUrl).to.equal(`${mock.baseUrl}/Patient/${RICHARD}`);
      expect(body.link!.find((l) => l.relation === 'self')).to.exist;
    });

    it('answers an unknown (but valid) NHS number with an empty searchset', async () => {
      const { status, body } = await getJson(mock, `Patient?identifier=${NHS}|9000000009`, clinician);
      expect(status).to.equal(200);
      expect(body.total).to.equal(0);
      expect(body.entry).to.be.undefined;
    });

    it('refuses an NHS number that fails Modulus 11 with 400', async () => {
      const { status, body } = await getJson(mock, `Patient?identifier=${NHS}|9434765918`, clinician);
      expect(status).to.equal(400);
      expect(body.resourceType).to.equal('OperationOutcome');
    });

    it('adds the GP practice and practitioner with _include=Patient:general-practitioner', async () => {
      const { body } = await getJson(mock, `Patient?identifier=${NHS}|9912003888&_include=Patient:general-practitioner`, clinician);
      expect(matches(body)).to.have.length(1);
      const included = includes(body).map((r) => `${r.resourceType}/${r.id}`);
      expect(included).to.include('Organization/org-riverside-medical-practice');
      expect(included).to.include('Practitioner/prac-amelia-hart');
      expect(body.total).to.equal(1);
    });

    it('reads Patient/{id}, and 404s an unknown id with an OperationOutcome', async () => {
      const ok = await getJson<FhirResource>(mock, `Patient/${RICHARD}`, clinician);
      expect(ok.status).to.equal(200);
      expect(ok.body.id).to.equal(RICHARD);
      const missing = await getJson(mock, 'Patient/pat-nobody', clinician);
      expect(missing.status).to.equal(404);
      expect(missing.body.resourceType).to.equal('OperationOutcome');
      expect(spineCode(missing.body)).to.equal('RESOURCE_NOT_FOUND');
    });

    it('also finds a patient by _id, or by an NHS number given without its system', async () => {
      const byId = await getJson(mock, `Patient?_id=${RICHARD}`, clinician);
      expect(matches(byId.body)[0]!.id).to.equal(RICHARD);
      const bare = await getJson(mock, 'Patient?identifier=9912003888', clinician);
      expect(matches(bare.body)[0]!.id).to.equal(RICHARD);
      const other = await getJson(mock, 'Patient?identifier=https://fhir.example.org/mrn|9912003888', clinician);
      expect(other.body.total).to.equal(0);
    });

    it('reads the source Organization resources', async () => {
      const { status, body } = await getJson<FhirResource>(mock, 'Organization/org-pennine-vale-mental-health', clinician);
      expect(status).to.equal(200);
      expect(body['name']).to.equal('Pennine Vale Mental Health NHS Trust');
    });

    it('finds RelatedPerson by patient', async () => {
      const { body } = await getJson(mock, `RelatedPerson?patient=${RICHARD}`, clinician);
      expect(matches(body)).to.have.length(1);
    });
  });

  describe('searches', () => {
    it('accepts patient=, patient=Patient/ and subject=Patient/ alike', async () => {
      const a = await getJson(mock, `Condition?patient=${RICHARD}`, clinician);
      const b = await getJson(mock, `Condition?patient=Patient/${RICHARD}`, clinician);
      const c = await getJson(mock, `Condition?subject=Patient/${RICHARD}`, clinician);
      expect(a.body.total).to.be.greaterThan(0);
      expect(b.body.total).to.equal(a.body.total);
      expect(c.body.total).to.equal(a.body.total);
    });

    it('filters Observation by category, with comma as OR', async () => {
      const lab = await getJson(mock, `Observation?patient=${RICHARD}&category=laboratory`, clinician);
      const vital = await getJson(mock, `Observation?patient=${RICHARD}&category=vital-signs`, clinician);
      const both = await getJson(mock, `Observation?patient=${RICHARD}&category=laboratory,vital-signs`, clinician);
      const sys = await getJson(mock, `Observation?patient=${RICHARD}&category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory`, clinician);
      expect(lab.body.total).to.be.greaterThan(0);
      expect(vital.body.total).to.be.greaterThan(0);
      expect(both.body.total).to.equal(lab.body.total! + vital.body.total!);
      expect(sys.body.total).to.equal(lab.body.total);
      for (const r of matches(lab.body)) expect(JSON.stringify(r['category'])).to.contain('laboratory');
    });

    it('adds referenced Medications with search.mode include', async () => {
      const { body } = await getJson(mock, `MedicationStatement?patient=${RICHARD}&_include=MedicationStatement:medication`, clinician);
      const meds = includes(body);
      expect(meds.map((m) => m.id)).to.include('rs-med-amlodipine');
      expect(meds.every((m) => m.resourceType === 'Medication')).to.be.true;
      const req = await getJson(mock, `MedicationRequest?patient=${RICHARD}&_include=MedicationRequest:medication`, clinician);
      expect(includes(req.body).map((m) => m.id)).to.include('rs-med-salbutamol');
    });

    it('finds the allergies List by its SNOMED code', async () => {
      const { body } = await getJson(mock, `List?patient=pat-thomas-wright&code=http://snomed.info/sct|886921000000105`, clinician);
      const [list] = matches(body);
      expect((list!['emptyReason'] as { coding: Array<{ code: string }> }).coding[0]!.code).to.equal('notasked');
      const none = await getJson(mock, `List?patient=pat-thomas-wright&code=http://snomed.info/sct|1234`, clinician);
      expect(none.body.total).to.equal(0);
    });

    it('refuses unknown resource types and parameters with 400 OperationOutcome', async () => {
      const type = await getJson(mock, 'Basic?patient=pat-richard-smith', clinician);
      expect(type.status).to.equal(400);
      expect(type.body.resourceType).to.equal('OperationOutcome');
      const param = await getJson(mock, `Condition?patient=${RICHARD}&onset-date=ge2020`, clinician);
      expect(param.status).to.equal(400);
      expect(param.body.resourceType).to.equal('OperationOutcome');
      const noPatient = await getJson(mock, 'Condition', clinician);
      expect(noPatient.status).to.equal(400);
    });

    it('supports _summary=count and _sort on dates', async () => {
      const count = await getJson(mock, `Observation?patient=${RICHARD}&_summary=count`, clinician);
      expect(count.body.total).to.be.greaterThan(0);
      expect(count.body.entry).to.be.undefined;
      const asc = matches((await getJson(mock, `Observation?patient=${RICHARD}&_sort=date&_count=1000`, clinician)).body);
      const desc = matches((await getJson(mock, `Observation?patient=${RICHARD}&_sort=-date&_count=1000`, clinician)).body);
      expect(asc[0]!.id).to.equal(desc[desc.length - 1]!.id);
      expect((await getJson(mock, `Observation?patient=${RICHARD}&_sort=code`, clinician)).status).to.equal(400);
    });

    it('answers 406 when the client accepts no JSON', async () => {
      const response = await request(mock, `Patient/${RICHARD}`, clinician, { Accept: 'application/fhir+xml' });
      expect(response.status).to.equal(406);
    });

    it('serves a CapabilityStatement at /metadata', async () => {
      const { status, body } = await getJson<FhirResource>(mock, 'metadata');
      expect(status).to.equal(200);
      expect(body.resourceType).to.equal('CapabilityStatement');
      expect(body['fhirVersion']).to.equal('4.0.1');
    });

    it('echoes X-Request-ID and X-Correlation-ID', async () => {
      const response = await request(mock, `Patient/${RICHARD}`, clinician, { 'X-Request-ID': 'r-1', 'X-Correlation-ID': 'c-1' });
      expect(response.headers.get('x-request-id')).to.equal('r-1');
      expect(response.headers.get('x-correlation-id')).to.equal('c-1');
    });
  });

  describe('paging', () => {
    it('pages with _count, stateless next links on the same base, and Bundle.total', async function () {
      this.timeout(20000);
      const first = await getJson(mock, `MedicationStatement?patient=${LONG}&_count=100`, clinician);
      expect(first.body.total).to.equal(1800);
      expect(matches(first.body)).to.have.length(100);
      const next = first.body.link!.find((l) => l.relation === 'next')!.url;
      expect(next.startsWith(`${mock.baseUrl}/MedicationStatement?`)).to.be.true;
      expect(new URL(next).searchParams.get('_offset')).to.equal('100');
      const second = await getJson(mock, next, clinician);
      expect(matches(second.body)[0]!.id).to.not.equal(matches(first.body)[0]!.id);
      expect(second.body.total).to.equal(1800);
    });

    it('defaults _count to 50, caps it at 1000, and has no next link on the last page', async function () {
      this.timeout(20000);
      const def = await getJson(mock, `Observation?patient=${LONG}`, clinician);
      expect(matches(def.body)).to.have.length(50);
      const capped = await getJson(mock, `Observation?patient=${LONG}&_count=5000`, clinician);
      expect(matches(capped.body)).to.have.length(1000);
      const { pages, resources } = await allPages(mock, `DiagnosticReport?patient=${LONG}&_count=1000`, clinician);
      expect(pages).to.have.length(2);
      expect(resources).to.have.length(1200);
      expect(new Set(resources.map((r) => r.id)).size).to.equal(1200);
      expect(pages[1]!.link!.some((l) => l.relation === 'next')).to.be.false;
    });

    it('builds next links on the base the request came to (e.g. the Node server)', async () => {
      const local = createMockIcr({ baseUrl: 'http://127.0.0.1:8787/fhir' });
      const t = await local.issueToken('R8000');
      const { body } = await getJson(local, `Condition?patient=${LONG}&_count=10`, t);
      expect(body.link!.find((l) => l.relation === 'next')!.url.startsWith('http://127.0.0.1:8787/fhir/Condition?')).to.be.true;
    });
  });

  describe('authentication', () => {
    it('answers 401 OperationOutcome without a token', async () => {
      const { status, body, response } = await getJson(mock, `Patient/${RICHARD}`);
      expect(status).to.equal(401);
      expect(body.resourceType).to.equal('OperationOutcome');
      expect(response.headers.get('www-authenticate')).to.contain('Bearer');
    });

    it('answers 401 for an expired token', async () => {
      const expired = await mock.issueToken('R8000', { expiresInSeconds: -60 });
      const { status, body } = await getJson(mock, `Patient/${RICHARD}`, expired);
      expect(status).to.equal(401);
      expect(JSON.stringify(body)).to.contain('expired');
    });

    it('answers 401 for a token signed with another secret', async () => {
      const forged = await createMockIcr({ secret: 'someone-else-entirely-different-secret' }).issueToken('R8000');
      const { status } = await getJson(mock, `Patient/${RICHARD}`, forged);
      expect(status).to.equal(401);
    });

    it('answers 401 for a token whose claims were changed after signing, or that is unsigned', async () => {
      const [head, , signature] = clinician.split('.') as [string, string, string];
      const claims = btoa(JSON.stringify({ sub: 'x', role: 'R8000', iss: 'https://icr.mock.nhs.uk/auth', exp: 9999999999 }))
        .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      const unsigned = `${btoa('{"alg":"none","typ":"JWT"}').replace(/=+$/, '')}.${claims}.`;
      for (const bad of [`${head}.${claims}.${signature}`, unsigned, 'not-a-jwt', `${head}.%%%.${signature}`]) {
        const { status } = await getJson(mock, `Patient/${RICHARD}`, bad);
        expect(status, bad).to.equal(401);
      }
    });

    it('issues tokens carrying sub, role, org, exp, iat and jti', async () => {
      const t = await mock.issueToken('R1070', { org: 'ZZR01', expiresInSeconds: 120 });
      const payload = JSON.parse(atob(t.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
      expect(payload['role']).to.equal('R1070');
      expect(payload['org']).to.equal('ZZR01');
      expect(payload['sub']).to.be.a('string');
      expect(payload['jti']).to.be.a('string');
      expect((payload['exp'] as number) - (payload['iat'] as number)).to.equal(120);
    });
  });

  describe('access policy', () => {
    it('denies the clerical role AllergyIntolerance with 403 ACCESS_DENIED', async () => {
      const { status, body } = await getJson(mock, `AllergyIntolerance?patient=${RICHARD}`, token.R8010);
      expect(status).to.equal(403);
      expect(body.resourceType).to.equal('OperationOutcome');
      const coding = (body as unknown as { issue: Array<{ details: { coding: Array<{ system: string; code: string }> } }> }).issue[0]!.details.coding[0];
      expect(coding).to.deep.equal({ ...coding, system: 'https://fhir.nhs.uk/CodeSystem/Spine-ErrorOrWarningCode', code: 'ACCESS_DENIED' });
    });

    it('lets the clerical role read the Patient', async () => {
      const { status } = await getJson(mock, `Patient?identifier=${NHS}|9912003888`, token.R8010);
      expect(status).to.equal(200);
    });

    it('enforces the policy table for every role and section', async () => {
      for (const role of ROLES) {
        for (const [type, section] of Object.entries(RESOURCE_SECTION)) {
          const path = ['Organization', 'Practitioner', 'PractitionerRole', 'Medication', 'Binary'].includes(type)
            ? `${type}?_id=x`
            : type === 'Patient'
              ? `Patient?identifier=${NHS}|9912003888`
              : `${type}?patient=${RICHARD}`;
          const { status } = await getJson(mock, path, token[role.code]);
          const allowed = SECTION_POLICY[section].includes(role.code);
          expect(status, `${role.code} ${type}`).to.equal(allowed ? 200 : 403);
        }
      }
    });

    it('gives a token from outside the sharing agreement nothing, not even the Patient', async () => {
      const outsider = await mock.issueToken('R8000', { org: OUTSIDE_ORGANISATION.ods });
      for (const path of [`Patient?identifier=${NHS}|9912003888`, `Patient/${RICHARD}`, `AllergyIntolerance?patient=${RICHARD}`, 'Organization/org-riverside-medical-practice']) {
        const { status, body } = await getJson(mock, path, outsider);
        expect(status, path).to.equal(403);
        expect(spineCode(body)).to.equal('ACCESS_DENIED');
      }
    });
  });

  describe('opt-out', () => {
    it('answers 403 NO_PATIENT_CONSENT to every request about an opted-out patient', async () => {
      for (const path of [
        `Patient?identifier=${NHS}|9990050694`,
        'Patient/pat-gareth-brown',
        'AllergyIntolerance?patient=pat-gareth-brown',
        'Condition?subject=Patient/pat-gareth-brown',
        'MedicationStatement?patient=pat-gareth-brown',
      ]) {
        for (const role of ['R8000', 'R8010'] as const) {
          const { status, body } = await getJson(mock, path, token[role]);
          expect(status, `${role} ${path}`).to.equal(403);
          expect(spineCode(body), path).to.equal('NO_PATIENT_CONSENT');
        }
      }
    });
  });

  describe('sensitivity and withheld items', () => {
    it('marks sensitive items with meta.security R and V', async () => {
      const { body } = await getJson(mock, 'Condition?patient=pat-amira-khan', clinician);
      const codes = matches(body).flatMap((r) => (r.meta?.security ?? []).map((s) => s.code));
      expect(codes).to.include('R');
      expect(codes).to.include('V');
    });

    it('adds an outcome entry to searchsets with withheld items (first page only)', async () => {
      const { body } = await getJson(mock, 'Condition?patient=pat-amira-khan', clinician);
      const [outcome] = outcomes(body);
      expect(outcome!.resourceType).to.equal('OperationOutcome');
      expect(JSON.stringify(outcome)).to.contain('2 items withheld');
      expect(body.total).to.equal(matches(body).length);
      const none = await getJson(mock, `Condition?patient=${RICHARD}`, clinician);
      expect(outcomes(none.body)).to.have.length(0);
    });

    it('carries the confidential-items warning on the allergies List', async () => {
      const { body } = await getJson(mock, 'List?patient=pat-amira-khan&code=886921000000105', clinician);
      const list = matches(body)[0]!;
      const ext = (list['extension'] as Array<{ url: string; valueCodeableConcept: { coding: Array<{ system: string; code: string }> } }>)[0]!;
      expect(ext.url).to.equal('https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ListWarningCode');
      expect(ext.valueCodeableConcept.coding[0]).to.include({ system: 'https://fhir.hl7.org.uk/CodeSystem/UKCore-ListWarningCode', code: 'confidential-items' });
    });
  });

  describe('request log', () => {
    it('records method, url, headers (token as sent) and time, and clears', async () => {
      mock.clearRequests();
      await request(mock, `Patient/${RICHARD}`, clinician, { 'X-Request-ID': 'log-1' });
      expect(mock.requests).to.have.length(1);
      const [entry] = mock.requests;
      expect(entry!.method).to.equal('GET');
      expect(entry!.url).to.equal(`${mock.baseUrl}/Patient/${RICHARD}`);
      expect(entry!.headers['authorization']).to.equal(`Bearer ${clinician}`);
      expect(entry!.headers['x-request-id']).to.equal('log-1');
      expect(entry!.at).to.be.a('number');
      mock.clearRequests();
      expect(mock.requests).to.have.length(0);
    });
  });

  it('supports the latency setting', async () => {
    mock.latencyMs = 150;
    const started = performance.now();
    await request(mock, `Patient/${RICHARD}`, clinician);
    mock.latencyMs = 0;
    expect(performance.now() - started).to.be.at.least(140);
  });
});
