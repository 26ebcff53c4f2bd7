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

/** All text an element shows: its shadow root's text and, recursively, nested shadow roots. */
export function shownText(el: Element): string {
  let out = '';
  const walk = (root: Node) => {
    out += ` ${root.textContent ?? ''}`;
    for (const e of deepElements(root)) if (e.shadowRoot) out += ` ${e.shadowRoot.textContent ?? ''}`;
  };
  walk(el.shadowRoot ?? el);
  return norm(out);
}

/** Text of every open shadow root on the page, and the light DOM. */
export function pageText(): string {
  let out = document.documentElement.textContent ?? '';
  for (const e of deepElements(document.documentElement)) if (e.shadowRoot) out += ` ${e.shadowRoot.textContent ?? ''}`;
  return out;
}

interface Updatable extends Element {
  updateComplete?: Promise<unknown>;
}

/** Waits for every Lit element under `root` (shadow roots included) to finish updating. */
export async function settled(...roots: Element[]): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const pending: Promise<unknown>[] = [];
    for (const root of roots) {
      for (const e of [root, ...deepElements(root)] as Updatable[]) if (e.updateComplete) pending.push(e.updateComplete);
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
    if (!closed.length) return clicks;
    for (const b of closed) b.click();
    clicks += closed.length;
    await settled(el);
  }
  return clicks;
}
