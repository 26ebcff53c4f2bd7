#!/usr/bin/env node
// `node scripts/check-i18n.mjs [--list] [--strict]` (a step of .ci/run): for every language
// catalogue under src/i18n/<lang>/ (en-GB is the reference), how many of en-GB's messages it
// supplies and which are missing (issue 20: Welsh plumbing). A missing key falls back to en-GB on
// screen, so missing keys are listed, not failed, unless --strict; a key en-GB does not have
// (misspelt, or removed from en-GB) always fails, since it would never be shown.
//
// A message with plural forms (`x.one`, `x.other` in en-GB) counts as supplied when the language
// has the bare `x` or any of its own forms (`x.zero` … `x.other`: Welsh has six).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const i18n = join(root, 'src/i18n');
const list = process.argv.includes('--list');
const strict = process.argv.includes('--strict');
const PLURAL = /\.(zero|one|two|few|many|other)$/;

/** The message keys written in a catalogue folder's .ts files (`'area.key': '…'`). */
function keysIn(dir) {
  const keys = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/^\s*'([a-z][\w.-]*)'\s*:/gim)) keys.add(m[1]);
  }
  return keys;
}
/** `x.one`/`x.other` → `x`: the message, whatever the language's plural forms. */
const messageOf = (key) => key.replace(PLURAL, '');

const reference = new Set([...keysIn(join(i18n, 'en-GB'))].map(messageOf));
const languages = readdirSync(i18n).filter((d) => d !== 'en-GB' && statSync(join(i18n, d)).isDirectory());
let failed = false;
for (const lang of languages) {
  const own = keysIn(join(i18n, lang));
  const supplied = new Set([...own].map(messageOf));
  const missing = [...reference].filter((k) => !supplied.has(k));
  const unknown = [...supplied].filter((k) => !reference.has(k));
  console.log(`${lang}: ${reference.size - missing.length} of ${reference.size} messages supplied, ${missing.length} missing (shown in en-GB until translated)`);
  if (list && missing.length) {
    const byArea = new Map();
    for (const k of missing) byArea.set(k.split('.')[0], [...(byArea.get(k.split('.')[0]) ?? []), k]);
    for (const [area, keys] of byArea) console.log(`  ${area} (${keys.length}): ${keys.join(' ')}`);
  }
  if (unknown.length) {
    console.error(`${lang}: ${unknown.length} keys en-GB does not have (never shown): ${unknown.join(' ')}`);
    failed = true;
  }
  if (strict && missing.length) failed = true;
}
process.exit(failed ? 1 : 0);
