/**
 * Issue 21, "pay only for the tags on the page": the CDN entry is a loader. A strict host page
 * (cdn-loader.html: the strict-host CSP, Trusted Types enforced) loads it and uses the provider,
 * banner, allergies and medications; the chunks come from the CDN build of src/ that
 * scripts/cdn-test-build.mjs makes with the same loader plugin as `npm run build`. The script
 * requests are read from the frame's resource timing and checked against the build's manifest.
 */
import { expect } from '@open-wc/testing';
import { useMockIcr, until } from '../helpers/icr.js';

interface LoaderHostWindow extends Window {
  __strictHost: { violations: string[]; errors: string[] };
}
interface Manifest {
  loader: string;
  core: string[];
  tags: Record<string, { file: string; needs: string[] }>;
}

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

describe('issue 21: the CDN loader in a strict host page', () => {
  const h = useMockIcr();
  let frame: HTMLIFrameElement;
  let win: LoaderHostWindow;
  let doc: Document;
  let manifest: Manifest;

  /** The files of /__cdn/ the frame has fetched, by name, each as often as it was fetched. */
  const scripts = (): string[] =>
    win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/__cdn/') && p.endsWith('.js')).map((p) => p.slice('/__cdn/'.length));
  /** What a page with these tags should fetch: the loader, the core, each tag's chunk and what it imports. */
  const expected = (tags: string[]): string[] =>
    [...new Set([manifest.loader, ...manifest.core, ...tags.flatMap((t) => [manifest.tags[t]!.file, ...manifest.tags[t]!.needs])])].sort();
  const settled = (el: Element | null | undefined): boolean => DONE.includes(el?.getAttribute('state') ?? '');

  before(async function () {
    // The first request to /__cdn/ builds the CDN folder from src/ (rollup, about 10-30 s on a busy machine).
    this.timeout(120_000);
    manifest = (await (await fetch('/__cdn/icr-elements.manifest.json')).json()) as Manifest;
    frame = await openFrame('/test/embedding/cdn-loader.html');
    win = frame.contentWindow as LoaderHostWindow;
    doc = frame.contentDocument!;
  });
  after(() => frame?.remove());

  it('a page with the banner, allergies and medications fetches only their chunks and the shared core, each once', async () => {
    const els = ['icr-patient-banner', 'icr-allergies', 'icr-medications'].map((tag) => doc.querySelector(tag)!);
    await until(() => els.every(settled), `the three settled (${els.map((el) => `${el.localName}=${el.getAttribute('state')}`).join(', ')})`, 15000);
    expect(text(doc.querySelector('icr-patient-banner')!.shadowRoot!.querySelector('[part="name"]'))).to.equal('SMITH, Richard (Mr)');
    expect(doc.querySelector('icr-allergies')!.getAttribute('state')).to.equal('loaded');
    const want = expected(['icr-provider', 'icr-patient-banner', 'icr-allergies', 'icr-medications']);
    expect(scripts().sort(), 'script requests').to.deep.equal(want);
    // Nothing of an element that is not on the page.
    for (const tag of ['icr-results', 'icr-record', 'icr-timeline', 'icr-diagnoses']) {
      expect(scripts(), tag).to.not.include(manifest.tags[tag]!.file);
      expect(win.customElements.get(tag), tag).to.equal(undefined);
    }
    expect(h.mock.requests.length).to.be.greaterThan(0);
  });

  it('a tag added to the page later is defined when it appears (whenDefined resolves) and shows its section', async () => {
    const diagnoses = doc.createElement('icr-diagnoses');
    const defined = win.customElements.whenDefined('icr-diagnoses');
    doc.querySelector('icr-provider')!.append(diagnoses);
    await defined;
    await until(() => settled(diagnoses), `diagnoses settled (${diagnoses.getAttribute('state')})`, 15000);
    expect(diagnoses.getAttribute('state')).to.equal('loaded');
    expect(scripts()).to.include(manifest.tags['icr-diagnoses']!.file);
    expect(scripts()).to.not.include(manifest.tags['icr-results']!.file);
  });

  it('the record added later is defined, and so is every section it shows inside its shadow root', async () => {
    const record = doc.createElement('icr-record');
    doc.querySelector('icr-provider')!.append(record);
    await win.customElements.whenDefined('icr-record');
    await until(() => !!record.shadowRoot?.querySelector('icr-results'), 'the record rendered its sections', 15000);
    const inside = [...record.shadowRoot!.querySelectorAll('*')].filter((el) => el.localName.startsWith('icr-'));
    expect(inside.map((el) => el.localName)).to.include.members(['icr-patient-banner', 'icr-allergies', 'icr-results']);
    expect(inside.filter((el) => !el.matches(':defined')).map((el) => el.localName), 'undefined tags in the record').to.deep.equal([]);
    const results = record.shadowRoot!.querySelector('icr-results')!;
    await until(() => settled(results), `results in the record settled (${results.getAttribute('state')})`, 15000);
  });

  it('no CSP or Trusted Types violation and no uncaught error happened in the frame', () => {
    expect(win.__strictHost.violations).to.deep.equal([]);
    expect(win.__strictHost.errors).to.deep.equal([]);
  });
});
