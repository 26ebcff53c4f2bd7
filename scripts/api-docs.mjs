// Writes the README's API reference (between <!-- api:start --> and <!-- api:end -->) from
// custom-elements.json, so it is generated, never hand-kept. `npm run docs` = analyze + this.
//
//   node scripts/api-docs.mjs          rewrite the README section
//   node scripts/api-docs.mjs --check  fail (exit 1) when custom-elements.json is not what the
//                                      analyzer makes from src/ now, or the README section is stale
//
// Tag names come from the `defineElement('icr-…', Class)` calls in src/elements/*.define.ts (the
// analyzer only sees `customElements.define`); the shared tokens from src/styles/tokens.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const check = process.argv.includes('--check');

const manifestText = readFileSync(path.join(root, 'custom-elements.json'), 'utf8');
const manifest = JSON.parse(manifestText);

/** tag → class name, in the order src/define.ts defines them. */
function tagNames() {
  const order = [...readFileSync(path.join(root, 'src/define.ts'), 'utf8').matchAll(/elements\/([\w-]+)\.define\.js/g)].map((m) => m[1]);
  const dir = path.join(root, 'src/elements');
  const files = readdirSync(dir).filter((f) => f.endsWith('.define.ts'));
  files.sort((a, b) => order.indexOf(a.replace('.define.ts', '')) - order.indexOf(b.replace('.define.ts', '')));
  const tags = [];
  for (const file of files) {
    for (const m of readFileSync(path.join(dir, file), 'utf8').matchAll(/defineElement\(\s*'([a-z][\w-]*)'\s*,\s*(\w+)\s*\)/g)) {
      tags.push({ tag: m[1], className: m[2] });
    }
  }
  return tags;
}

function declarationOf(className) {
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (d.kind === 'class' && d.name === className) return { ...d, modulePath: mod.path };
    }
  }
  throw new Error(`custom-elements.json has no class ${className}: run "npm run analyze"`);
}

const cell = (s) => String(s ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (s) => (s ? `\`${cell(s)}\`` : '');
function table(head, rows) {
  if (!rows.length) return [];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}
const byName = (a, b) => String(a.name).localeCompare(String(b.name));

function elementSection({ tag, className }) {
  const d = declarationOf(className);
  const out = [`### \`<${tag}>\``, ''];
  const summary = cell(d.summary || d.description);
  if (summary) out.push(summary, '');
  out.push(`Class \`${className}\` (\`${d.modulePath}\`).`, '');
  const attributes = (d.attributes ?? []).filter((a) => a.name);
  const attributeFields = new Set(attributes.map((a) => a.fieldName));
  const members = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public'));
  const memberByName = new Map(members.map((m) => [m.name, m]));
  out.push(...table(['Attribute', 'Property', 'Type', 'Default', 'Description'], [...attributes].sort(byName).map((a) => {
    const m = memberByName.get(a.fieldName);
    return [code(a.name), code(a.fieldName), code(a.type?.text ?? m?.type?.text), code(a.default ?? m?.default), cell(a.description ?? m?.description)];
  })));
  out.push(...table(['Property (no attribute)', 'Type', 'Default', 'Description'], members.filter((m) => !attributeFields.has(m.name)).sort(byName)
    .map((m) => [code(m.name), code(m.type?.text), code(m.default), cell(m.description)])));
  const events = new Map();
  for (const e of d.events ?? []) if (e.name && !events.has(e.name)) events.set(e.name, e);
  out.push(...table(['Event', 'Type', 'Description'], [...events.values()].sort(byName).map((e) => [code(e.name), code(e.type?.text), cell(e.description)])));
  out.push(...table(['CSS part', 'Description'], [...(d.cssParts ?? [])].sort(byName).map((p) => [code(p.name), cell(p.description)])));
  // The shared tokens are in every element's manifest entry (for IDEs and Storybook) and in one
  // table above; here only the element's own.
  const own = (d.cssProperties ?? []).filter((p) => !sharedTokenNames.has(p.name));
  out.push(...table(['CSS custom property', 'Default', 'Description'], [...own].sort(byName).map((p) => [code(p.name), code(p.default), cell(p.description)])));
  out.push(...table(['Slot', 'Description'], [...(d.slots ?? [])].sort(byName).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])));
  return out;
}

