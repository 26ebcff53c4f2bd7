/**
 * The guard for R42 and R44: wherever an element names where something came from, it names an
 * organisation in words. Every patient of the mock ICR is shown in every section element, with every
 * sensitive item revealed and every report opened, and no text in any shadow root may be a URL, a
 * URN or a FHIR `Type/id` (the `meta.source` URLs the mock puts on every item included).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { useMockIcr, until } from '../helpers/icr.js';

const SECTIONS = [
  'icr-allergies', 'icr-medications', 'icr-diagnoses', 'icr-results', 'icr-radiology-reports',
  'icr-pathology-reports', 'icr-social-care-events', 'icr-care-plans', 'icr-contact-details',
];

/** A URL, a URN, or a FHIR reference such as `Organization/123`. */
const NOT_WORDS = /https?:\/\/|urn:|\b[A-Z][a-zA-Z]+\/[A-Za-z0-9.-]+\b/;

const settled = (el: Element): boolean => {
  const state = el.getAttribute('state');
  return !!state && state !== 'loading' && !el.hasAttribute('loading-more');
};

/** Every text node of a shadow root (and of any shadow root inside it), hidden or not. */
function texts(root: ShadowRoot): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      if (n.parentElement?.localName !== 'style' && n.textContent?.trim()) out.push(n.textContent.trim());
    } else if ((n as Element).shadowRoot) {
      out.push(...texts((n as Element).shadowRoot!));
    }
  }
  return out;
}

/** Reveals every sensitive item and opens every report, so nothing is left unread by the guard. */
async function openEverything(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.sensitive-reveal, button.report-toggle[aria-expanded="false"]')];
    if (!buttons.length) return;
    buttons.forEach((b) => b.click());
    await el.updateComplete;
  }
}

describe('R44: sources are named in words, never a URL, a URN or an id', () => {
  const h = useMockIcr();

  it('R44: no section element shows a URL, URN or Type/id for any mock patient', async function () {
    this.timeout(600000); // every patient, including the ones with thousands of items, in nine elements
    const failures: string[] = [];
    for (const patient of h.mock.population) {
      const provider = await fixture(html`<icr-provider endpoint=${h.endpoint} nhs-number=${patient.nhsNumber}
        .tokenProvider=${h.tokenFor()}>${SECTIONS.map((tag) => document.createElement(tag))}</icr-provider>`);
      const elements = SECTIONS.map((tag) => provider.querySelector(tag)!);
      await until(() => elements.every(settled), `${patient.id} settled`, 60000);
      for (const el of elements) {
        await openEverything(el);
        for (const line of texts(el.shadowRoot!)) {
          if (NOT_WORDS.test(line)) failures.push(`${patient.id} ${el.localName}: ${line}`);
        }
      }
      provider.remove();
    }
    expect(failures.slice(0, 20), `${failures.length} lines`).to.deep.equal([]);
  });
  it('R44: allergies and diagnoses name the organisation their recorder works for, not "Source not named"', async () => {
    // Richard Smith's record is written by several organisations (GP, out of hours, hospital).
    const richard = h.mock.population.find((p) => p.id === 'richard-smith') ?? h.mock.population[0]!;
    const provider = await fixture(html`<icr-provider endpoint=${h.endpoint} nhs-number=${richard.nhsNumber}
      .tokenProvider=${h.tokenFor()}><icr-allergies></icr-allergies><icr-diagnoses></icr-diagnoses></icr-provider>`);
    const elements = [...provider.querySelectorAll('icr-allergies, icr-diagnoses')];
    await until(() => elements.every(settled), 'allergies and diagnoses settled', 20000);
    for (const el of elements) {
      const items = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent ?? '');
      expect(items.length, el.localName).to.be.greaterThan(0);
      const unnamed = items.filter((t) => t.includes('Source not named'));
      expect(unnamed, `${el.localName} items without a named source`).to.deep.equal([]);
    }
  });
});
