// The CDN loader's build (issue 21, "pay only for the tags on the page"). A rollup plugin that makes
// the entry `icr-elements.min.js` from the element define files it finds (no list kept by hand: a new
// `src/elements/<name>.define.ts` is picked up by the next build), so the entry is a small module that
// calls src/loader/autoload.ts with one `() => import(chunk)` per tag. Rollup splits every element into
// its own chunk, the code they share into shared chunks, and writes each import() relative to the
// entry. After chunking the plugin fills in the table autoload() preloads from (the core every element
// imports, and each tag's other chunks), and writes icr-elements.manifest.json beside them (tag, its
// chunk and every chunk it needs), which scripts/size.mjs and the embedding test read.
//
// Used twice: by rollup.config.mjs over tsc's output (dist/, `.js`) and by the embedding test's
// dev-server plugin over src/ (`.ts`, through esbuild), so the test loads exactly this chunking.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const ENTRY = '\0icr-cdn-loader';
const TABLE = '"__ICR_CHUNK_TABLE__"';
export const LOADER_NAME = 'icr-elements';
export const MANIFEST = 'icr-elements.manifest.json';

/** Each define file and the tag it registers (`defineElement('icr-…', …)`; else `icr-<name>`). */
export function defineFiles(dir, ext) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(`.define${ext}`))
    .sort()
    .map((f) => {
      const file = resolve(dir, f);
      const name = basename(f, `.define${ext}`);
      const tag = /defineElement\(\s*'(icr-[a-z0-9-]+)'/.exec(readFileSync(file, 'utf8'))?.[1] ?? `icr-${name}`;
      return { file, name, tag };
    });
}

/** Output names: the loader keeps the path hosts already use; each element's chunk says its name. */
export const cdnOutput = {
  format: 'es',
  entryFileNames: (chunk) => (chunk.name === LOADER_NAME ? `${LOADER_NAME}.min.js` : `${LOADER_NAME}-[name]-[hash].min.js`),
  chunkFileNames: (chunk) => `${LOADER_NAME}-${chunk.name.replace(/\.define$/, '')}-[hash].min.js`,
};

/** Every file `file` imports statically, transitively (itself not included). */
function staticClosure(chunks, file, seen = new Set()) {
  for (const dep of chunks[file]?.imports ?? []) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    staticClosure(chunks, dep, seen);
  }
  return seen;
}

/** `{ elementsDir, ext, autoload }`: where the define files are, their extension, the autoload module. */
export function cdnLoader({ elementsDir, ext, autoload }) {
  const defines = defineFiles(elementsDir, ext);
  const byFile = new Map(defines.map((d) => [d.file, d]));
  /** The table of the last render, by tag, for the manifest. */
  let table;
  return {
    name: 'icr-cdn-loader',
    options(opts) {
      return { ...opts, input: { [LOADER_NAME]: ENTRY } };
    },
    resolveId: (id) => (id === ENTRY ? id : null),
    load(id) {
      if (id !== ENTRY) return null;
      const lines = defines.map((d) => `  ${JSON.stringify(d.tag)}: () => import(${JSON.stringify(d.file)}),`);
      return `import { autoload } from ${JSON.stringify(resolve(autoload))};\nautoload(import.meta.url, {\n${lines.join('\n')}\n}, ${TABLE});\n`;
    },
    // File names here still hold rollup's hash placeholders; rollup replaces them in this code too.
    renderChunk(code, chunk, _options, { chunks }) {
      if (chunk.facadeModuleId !== ENTRY) return null;
      const perTag = {};
      // By the modules a chunk holds: a define module also imported statically (the record imports
      // the sections') has no facade of its own.
      for (const [file, c] of Object.entries(chunks)) {
        for (const id of c.moduleIds) {
          const define = byFile.get(id);
          if (define) perTag[define.tag] = { file, needs: [...staticClosure(chunks, file)] };
        }
      }
      const missing = defines.filter((d) => !perTag[d.tag]);
      if (missing.length) this.error(`no chunk holds ${missing.map((d) => d.file).join(', ')}`);
      const all = Object.values(perTag);
      const core = all.length ? all[0].needs.filter((f) => all.every((t) => t.needs.includes(f))) : [];
      const deps = Object.fromEntries(Object.entries(perTag).map(([tag, t]) => [tag, t.needs.filter((f) => !core.includes(f))]));
      table = { core, perTag };
      if (!code.includes(TABLE)) this.error('the loader lost its chunk table placeholder');
      return { code: code.replace(TABLE, JSON.stringify({ core, deps })), map: null };
    },
    generateBundle(_options, bundle) {
      // Final names now: map the placeholders through the chunks' preliminary names.
      const finalName = new Map(Object.values(bundle).filter((o) => o.type === 'chunk').map((o) => [o.preliminaryFileName, o.fileName]));
      const name = (f) => finalName.get(f) ?? f;
      const tags = Object.fromEntries(Object.entries(table.perTag).map(([tag, t]) => [tag, { file: name(t.file), needs: t.needs.map(name) }]));
      const manifest = { loader: `${LOADER_NAME}.min.js`, core: table.core.map(name), tags };
      this.emitFile({ type: 'asset', fileName: MANIFEST, source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}

/** The manifest of a built CDN folder. */
export function readManifest(dir) {
  return JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
}
