/**
 * The demo page as a developer uses it (issue 7): it loads on the built-in mock ICR, every element
 * settles, a role switch clears and reloads everything (R42), and axe passes in every role. Issue 18:
 * fault switches apply at once, "Embed this" shows the HTML for what is on screen (never the token),
 * and the page reflows to 375 and 320 px with the NHS number whole.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { recordMarkup } from '../../demo/record-region.js';
import { npmModule } from '../../demo/embed-snippet.js';

type AxeWindow = Window & { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };

const SETTLED = (s: string | null) => !!s && s !== 'loading';

async function openDemo(width = 1400, height = 1000): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  frame.src = '/demo/index.html#pat-richard-smith';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const start = Date.now();
  while (frame.contentDocument?.body.dataset.ready !== 'true') {
    if (Date.now() - start > 15000) throw new Error('the demo did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  return frame;
}

/** The containers, not sections: the provider, and `<icr-record>` once the demo composes the record with it. */
const CONTAINERS = ['icr-provider', 'icr-record'];

/** Every icr- element on the page, in shadow roots too, so these tests read the same whether the demo composes the sections itself or `<icr-record>` does. */
function icrElements(doc: Document): Element[] {
  const found: Element[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('icr-') && !CONTAINERS.includes(el.localName)) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(doc);
  return found;
}

function findIcr(doc: Document, tag: string): Element | null {
  return icrElements(doc).find((e) => e.localName === tag) ?? null;
}

