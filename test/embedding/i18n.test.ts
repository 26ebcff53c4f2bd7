/**
 * Issue 7, localisation: every user-visible string goes through the one catalogue; a host installs
 * another language with setMessages, and any key that language lacks falls back to en-GB.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setMessages } from '../../src/i18n/index.js';
import { formatList } from '../../src/format/list.js';
import { cy } from '../../src/i18n/cy/index.js';
import { useMockIcr, untilState } from '../helpers/icr.js';

const text = (node: Element | ShadowRoot | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('message catalogue: another language', () => {
  const h = useMockIcr();
  afterEach(() => setMessages({})); // back to en-GB

  async function allergies(): Promise<Element> {
    const el = await fixture(html`<icr-allergies endpoint=${h.endpoint} nhs-number="9912003888" .tokenProvider=${h.tokenFor()}></icr-allergies>`);
    await untilState(el, 'loaded');
    return el;
  }

  it('en-GB by default', async () => {
    const el = await allergies();
    expect(text(el.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('Allergies');
    expect(text(el.shadowRoot!.querySelector('[part~="summary"]'))).to.match(/^Known allergies \(\d+ recorded\)/);
  });

  it('a partial Welsh catalogue changes the strings it has; missing keys fall back to en-GB', async () => {
    setMessages(cy);
    const el = await allergies();
    expect(text(el.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('Alergeddau');
    const summary = text(el.shadowRoot!.querySelector('[part~="summary"]'));
    expect(summary).to.match(/^Alergeddau hysbys/);
    expect(summary, 'allergies.count is not in the skeleton: en-GB').to.match(/\(\d+ recorded\)/);
    expect(summary).to.not.include('allergies.');
  });

  it('the banner too: translated labels, and the rest in en-GB', async () => {
    setMessages({ 'banner.born': 'Ganwyd', 'banner.gender': 'Rhywedd' });
    const banner = await fixture(html`<icr-patient-banner endpoint=${h.endpoint} nhs-number="9912003888" .tokenProvider=${h.tokenFor()}></icr-patient-banner>`);
    await untilState(banner, 'loaded');
    const ids = text(banner.shadowRoot!.querySelector('[part="identifiers"]'));
    expect(ids).to.include('Ganwyd');
    expect(ids).to.include('Rhywedd');
    expect(ids).to.include('NHS No.');
  });

  it('an element says the language of its words in lang (WCAG 3.1.2), following setMessages', async () => {
    const el = await allergies();
    expect(el.getAttribute('lang')).to.equal('en-GB');
    setMessages(cy, 'cy');
    expect(el.getAttribute('lang')).to.equal('cy');
    setMessages({});
    expect(el.getAttribute('lang'), 'back to en-GB with the en-GB catalogue').to.equal('en-GB');
  });

  it('a list read as a sentence is joined in the catalogue\'s language', () => {
    expect(formatList(['Allergies', 'Results', 'Diagnoses'])).to.equal('Allergies, Results and Diagnoses');
    expect(formatList(['Allergies'])).to.equal('Allergies');
    setMessages(cy, 'cy');
    expect(formatList(['Alergeddau', 'Canlyniadau'])).to.equal('Alergeddau a Canlyniadau');
  });
});
