/**
 * Issue 22, point 2: a strict host must never get a silent blank page. Under
 * `require-trusted-types-for 'script'; trusted-types 'none'` Lit's "lit-html" policy is refused at
 * load, no element can be defined, and each element's place says that the host's security
 * settings stop it, while the console names the refused policy and the directive that allows it.
 * The page (policy-refused.html) is opened in an iframe so its meta CSP governs that document only.
 */
import { expect } from '@open-wc/testing';
import { until, useMockIcr } from '../helpers/icr.js';

interface PolicyHostWindow extends Window {
  __policyHost: { violations: string[]; errors: string[]; consoleErrors: string[] };
}

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function openFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '320px'; // R-reflow: the message must read at the narrowest width too
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('a host whose Trusted Types policy refuses the library (trusted-types \'none\')', () => {
  let frame: HTMLIFrameElement;
  let win: PolicyHostWindow;
  let doc: Document;
  const SECTIONS = ['icr-patient-banner', 'icr-allergies', 'icr-medications', 'icr-record'];

  before(async () => {
    frame = await openFrame('/test/embedding/policy-refused.html');
    win = frame.contentWindow as PolicyHostWindow;
    doc = frame.contentDocument!;
    await until(() => SECTIONS.every((tag) => doc.querySelector(`${tag} [data-icr-host-policy]`)), 'every element says why it is empty', 10000);
  });
  after(() => frame?.remove());

  it('the page really refused Lit\'s policy (the setting under test)', () => {
    expect(win.customElements.get('icr-allergies'), 'no element could be defined').to.equal(undefined);
    expect(win.__policyHost.violations.some((v) => /trusted-types/.test(v) && v.includes('lit-html'))).to.equal(true);
  });

  it('issue 22: each element\'s place says the host\'s security settings stop it, never a blank', () => {
    for (const tag of SECTIONS) {
      const said = text(doc.querySelector(tag));
      expect(said, tag).to.include('cannot be shown here');
      expect(said, tag).to.include('security settings');
      expect(said, tag).to.include('This does not mean there is no record');
      expect(said, tag).to.include('lit-html');
    }
  });

  it('issue 22: a provider that wraps sections gets no message of its own (said once per place, not twice)', () => {
    const provider = doc.querySelector('icr-provider')!;
    expect(provider.querySelectorAll('[data-icr-host-policy]')).to.have.length(3);
    expect(provider.firstElementChild?.hasAttribute('data-icr-host-policy')).to.equal(false);
  });

  it('issue 22: an element the host adds later says it too', async () => {
    const late = doc.createElement('icr-diagnoses');
    doc.querySelector('main')!.append(late);
    await until(() => !!late.querySelector('[data-icr-host-policy]'), 'the late element says why it is empty');
    expect(text(late)).to.include('security settings');
  });

  it('issue 22: the console names the refused policy and the directive that allows the library\'s policies', () => {
    const said = win.__policyHost.consoleErrors.filter((m) => m.startsWith('icr-elements:'));
    expect(said, 'said once').to.have.length(1);
    expect(said[0]).to.include('"lit-html"');
    expect(said[0]).to.include('trusted-types lit-html dompurify');
  });

  it('the message is readable at 320 px: no sideways scroll', () => {
    expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
  });
});

describe('a host that allows Lit\'s policy but refuses the sanitiser\'s (trusted-types lit-html)', () => {
  const h = useMockIcr();
  let frame: HTMLIFrameElement;
  let win: PolicyHostWindow & { __icrXss?: string };
  let doc: Document;

  before(async () => {
    frame = await openFrame('/test/embedding/policy-no-sanitiser.html');
    win = frame.contentWindow as typeof win;
    doc = frame.contentDocument!;
  });
  after(() => frame?.remove());

  it('issue 22: the elements load; an HTML report says it cannot be shown here, never renders unsanitised, and the console names "dompurify"', async () => {
    const radiology = doc.querySelector('icr-radiology-reports')!;
    await until(() => radiology.getAttribute('state') === 'loaded', 'radiology loaded', 15000);
    expect(h.mock.requests.length).to.be.greaterThan(0);
    const toggle = [...radiology.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.report-toggle')]
      .find((b) => text(b).includes('Discharge summary'));
    expect(toggle, 'a "Discharge summary" report toggle').to.not.equal(undefined);
    toggle!.click();
    await until(() => !!radiology.shadowRoot!.querySelector('.form-unavailable'), 'the report says it cannot be shown', 10000);
    expect(text(radiology.shadowRoot!.querySelector('.form-unavailable'))).to.include('cannot be shown here');
    expect(radiology.shadowRoot!.querySelector('.form-html')).to.equal(null);
    expect(win.__icrXss).to.equal(undefined);
    await until(() => win.__policyHost.consoleErrors.some((m) => m.startsWith('icr-elements:') && m.includes('"dompurify"')), 'the console names the sanitiser\'s policy');
    expect(win.__policyHost.consoleErrors.filter((m) => m.includes('"dompurify"') && m.startsWith('icr-elements:'))).to.have.length(1);
  });
});
