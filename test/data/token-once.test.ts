/**
 * The host's token provider runs exactly once per HTTP request (README, issue 17): the token the
 * client fetched is the one it fingerprints for the share key and the one it sends. Answers shared
 * or cached within a view make no request and call nothing.
 */
import { expect } from '@open-wc/testing';
import type { TokenProvider } from '../../src/data/http.js';
import { IcrClient } from '../../src/data/client.js';
import { DATA_STATES, mountProvider, untilAll } from '../helpers/reliability/elements.js';
import { useMockIcr } from '../helpers/icr.js';

const RICHARD = '9912003888';

describe('token provider: once per request', () => {
  const h = useMockIcr();
  const gets = () => h.mock.requests.filter((r) => r.method === 'GET');

  function counting(token: string | (() => string | undefined)): { provider: TokenProvider; calls: () => number } {
    let calls = 0;
    const provider: TokenProvider = () => {
      calls++;
      return (typeof token === 'function' ? token() : token) as string;
    };
    return { provider, calls: () => calls };
  }

  it('README: a patient view with every section calls the provider exactly once per HTTP request', async () => {
    const token = await h.tokenFor()();
    const { provider, calls } = counting(token);
    const { provider: el, elements } = mountProvider({ endpoint: h.endpoint, nhsNumber: RICHARD, tokenProvider: provider });
    try {
      await untilAll(elements, DATA_STATES);
      expect(gets().length, 'several sections, several requests').to.be.greaterThan(8);
      expect(calls()).to.equal(gets().length);
      expect(gets().every((r) => r.headers.authorization === `Bearer ${token}`)).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('R47: a repeated question in the same view is answered from the cache with no request and no call', async () => {
    const { provider, calls } = counting(await h.tokenFor()());
    const client = new IcrClient({ endpoint: h.endpoint, tokenProvider: provider });
    const ctx = { correlationId: 'c' };
    const who = await client.resolvePatient({ nhsNumber: RICHARD }, ctx);
    if (who.kind !== 'loaded') throw new Error(who.kind);
    await client.search({ resourceType: 'Condition' }, who, ctx);
    const [before, callsBefore] = [gets().length, calls()];
    expect(callsBefore).to.equal(before);
    const again = await client.search({ resourceType: 'Condition' }, who, ctx);
    expect(again.kind).to.equal('loaded');
    expect(gets().length).to.equal(before);
    expect(calls()).to.equal(callsBefore);
  });

  it('R47: a new token is never answered from the cache of another token', async () => {
    const clinician = await h.tokenFor('R8000')();
    const nurse = await h.tokenFor('R8001')();
    const a = new IcrClient({ endpoint: h.endpoint, tokenProvider: () => clinician });
    const b = new IcrClient({ endpoint: h.endpoint, tokenProvider: () => nurse });
    const ctx = { correlationId: 'c' };
    const who = await a.resolvePatient({ nhsNumber: RICHARD }, ctx);
    if (who.kind !== 'loaded') throw new Error(who.kind);
    await a.search({ resourceType: 'Condition' }, who, ctx);
    h.mock.clearRequests();
    await b.search({ resourceType: 'Condition' }, who, ctx);
    expect(gets().map((r) => r.headers.authorization)).to.deep.equal([`Bearer ${nurse}`]);
  });

  it('a 401 asks once more with forceRefresh: two requests, two calls', async () => {
    const token = await h.tokenFor()();
    const options: unknown[] = [];
    const client = new IcrClient({ endpoint: h.endpoint, tokenProvider: (o) => (options.push(o), token) });
    h.mock.faults.add({ fault: '401', times: 1 });
    const who = await client.resolvePatient({ nhsNumber: RICHARD }, { correlationId: 'c' });
    expect(who.kind).to.equal('loaded');
    expect(gets()).to.have.length(2);
    expect(options).to.deep.equal([undefined, { forceRefresh: true }]);
  });

  for (const [label, value] of [['""', ''], ['undefined', undefined]] as const) {
    it(`a provider that returns ${label} is auth-required and sends no request (no empty Bearer header)`, async () => {
      let expired = 0;
      const client = new IcrClient({ endpoint: h.endpoint, tokenProvider: () => value as unknown as string });
      const outcome = await client.resolvePatient({ nhsNumber: RICHARD }, { correlationId: 'c', onAuthExpired: () => expired++ });
      expect(outcome.kind).to.equal('auth-required');
      expect(gets()).to.have.length(0);
      expect(expired).to.equal(1);
    });
  }
});
