/**
 * `icr-elements/mock/testing`: the helper a host would otherwise write for its own tests: put an
 * element inside an `<icr-provider>` that talks to a mock ICR, and wait until it has settled.
 *
 * ```ts
 * import 'icr-elements/define.js';
 * import { mountOnMockPatient } from 'icr-elements/mock/testing';
 * const { element, cleanup } = await mountOnMockPatient('icr-allergies', { nhsNumber: '9912003888' });
 * expect(element.getAttribute('state')).to.equal('loaded');
 * cleanup();
 * ```
 *
 * The provider's client gets a `fetch` that hands each request to `mock.handle`, so no service
 * worker, msw or network is involved and nothing global is patched. Needs a DOM (a browser test
 * runner) and the elements defined by the host (`import 'icr-elements/define.js'`).
 */
import { createMockIcr } from './icr.js';
import type { MockIcr, MockRoleCode } from './types.js';
// Types only: this module defines nothing, so a host decides which elements (and which copy) it loads.
import type { IcrProvider } from '../elements/provider/provider.js';

export interface MountOptions {
  /** The patient to show (default Richard Smith, 9912003888, whose record fills every section). */
  nhsNumber?: string;
  /** The mock to read from (default a fresh `createMockIcr()`); pass one to add faults or inspect `mock.requests`. */
  mock?: MockIcr;
  /** The role the demo token carries (default R8000, a clinician). */
  role?: MockRoleCode;
  /** Attributes for the element itself, e.g. `{ filter: 'all' }` for medications. */
  attributes?: Record<string, string>;
  /** Where the provider is attached (default `document.body`). */
  parent?: Element;
  /** Give up waiting after this long (default 10 s); the error names the element's last state. */
  timeoutMs?: number;
}

export interface Mounted<E extends HTMLElement> {
  element: E;
  provider: IcrProvider;
  mock: MockIcr;
  /** Remove the provider and its element from the page. */
  cleanup(): void;
}

/** The mock patient whose record has something in every section. */
export const DEFAULT_MOCK_PATIENT = '9912003888';

/**
 * Mount `<tag>` on a mock patient inside an `<icr-provider>` and resolve once it has settled: its
 * `state` attribute is a final state (anything but `loading`) and no `loading-more` page is due.
 */
export async function mountOnMockPatient<E extends HTMLElement = HTMLElement>(tag: string, options: MountOptions = {}): Promise<Mounted<E>> {
  const mock = options.mock ?? createMockIcr();
  const role = options.role ?? 'R8000';
  const provider = document.createElement('icr-provider') as IcrProvider;
  provider.endpoint = mock.baseUrl;
  provider.nhsNumber = options.nhsNumber ?? DEFAULT_MOCK_PATIENT;
  provider.tokenProvider = () => mock.issueToken(role);
  provider.clientOptions = { fetch: (input: RequestInfo | URL, init?: RequestInit) => mock.handle(new Request(input, init)) };
  const element = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  provider.append(element);
  (options.parent ?? document.body).append(provider);
  const cleanup = (): void => provider.remove();
  try {
    await settled(element, options.timeoutMs ?? 10_000);
  } catch (e) {
    cleanup();
    throw e;
  }
  return { element, provider, mock, cleanup };
}

/** True once `element` shows a final state with nothing more on its way. */
export function isSettled(element: Element): boolean {
  const state = element.getAttribute('state');
  return !!state && state !== 'loading' && !element.hasAttribute('loading-more');
}

/** Resolves when `element` has settled (see `isSettled`), watching its attributes rather than polling. */
export function settled(element: Element, timeoutMs = 10_000): Promise<void> {
  if (isSettled(element)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!isSettled(element)) return;
      done();
      resolve();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`<${element.localName}> did not settle in ${timeoutMs} ms (state: ${element.getAttribute('state') ?? 'none'})`));
    }, timeoutMs);
    const done = (): void => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(element, { attributes: true, attributeFilter: ['state', 'loading-more'] });
  });
}
