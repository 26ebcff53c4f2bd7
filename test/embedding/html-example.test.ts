/**
 * Issue 7, frameworks: the plain HTML example (examples/html/), opened as a page of its own in an
 * iframe: attributes, a token provider set as a property, events heard with addEventListener, and
 * the host's theme reaching the elements only through --icr-* properties.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers/icr.js';

const text = (node: Element | ShadowRoot | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('plain HTML example', () => {
  it('shows the patient, asks the page for a token, and the page hears icr-data-load; the host theme applies', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/examples/html/index.html';
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      const banner = doc.querySelector('icr-patient-banner')!;
      await until(() => text(banner.shadowRoot?.querySelector('[part="name"]')) === 'SMITH, Richard (Mr)', 'the banner to show the patient', 15000);
      const events = () => [...doc.querySelectorAll('#events li')].map((li) => li.textContent ?? '');
      expect(events()).to.include('token requested');
      await until(() => events().some((e) => /^icr-data-load: allergies loaded/.test(e)), 'icr-data-load for allergies', 10000);
      const allergies = doc.querySelector('icr-allergies')!;
      const heading = allergies.shadowRoot!.querySelector('[part~="heading"]')!;
      expect(frame.contentWindow!.getComputedStyle(heading).fontFamily).to.match(/Georgia/);
    } finally {
      frame.remove();
    }
  });
});
