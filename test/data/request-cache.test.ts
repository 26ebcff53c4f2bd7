/**
 * The request cache (src/data/request-cache.ts): one request for every element asking the same question,
 * answers kept for their time to live (a fake clock: nothing here waits), an element that goes
 * away cancels the request only if nobody else waits for it (R42), and no answer is shared across
 * tokens (R47).
 */
import { expect } from '@open-wc/testing';
import { IcrClient } from '../../src/data/client.js';
import { clearSharedRequests, pendingSharedRequests, shareRequest } from '../../src/data/request-cache.js';
import { useMockIcr } from '../helpers/icr.js';

const keepAll = () => true;

/** A request the test answers: how many times it started, whether it was aborted, and its answer. */
function controlled<T>() {
  let answer: (value: T) => void = () => undefined;
  const calls: AbortSignal[] = [];
  const start = (signal: AbortSignal) => {
    calls.push(signal);
    return new Promise<T>((resolve, reject) => {
      answer = resolve;
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
    });
  };
  return { start, calls, answer: (value: T) => answer(value) };
}

describe('shared requests (the request cache)', () => {
  const realNow = Date.now;
  let now = 1_000_000;
  beforeEach(() => {
    clearSharedRequests();
    now = 1_000_000;
    Date.now = () => now;
  });
  afterEach(() => {
    Date.now = realNow;
    clearSharedRequests();
  });

  it('two waiters for the same key share one request and one answer', async () => {
    const r = controlled<string>();
    const a = shareRequest('k', 1000, r.start, keepAll);
    const b = shareRequest('k', 1000, r.start, keepAll);
    r.answer('answer');
    expect(await a).to.equal('answer');
    expect(await b).to.equal('answer');
    expect(r.calls).to.have.length(1);
  });

  it('H2: an answer is reused within its time to live and asked for again after it (fake clock)', async () => {
    const r = controlled<string>();
    const first = shareRequest('k', 1000, r.start, keepAll);
    r.answer('one');
    await first;
    now += 999;
    expect(await shareRequest('k', 1000, r.start, keepAll)).to.equal('one');
    expect(r.calls).to.have.length(1);
    now += 1;
    const again = shareRequest('k', 1000, r.start, keepAll);
    expect(r.calls, 'expired: a new request').to.have.length(2);
    r.answer('two');
    expect(await again).to.equal('two');
  });

  it('an answer `keep` refuses (a failure) is not kept', async () => {
    const r = controlled<string>();
    const first = shareRequest('k', 1000, r.start, (v) => v !== 'failed');
    r.answer('failed');
    await first;
    shareRequest('k', 1000, r.start, keepAll).catch(() => undefined); // cancelled by clearSharedRequests after the test
    expect(r.calls).to.have.length(2);
  });

  it('R42: one waiter going away does not cancel the request the others wait for; the last one does', async () => {
    const r = controlled<string>();
    const gone = new AbortController();
    const left = shareRequest('k', 1000, r.start, keepAll, gone.signal);
    const stays = shareRequest('k', 1000, r.start, keepAll);
    gone.abort();
    await left.then(() => expect.fail('resolved'), (e: DOMException) => expect(e.name).to.equal('AbortError'));
    expect(r.calls[0]!.aborted).to.equal(false);
    r.answer('answer');
    expect(await stays).to.equal('answer');

    const last = new AbortController();
    const only = shareRequest('other', 1000, r.start, keepAll, last.signal);
    last.abort();
    await only.catch(() => undefined);
    expect(r.calls[1]!.aborted, 'nobody waits: cancelled').to.equal(true);
    expect(pendingSharedRequests()).to.equal(0);
  });
});

describe('shared requests across tokens (R47)', () => {
  const h = useMockIcr();

  it('R47: the same search with the same token is one request; with another token it is asked again', async () => {
    const sameToken = h.tokenFor('R8000');
    const a = new IcrClient({ endpoint: h.endpoint, tokenProvider: sameToken });
    const b = new IcrClient({ endpoint: h.endpoint, tokenProvider: sameToken });
    const ref = { nhsNumber: '9912003888' };
    const ctx = { correlationId: 'c' };
    await Promise.all([a.resolvePatient(ref, ctx), b.resolvePatient(ref, ctx)]);
    const patientReads = () => h.mock.requests.filter((r) => r.url.includes('/Patient')).length;
    expect(patientReads()).to.equal(1);

    const nurse = new IcrClient({ endpoint: h.endpoint, tokenProvider: h.tokenFor('R8001') });
    await nurse.resolvePatient(ref, ctx);
    expect(patientReads(), 'another token: not shared').to.equal(2);
  });
});