async function settled(doc: Document, timeoutMs = 15000, atLeast = 10): Promise<void> {
  const start = Date.now();
  for (;;) {
    const els = icrElements(doc);
    if (els.length >= atLeast && els.every((e) => SETTLED(e.getAttribute('state')))) return;
    if (Date.now() - start > timeoutMs) {
      throw new Error(`demo not settled: ${els.map((e) => `${e.localName}=${e.getAttribute('state')}`).join(', ')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function injectAxe(frame: HTMLIFrameElement): Promise<AxeWindow> {
  const win = frame.contentWindow as AxeWindow;
  if (!win.axe) {
    const source = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    const script = frame.contentDocument!.createElement('script');
    script.textContent = source;
    frame.contentDocument!.head.append(script);
  }
  return win;
}

describe('demo page', () => {
  let frame: HTMLIFrameElement;
  before(async function () {
    this.timeout(60000);
    frame = await openDemo();
  });
  after(() => frame?.remove());

  it('loads every element for the first patient on the mock ICR', async function () {
    this.timeout(60000);
    const doc = frame.contentDocument!;
    await settled(doc);
    const banner = findIcr(doc, 'icr-patient-banner')!;
    expect(banner.shadowRoot!.textContent).to.contain('SMITH, Richard (Mr)');
    expect(icrElements(doc).map((e) => e.getAttribute('state'))).to.not.include('unavailable');
  });

  it('R42 and axe: each role clears every element at once, reloads, and passes axe (WCAG 2.2 AA)', async function () {
    this.timeout(240000);
    const doc = frame.contentDocument!;
    const win = await injectAxe(frame);
    const roles = [...doc.querySelectorAll<HTMLOptionElement>('#role option')].map((o) => o.value);
    expect(roles.length).to.be.greaterThanOrEqual(5);
    for (const role of roles) {
      const select = doc.querySelector<HTMLSelectElement>('#role')!;
      select.value = role;
      select.dispatchEvent(new Event('change'));
      const banner = findIcr(doc, 'icr-patient-banner') as HTMLElement & { updateComplete: Promise<unknown> };
      await banner.updateComplete;
      // Straight after the switch nothing from the previous role's answers may remain.
      const states = icrElements(doc).map((e) => `${e.localName}=${e.getAttribute('state')}`);
      expect(states.filter((s) => !s.endsWith('=loading')), `${role}: still showing after the switch`).to.deep.equal([]);
      await settled(doc);
      const results = await win.axe.run(doc, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      expect(results.violations.map((v) => `${v.id} (${v.nodes.length}) ${JSON.stringify(v.nodes.map((n) => (n as { target: unknown }).target))}`), `axe in role ${role}`).to.deep.equal([]);
    }
  });
});

/** Polls a condition the page reaches by itself (no fixed waits). */
async function until(condition: () => boolean, what: () => string, timeoutMs = 20000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function change(el: HTMLInputElement | HTMLSelectElement): void {
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The NHS number as the banner shows it: its text and where it is drawn. */
function bannerNhsNumber(doc: Document): { text: string; rect: DOMRect; clipped: boolean } | undefined {
  const root = findIcr(doc, 'icr-patient-banner')?.shadowRoot;
  if (!root) return undefined;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/\d{3} \d{3} \d{4}/.test(node.textContent ?? '')) continue;
    const range = doc.createRange();
    range.selectNodeContents(node);
    const parent = node.parentElement!;
    return { text: node.textContent!.trim(), rect: range.getBoundingClientRect(), clipped: parent.scrollWidth > parent.clientWidth + 1 };
  }
  return undefined;
}

describe('demo page: the showcase (issue 18)', () => {
  let frame: HTMLIFrameElement;
  before(async function () {
    this.timeout(60000);
    frame = await openDemo(1280, 800);
  });
  after(() => frame?.remove());

  it('R42: ticking a fault re-runs the current patient at once, and unticking it brings the record back, with no patient click', async function () {
    this.timeout(90000);
    const doc = frame.contentDocument!;
    await settled(doc);
    const banner = findIcr(doc, 'icr-patient-banner')!;
    expect(banner.getAttribute('state')).to.equal('loaded');
    const hash = frame.contentWindow!.location.hash;
    const offline = doc.querySelector<HTMLInputElement>('input[name="fault"][value="network-error"]')!;
    offline.click();
    await until(() => SETTLED(banner.getAttribute('state')) && banner.getAttribute('state') !== 'loaded', () => `the banner to leave "loaded" (${banner.getAttribute('state')})`, 60000);
    expect(banner.getAttribute('state')).to.equal('unavailable');
    expect(frame.contentWindow!.location.hash, 'the same patient, not a new pick').to.equal(hash);
    offline.click();
    await until(() => banner.getAttribute('state') === 'loaded', () => `the banner to load again (${banner.getAttribute('state')})`, 60000);
    await settled(doc);
    expect(banner.shadowRoot!.textContent).to.contain('SMITH, Richard (Mr)');
  });

  it('R42: a new latency re-runs the current patient at once (every element reloads)', async function () {
    this.timeout(60000);
    const doc = frame.contentDocument!;
    await settled(doc);
    const latency = doc.querySelector<HTMLInputElement>('#latency')!;
    latency.value = '300';
    latency.dispatchEvent(new Event('input', { bubbles: true }));
    change(latency);
    const states = () => icrElements(doc).map((e) => e.getAttribute('state'));
    await until(() => states().every((s) => s === 'loading'), () => `every element to reload (${states().join(', ')})`, 5000);
    await settled(doc);
    latency.value = '0';
    change(latency);
    await settled(doc);
  });

  it('issue 18, README token rule: "Embed this" shows the HTML for the patient, role and sections on screen, and never the token', async function () {
    this.timeout(60000);
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis;
    const code = () => doc.querySelector('#embed-code')!.textContent ?? '';
    expect(code()).to.contain('nhs-number="9912003888"').and.to.contain('R8000');

    const patient = doc.querySelector<HTMLSelectElement>('#patient')!;
    const edith = [...patient.options].find((o) => o.text.startsWith('HOLLOWAY'))!;
    patient.value = edith.value;
    change(patient);
    const role = doc.querySelector<HTMLSelectElement>('#role')!;
    role.value = 'R8001';
    change(role);
    const allergies = doc.querySelector<HTMLInputElement>('input[name="section"][value="allergies"]')!;
    allergies.click();
    await settled(doc, 30000, 9);

    const provider = doc.querySelector('icr-provider')!;
    const snippet = code();
    expect(snippet).to.contain(`<icr-provider endpoint="${provider.endpoint}" nhs-number="${provider.nhsNumber}">`);
    expect(provider.nhsNumber).to.not.equal('9912003888');
    expect(snippet).to.contain('Nurse Access Role (R8001)').and.not.contain('R8000');
    // The tags are the demo's own record region (demo/record-region.ts), whatever composes it.
    const shown = [...doc.querySelectorAll<HTMLInputElement>('input[name="section"]:checked')].map((b) => b.value);
    expect(shown).to.include('medications');
    expect(shown).to.not.include('allergies');
    for (const { tag } of recordMarkup(shown)) expect(snippet).to.contain(`<${tag}`).and.to.contain(`</${tag}>`);
    expect(snippet, 'the section switched off').to.not.contain('allergies');
    expect(findIcr(doc, 'icr-allergies'), 'the page and the snippet agree').to.equal(null);
    expect(snippet).to.contain('icr-elements.min.js').and.to.contain('provider.tokenProvider = ');

    // The token the page's login hands the elements is nowhere in it, whole or in part.
    const token = await (provider.tokenProvider as () => Promise<string>)();
    expect(token.length).to.be.greaterThan(20);
    for (const part of [token, ...token.split('.')]) expect(snippet).to.not.contain(part);
    expect(snippet.toLowerCase()).to.not.contain('bearer');

    // The npm form imports the provider and each element shown.
    const npm = doc.querySelector<HTMLInputElement>('input[name="embed-source"][value="npm"]')!;
    npm.click();
    expect(code()).to.contain("import 'icr-elements/elements/provider.js';");
    for (const { tag } of recordMarkup(shown)) expect(code()).to.contain(`import '${npmModule(tag)}';`);
    expect(code()).to.not.contain('allergies').and.not.contain('icr-elements.min.js');

    // Copy puts exactly that text on the clipboard and says so.
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => { copied = text; } } });
    doc.querySelector<HTMLButtonElement>('#copy-embed')!.click();
    const status = doc.querySelector('#copy-status')!;
    await until(() => status.textContent === 'Copied', () => `"Copied" (${status.textContent})`);
    expect(copied).to.equal(code());
    allergies.click();
    await settled(doc, 30000);
  });

  it('R56: at 1280 px the record takes most of the width and starts on the first screen', async function () {
    this.timeout(30000);
    const doc = frame.contentDocument!;
    const rect = doc.querySelector('icr-provider')!.getBoundingClientRect();
    expect(rect.width).to.be.greaterThan(1280 * 0.65);
    expect(rect.top).to.be.lessThan(800 / 3);
  });
  it('R56 keyboard: patient, role, the switches and Copy work from the keyboard, in reading order', async function () {
    this.timeout(90000);
    const doc = frame.contentDocument!;
    const win = frame.contentWindow!;
    await settled(doc);
    const banner = findIcr(doc, 'icr-patient-banner')!;
    const patient = doc.querySelector<HTMLSelectElement>('#patient')!;
    win.focus();
    patient.focus();
    await sendKeys({ press: 'Tab' });
    expect(doc.activeElement?.id).to.equal('role');
    await sendKeys({ press: 'Tab' });
    expect(doc.activeElement?.localName).to.equal('summary');
    await sendKeys({ press: 'Tab' });
    const offline = doc.querySelector<HTMLInputElement>('input[name="fault"][value="network-error"]')!;
    expect(doc.activeElement).to.equal(offline);
    await sendKeys({ press: ' ' });
    await until(() => banner.getAttribute('state') === 'unavailable', () => `the fault to show (${banner.getAttribute('state')})`, 60000);
    await sendKeys({ press: ' ' });
    await until(() => banner.getAttribute('state') === 'loaded', () => `the record back (${banner.getAttribute('state')})`, 60000);

    // The next patient by arrow key: the record and the snippet follow.
    patient.focus();
    const before = patient.value;
    await sendKeys({ press: 'ArrowDown' });
    await until(() => patient.value !== before && win.location.hash === `#${patient.value}`, () => 'the next patient');
    const nhsNumber = doc.querySelector('icr-provider')!.nhsNumber!;
    expect(doc.querySelector('#embed-code')!.textContent).to.contain(`nhs-number="${nhsNumber}"`);

    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
    doc.querySelector<HTMLButtonElement>('#copy-embed')!.focus();
    await sendKeys({ press: 'Enter' });
    const status = doc.querySelector('#copy-status')!;
    await until(() => status.textContent === 'Copied', () => `"Copied" (${status.textContent})`);
    await settled(doc);
  });
});

