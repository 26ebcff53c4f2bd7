#!/usr/bin/env node
/**
 * Checks the import graph of src/ against the layers in docs/architecture.md (issue 17): no import
 * points up the layers, and no element imports another element's folder. Type imports count too
 * (a type import is still a dependency a reader has to follow). Two conventions too: every event
 * class in src/events.ts, an element's styles in its `<name>.styles.ts`. Prints each offence and exits
 * 1; prints a one-line summary and exits 0 when the graph is clean.
 *
 *   node scripts/check-layers.mjs        (also `npm run check-layers`, and a step of .ci/run)
 *
 * A regular expression over the files is enough: imports in this code base are written at the start
 * of a line (`import … from '…'`, `export … from '…'`, `import '…'`), and `import('…')` anywhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/** The one module every layer may import for the contract types (outcomes, sections, states). */
const CONTRACT = 'fhir/section-contract.ts';

/**
 * Which top-level folders of src/ a folder must not import. The layers, top to bottom:
 * elements → controllers → data → fhir → format → i18n, with sections/ (each section's queries and
 * pure map) between elements and fhir. The contract module sits in fhir/ and imports only fhir/read.
 */
const FORBIDDEN = {
  fhir: ['controllers', 'elements', 'data', 'sections', 'context', 'mock'],
  format: ['controllers', 'elements', 'data', 'sections', 'fhir', 'context', 'mock'],
  sections: ['controllers', 'elements', 'data', 'context', 'mock'],
  data: ['controllers', 'elements', 'sections', 'mock'],
  controllers: ['elements', 'mock'],
  i18n: ['controllers', 'elements', 'data', 'sections', 'fhir', 'format', 'context', 'mock'],
};

/**
 * Folders under elements/ that any element may import: shared/ (every element), and a `-shared`
 * folder holding the base class of one family of elements (reports-shared/: the pathology and
 * radiology reports), which is not an element of its own.
 */
const isSharedElementFolder = (name) => name === 'shared' || name.endsWith('-shared');

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (/\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

const STATIC = /^[ \t]*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/gm;
const BARE = /^[ \t]*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(text) {
  const out = [];
  for (const re of [STATIC, BARE, DYNAMIC]) for (const m of text.matchAll(re)) out.push(m[1]);
  return out;
}

/** `fhir/allergies.ts` for a specifier that resolves inside src/ (`.js` written for `.ts`). */
function target(fromFile, spec) {
  if (!spec.startsWith('.')) return undefined; // a package
  const abs = resolve(dirname(fromFile), spec).replace(/\.js$/, '.ts');
  const rel = relative(src, abs);
  if (rel.startsWith('..')) return undefined;
  return rel.split(sep).join('/');
}

const offences = [];
let edges = 0;
for (const file of walk(src)) {
  const from = relative(src, file).split(sep).join('/');
  const [fromTop, fromSub] = from.split('/');
  for (const spec of importsOf(readFileSync(file, 'utf8'))) {
    const to = target(file, spec);
    if (!to) continue;
    edges++;
    const [toTop, toSub] = to.split('/');
    const why = [];
    if (from === CONTRACT && to !== 'fhir/read.ts') why.push('the contract module imports only fhir/read.ts');
    if (to !== CONTRACT && FORBIDDEN[fromTop]?.includes(toTop)) why.push(`${fromTop}/ may not import ${toTop}/`);
    // elements/<x>/… importing elements/<y>/… (the define files at elements/ itself are not in a folder).
    const inFolder = (path) => path.split('/').length > 2;
    if (fromTop === 'elements' && toTop === 'elements' && inFolder(from) && inFolder(to)
      && toSub !== fromSub && !isSharedElementFolder(toSub)) {
      why.push(`elements/${fromSub}/ may not import another element's folder (elements/${toSub}/)`);
    }
    for (const reason of why) offences.push(`${from} -> ${to}: ${reason}`);
  }
}

/*
 * Two house conventions (issue 17, docs/architecture.md) checked the same way: every event class
 * is declared in src/events.ts (the mock, a separate entry, is left out), and an element's class
 * file `elements/<name>/<name>.ts` keeps its styles in `<name>.styles.ts` beside it, not inline.
 */
const EVENT_CLASS = /\bclass\s+\w+[^{]*\bextends\s+(?:IcrEvent|CustomEvent|Event)\b|\bnew\s+CustomEvent\s*\(/;
for (const file of walk(src)) {
  const from = relative(src, file).split(sep).join('/');
  const [fromTop, fromSub, fromName] = from.split('/');
  if (fromTop === 'mock') continue;
  const text = readFileSync(file, 'utf8');
  if (from !== 'events.ts' && EVENT_CLASS.test(text)) offences.push(`${from}: declares an event; every event class belongs in src/events.ts`);
  if (fromTop === 'elements' && fromName === `${fromSub}.ts` && /\bcss`/.test(text)) {
    offences.push(`${from}: inline styles; they belong in elements/${fromSub}/${fromSub}.styles.ts`);
  }
}

if (offences.length) {
  console.error(`check-layers: ${offences.length} import(s) or convention(s) against the layers (docs/architecture.md):`);
  for (const line of offences) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`check-layers: ${edges} imports inside src/, none against the layers; every event in src/events.ts, every element's styles in its .styles.ts`);
