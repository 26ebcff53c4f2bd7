/**
 * HttpRequester on its own (ICR-API.md): the timeout, the retry bound and Retry-After, one token
 * refresh on 401, the token never sent to another origin, redirects refused. Its `fetch` and
 * `sleep` are the test's, so nothing waits for real time.
 */
import { expect } from '@open-wc/testing';
import { HttpRequester, type HttpSettings } from '../../src/data/http.js';

const ORIGIN = 'https://icr.test';
const URL_ = `${ORIGIN}/fhir/Patient/p1`;
const ok = () => new Response('{"resourceType":"Patient","id":"p1"}', { status: 200, headers: { 'Content-Type': 'application/fhir+json' } });

function requester(answer: (init: RequestInit, n: number) => Response | Promise<Response>, over: Partial<HttpSettings> = {}) {
  const sent: RequestInit[] = [];
  const waits: number[] = [];
  const refreshes: (boolean | undefined)[] = [];
  const http = new HttpRequester({
    origin: ORIGIN, timeoutMs: 1000, maxRetries: 2, retryBaseMs: 100, maxRetryWaitMs: 5000,
    tokenProvider: (o) => { refreshes.push(o?.forceRefresh); return o?.forceRefresh ? 'fresh-token' : 'old-token'; },
    fetch: async (_input, init) => { sent.push(init!); return answer(init!, sent.length); },
    sleep: async (ms) => { waits.push(ms); },
    ...over,
  });
  return { http, sent, waits, refreshes };
}
const ctx = { correlationId: 'c1' };
const auth = (init: RequestInit) => new Headers(init.headers).get('Authorization');

describe('HttpRequester', () => {
  it('H4: a request that does not answer within the timeout is aborted and, after the retry bound, is "unavailable" (timeout)', async () => {
    // timeoutMs 0: the timer fires at once; the fake fetch answers only to its abort signal.
    const { http, sent } = requester((init) => new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))), { timeoutMs: 0 });
    const answer = await http.getJson(URL_, 'old-token', ctx);
    expect(answer.ok).to.equal(false);
    if (answer.ok) return;
    expect(answer.failure.kind).to.equal('unavailable');
    expect(answer.failure.transport).to.equal('timeout');
    expect(sent).to.have.length(3);
  });

  it('ICR-API: a 503 is retried at most maxRetries times, each wait the Retry-After asked for', async () => {
    const { http, sent, waits } = requester(() => new Response('', { status: 503, headers: { 'Retry-After': '2' } }));
    const answer = await http.getJson(URL_, 'old-token', ctx);
    expect(answer.ok).to.equal(false);
    expect(sent).to.have.length(3);
    expect(waits).to.deep.equal([2000, 2000]);
  });

  it('ICR-API: a Retry-After longer than the cap is not waited for: "unavailable" after one request', async () => {
    const { http, sent, waits } = requester(() => new Response('', { status: 429, headers: { 'Retry-After': '600' } }));
    const answer = await http.getJson(URL_, 'old-token', ctx);
    expect(!answer.ok && answer.failure.kind).to.equal('unavailable');
    expect(sent).to.have.length(1);
    expect(waits).to.deep.equal([]);
  });

  it('a 503 that clears on the retry is an answer', async () => {
    const { http, sent } = requester((_, n) => (n === 1 ? new Response('', { status: 503, headers: { 'Retry-After': '0' } }) : ok()));
    const answer = await http.getJson(URL_, 'old-token', ctx);
    expect(answer.ok).to.equal(true);
    expect(sent).to.have.length(2);
  });

  it('ICR-API: a 401 asks the host for a fresh token once and retries with it; a second 401 is "sign in again"', async () => {
    const once = requester((_, n) => (n === 1 ? new Response('', { status: 401 }) : ok()));
    expect((await once.http.getJson(URL_, 'old-token', ctx)).ok).to.equal(true);
    expect(once.sent.map(auth)).to.deep.equal(['Bearer old-token', 'Bearer fresh-token']);
    expect(once.refreshes, 'the first token is the caller\'s; only the 401 asks again').to.deep.equal([true]);

    const always = requester(() => new Response('', { status: 401 }));
    const answer = await always.http.getJson(URL_, 'old-token', ctx);
    expect(!answer.ok && answer.failure.kind).to.equal('auth-required');
    expect(always.sent).to.have.length(2);
    expect(always.refreshes).to.deep.equal([true]);
  });

  it('ICR-API: a URL on another origin is refused before anything is sent or the token is asked for again', async () => {
    const { http, sent, refreshes } = requester(ok);
    const answer = await http.getJson('https://evil.example.com/fhir/Patient/p1', 'old-token', ctx);
    expect(!answer.ok && answer.failure.kind).to.equal('bad-response');
    expect(sent).to.have.length(0);
    expect(refreshes).to.have.length(0);
  });

  // Issue 22: the request guard on its own, against URLs that start with the origin's text (or
  // carry it) but are another site. A check weakened to `url.startsWith(origin)` sends the token.
  for (const [label, url] of [
    ['a look-alike host', 'https://icr.test.evil.example/fhir/Patient/p1'],
    ['userinfo naming the origin', 'https://icr.test:443@evil.example/fhir/Patient/p1'],
    ['userinfo on the origin itself', 'https://user:pw@icr.test/fhir/Patient/p1'],
    ['another port', 'https://icr.test:8443/fhir/Patient/p1'],
    ['another scheme', 'http://icr.test/fhir/Patient/p1'],
    ['a relative URL', '/fhir/Patient/p1'],
    ['an unreadable URL', 'https://[icr.test/fhir/Patient/p1'],
  ] as const) {
    it(`H11: ${label} is refused before anything is sent (${url})`, async () => {
      const { http, sent, refreshes } = requester(ok);
      const answer = await http.getJson(url, 'old-token', ctx);
      expect(!answer.ok && answer.failure.kind).to.equal('bad-response');
      expect(sent).to.have.length(0);
      expect(refreshes).to.have.length(0);
    });
  }

  it('ICR-API: every request refuses redirects (one could carry the token to another origin) and sends no cookies', async () => {
    const { http, sent } = requester(ok);
    await http.getJson(URL_, 'old-token', ctx);
    expect(sent[0]!.redirect).to.equal('error');
    expect(sent[0]!.credentials).to.equal('omit');
  });

  it('a 200 that is not FHIR JSON is a "bad-response", never data', async () => {
    const { http } = requester(() => new Response('<html></html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    const answer = await http.getJson(URL_, 'old-token', ctx);
    expect(!answer.ok && answer.failure.kind).to.equal('bad-response');
  });

  it('no token, no request: an empty token is "authentication needed" and nothing is sent (issue 22)', async () => {
    const { http, sent } = requester(ok);
    const answer = await http.getJson(URL_, '', ctx);
    expect(!answer.ok && answer.failure.kind).to.equal('auth-required');
    expect(sent).to.have.length(0);
  });
});
