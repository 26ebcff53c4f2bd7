#!/usr/bin/env node
// `node scripts/check-starters.mjs [name …]` (after `npm run build`; a step of .ci/run): every
// starter in examples/starters/ as a vendor would use it (issue 20). Packs the package to
// examples/starters/icr-elements.tgz (each starter depends on `file:../icr-elements.tgz`), starts
// the mock ICR over HTTP, then for each starter: `npm install` (no warning allowed), `npm run
// build`, serve its dist/ on a loopback port and open it in headless Chromium until the banner
// shows the patient's name and the allergies section has loaded. Prints one line per starter and
// exits non-zero when any fails.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium } from './find-chromium.mjs';
import { serveMockIcr } from '../bin/mock-icr-http.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const startersDir = join(root, 'examples/starters');
const wanted = process.argv.slice(2);
const starters = readdirSync(startersDir)
  .filter((d) => existsSync(join(startersDir, d, 'package.json')))
  .filter((d) => !wanted.length || wanted.includes(d));
// Richard Smith, 9912003888, in the mock population: the name the banner must show.
const EXPECT_NAME = 'SMITH';

if (!existsSync(join(root, 'dist/cdn/icr-elements.min.js'))) {
  console.error('check-starters: dist/ is missing: run npm run build first');
  process.exit(1);
}

const run = (cmd, args, cwd) => {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NG_CLI_ANALYTICS: 'false' } });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${(e.stdout ?? '').slice(-3000)}${(e.stderr ?? '').slice(-3000)}`);
  }
};

// 1. The package as a host gets it.
const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', startersDir], root));
const tarball = join(startersDir, 'icr-elements.tgz');
renameSync(join(startersDir, packed.filename), tarball);

// 2. The mock ICR on a free loopback port (the starters take `?endpoint=`).
const mockModule = await import(join(root, 'dist/mock/index.js'));
const mock = await serveMockIcr(mockModule, { host: '127.0.0.1', port: 0 });
const endpoint = `http://127.0.0.1:${mock.address().port}/fhir`;

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.ico': 'image/x-icon' };
/** A static server for one starter's build output: files only, index.html for the root. */
function serveDir(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox'] });
const failures = [];
try {
  for (const name of starters) {
    const dir = join(startersDir, name);
    const started = Date.now();
    let server;
    try {
      rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
      rmSync(join(dir, 'dist'), { recursive: true, force: true });
      const install = run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=warn'], dir);
      if (/npm warn/i.test(install)) throw new Error(`npm install printed warnings:\n${install}`);
      run('npm', ['run', 'build'], dir);
      server = await serveDir(join(dir, 'dist'));
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      // A console error is a failure too: a CORS refusal of a header the library sends (issue 21's
      // `Prefer` once was) falls back quietly to a slower path, and only the console says so.
      page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
      await page.goto(`http://127.0.0.1:${server.address().port}/?endpoint=${encodeURIComponent(endpoint)}`);
      // Waits for what a user would see: the banner's name, and allergies that have loaded.
      await page.waitForFunction(
        (expected) => {
          const text = (tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '';
          return text('icr-patient-banner').includes(expected) && document.querySelector('icr-allergies')?.getAttribute('state') === 'loaded';
        },
        { timeout: 60_000 },
        EXPECT_NAME,
      );
      await page.close();
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      console.log(`ok   ${name}: installed, built, renders the patient (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    } catch (e) {
      failures.push(name);
      console.log(`FAIL ${name}: ${e.message}`);
    } finally {
      server?.close();
    }
  }
} finally {
  await browser.close();
  mock.close();
  rmSync(tarball, { force: true });
}
console.log(`starters: ${starters.length - failures.length} of ${starters.length} build and render a patient`);
process.exit(failures.length ? 1 : 0);
