/**
 * Token hygiene (H11; ICR-API.md "sent to the endpoint's origin only"; README "never stored,
 * logged or put in a URL or attribute"). After every scenario a scan looks for each token the
 * scenario used, whole and by JWT part, in the page URL, every attribute of every element (shadow
 * roots included), the DOM and shadow DOM, Web Storage, cookies, window.name, history state, every
 * console message, every `icr-` event detail and every request URL; and checks that no request
 * carrying it went anywhere but the ICR's origin.
 *
 * Figure: scenarios scanned, places scanned, leaks (0).
 */
import { expect } from '@open-wc/testing';
import { createMockIcr, type MockIcr, type MockRoleCode } from '../../src/mock/index.js';
import { clearSharedRequests } from '../../src/data/request-cache.js';
import type { TokenProvider } from '../../src/data/http.js';
import { routeFetch, type FetchRouter } from '../helpers/icr.js';
import { capture, type Capture } from '../helpers/reliability/capture.js';
import { scanForTokens } from '../helpers/reliability/token-scan.js';
import { DATA_STATES, DEFINED_STATES, createElement, mountProvider, untilAll } from '../helpers/reliability/elements.js';
import { deepElements, expandAll, settled } from '../helpers/reliability/dom.js';
import { SOAK, figure } from '../helpers/reliability/run.js';

const RICHARD = '9912003888';
const AMIRA = 'pat-amira-khan'; // sensitive items to reveal