const sharedTokenNames = new Set([...readFileSync(path.join(root, 'src/styles/tokens.ts'), 'utf8').matchAll(/var\((--icr-[\w-]+),/g)].map((m) => m[1]));

function tokensSection() {
  const source = readFileSync(path.join(root, 'src/styles/tokens.ts'), 'utf8');
  const rows = [...source.matchAll(/var\((--icr-[\w-]+),\s*([^;]+?)\);/g)].map((m) => [code(m[1]), code(m[2])]);
  return ['### Shared design tokens', '', 'Every element reads these (src/styles/tokens.ts); the defaults are the NHS ones (R57).', '',
    ...table(['Custom property', 'NHS default'], rows)];
}

function generate() {
  const lines = [
    START,
    '<!-- Generated by `npm run docs` (scripts/api-docs.mjs) from custom-elements.json: do not edit by hand. -->',
    '',
    '## API reference',
    '',
    ...tokensSection(),
    ...tagNames().flatMap(elementSection),
    END,
  ];
  return lines.join('\n');
}

/**
 * The manifest is the package's API (issue 20): it must validate against the Custom Elements
 * Manifest schema, name every event, and point only at files the package ships (`dist/…/x.js`
 * built from `src/…/x.ts`; `npm run build` is not needed to check that).
 */
function manifestProblems() {
  const problems = [];
  const schema = JSON.parse(readFileSync(path.join(root, 'node_modules/custom-elements-manifest/schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!validate(manifest)) problems.push(...validate.errors.slice(0, 10).map((e) => `schema: ${e.instancePath} ${e.message}`));
  const shippedFrom = (p) => /^dist\/.*\.js$/.test(p) && readdirSync(path.join(root, path.dirname(p).replace(/^dist/, 'src'))).includes(path.basename(p).replace(/\.js$/, '.ts'));
  const paths = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') paths.add(value);
      else walk(value);
    }
  };
  walk(manifest.modules);
  for (const p of paths) if (!shippedFrom(p)) problems.push(`${p} is not a file the package ships`);
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      for (const e of d.events ?? []) if (!e.name) problems.push(`${d.name} has an event with no name (${e.type?.text ?? 'no type'})`);
    }
  }
  const defined = (manifest.modules ?? []).flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name));
  for (const { tag } of tagNames()) if (!defined.includes(tag)) problems.push(`<${tag}> has no custom-element-definition export`);
  return problems;
}

const readmePath = path.join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) {
  console.error(`README.md has no ${START} … ${END} section`);
  process.exit(1);
}
const next = readme.slice(0, start) + generate() + readme.slice(end + END.length);

if (check) {
  let failed = false;
  mkdirSync(path.join(root, 'node_modules/.cache'), { recursive: true });
  // The analyzer resolves --outdir against the working directory: keep it inside the repo.
  const dir = mkdtempSync(path.join(root, 'node_modules/.cache/icr-cem-'));
  // With --outdir the analyzer also points package.json's "customElements" at that directory:
  // keep package.json exactly as it was.
  const pkgPath = path.join(root, 'package.json');
  const pkg = readFileSync(pkgPath, 'utf8');
  try {
    const bin = path.join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
    // The globs and the plugin that makes the manifest describe the shipped package are in
    // custom-elements-manifest.config.mjs, which the analyzer reads from the working directory.
    execFileSync(process.execPath, [bin, 'analyze', '--outdir', path.relative(root, dir), '--quiet'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    const fresh = JSON.parse(readFileSync(path.join(dir, 'custom-elements.json'), 'utf8'));
    // The analyzer's module order follows the file system's glob order: compare by path.
    const canonical = (m) => JSON.stringify({ ...m, modules: [...(m.modules ?? [])].sort((a, b) => a.path.localeCompare(b.path)) });
    if (canonical(fresh) !== canonical(manifest)) {
      console.error('custom-elements.json is stale: run "npm run docs" and commit it.');
      failed = true;
    }
  } finally {
    if (readFileSync(pkgPath, 'utf8') !== pkg) writeFileSync(pkgPath, pkg);
    rmSync(dir, { recursive: true, force: true });
  }
  for (const problem of manifestProblems()) {
    console.error(`custom-elements.json: ${problem}`);
    failed = true;
  }
  if (next !== readme) {
    console.error('README.md API section is stale: run "npm run docs" and commit it.');
    failed = true;
  }
  if (failed) process.exit(1);
  console.log('custom-elements.json and the README API section are current.');
} else if (next !== readme) {
  writeFileSync(readmePath, next);
  console.log('README.md API section updated.');
} else {
  console.log('README.md API section already current.');
}
