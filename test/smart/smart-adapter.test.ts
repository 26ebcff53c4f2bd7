/**
 * The SMART on FHIR adapter with a real fhirclient.js Client (its browser build) against a mock
 * authorisation server and a mock FHIR server (msw): endpoint, patient and token from the launch,
 * refresh through the token endpoint after a 401, one refresh for many requests.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { connectSmartClient, fromSmartClient, type SmartClientLike } from '../../src/smart/from-smart-client.js';
import { clearSharedRequests } from '../../src/data/request-cache.js';
import '../../src/elements/provider.define.js';
import '../../src/elements/patient-banner.define.js';
import { untilState } from '../helpers/icr.js';

const FHIR_BASE = 'https://ehr.example.org/fhir/r4';
const TOKEN_URI = 'https://auth.example.org/oauth2/token';

declare global {
  interface Window {
    FHIR?: { client(state: unknown): SmartClientLike };
  }
}

async function loadFhirClient(): Promise<NonNullable<Window['FHIR']>> {
  if (!window.FHIR) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/fhirclient/build/fhir-client.pure.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('fhirclient build not found'));
      document.head.appendChild(script);
    });
  }
  return window.FHIR!;
}

/** The mock authorisation server: a refresh grant issues token-2, token-3, … */
const auth = { issued: 1, refreshGrants: 0, validToken: 'token-1' };
const fhirRequests: { url: string; authorization: string | null }[] = [];

const worker = setupWorker(
  http.post(TOKEN_URI, async ({ request }) => {
    const body = new URLSearchParams(await request.text());
    if (body.get('grant_type') !== 'refresh_token' || body.get('refresh_token') !== 'refresh-1') {
      return HttpResponse.json({ error: 'invalid_grant' }, { status: 400 });
    }
    auth.refreshGrants++;
    auth.issued++;
    auth.validToken = `token-${auth.issued}`;
    return HttpResponse.json({ access_token: auth.validToken, token_type: 'Bearer', expires_in: 3600, scope: 'launch/patient patient/*.read offline_access', refresh_token: 'refresh-1' });
  }),
  http.get(`${FHIR_BASE}/Patient/smart-1`, ({ request }) => {
    fhirRequests.push({ url: request.url, authorization: request.headers.get('authorization') });
    if (request.headers.get('authorization') !== `Bearer ${auth.validToken}`) {
      return HttpResponse.json({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login' }] }, { status: 401 });
    }
    return HttpResponse.json({
      resourceType: 'Patient', id: 'smart-1', gender: 'female', birthDate: '1980-02-29',
      name: [{ use: 'usual', family: 'Launch', given: ['Sandra'] }],
      identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9912003888' }],
    }, { headers: { 'Content-Type': 'application/fhir+json' } });
  }),
);

function launch(FHIR: NonNullable<Window['FHIR']>, accessToken = 'token-1', expiresAt = Math.floor(Date.now() / 1000) + 3600): SmartClientLike {
  return FHIR.client({
    serverUrl: FHIR_BASE,
    clientId: 'icr-elements-test',
    tokenUri: TOKEN_URI,
    expiresAt,
    tokenResponse: {
      access_token: accessToken, token_type: 'Bearer', expires_in: 3600, patient: 'smart-1',
      scope: 'launch/patient patient/*.read offline_access', refresh_token: 'refresh-1',
    },
  });
}

describe('SMART on FHIR adapter (fhirclient.js)', () => {
  let FHIR: NonNullable<Window['FHIR']>;
  before(async () => {
    FHIR = await loadFhirClient();
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  });
  after(() => worker.stop());
  beforeEach(() => {
    auth.issued = 1;
    auth.refreshGrants = 0;
    auth.validToken = 'token-1';
    fhirRequests.length = 0;
    clearSharedRequests();
  });

  it('gives the launch endpoint, patient and current token', async () => {
    const connection = fromSmartClient(launch(FHIR));
    expect(connection.endpoint).to.equal(FHIR_BASE);
    expect(connection.patientId).to.equal('smart-1');
    expect(await connection.tokenProvider()).to.equal('token-1');
    expect(auth.refreshGrants).to.equal(0);
  });

  it('refreshes through the token endpoint when forceRefresh is asked', async () => {
    const connection = fromSmartClient(launch(FHIR));
    expect(await connection.tokenProvider({ forceRefresh: true })).to.equal('token-2');
    expect(auth.refreshGrants).to.equal(1);
    expect(await connection.tokenProvider()).to.equal('token-2');
  });

  it('shares one refresh between concurrent requests', async () => {
    const connection = fromSmartClient(launch(FHIR));
    const tokens = await Promise.all([1, 2, 3].map(() => connection.tokenProvider({ forceRefresh: true })));
    expect(tokens).to.deep.equal(['token-2', 'token-2', 'token-2']);
    expect(auth.refreshGrants).to.equal(1);
  });

  it('refreshes a token that is about to expire before using it', async () => {
    const connection = fromSmartClient(launch(FHIR, 'token-1', Math.floor(Date.now() / 1000) + 5));
    expect(await connection.tokenProvider()).to.equal('token-2');
    expect(auth.refreshGrants).to.equal(1);
  });

  it('fails (never sends an empty bearer) when the launch has no token', async () => {
    const connection = fromSmartClient({ state: { serverUrl: FHIR_BASE }, patient: { id: null }, refresh: () => Promise.reject(new Error('no')) });
    expect(connection.patientId).to.equal(undefined);
    let error: unknown;
    try {
      await connection.tokenProvider();
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.contain('no access token');
  });

  it('drives <icr-provider>: a stale launch token is refreshed after the 401 and the banner loads', async () => {
    auth.validToken = 'token-9'; // the EHR already rotated the token: the launch's token-1 is refused
    auth.issued = 8;
    const provider = document.createElement('icr-provider');
    const banner = document.createElement('icr-patient-banner');
    provider.appendChild(banner);
    connectSmartClient(provider, launch(FHIR));
    document.body.appendChild(provider);
    try {
      await untilState(banner, 'loaded');
      expect(fhirRequests.map((r) => r.authorization)).to.deep.equal(['Bearer token-1', 'Bearer token-9']);
      expect(auth.refreshGrants).to.equal(1);
      expect(banner.shadowRoot!.textContent).to.contain('Sandra');
    } finally {
      provider.remove();
    }
  });
});