describe('reliability: token hygiene (H11)', function () {
  this.timeout(SOAK ? 900_000 : 90_000);
  let mock: MockIcr;
  let router: FetchRouter;
  let log: Capture;
  /** Every token any scenario has handed out. */
  const issued: string[] = [];
  /** A token from the mock, remembered for the scan. */
  const tokenFor = async (role: MockRoleCode = 'R8000') => {
    const token = await mock.issueToken(role);
    issued.push(token);
    return token;
  };
  /** The server misbehaves by quoting the Authorization header back in its error text. */
  let echo: { status: number } | undefined;
  /** The server's next links, rewritten to a look-alike origin (issue 22). */
  let nextLink: ((request: URL) => string) | undefined;
  const scans: { scenario: string; leaks: number }[] = [];

  before(async () => {
    mock = createMockIcr();
    router = routeFetch({
      mock,
      serve: async (request) => {
        if (nextLink) {
          // Issue 22: every searchset points its next page at a look-alike of the ICR's origin.
          const real = (await (await mock.handle(request.clone())).json()) as Record<string, unknown>;
          if (real['resourceType'] !== 'Bundle') return undefined;
          const links = ((real['link'] as { relation: string }[] | undefined) ?? []).filter((l) => l.relation !== 'next');
          real['link'] = [...links, { relation: 'next', url: nextLink(new URL(request.url)) }];
          return new Response(JSON.stringify(real), { status: 200, headers: { 'Content-Type': 'application/fhir+json' } });
        }
        if (!echo) return undefined;
        const auth = request.headers.get('authorization') ?? '';
        const outcome = {
          resourceType: 'OperationOutcome',
          issue: [{ severity: echo.status === 200 ? 'warning' : 'error', code: 'security', diagnostics: `Rejected ${auth} for ${request.url}`, details: { text: `Token ${auth.replace(/^Bearer /, '')} is not valid here` } }],
        };
        if (echo.status === 200) {
          // A searchset whose outcome entry (shown as a warning, R40) quotes the token.
          const real = (await (await mock.handle(request.clone())).json()) as Record<string, unknown>;
          if (real['resourceType'] !== 'Bundle') return undefined;
          real['entry'] = [...((real['entry'] as unknown[]) ?? []), { resource: outcome, search: { mode: 'outcome' } }];
          return new Response(JSON.stringify(real), { status: 200, headers: { 'Content-Type': 'application/fhir+json' } });
        }
        return new Response(JSON.stringify(outcome), { status: echo.status, headers: { 'Content-Type': 'application/fhir+json' } });
      },
    });
  });

  after(() => {
    router.restore();
    clearSharedRequests();
    figure('token hygiene', `scenarios scanned ${scans.length} (${scans.map((s) => s.scenario).join('; ')}), tokens looked for ${issued.length}, ` +
      `leaks ${scans.reduce((n, s) => n + s.leaks, 0)}, requests ${router.log.length}, requests off-origin with a token ${router.offOrigin().filter((r) => r.authorization).length}`);
  });

  beforeEach(() => {
    clearSharedRequests();
    log = capture({ quiet: true });
  });

  afterEach(function () {
    log.stop();
    document.querySelectorAll('icr-provider, icr-allergies, icr-patient-banner').forEach((e) => e.remove());
    mock.faults.clear();
    echo = undefined;
    nextLink = undefined;
  });

  /** The scan every scenario ends with. */
  function scan(scenario: string): void {
    const leaks = scanForTokens(issued, { capture: log, urls: [...router.log.map((r) => r.url), ...mock.requests.map((r) => r.url)] });
    const offOrigin = router.offOrigin().filter((r) => r.authorization);
    scans.push({ scenario, leaks: leaks.length + offOrigin.length });
    expect(leaks, JSON.stringify(leaks.slice(0, 5), null, 1)).to.deep.equal([]);
    expect(offOrigin, 'a request carrying the token left the ICR origin').to.deep.equal([]);
  }

  /** Clicks every control a user might: expanders, reveals, copy, report forms, filters. */
  async function useEverything(root: Element): Promise<void> {
    for (const el of [root, ...deepElements(root)]) {
      if (!el.shadowRoot || !el.localName.startsWith('icr-')) continue;
      await expandAll(el);
      for (const b of el.shadowRoot.querySelectorAll<HTMLButtonElement>('button.copy, button.form-open, button.image-open')) b.click();
    }
    await settled(root);
  }

  it('a whole record: load, expand, reveal, copy, open forms', async () => {
    const token = await tokenFor();
    const { provider, elements } = mountProvider({ endpoint: mock.baseUrl, nhsNumber: RICHARD, tokenProvider: () => token });
    await untilAll(elements, DATA_STATES);
    await useEverything(provider);
    expect(log.events.length).to.be.greaterThan(5);
    scan('whole record');
  });

  it('sensitive items revealed (R51 events carry no token)', async () => {
    const token = await tokenFor();
    const { provider, elements } = mountProvider({ endpoint: mock.baseUrl, patientId: AMIRA, tokenProvider: () => token });
    await untilAll(elements, DATA_STATES);
    await useEverything(provider);
    expect(log.events.some((e) => e.type === 'icr-sensitive-reveal')).to.equal(true);
    scan('sensitive reveals');
  });

  it('every role in turn, and patient switches', async () => {
    const { provider, elements } = mountProvider({ endpoint: mock.baseUrl, nhsNumber: RICHARD, tokenProvider: () => '' });
    for (const role of ['R8000', 'R8001', 'R1070', 'R9570', 'R8010'] as MockRoleCode[]) {
      const token = await tokenFor(role);
      provider.tokenProvider = () => token;
      await settled(provider);
      await untilAll(elements, DEFINED_STATES);
      for (const p of SOAK ? mock.population : mock.population.slice(1, 3)) {
        provider.nhsNumber = p.nhsNumber;
        await settled(provider);
      }
      await untilAll(elements, DEFINED_STATES);
    }
    scan('roles and patients');
  });

  it('401 then a refreshed token; 401 for good (icr-auth-expire)', async () => {
    let current = await tokenFor();
    const provider: TokenProvider = async (options) => {
      if (options?.forceRefresh) current = await tokenFor();
      return current;
    };
    mock.faults.add({ fault: '401', times: 1 });
    const a = mountProvider({ endpoint: mock.baseUrl, nhsNumber: RICHARD, tokenProvider: provider });
    await untilAll(a.elements, DATA_STATES);
    a.provider.remove();
    clearSharedRequests();
    mock.faults.add({ fault: '401' });
    const b = mountProvider({ endpoint: mock.baseUrl, nhsNumber: RICHARD, tokenProvider: provider });
    await untilAll(b.elements, ['auth-required']);
    expect(log.events.some((e) => e.type === 'icr-auth-expire')).to.equal(true);
    scan('401 refresh and expiry');
  });

  for (const status of [400, 401, 403, 404, 500]) {
    it(`a server that quotes the token back in a ${status} OperationOutcome`, async () => {
      const token = await tokenFor();
      echo = { status };
      const { provider, elements } = mountProvider({ endpoint: mock.baseUrl, nhsNumber: RICHARD, tokenProvider: () => token });
      await untilAll(elements, DEFINED_STATES.filter((s) => !DATA_STATES.includes(s)));
      await settled(provider);
      expect(log.events.some((e) => e.type === 'icr-error')).to.equal(true);
      scan(`token echoed in a ${status}`);
    });
  }

  it('a server that quotes the token back in a searchset warning (R40)', async () => {
    const token = await tokenFor();
    echo = { status: 200 };
    const { provider, elements } = mountProvider({ endpoint: mock.baseUrl, nhsNumber: RICHARD, tokenProvider: () => token });
    await untilAll(elements, DATA_STATES);
    await settled(provider);
    const warned = elements.filter((e) => e.shadowRoot!.querySelector('[data-warning="search-outcome"]'));
    expect(warned.length, 'the warnings are still shown, without the token').to.be.greaterThan(3);
    expect(warned[0]!.shadowRoot!.textContent).to.contain('[token removed]');
    scan('token echoed in a searchset warning');
  });

  it('a next link to a foreign origin is not followed with the token', async () => {
    const token = await tokenFor();
    mock.faults.add({ fault: 'foreign-next' });
    const { elements } = mountProvider({ endpoint: mock.baseUrl, nhsNumber: RICHARD, tokenProvider: () => token });
    await untilAll(elements, DATA_STATES);
    expect(router.offOrigin()).to.deep.equal([]);
    scan('foreign next link');
  });

  for (const [label, link] of [
    ['a look-alike host', (u: URL) => `https://${u.host}.evil.example${u.pathname}${u.search}`],
    ['userinfo naming the ICR host', (u: URL) => `https://${u.hostname}:443@evil.example${u.pathname}${u.search}`],
    ['another port', (u: URL) => `https://${u.hostname}:8443${u.pathname}${u.search}`],
    ['another scheme', (u: URL) => `http://${u.host}${u.pathname}${u.search}`],
  ] as const) {
    it(`issue 22: a next link on ${label} is not followed with the token, and page one stays on screen`, async () => {
      const token = await tokenFor();
      nextLink = link;
      const { elements } = mountProvider({ endpoint: mock.baseUrl, nhsNumber: RICHARD, tokenProvider: () => token });
      await untilAll(elements, DATA_STATES);
      expect(router.offOrigin(), 'nothing was sent off the ICR origin').to.deep.equal([]);
      // Every section loaded (DATA_STATES): page one kept; the cut is said, not hidden.
      expect(elements.some((e) => /another site/.test(e.shadowRoot?.textContent ?? '')), 'says further pages were not fetched').to.equal(true);
      scan(`next link on ${label}`);
    });
  }

  it('a token provider that fails with the token in its error message', async () => {
    const token = await tokenFor();
    const { elements } = mountProvider({
      endpoint: mock.baseUrl, nhsNumber: RICHARD,
      tokenProvider: () => Promise.reject(new Error(`could not renew ${token}`)),
    });
    await untilAll(elements, DEFINED_STATES.filter((s) => !DATA_STATES.includes(s)));
    scan('token provider failure');
  });

  it('an element alone (its own view, micro banner)', async () => {
    const token = await tokenFor();
    const el = createElement('icr-allergies') as HTMLElement & { endpoint?: string; tokenProvider?: TokenProvider };
    el.setAttribute('endpoint', mock.baseUrl);
    el.setAttribute('nhs-number', RICHARD);
    el.tokenProvider = () => token;
    document.body.append(el);
    await untilAll([el], DATA_STATES);
    await useEverything(el);
    scan('standalone element');
  });
});
