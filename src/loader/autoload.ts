/**
 * The CDN entry's runtime (issue 21, "pay only for the tags on the page"): defines each `icr-` tag's
 * code the first time the tag appears, in the document or in an open shadow root of one of the
 * library's own elements. The entry itself (`dist/cdn/icr-elements.min.js`) is generated at build
 * time by scripts/cdn-loader-plugin.mjs from `src/elements/*.define.ts`, so a new element needs no
 * list kept by hand: it calls `autoload(import.meta.url, { tag: () => import(chunk) }, chunks)`.
 *
 * Strict CSP: no eval, no inline script, no string into a Trusted Types sink. Chunks are fetched
 * relative to the entry's URL (rollup writes each `import()` relative to it; `chunks` is resolved
 * against `base`), so a host serves the folder.
 */

/** What the build knows about the chunks: the shared core, and each tag's own static imports. */
export interface ChunkTable {
  /** Files every element imports (Lit, the client, the base element): preloaded at once. */
  core: string[];
  /** Per tag, the files its entry imports beyond the core: preloaded as the tag is loaded. */
  deps: Record<string, string[]>;
}

/** The tag that shares one patient view with the tags inside it: defined before them (no flash of "standalone"). */
const PROVIDER = 'icr-provider';

export function autoload(base: string, loaders: Record<string, () => Promise<unknown>>, chunks: ChunkTable): void {
  const tags = new Set(Object.keys(loaders));
  /** Tags not yet asked for; once empty, nothing is left to watch. */
  const pending = new Set(tags);
  const every = [...tags].join(',');
  const observed = new WeakSet<Node>();
  const preloaded = new Set<string>();
  const nonce = [...document.querySelectorAll<HTMLScriptElement>('script[type=module]')].find((s) => s.src === base)?.nonce;
  let providerReady: Promise<unknown> = Promise.resolve();

  const preload = (file: string): void => {
    const href = new URL(file, base).href;
    if (preloaded.has(href)) return;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    if (nonce) link.nonce = nonce;
    document.head.append(link);
  };

  const load = (tag: string): void => {
    pending.delete(tag);
    for (const file of chunks.deps[tag] ?? []) preload(file);
    const start = () =>
      loaders[tag]!().then(
        () => watchInstances(tag),
        (e: unknown) => console.error(`icr-elements: <${tag}> could not be loaded from ${base}; the tag stays empty.`, e),
      );
    if (tag === PROVIDER) providerReady = start();
    else void providerReady.then(start);
  };

  /** Every instance of a defined tag: watch its shadow root (an element that renders others). */
  const watchInstances = (tag: string): void => {
    for (const root of [document, ...rootsSeen]) for (const el of root.querySelectorAll(tag)) watch(el.shadowRoot);
  };

  /** Shadow roots being watched, so a tag defined later finds its instances inside them too. */
  const rootsSeen = new Set<ShadowRoot>();

  const watch = (root: ShadowRoot | null): void => {
    if (!root || observed.has(root)) return;
    observed.add(root);
    rootsSeen.add(root);
    observer.observe(root, { childList: true, subtree: true });
    scan(root);
  };

  /** Asks for each pending tag found in `node` (and below), and watches each defined element's shadow root. */
  const scan = (node: Element | Document | ShadowRoot): void => {
    if (node instanceof Element && tags.has(node.localName)) found(node);
    for (const el of node.querySelectorAll(every)) found(el);
  };

  const found = (el: Element): void => {
    if (pending.has(el.localName)) load(el.localName);
    else if (customElements.get(el.localName)) watch(el.shadowRoot);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) scan(node as Element);
    if (!pending.size) {
      // Every tag has been asked for: the browser upgrades whatever comes next by itself.
      observer.disconnect();
      rootsSeen.clear();
      return;
    }
    // Forget the roots of removed elements (a host that mounts and unmounts views must not grow this set).
    for (const root of rootsSeen) {
      if (root.host.isConnected) continue;
      rootsSeen.delete(root);
      observed.delete(root);
    }
  });

  for (const file of chunks.core) preload(file);
  // The provider first, wherever it is in the page, so the tags inside it meet it at once.
  if (document.querySelector(PROVIDER)) load(PROVIDER);
  observer.observe(document, { childList: true, subtree: true });
  scan(document);
}
