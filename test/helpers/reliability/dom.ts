/** Walking rendered elements the way the reliability checks need: through every open shadow root. */

/** Every element under `root`, descending into open shadow roots (depth first, document order). */
export function* deepElements(root: Node): Generator<Element> {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node !== root && node instanceof Element) yield node;
    const kids: Node[] = [];
    if (node instanceof Element && node.shadowRoot) kids.push(node.shadowRoot);
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === Node.ELEMENT_NODE) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** Whitespace collapsed to single spaces (how text reads, whatever the markup). */
export function norm(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Case folded for comparisons where a formatter changes case (names upper case, drugs lower case). */
export function fold(text: string): string {
  return norm(text).toUpperCase().toLowerCase();
}

/** Custom elements (a hyphen in the name) under `scope`, through nested shadow roots. Native queries, no JS walk. */
function customElementsUnder(scope: ParentNode, out: Element[]): Element[] {
  for (const el of scope.querySelectorAll('*')) {
    if (!el.localName.includes('-')) continue;
    out.push(el);
    if (el.shadowRoot) customElementsUnder(el.shadowRoot, out);
  }
  return out;
}

/** All text an element shows: its shadow root's text and that of any custom element inside it. */
export function shownText(el: Element): string {
  const root = el.shadowRoot ?? el;
  let out = root.textContent ?? '';
  for (const inner of customElementsUnder(root, [])) if (inner.shadowRoot) out += ` ${inner.shadowRoot.textContent ?? ''}`;
  return norm(out);
}

interface Updatable extends Element {
  updateComplete?: Promise<unknown>;
}

/** Waits for every Lit element at or under `roots` (shadow roots included) to finish updating. */
export async function settled(...roots: Element[]): Promise<void> {
  for (let round = 0; round < 2; round++) {
    const pending: Promise<unknown>[] = [];
    for (const root of roots) {
      const all = [root, ...customElementsUnder(root, []), ...(root.shadowRoot ? customElementsUnder(root.shadowRoot, []) : [])] as Updatable[];
      for (const e of all) if (e.updateComplete) pending.push(e.updateComplete);
    }
    await Promise.all(pending);
  }
}

/**
 * Opens everything a user could open so that every field is rendered: report details, sensitive
 * items (R51 reveal), the banner's extra details, `<details>` groups. Returns the number of clicks.
 */
export async function expandAll(el: Element): Promise<number> {
  let clicks = 0;
  for (let round = 0; round < 4; round++) {
    const root = el.shadowRoot;
    if (!root) return clicks;
    const closed = [
      ...root.querySelectorAll<HTMLElement>('.report-toggle[aria-expanded="false"], .sensitive-reveal, .more-toggle[aria-expanded="false"]'),
    ];
    for (const d of root.querySelectorAll('details:not([open])')) d.setAttribute('open', '');
    if (!closed.length) break;
    for (const b of closed) b.click();
    clicks += closed.length;
    await settled(el);
  }
  await untilNoLoadingDocument(el);
  return clicks;
}

/**
 * The first HTML report body waits for the sanitiser to load ("Loading document…"); the checks
 * are about the shown document, so wait for it (polling the DOM, failing after `timeoutMs`).
 */
async function untilNoLoadingDocument(el: Element, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (el.shadowRoot?.querySelector('.form-loading')) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${el.localName}'s report document to load`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
