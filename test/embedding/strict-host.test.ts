/**
 * Issue 7, strict hosts: every element works in a page whose Content-Security-Policy has no
 * 'unsafe-inline' and no 'unsafe-eval' and which enforces Trusted Types (strict-host.html, opened
 * in an iframe so its meta CSP governs that document only). The mock ICR runs here, in the parent.
 */
import { expect } from '@open-wc/testing';
import { useMockIcr, until } from '../helpers/icr.js';

interface StrictHostWindow extends Window {
  __strictHost: { violations: string[]; errors: string[] };
  __icrXss?: string;
  eval(code: string): unknown;
}

const TAGS = ['icr-patient-banner', 'icr-allergies', 'icr-medications', 'icr-radiology-reports', 'icr-pathology-reports',
  'icr-results', 'icr-diagnoses', 'icr-contact-details', 'icr-social-care-events', 'icr-care-plans'];
const DONE = ['loaded', 'empty', 'not-recorded', 'withheld', 'unavailable', 'error', 'bad-response', 'forbidden', 'wrong-patient', 'opted-out'];
const text = (node: Element | ShadowRoot | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function openFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('strict host: CSP without unsafe-inline/unsafe-eval, Trusted Types enforced', () => {
  const h = useMockIcr();
  let frame: HTMLIFrameElement;
  let win: StrictHostWindow;
  let doc: Document;

  before(async () => {
    frame = await openFrame('/test/embedding/strict-host.html');
    win = frame.contentWindow as StrictHostWindow;
    doc = frame.contentDocument!;
  });
  after(() => frame?.remove());

  it('every element reaches a final state and the banner shows the patient from the mock ICR', async () => {
    const els = TAGS.map((tag) => doc.querySelector(tag)!);
    await until(() => els.every((el) => DONE.includes(el.getAttribute('state') ?? '')),
      `every element settled (${els.map((el) => `${el.localName}=${el.getAttribute('state')}`).join(', ')})`, 15000);
    const banner = doc.querySelector('icr-patient-banner')!;
    expect(banner.getAttribute('state')).to.equal('loaded');
    expect(text(banner.shadowRoot!.querySelector('[part="name"]'))).to.equal('SMITH, Richard (Mr)');
    expect(doc.querySelector('icr-allergies')!.getAttribute('state')).to.equal('loaded');
    expect(h.mock.requests.length).to.be.greaterThan(0);
  });

  it('an HTML report goes through DOMPurify and Lit under Trusted Types: shown, and its script never runs', async () => {
    const radiology = doc.querySelector('icr-radiology-reports')!;
    await until(() => radiology.getAttribute('state') === 'loaded', 'radiology loaded', 15000);
    const toggle = [...radiology.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.report-toggle')]
      .find((b) => text(b).includes('Discharge summary'));
    expect(toggle, 'a "Discharge summary" report toggle').to.not.equal(undefined);
    expect(win.__strictHost.violations, 'violations before the report opened').to.deep.equal([]);
    toggle!.click();
    await until(() => !!radiology.shadowRoot!.querySelector('.form-html'), 'the HTML form rendered');
    const form = radiology.shadowRoot!.querySelector('.form-html')!;
    expect(text(form)).to.include('myocardial infarction excluded');
    expect(form.querySelector('strong')).to.not.equal(null);
    expect(form.querySelector('script, img, [onerror], a[href^="javascript"]')).to.equal(null);
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__icrXss).to.equal(undefined);
  });

  it('no CSP or Trusted Types violation and no uncaught error happened in the frame', () => {
    // One kind of report is expected and harmless: DOMParser's inert document inherits the page's
    // CSP, so when DOMPurify parses the hostile report, Chromium reports its `onerror="…"` attribute
    // as a blocked inline handler (script-src-attr). Nothing else may appear.
    const unexpected = win.__strictHost.violations.filter((v) => !/^script-src-attr blocked inline .*\/dompurify\//.test(v));
    expect(unexpected).to.deep.equal([]);
    expect(win.__strictHost.errors).to.deep.equal([]);
  });

  it('the policy really is enforced in the frame (so the checks above mean something)', async () => {
    expect(() => win.eval('1 + 1'), 'eval is blocked').to.throw();
    const div = doc.createElement('div');
    expect(() => { div.innerHTML = '<b>x</b>'; }, 'a string into innerHTML is refused').to.throw(/TrustedHTML/);
    await until(() => win.__strictHost.violations.length >= 2, 'the probes were reported as violations');
    expect(win.__strictHost.violations.join('\n')).to.match(/require-trusted-types-for/);
  });
});
