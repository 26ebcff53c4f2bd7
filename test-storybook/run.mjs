#!/usr/bin/env node
/**
 * Opens the BUILT Storybook (`storybook-static/`, from `npm run build-storybook`) in headless
 * Chromium and checks every story: it renders, its elements settle in the state the story says it
 * demonstrates (`parameters.icrExpect`, put on the page by the preview decorator), and nothing is
 * written to the console as an error and no exception escapes. Docs pages (every story of an
 * element on one page, each with its own mock ICR) are checked the same way.
 *
 * Ends with one plain line `storybook: N stories rendered, M with console errors` and exits
 * non-zero on any failure. `node test-storybook/run.mjs [filter]` checks only ids containing filter.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = resolve(fileURLToPath(new URL('../storybook-static/', import.meta.url)));
const filter = process.argv[2] ?? '';
const SETTLE_MS = 20_000;
/** How long a "loading" story must stay loading to count as showing it. */
const LOADING_HOLD_MS = 1_000;
/** The mock ICR's origin: the browser logs its 4xx/5xx answers, which the error stories ask for. */
const MOCK_ORIGIN = 'https://icr.mock.nhs.uk/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
};

function serve() {
  const server = createServer(async (req, res) => {
    try {
      if (req.url === '/favicon.ico') return void res.writeHead(204).end();
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** In the page: wait for the story, then for its elements to settle; returns problems found. */
async function settle(page, { loadingHoldMs, settleMs, count }) {
  return page.evaluate(
    async ({ loadingHoldMs, settleMs, count }) => {
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      const start = Date.now();
      const problems = [];
      // A guide (an MDX page of prose, no stories) is checked for its text: a heading and
      // more than a paragraph, so a broken `?raw` import or Markdown block still fails.
      if (count === 0) {
        const text = () => document.querySelector('#storybook-docs')?.textContent?.trim() ?? '';
        while (Date.now() - start < settleMs && !(document.querySelector('#storybook-docs h1') && text().length > 500)) {
          if (document.body.classList.contains('sb-show-errordisplay')) break;
          await sleep(50);
        }
        if (!document.querySelector('#storybook-docs h1')) return { problems: ['guide has no heading'], elements: 0 };
        if (text().length <= 500) return { problems: [`guide shows only ${text().length} characters`], elements: 0 };
        return { problems, elements: 0, characters: text().length };
      }
      // The preview decorator wraps every story in `.icr-story` (a docs page: one per story).
      while (Date.now() - start < settleMs) {
        if (document.body.classList.contains('sb-show-errordisplay')) {
          const text = document.querySelector('#error-message')?.textContent ?? '';
          return { problems: [`Storybook error display: ${text.trim().slice(0, 300)}`], elements: 0 };
        }
        if (document.querySelectorAll('.icr-story').length >= count) break;
        await sleep(50);
      }
      if (!document.querySelector('.icr-story')) return { problems: ['nothing rendered'], elements: 0 };
      const wrappers = [...document.querySelectorAll('[data-icr-expect]')];
      const checks = wrappers.flatMap((w) => {
        const expect = JSON.parse(w.dataset.icrExpect);
        return Object.entries(expect).flatMap(([tag, state]) => {
          const els = [...w.querySelectorAll(tag)];
          if (!els.length) problems.push(`no <${tag}> rendered`);
          return els.map((el) => ({ el, tag, state }));
        });
      });
      const pending = () => checks.filter(({ el, state }) => state !== 'loading' && (el.getAttribute('state') ?? 'loading') === 'loading');
      while (pending().length && Date.now() - start < settleMs) await sleep(100);
      if (checks.some((c) => c.state === 'loading')) await sleep(loadingHoldMs);
      for (const { el, tag, state } of checks) {
        const actual = el.getAttribute('state');
        if (actual !== state) problems.push(`<${tag}> state="${actual}", expected "${state}"`);
      }
      return { problems, elements: checks.length };
    },
    { loadingHoldMs, settleMs, count },
  );
}

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((e) => e.id.includes(filter));
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});

let consoleErrors = [];
let expectedNetwork = 0;
const page = await browser.newPage();
/** The stories the page now shows (a docs page shows several); a message about another story's mock is not theirs. */
let shownIds = new Set();
let leftOver = 0;
page.on('console', (msg) => {
  if (msg.type() !== 'error') return;
  const url = msg.location()?.url ?? '';
  // The story before, torn down mid-request (a long list still paging): as its page unloads msw's
  // worker no longer answers, so its last requests fail by name. They belong to that story, which
  // had already passed; they are counted, not charged to the story now open.
  const mockStory = url.startsWith(MOCK_ORIGIN) ? decodeURIComponent(url.slice(MOCK_ORIGIN.length).split('/')[0] ?? '') : '';
  if (mockStory && !shownIds.has(mockStory)) {
    leftOver++;
    return;
  }
  if (/^Failed to load resource: the server responded with a status of \d+/.test(msg.text()) && url.startsWith(MOCK_ORIGIN)) {
    expectedNetwork++;
    return;
  }
  consoleErrors.push(`console: ${msg.text()}${url ? ` (${url})` : ''}`);
});
page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));

