// The analyzer's setup (`npm run analyze`, and `scripts/api-docs.mjs --check` which runs it again).
// custom-elements.json is the package's API as a host gets it (issue 20), so after the analysis a
// plugin makes it describe the shipped package rather than our sources:
// - every module path is the file that ships (`dist/…/x.js`), not the `src/…/x.ts` that does not;
// - every event has its name: the analyzer sees `dispatchEvent(new IcrAuthExpireEvent(…))` and knows
//   the class but not the name, which lives in the class's `static eventName` in src/events.ts;
// - every element lists the shared `--icr-*` design tokens it reads (src/styles/tokens.ts) as its
//   CSS custom properties, since tools (IDEs, Storybook) read them from the element, not a README.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

const eventsSource = readFileSync(new URL('./src/events.ts', import.meta.url), 'utf8');
/** Event class → its name (`static readonly eventName = 'icr-…'`) and the JSDoc above the class. */
const eventClasses = new Map(
  [...eventsSource.matchAll(/(?:\/\*\*([\s\S]*?)\*\/\s*)?export class (\w+) extends[^{]+\{\s*static readonly eventName = '([\w-]+)'/g)]
    .map((m) => [m[2], { name: m[3], description: (m[1] ?? '').replace(/^\s*\*\s?/gm, ' ').replace(/\s+/g, ' ').trim() }]),
);

/** Names the events the analyzer found by class, and keeps one entry per event name: a documented
 * `@event` line gains the class as its type, an undocumented one the class's own JSDoc. */
function nameEvents(events) {
  const byName = new Map();
  for (const e of events) {
    const cls = eventClasses.get(e.type?.text);
    if (!e.name && cls) e.name = cls.name;
    const seen = byName.get(e.name);
    if (!seen) byName.set(e.name, e);
    else {
      seen.type ??= e.type;
      seen.description ||= e.description;
      seen.inheritedFrom ??= e.inheritedFrom;
    }
  }
  for (const e of byName.values()) {
    const cls = [...eventClasses.entries()].find(([, c]) => c.name === e.name);
    if (cls) {
      e.type ??= { text: cls[0] };
      e.description ||= cls[1].description;
    }
  }
  return [...byName.values()];
}

const tokensSource = readFileSync(new URL('./src/styles/tokens.ts', import.meta.url), 'utf8');
const sharedTokens = [...tokensSource.matchAll(/var\((--icr-[\w-]+),\s*([^;]+?)\);/g)].map((m) => ({
  name: m[1],
  default: m[2].trim(),
  description: 'Shared design token (see the README\'s "Theming"); the default is the NHS value.',
}));

/** Each `defineElement('icr-…', Class)` in src/elements/*.define.ts: the analyzer only sees the generic
 * `customElements.define(name, constructor)` inside defineElement, which names no tag. */
function definitions(modules) {
  const out = [];
  for (const mod of modules) {
    const match = /^src\/elements\/([\w-]+)\.define\.ts$/.exec(mod.path);
    if (!match) continue;
    const source = readFileSync(new URL(`./${mod.path}`, import.meta.url), 'utf8');
    for (const m of source.matchAll(/defineElement\(\s*'([a-z][\w-]*)'\s*,\s*(\w+)\s*\)/g)) out.push({ mod, tag: m[1], className: m[2] });
  }
  return out;
}

/**
 * The file a host imports for a reference the analyzer wrote: `src/elements/x/x.ts`, the re-export
 * specifier `./x.js` (relative to the module holding it) or `/src/x.js` → `dist/…/x.js`.
 */
function shipped(reference, from) {
  let p = reference;
  if (p.startsWith('./') || p.startsWith('../')) p = posix.join(posix.dirname(from), p);
  p = p.replace(/^\//, '');
  return /^src\/.*\.[jt]s$/.test(p) ? p.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js') : p;
}

/** Rewrites every `path` and `module` reference in one module's entry, however deep. */
function rewritePaths(node, from) {
  if (Array.isArray(node)) return node.forEach((n) => rewritePaths(n, from));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value, from);
    else rewritePaths(value, from);
  }
}

function shippedPackagePlugin() {
  return {
    name: 'icr-shipped-package',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const d of mod.declarations ?? []) {
          if (d.events) d.events = nameEvents(d.events);
          if (d.customElement && d.tagName !== undefined) {
            const own = new Set((d.cssProperties ?? []).map((p) => p.name));
            d.cssProperties = [...(d.cssProperties ?? []), ...sharedTokens.filter((t) => !own.has(t.name))];
          }
        }
      }
      const modules = customElementsManifest.modules ?? [];
      const classModule = new Map(modules.flatMap((mod) => (mod.declarations ?? []).map((d) => [d.name, mod.path])));
      for (const mod of modules) {
        // `customElements.define(name, constructor)` in define-element.ts is the helper, not a definition.
        mod.exports = (mod.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && e.name === 'name'));
      }
      for (const { mod, tag, className } of definitions(modules)) {
        mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: classModule.get(className) } });
      }
      for (const mod of modules) rewritePaths(mod, mod.path);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.stories.ts', 'src/mock/**'],
  litelement: true,
  plugins: [shippedPackagePlugin()],
};
