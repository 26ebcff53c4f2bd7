import { expect } from '@open-wc/testing';
import { createMockIcr, type MockIcr } from '../../src/mock/index.js';
import { icrHandlers, startMockIcrWorker } from '../../src/mock/msw.js';

describe('mock ICR: through msw in the browser', () => {
  let mock: MockIcr;
  let stop: (() => void) | undefined;

  before(async () => {
    mock = createMockIcr();
    stop = await startMockIcrWorker(mock);
  });
  after(() => stop?.());

  it('exposes msw handlers for the base URL', () => {
    expect(icrHandlers(mock).length).to.be.greaterThan(0);
  });

  it('answers fetch() from the page through the service worker', async () => {
    const token = await mock.issueToken('R8000');
    mock.clearRequests();
    const response = await fetch(`${mock.baseUrl}/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|9912003888`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/fhir+json', 'X-Request-ID': 'msw-1' },
    });
    expect(response.status).to.equal(200);
    const bundle = (await response.json()) as { total: number; entry: Array<{ resource: { id: string } }> };
    expect(bundle.total).to.equal(1);
    expect(bundle.entry[0]!.resource.id).to.equal('pat-richard-smith');
    expect(mock.requests).to.have.length(1);
    expect(mock.requests[0]!.headers['x-request-id']).to.equal('msw-1');
  });

  it('turns the network-error fault into a failed fetch', async () => {
    mock.faults.add({ fault: 'network-error', times: 1 });
    let failed = false;
    try {
      await fetch(`${mock.baseUrl}/Patient/pat-richard-smith`);
    } catch {
      failed = true;
    }
    expect(failed).to.be.true;
  });

  it('leaves other origins alone (onUnhandledRequest: bypass)', async () => {
    const response = await fetch('/mockServiceWorker.js');
    expect(response.status).to.equal(200);
  });
});