/** How many stories the page shows: one, or every story of the docs page's file. */
const storiesOn = (entry) => (entry.type === 'docs' ? Object.values(index.entries).filter((e) => e.type === 'story' && e.importPath === entry.importPath).length : 1);

async function check(entry, viewMode, retried = false) {
  // End the story before with a blank page first, so its unload is over before this one's errors count.
  await page.goto('about:blank').catch(() => undefined);
  shownIds = new Set(entry.type === 'docs'
    ? Object.values(index.entries).filter((e) => e.type === 'story' && e.importPath === entry.importPath).map((e) => e.id)
    : [entry.id]);
  consoleErrors = [];
  const started = Date.now();
  let result;
  try {
    await page.goto(`${base}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`, { waitUntil: 'load', timeout: 30_000 });
    result = await settle(page, { loadingHoldMs: LOADING_HOLD_MS, settleMs: SETTLE_MS, count: storiesOn(entry) });
  } catch (error) {
    result = { problems: [`could not open: ${error.message}`], elements: 0 };
  }
  await new Promise((r) => setTimeout(r, 100)); // late console messages
  const errors = [...consoleErrors];
  // msw calls `registration.update()` without awaiting it on every start; now and then Chromium
  // rejects that background check with "Not found" while the worker keeps serving. Not the story's
  // fault: look again once, and say so.
  if (!retried && errors.length && errors.every((e) => /Failed to update a ServiceWorker .*: Not found/.test(e)) && !result.problems.length) {
    console.log(`again ${viewMode.padEnd(5)} ${entry.id} (msw's unawaited service worker update check was rejected: ${errors[0]})`);
    return check(entry, viewMode, true);
  }
  const ok = !errors.length && !result.problems.length;
  const ms = Date.now() - started;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${viewMode.padEnd(5)} ${entry.id} (${result.characters ? `${result.characters} characters of prose` : `${result.elements} elements`}, ${ms} ms)`);
  for (const p of [...result.problems, ...errors]) console.log(`       ${p}`);
  return { errors: errors.length > 0, problems: result.problems.length > 0 };
}

// Warm up: the first story registers msw's service worker (its first install can race with
// Chromium's update check); every story is then checked on a page the worker already controls.
if (stories.length) {
  console.log('warm-up:');
  await check(stories[0], 'story');
}

let withErrors = 0;
let wrongState = 0;
for (const entry of stories) {
  const r = await check(entry, 'story');
  if (r.errors) withErrors++;
  if (r.problems) wrongState++;
}
let docsFailed = 0;
for (const entry of docs) {
  const r = await check(entry, 'docs');
  if (r.errors || r.problems) docsFailed++;
}

await browser.close();
server.close();

console.log(`storybook: ${docs.length} docs pages opened, ${docsFailed} failed`);
console.log(`storybook: ${stories.length - wrongState} of ${stories.length} stories in their expected state (${expectedNetwork} expected 4xx/5xx answers from the mock ICR not counted as errors)`);
console.log(`storybook: ${stories.length} stories rendered, ${withErrors} with console errors (${leftOver} failed requests of a story already closed, not counted)`);
process.exit(withErrors || wrongState || docsFailed || !stories.length ? 1 : 0);
