/**
 * Issue 7, frameworks: the one check every framework example (examples/<framework>/App.*, bundled
 * as a host's bundler would by examples/bundle-plugin.mjs) must pass against the mock ICR: the
 * token provider and NHS number reach the provider as properties, never attributes; the banner
 * shows the patient; icr-data-load reaches the framework's handler, whose state re-renders the
 * host's own log. Each framework's test file names its example and says how it wires things.
 */
import { expect } from '@open-wc/testing';
import { useMockIcr, until } from '../helpers/icr.js';
import type { DataLoadDetail } from '../../src/events.js';

export interface FrameworkExample {
  mountApp(container: Element, props: {
    endpoint: string;
    nhsNumber: string;
    getToken: (options?: { forceRefresh?: boolean }) => Promise<string>;
    onDataLoad?: (detail: DataLoadDetail) => void;
  }): { unmount(): void } | Promise<{ unmount(): void }>;
}

const text = (node: Element | ShadowRoot | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** `framework` names it in the test titles; `bundle` is the example's `/examples/…/App.bundle.js`. */
export function describeFrameworkExample(framework: string, bundle: string): void {
  describe(`${framework} example`, () => {
    const h = useMockIcr();

    it(`renders the record: the banner shows the patient, the token provider is called, icr-data-load reaches ${framework}`, async () => {
      const { mountApp } = (await import(bundle)) as FrameworkExample;
      const container = document.createElement('div');
      document.body.append(container);
      let tokenCalls = 0;
      const token = h.tokenFor();
      const loads: DataLoadDetail[] = [];
      const root = await mountApp(container, {
        endpoint: h.endpoint,
        nhsNumber: '9912003888',
        getToken: () => { tokenCalls += 1; return token(); },
        onDataLoad: (detail) => loads.push(detail),
      });
      try {
        const provider = await new Promise<Element>((resolve) => {
          const poll = () => { const p = container.querySelector('icr-provider'); if (p) resolve(p); else setTimeout(poll, 10); };
          poll();
        });
        // Bound as properties, not attributes: the function is a property; no "tokenprovider" attribute.
        expect(typeof (provider as HTMLElementTagNameMap['icr-provider']).tokenProvider).to.equal('function');
        expect(provider.hasAttribute('tokenprovider')).to.equal(false);
        expect((provider as HTMLElementTagNameMap['icr-provider']).nhsNumber).to.equal('9912003888');
        const banner = container.querySelector('icr-patient-banner')!;
        await until(() => text(banner.shadowRoot?.querySelector('[part="name"]')) === 'SMITH, Richard (Mr)', 'the banner to show the patient', 10000);
        expect(tokenCalls).to.be.greaterThan(0);
        await until(() => loads.some((d) => d.section === 'allergies'), `icr-data-load for allergies in the ${framework} handler`, 10000);
        // The framework's state, updated from the event handler, re-rendered the host's own log.
        await until(() => /allergies: loaded/.test(text(container.querySelector('.host-log'))), `the ${framework} log to show allergies`);
        expect(JSON.stringify(h.mock.requests), 'the ICR was asked for this NHS number').to.include('9912003888');
      } finally {
        root.unmount();
        container.remove();
      }
    });
  });
}
