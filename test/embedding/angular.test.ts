/**
 * Issue 7, frameworks: the Angular example (examples/angular/App.ts: a standalone zoneless component,
 * compiled in the browser, bundled as a host's bundler would) against the mock ICR: properties, the
 * token provider and events wired Angular's way.
 */
import { expect } from '@open-wc/testing';
import { useMockIcr, until } from '../helpers/mock-icr.js';
import type { DataLoadDetail } from '../../src/events.js';

interface AngularExample {
  mountApp(container: Element, props: {
    endpoint: string;
    nhsNumber: string;
    getToken: (options?: { forceRefresh?: boolean }) => Promise<string>;
    onDataLoad?: (detail: DataLoadDetail) => void;
  }): Promise<{ unmount(): void }>;
}

const text = (node: Element | ShadowRoot | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('Angular example', () => {
  const h = useMockIcr();

  it('renders the record: the banner shows the patient, the token provider is called, icr-data-load reaches Angular', async () => {
    const url = '/examples/angular/App.bundle.js';
    const { mountApp } = (await import(url)) as AngularExample;
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
      // Angular bound properties, not attributes: the function is a property; no "tokenprovider" attribute.
      expect(typeof (provider as HTMLElementTagNameMap['icr-provider']).tokenProvider).to.equal('function');
      expect(provider.hasAttribute('tokenprovider')).to.equal(false);
      expect((provider as HTMLElementTagNameMap['icr-provider']).nhsNumber).to.equal('9912003888');
      const banner = container.querySelector('icr-patient-banner')!;
      await until(() => text(banner.shadowRoot?.querySelector('[part="name"]')) === 'SMITH, Richard (Mr)', 'the banner to show the patient', 10000);
      expect(tokenCalls).to.be.greaterThan(0);
      await until(() => loads.some((d) => d.section === 'allergies'), 'icr-data-load for allergies in the Angular handler', 10000);
      // The component's signal updated from the event handler and Angular re-rendered the host's own log.
      await until(() => /allergies: loaded/.test(text(container.querySelector('.host-log'))), 'the Angular log to show allergies');
      expect(JSON.stringify(h.mock.requests), 'the ICR was asked for this NHS number').to.include('9912003888');
    } finally {
      root.unmount();
      container.remove();
    }
  });
});
