/**
 * R57, issue 17: the private tokens are named by role and spacing is one scale in steps of the
 * public `--icr-space` (src/styles/tokens.ts), so a host's spacing and primary colour reach the
 * small gaps too, and with no token set everything keeps the NHS defaults.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { useMockIcr, untilState } from '../helpers/icr.js';

const RICHARD = '9912003888';

describe('design tokens (R57: role names, one spacing scale)', () => {
  const h = useMockIcr();

  async function microBanner(style: string): Promise<HTMLElement> {
    const wrapper = await fixture<HTMLElement>(html`<div style=${style}><icr-diagnoses endpoint=${h.endpoint} nhs-number=${RICHARD}
      .tokenProvider=${h.tokenFor()}></icr-diagnoses></div>`);
    const el = wrapper.querySelector('icr-diagnoses')!;
    await untilState(el, 'loaded', 'empty');
    return el.shadowRoot!.querySelector<HTMLElement>('[part="micro-banner"]')!;
  }

  it('R57: with no token set the NHS defaults: 4px (0.25rem) thin padding, a #005eb8 primary rule', async () => {
    const band = getComputedStyle(await microBanner(''));
    expect(band.paddingTop).to.equal('4px');
    expect(band.paddingLeft).to.equal('8px');
    expect(band.borderLeftColor).to.equal('rgb(0, 94, 184)');
  });

  it('R57: a host\'s --icr-space scales every step and its --icr-color-primary is the primary rule', async () => {
    const band = getComputedStyle(await microBanner('--icr-space: 1rem; --icr-color-primary: #330072'));
    expect(band.paddingTop, 'the 0.25rem step is half of --icr-space').to.equal('8px');
    expect(band.paddingLeft).to.equal('16px');
    expect(band.borderLeftColor).to.equal('rgb(51, 0, 114)');
  });
});