for (const width of [375, 320]) {
  describe(`demo page at ${width} px (issue 18)`, () => {
    let frame: HTMLIFrameElement;
    before(async function () {
      this.timeout(60000);
      frame = await openDemo(width, 640);
    });
    after(() => frame?.remove());

    it('R56 (WCAG 1.4.10) and R43: no horizontal scroll, the NHS number whole on screen, the record on the first screen, axe clean', async function () {
      this.timeout(90000);
      const doc = frame.contentDocument!;
      await settled(doc);
      const root = doc.documentElement;
      expect(root.scrollWidth, `page width at ${width} px`).to.be.at.most(width);
      const nhs = bannerNhsNumber(doc)!;
      expect(nhs.text).to.equal('991 200 3888');
      expect(nhs.rect.left).to.be.at.least(0);
      expect(nhs.rect.right).to.be.at.most(width);
      expect(nhs.clipped, 'the NHS number is cut').to.equal(false);
      expect(findIcr(doc, 'icr-patient-banner')!.getBoundingClientRect().top, 'the record starts on the first screen').to.be.lessThan(640);
      // The switches fold away above the record; opened, they still fit.
      const controls = doc.querySelector<HTMLDetailsElement>('#controls')!;
      expect(controls.open).to.equal(false);
      controls.open = true;
      expect(root.scrollWidth, 'with the switches open').to.be.at.most(width);
      const win = await injectAxe(frame);
      const results = await win.axe.run(doc, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      expect(results.violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => (n as { target: unknown }).target))}`)).to.deep.equal([]);
      controls.open = false;
    });
  });
}
