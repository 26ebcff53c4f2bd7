/**
 * `<icr-provider>` and the stand-alone configuration, through the mock ICR (issue 2).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { IcrProvider } from '../../src/elements/provider/provider.js';
import { defineElement } from '../../src/elements/define-element.js';
import { IcrPatientBanner } from '../../src/elements/patient-banner/patient-banner.js';
import { useMockIcr, until, untilState } from '../helpers/icr.js';

const RICHARD = '9912003888';
const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('icr-provider', () => {
  const h = useMockIcr();

  it('gives the banner inside it the patient: name and NHS number', async () => {
    const el = await fixture<IcrProvider>(html`<icr-provider endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}>
      <icr-patient-banner></icr-patient-banner></icr-provider>`);
    const banner = el.querySelector('icr-patient-banner')!;
    await untilState(banner, 'loaded');
    expect(text(banner)).to.contain('SMITH, Richard (Mr)');
    expect(text(banner)).to.contain('991 200 3888');
    await expect(el).to.be.accessible();
  });

  it('fires icr-data-load for the patient', async () => {
    const el = document.createElement('icr-provider');
    const loaded = oneEvent(el, 'icr-data-load');
    el.endpoint = h.endpoint;
    el.nhsNumber = RICHARD;
    el.tokenProvider = h.tokenFor();
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.section).to.equal('patient');
    el.remove();
  });

  it('without a token provider: a clear "not configured" state and no request', async () => {
    const el = await fixture<IcrProvider>(html`<icr-provider endpoint=${h.endpoint} nhs-number=${RICHARD}>
      <icr-patient-banner></icr-patient-banner></icr-provider>`);
    const banner = el.querySelector('icr-patient-banner')!;
    await untilState(banner, 'not-configured');
    expect(text(banner)).to.contain('Not configured');
    expect(h.mock.requests).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a token provider set after upgrade is used, and nothing left before it', async () => {
    const el = await fixture<IcrProvider>(html`<icr-provider endpoint=${h.endpoint} nhs-number=${RICHARD}>
      <icr-patient-banner></icr-patient-banner></icr-provider>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(h.mock.requests).to.have.length(0);
    el.tokenProvider = h.tokenFor();
    const banner = el.querySelector('icr-patient-banner')!;
    await untilState(banner, 'loaded');
    expect(h.mock.requests.length).to.be.greaterThan(0);
  });

  it('R14: an invalid NHS number is shown as such and never sent', async () => {
    const el = await fixture<IcrProvider>(html`<icr-provider endpoint=${h.endpoint} nhs-number="9434765918" .tokenProvider=${h.tokenFor()}>
      <icr-patient-banner></icr-patient-banner></icr-provider>`);
    const banner = el.querySelector('icr-patient-banner')!;
    await untilState(banner, 'invalid-nhs-number');
    expect(text(banner)).to.contain('Invalid NHS number');
    expect(h.mock.requests).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('R42: a patient change clears the old patient at once, before any answer', async () => {
    const el = await fixture<IcrProvider>(html`<icr-provider endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}>
      <icr-patient-banner></icr-patient-banner></icr-provider>`);
    const banner = el.querySelector('icr-patient-banner')!;
    await untilState(banner, 'loaded');
    h.mock.latencyMs = 500;
    const other = h.mock.population.find((p) => p.nhsNumber && p.nhsNumber !== RICHARD && !/opted/i.test(p.demonstrates))!;
    el.nhsNumber = other.nhsNumber;
    await el.updateComplete;
    await banner.updateComplete;
    expect(text(banner)).to.not.contain('SMITH');
    expect(banner.getAttribute('state')).to.equal('loading');
  });

  it('R42: an answer still in flight for the old patient is discarded', async () => {
    h.mock.latencyMs = 300;
    const el = await fixture<IcrProvider>(html`<icr-provider endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}>
      <icr-patient-banner></icr-patient-banner></icr-provider>`);
    const banner = el.querySelector('icr-patient-banner')!;
    const other = h.mock.population.find((p) => p.nhsNumber && p.nhsNumber !== RICHARD && !/opted/i.test(p.demonstrates))!;
    el.nhsNumber = other.nhsNumber;
    await untilState(banner, 'loaded');
    await new Promise((r) => setTimeout(r, 400));
    expect(text(banner)).to.not.contain('SMITH, Richard');
  });

  it('R55: an opted-out patient is one whole-record state', async () => {
    const optedOut = h.mock.population.find((p) => /opted/i.test(p.demonstrates))!;
    const el = await fixture<IcrProvider>(html`<icr-provider endpoint=${h.endpoint} nhs-number=${optedOut.nhsNumber} .tokenProvider=${h.tokenFor()}>
      <icr-patient-banner></icr-patient-banner></icr-provider>`);
    const banner = el.querySelector('icr-patient-banner')!;
    await untilState(banner, 'opted-out');
    expect(text(banner)).to.contain('opted out of sharing through the Integrated Care Record');
    await expect(el).to.be.accessible();
  });

  it('fires icr-auth-expire when the token is refused after a refresh', async () => {
    h.mock.faults.add({ fault: '401' });
    const el = document.createElement('icr-provider');
    const expired = oneEvent(el, 'icr-auth-expire');
    Object.assign(el, { endpoint: h.endpoint, nhsNumber: RICHARD, tokenProvider: h.tokenFor() });
    el.append(document.createElement('icr-patient-banner'));
    document.body.append(el);
    const event = await expired;
    expect(event.detail.endpoint).to.equal(h.endpoint);
    await untilState(el.querySelector('icr-patient-banner')!, 'auth-required');
    el.remove();
  });
});

describe('elements alone (no provider)', () => {
  const h = useMockIcr();

  it('two stand-alone elements for the same patient make one request', async () => {
    const el = await fixture(html`<div>
      <icr-patient-banner endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}></icr-patient-banner>
      <icr-patient-banner endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}></icr-patient-banner>
    </div>`);
    const [a, b] = el.querySelectorAll('icr-patient-banner');
    await untilState(a, 'loaded');
    await untilState(b, 'loaded');
    expect(h.mock.requests.filter((r) => r.url.includes('/Patient'))).to.have.length(1);
  });

  it('removing an element aborts its requests and leaves nothing pending', async () => {
    h.mock.latencyMs = 300;
    const el = await fixture(html`<icr-patient-banner endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}></icr-patient-banner>`);
    const { pendingSharedRequests } = await import('../../src/data/request-cache.js');
    await until(() => pendingSharedRequests() === 1, 'the lookup to start');
    el.remove();
    expect(pendingSharedRequests()).to.equal(0);
  });
});

describe('registration', () => {
  it('defining a tag twice gives a console message, not a crash', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineElement('icr-patient-banner', class extends IcrPatientBanner {});
    } finally {
      console.warn = original;
    }
    expect(String(warnings[0])).to.contain('<icr-patient-banner> is already defined');
  });

  it('a host may register a class under its own tag name', async () => {
    defineElement('host-patient-banner', class extends IcrPatientBanner {});
    const el = await fixture(html`<host-patient-banner></host-patient-banner>`);
    await until(() => el.getAttribute('state') === 'not-configured', 'not-configured');
  });
});
