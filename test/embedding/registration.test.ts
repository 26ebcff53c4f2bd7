/**
 * Issue 7, strict hosts: registering twice, or a host that already owns an `icr-` tag, gives a
 * clear console message and no crash; a host may register the classes under its own tag names.
 * This file imports no define module statically: the host's own element must come first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { useMockIcr, untilState } from '../helpers/icr.js';
import { IcrAllergies } from '../../src/elements/allergies/allergies.js';
import { defineElement } from '../../src/elements/define-element.js';

class HostCarePlans extends HTMLElement {}

describe('registration in a host page', () => {
  const h = useMockIcr();
  const warnings: string[] = [];
  const realWarn = console.warn;

  before(async () => {
    customElements.define('icr-care-plans', HostCarePlans); // the host got there first
    console.warn = (...args: unknown[]) => { warnings.push(args.map(String).join(' ')); };
    try {
      await import('../../src/define.js');
    } finally {
      console.warn = realWarn;
    }
  });

  it('a host that already defines an icr- tag keeps it; the library says so in the console and defines the rest', () => {
    expect(customElements.get('icr-care-plans')).to.equal(HostCarePlans);
    expect(warnings.filter((w) => w.includes('<icr-care-plans>'))).to.have.length(1);
    expect(warnings[0]).to.match(/icr-elements: <icr-care-plans> is already defined/);
    expect(customElements.get('icr-allergies')).to.equal(IcrAllergies);
    expect(customElements.get('icr-provider')).to.not.equal(undefined);
  });

  it('registering again (the same class, or a second copy of the library) never throws', () => {
    const seen: string[] = [];
    console.warn = (...args: unknown[]) => { seen.push(args.map(String).join(' ')); };
    try {
      expect(() => defineElement('icr-allergies', IcrAllergies)).to.not.throw();
      expect(seen, 'the same class again is silent').to.deep.equal([]);
      const SecondCopy = class extends IcrAllergies {};
      expect(() => defineElement('icr-allergies', SecondCopy)).to.not.throw();
    } finally {
      console.warn = realWarn;
    }
    expect(seen).to.have.length(1);
    expect(seen[0]).to.include('<icr-allergies> is already defined');
    expect(customElements.get('icr-allergies')).to.equal(IcrAllergies);
  });

  it('a host may register a class under its own tag name, and it works', async () => {
    customElements.define('northbridge-allergies', class extends IcrAllergies {});
    const el = await fixture(html`<northbridge-allergies endpoint=${h.endpoint} nhs-number="9912003888"
      .tokenProvider=${h.tokenFor()}></northbridge-allergies>`);
    await untilState(el, 'loaded');
    expect(el.shadowRoot!.textContent).to.match(/Penicillin/i);
  });
});
