// `npm run bench`: the issue 9 performance figures, measured in headless Chromium on this machine,
// printed as one table with each goal marked met / not met. Figures, never timed tests.
//
//   npm run bench                       everything (a few minutes)
//   npm run bench -- --quick            fewer repeats, smaller memory run (a smoke check)
//   npm run bench -- --only=size,rtt,render,large,large-record,rows,record,memory
//   npm run bench -- --only=memory --switches=3000   a longer memory curve (default 2000; --quick 200)
//
// Serves scripts/bench/page.html with @web/dev-server (TypeScript through esbuild, production Lit),
// the mock ICR in the page through msw's service worker; drives it with puppeteer-core.
import { spawnSync } from 'node:child_process';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { loadMockIcr, mockIcrListener } from '../mock-icr-node.mjs';
import { mainThreadOf, profileLargeRecord, profileView, traceOf } from './trace.mjs';
import puppeteer from 'puppeteer-core';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',') ?? ['size', 'rtt', 'render', 'large', 'large-record', 'rows', 'record', 'memory']; // 'rows' includes the banner; 'banner' alone
const REPEATS = quick ? 2 : 5;
const SIZES = [100, 1000, 10000];
const PROFILE_LATENCY = Number(args.find((a) => a.startsWith('--latency='))?.slice(10) ?? 200);
// 2,000 by default: issue 21 judges the compiled code's growth from 1,000 to 2,000 switches.
const SWITCHES = Number(args.find((a) => a.startsWith('--switches='))?.slice(11) ?? (quick ? 200 : 2000));
if (args.includes('--heap-diff') && !only.includes('memory')) only.push('memory');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const rows = [];
const row = (goal, figure, met) => {
  rows.push({ goal, figure, met });
  console.log(`  ${met === undefined ? '' : met ? '[met] ' : '[NOT MET] '}${goal}: ${figure}`);
};

// ---- Bytes: scripts/size.mjs on the built dist/ (npm run build first) ----
if (only.includes('size')) {
  console.log('Bytes (npm run size)');
  const r = spawnSync(process.execPath, ['scripts/size.mjs'], { encoding: 'utf8' });
  process.stdout.write(r.stdout.replace(/^/gm, '    '));
  const kbOf = (label) => Number(r.stdout.split('\n').find((l) => l.startsWith(label))?.slice(44).trim().split(/\s+/)[1]);
  const loader = kbOf('CDN loader');
  const page = kbOf('CDN: banner + allergies');
  const every = kbOf('CDN: every element');
  const banner = kbOf('<icr-patient-banner>');
  const shakes = !/also holds|should not be here|should be lazy|should be in the lazy chunk/.test(r.stdout);
  // Issue 21's byte goals: what a host pays through the CDN loader, each file gzipped as it travels.
  row('CDN loader ≤ 3 KB gzip', `${loader} KB`, loader <= 3);
  row('CDN: banner + allergies + medications ≤ 30 KB gzip in all', `${page} KB`, page <= 30);
  row('CDN: every element ≤ 60 KB gzip in all', `${every} KB`, every <= 60);
  row('banner alone, with Lit, ≤ 20 KB', `${banner} KB`, banner <= 20);
  row('per-element entries hold only their element (DOMPurify only lazy, in reports)', shakes ? 'yes' : 'no', shakes);
  row('byte budgets enforced in CI (npm run size -- --strict)', 'ceilings at achieved size; see docs/performance.md', undefined);
}

// The mock ICR for the round trips, the memory run and the profile: in the dev server's process
// (not the page's: a real ICR is on another machine), answering same-origin at /fhir and /__mock/
// over the dev server's HTTP/2, so no CORS preflight and no second hop.
const remoteIcr = only.includes('rtt') || only.includes('profile') || only.includes('record') || (only.includes('memory') && !args.includes('--memory-in-page'));
const icrNode = remoteIcr ? await loadMockIcr() : undefined;
/** Set once the dev server listens (the mock's links carry its origin). */
let icrListener;
function serveMockIcr(ctx, next) {
  if (!icrListener || !(ctx.path.startsWith('/fhir') || ctx.path.startsWith('/__mock/'))) return next();
  ctx.respond = false;
  return icrListener(ctx.req, ctx.res);
}

const server = await startDevServer({
  config: {
    rootDir: '.',
    port: 0,
    // HTTP/2 (the dev server's own self-signed certificate), as an ICR endpoint would be served:
    // over HTTP/1.1 Chromium opens at most 6 connections to one host, so 14 section requests would
    // go out in three waves whatever the library does.
    http2: true,
    hostname: '127.0.0.1',
    nodeResolve: { exportConditions: ['browser', 'production'] },
    middleware: [
      serveMockIcr,
      function serveMswWorker(ctx, next) {
        if (ctx.path === '/mockServiceWorker.js') ctx.url = '/public/mockServiceWorker.js';
        return next();
      },
    ],
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const url = `https://127.0.0.1:${server.server.address().port}/scripts/bench/page.html`;
if (icrNode) {
  const origin = `https://127.0.0.1:${server.server.address().port}`;
  icrListener = mockIcrListener(icrNode.createMockIcr({ baseUrl: `${origin}/fhir` }), icrNode.ROLES, origin);
}
const browser = await puppeteer.launch({
  protocolTimeout: 600000,
  acceptInsecureCerts: true, // the dev server's self-signed certificate (HTTP/2 needs TLS) // a 10,000-item run on a loaded machine outlasts puppeteer's 180 s default
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--ignore-certificate-errors', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--js-flags=--expose-gc'],
});

async function openPage(query = '') {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url + query);
  await page.waitForFunction(() => window.bench?.ready, { timeout: 60000 });
  return page;
}

try {
  if (only.includes('rtt')) {
    console.log('Round trips (every element, one patient, 200 ms latency at the mock ICR)');
    // Where the mock ICR runs: 'server', its own process (a real ICR's shape: the goal's figure), or
    // 'page', in the page through msw (its CPU then shares the page's main thread).
    // Warm: the page has already shown another patient (the EHR's usual case: patient after patient);
    // cold: the first patient after the page loaded, which adds compiling the library's code.
    const measure = async (by, warm, where) => {
      const runs = [];
      const zero = [];
      const floors = [];
      for (let i = 0; i < REPEATS; i++) {
        for (const [latency, into] of [[0, zero], [200, runs]]) {
          const page = await openPage(where === 'server' ? '?remote' : '');
          into.push(await page.evaluate((b, l, w) => window.bench.roundTrip(b, l, w), by, latency, warm));
          await page.close();
        }
        // The harness alone (the same requests with plain fetch, no element), on a warm page only:
        // a cold page's extra time is the library's code being compiled, which is the library's.
        if (warm) {
          const page = await openPage(where === 'server' ? '?remote' : '');
          floors.push(await page.evaluate((b) => window.bench.floor(b, 200), by));
          if (args.includes('--verbose')) console.log(`    harness alone, ${where}: answers read at ${floors.at(-1).answers.join(' ')} ms, painted at ${floors.at(-1).ms} ms`);
          await page.close();
        }
      }
      return { runs, zero, floors };
    };
    const MODES = [['server', true, 'ICR server, warm page'], ['page', true, 'ICR in the page (msw), warm page'], ['page', false, 'ICR in the page (msw), cold page']];
    // Issue 21's decision: the library's share over the harness-alone floor measured in the same run,
    // at most 45 ms for everything rendered; by NHS number the floor is one round trip (the chain).
    const SHARE_GOAL = 45;
    for (const by of ['nhs', 'id']) {
      const label = by === 'nhs' ? 'NHS number' : 'logical id';
      const figures = [];
      for (const [where, warm, name] of MODES) {
        const { runs, zero, floors } = await measure(by, warm, where);
        const floorMs = floors.length ? median(floors.map((f) => f.ms)) : undefined;
        // The same page with no latency: what this machine's CPU and the harness add. (An earlier
        // "round trips on the critical path", (T200 − T0) / 200, undercounted: at 200 ms much of
        // that CPU overlaps the wait. The harness-alone floor is the honest split.)
        const cpuMs = median(zero.map((r) => r.ms));
        const m = (k) => median(runs.map((r) => r[k]));
        if (args.includes('--verbose')) for (const r of runs) console.log(`    ${name}\n${r.timeline.map((l) => `      ${l}`).join('\n')}`);
        const repeated = [...new Set(runs.flatMap((r) => r.repeated))];
        const ok = runs.every((r) => r.ok);
        console.log(`    by ${label}, ${name}: requests ${m('requests')} (distinct ${m('distinct')}), time ${m('ms')} ms, round trips ${m('roundTrips').toFixed(2)} (${cpuMs} ms with no latency), section requests spread over ${m('sectionSpreadMs')} ms${floorMs === undefined ? '' : `; harness alone ${floorMs} ms (${(floorMs / 200).toFixed(2)} round trips), the library's share ${m('ms') - floorMs} ms`}${ok ? '' : ` (did not settle: ${[...new Set(runs.flatMap((r) => r.missing ?? []))].join(', ')})`}`);
        figures.push({ name, m, repeated, ok, cpuMs, floorMs });
      }
      const [main, ...others] = figures;
      const { m, ok, cpuMs } = main;
      const repeated = [...new Set(figures.flatMap((f) => f.repeated))];
      row(`by ${label}: one request per distinct query`, `${m('requests')} requests, ${m('distinct')} distinct${repeated.length ? `; repeated: ${repeated.join(', ')}` : ''}`, repeated.length === 0);
      row(`by ${label}: section queries in flight together`, `first to last section request ${m('sectionSpreadMs')} ms apart (< 200 ms = one round trip)`, m('sectionSpreadMs') < 200);
      // What no client could beat on this machine and harness: the same requests with plain fetch
      // (latency, the mock's own work, transport, the next frame painted). The goal leaves the library 45 ms.
      const share = m('ms') - main.floorMs;
      row(`by ${label}: fully rendered within the harness alone + ${SHARE_GOAL} ms (${main.name})`, `${m('ms')} ms = harness alone ${main.floorMs} ms + the library's share ${share} ms; ${m('roundTrips').toFixed(2)} round trips (${cpuMs} ms with no latency)`, share <= SHARE_GOAL && ok);
      row(`by ${label}: the harness alone, no element (${main.name})`, `${(main.floorMs / 200).toFixed(2)} round trips, ${main.floorMs} ms${by === 'nhs' ? (m('chained') ? '; the section searches chained on the NHS number, sent with the lookup' : '; two steps: the lookup, then the section searches') : ''}`, undefined);
      for (const f of others) row(`by ${label}: the same, ${f.name}`, `${f.m('roundTrips').toFixed(2)} round trips, ${f.m('ms')} ms (${f.cpuMs} ms with no latency${f.floorMs === undefined ? '' : `; harness alone ${(f.floorMs / 200).toFixed(2)}, the library's share ${f.m('ms') - f.floorMs} ms`})`, undefined);
    }
  }

  if (only.includes('render')) {
    // Where a view's time goes on this machine once the answers are in: the main thread, traced
    // over many cached views (no network, no mock work), split into script and Blink's rendering.
    const VIEWS = quick ? 10 : 30;
    console.log(`Render cost (every element, patient switched between two whose answers are cached; ${VIEWS} views each)`);
    const page = await openPage();
    await page.evaluate(() => window.bench.cachedViews(5));
    let times;
    const events = await traceOf(page, async () => {
      times = await page.evaluate((k) => window.bench.cachedViews(k), VIEWS);
    });
    await page.close();
    const mainThread = mainThreadOf(events);
    const sum = {};
    for (const e of events) if (e.ph === 'X' && `${e.pid}:${e.tid}` === mainThread) sum[e.name] = (sum[e.name] ?? 0) + e.dur / 1000;
    const per = (name) => (sum[name] ?? 0) / (2 * VIEWS);
    const script = per('RunMicrotasks') + per('FunctionCall') + per('TimerFire');
    const style = per('UpdateLayoutTree');
    const layout = per('Layout');
    const paint = per('PrePaint') + per('Paint') + per('Layerize') + per('Commit');
    const busy = per('RunTask');
    const other = busy - script - style - layout - paint;
    console.log(`    a view keeps the main thread busy ${busy.toFixed(1)} ms: script ${script.toFixed(1)} (mapping and Lit updates), style ${style.toFixed(1)}, layout ${layout.toFixed(1)}, paint ${paint.toFixed(1)}, other ${other.toFixed(1)}; set patient → painted median ${median(times).toFixed(0)} ms`);
    row('a cached patient view: main thread busy (script / style / layout / paint)', `${busy.toFixed(1)} ms (${script.toFixed(1)} / ${style.toFixed(1)} / ${layout.toFixed(1)} / ${paint.toFixed(1)}), rendered ${median(times).toFixed(0)} ms after the patient is set`, undefined);
  }

  if (only.includes('profile')) {
    // Not part of the default run: a tool for finding the library's share of a view.
    console.log(`CPU profile (a warm by-id view, ICR server, ${PROFILE_LATENCY} ms latency; --latency=N)`);
    await profileView(openPage, PROFILE_LATENCY);
  }

  if (only.includes('profile-large')) {
    // Not part of the default run: where the large record view's time goes (--n=N, default 2000).
    const n = Number(args.find((a) => a.startsWith('--n='))?.slice(4) ?? 2000);
    console.log(`CPU profile (the large record in <icr-record>, N=${n}; --n=N)`);
    await profileLargeRecord(openPage, n);
  }

  if (only.includes('large')) {
    console.log(`Large records (banner + medications N, results N, pathology reports N/5, served 100 a page as _count asks; median of ${REPEATS})`);
    const res = {};
    for (const n of SIZES) {
      const runs = [];
      const plains = [];
      for (let i = 0; i < REPEATS; i++) {
        const page = await openPage();
        runs.push(await page.evaluate((k) => window.bench.largeRecord(k), n));
        plains.push(await page.evaluate((k) => window.bench.plain(k), n));
        await page.close();
      }
      res[n] = {
        ms: median(runs.map((r) => r.ms)),
        allMs: median(runs.map((r) => r.allMs)),
        firstStates: runs[0].firstStates,
        plain: median(plains.map((r) => r.ms)),
        p95: median(runs.map((r) => r.scroll.p95)),
        long: median(runs.map((r) => r.scroll.long)),
        plainP95: median(plains.map((r) => r.scroll.p95)),
        items: runs[0].items,
        more: runs[0].more,
        dataAt: runs[0].dataAt,
        states: runs[0].states,
        served: runs[0].served,
        plainItems: plains[0].items,
        ok: runs.every((r) => r.ok),
      };
      const r = res[n];
      console.log(`    N=${n}: icr first useful render ${r.ms.toFixed(0)} ms (${JSON.stringify(r.firstStates)}), every page in ${r.allMs.toFixed(0)} ms, plain Lit repeat() ${r.plain.toFixed(0)} ms, ratio ${(r.ms / r.plain).toFixed(2)}; scroll p95 frame ${r.p95.toFixed(1)} ms (plain ${r.plainP95.toFixed(1)}), frames > 50 ms: ${r.long}; rows in DOM ${JSON.stringify(r.items)} (plain ${r.plainItems}), "Show more" ${JSON.stringify(r.more)}, data events at ${JSON.stringify(r.dataAt)} ms, states ${JSON.stringify(r.states)}, mock answer built in (ms, KB) ${JSON.stringify(r.served)}${r.ok ? '' : ' (a section did not settle)'}`);
    }
    const big = res[SIZES.at(-1)];
    const small = res[100];
    row('N=10,000 first useful render within 2× of N=100', `${big.ms.toFixed(0)} ms vs ${small.ms.toFixed(0)} ms = ${(big.ms / small.ms).toFixed(2)}×`, big.ms <= 2 * small.ms);
    row('N=10,000 every page in (in the background, after the first render)', `${(big.allMs / 1000).toFixed(1)} s (${SIZES.map((n) => `N=${n}: ${(res[n].allMs / 1000).toFixed(1)} s`).join(', ')})`, undefined);
    for (const n of SIZES) row(`N=${n}: icr-elements / plain Lit repeat()`, `${(res[n].ms / res[n].plain).toFixed(2)} (${res[n].ms.toFixed(0)} / ${res[n].plain.toFixed(0)} ms)`, undefined);
    row('N=10,000 scrolling smooth (p95 frame ≤ 50 ms)', `p95 ${big.p95.toFixed(1)} ms, ${big.long} frames > 50 ms of 90`, big.p95 <= 50);
    const expect = { 'icr-medications': 10000, 'icr-results': 10000, 'icr-pathology-reports': 2000 };
    const reach = Object.entries(expect).map(([tag, n]) => ({ tag, rows: big.items[tag] ?? 0, more: big.more[tag], ok: (big.items[tag] ?? 0) >= n || big.more[tag] }));
    row('N=10,000 every item reachable (rows in the DOM, or a "Show more" button)', reach.map((r) => `${r.tag.slice(4)} ${r.rows} rows${r.more ? ' + Show more' : ''}`).join(', '), reach.every((r) => r.ok));
  }

  if (only.includes('rows') || only.includes('banner')) {
    // Issue 21 point 4: N medication rows from ready view models (mapping excluded), every row
    // rendered, against the plain Lit repeat() table; the two alternate on each fresh page.
    console.log(`Rows (N medications handed over ready-mapped, every row rendered, to the next frame painted; median of ${REPEATS})`);
    if (only.includes('rows')) for (const n of SIZES) {
      const runs = { icr: [], plain: [] };
      for (let i = 0; i < REPEATS; i++) {
        const page = await openPage();
        for (const kind of i % 2 ? ['plain', 'icr'] : ['icr', 'plain']) runs[kind].push(await page.evaluate((k, m) => window.bench.rows(k, m), kind, n));
        await page.close();
      }
      const icr = median(runs.icr.map((r) => r.ms));
      const plainMs = median(runs.plain.map((r) => r.ms));
      const spread = (rs) => `${Math.min(...rs.map((r) => r.ms)).toFixed(0)}–${Math.max(...rs.map((r) => r.ms)).toFixed(0)}`;
      console.log(`    N=${n}: icr-medications ${icr.toFixed(0)} ms (${spread(runs.icr)}), ${runs.icr[0].rows} rows, ${runs.icr[0].perRow.toFixed(1)} elements a row; plain Lit ${plainMs.toFixed(0)} ms (${spread(runs.plain)}), ${runs.plain[0].rows} rows, ${runs.plain[0].perRow.toFixed(1)} elements a row`);
      row(`N=${n} rows rendered within 1.5× of plain Lit repeat()`, `${(icr / plainMs).toFixed(2)}× (${icr.toFixed(0)} / ${plainMs.toFixed(0)} ms)`, icr <= 1.5 * plainMs);
      if (n === SIZES[0]) row('a medication row in at most 10 elements', `${runs.icr[0].perRow.toFixed(1)} (plain Lit ${runs.plain[0].perRow.toFixed(1)})`, runs.icr[0].perRow <= 10);
    }
    // The banner: icr-elements through a zero-latency fetch stub (client, R9 guard, mapping, render),
    // the plain Lit banner handed a ready object; alternating on each fresh page, as the rows.
    const runs = { icr: [], plain: [] };
    for (let i = 0; i < REPEATS; i++) {
      const page = await openPage();
      for (const kind of i % 2 ? ['plain', 'icr'] : ['icr', 'plain']) runs[kind].push(await page.evaluate((k) => window.bench.banner(k), kind));
      await page.close();
    }
    const icr = median(runs.icr.map((r) => r.ms));
    const plainMs = median(runs.plain.map((r) => r.ms));
    console.log(`    banner: icr-patient-banner ${icr.toFixed(1)} ms, ${runs.icr[0].elements} elements; plain Lit ${plainMs.toFixed(1)} ms, ${runs.plain[0].elements} elements`);
    row('the banner within 1.5× of a plain Lit banner', `${(icr / plainMs).toFixed(2)}× (${icr.toFixed(1)} / ${plainMs.toFixed(1)} ms)`, icr <= 1.5 * plainMs);
  }

  if (only.includes('large-record')) {
    // Issue 21 point 3: the large record in <icr-record>, against the same view of a 100-item record.
    const N = [100, 10000];
    console.log(`Large records in the record view (<icr-record>: N medication items, N results, N/5 reports, N/10 encounters, 100 a page; median of ${REPEATS})`);
    const res = {};
    for (const n of N) {
      const runs = [];
      for (let i = 0; i < REPEATS; i++) {
        const page = await openPage();
        runs.push(await page.evaluate((k) => window.bench.largeRecordView(k), n));
        await page.close();
      }
      const m = (f) => median(runs.map(f));
      res[n] = { first: m((r) => r.firstScreenMs), all: m((r) => r.allMs), elements: m((r) => r.elements), p95: m((r) => r.scroll.p95), long: m((r) => r.scroll.long), dropped: m((r) => r.scroll.dropped), items: runs[0].items, more: runs[0].more, ok: runs.every((r) => r.ok) };
      const r = res[n];
      console.log(`    N=${n}: first screen ${r.first} ms, every page in ${r.all} ms, ${r.elements} DOM elements, scroll p95 frame ${r.p95.toFixed(2)} ms (frames dropped: ${r.dropped}, over 50 ms: ${r.long}); rows in the DOM ${JSON.stringify(r.items)}, "Show more" ${JSON.stringify(r.more)}; mock answers built in (ms, KB) ${JSON.stringify(runs[0].served)}${r.ok ? '' : ' (did not settle)'}`);
    }
    const [small, big] = N.map((n) => res[n]);
    row('record view, N=10,000: first screen within 2× of N=100', `${big.first} ms vs ${small.first} ms = ${(big.first / small.first).toFixed(2)}×`, big.first <= 2 * small.first && big.ok);
    row('record view, N=10,000: DOM elements bounded', `${big.elements} (N=100: ${small.elements})`, undefined);
    // Judged at the precision printed (0.1 ms): on-time frames are 16.7 ms give or take the
    // timestamps' jitter, and the dropped count says whether a vsync was missed.
    row('record view, N=10,000: scrolling p95 frame ≤ 16.7 ms', `p95 ${big.p95.toFixed(2)} ms (N=100: ${small.p95.toFixed(2)}), ${big.dropped} frames dropped of 90, ${big.long} over 50 ms`, Math.round(big.p95 * 10) / 10 <= 16.7);
    const want = { 'icr-medications': 10000, 'icr-results': 10000, 'icr-pathology-reports': 2000, 'icr-encounters': 1000 };
    const reach = Object.entries(want).map(([tag, n]) => ({ tag, rows: big.items[tag] ?? 0, more: big.more[tag], ok: (big.items[tag] ?? 0) >= n || big.more[tag] }));
    row('record view, N=10,000: every item reachable (rows in the DOM, or "Show more")', reach.map((r) => `${r.tag.slice(4)} ${r.rows} rows${r.more ? ' + Show more' : ''}`).join(', '), reach.every((r) => r.ok));
  }

  if (only.includes('record')) {
    // Issue 18: the whole record in one <icr-record> against today's separate elements, for the
    // mock's long-history patient, by NHS number, the ICR server at the round trips' latency, each
    // run on a fresh page warmed by the same view of another patient (the client's answers cleared).
    const latency = PROFILE_LATENCY;
    console.log(`Record view (Arthur Greenwood's long history by NHS number, ICR server, ${latency} ms latency, warm page; median of ${REPEATS})`);
    const runs = { record: [], separate: [] };
    for (let i = 0; i < REPEATS; i++) {
      for (const kind of ['record', 'separate']) {
        const page = await openPage('?remote');
        runs[kind].push(await page.evaluate((k, l) => (k === 'record' ? window.bench.recordView('nhs', l) : window.bench.separateView('nhs', l)), kind, latency));
        await page.close();
      }
    }
    const screens = (px) => (px / runs.record[0].viewport).toFixed(1);
    const figures = {};
    for (const [kind, rs] of Object.entries(runs)) {
      const m = (k) => median(rs.map((r) => r[k]));
      const tallest = rs[0].heights[0];
      figures[kind] = { m, tallest, ok: rs.every((r) => r.ok) };
      if (args.includes('--verbose')) for (const r of rs) console.log(`    ${kind}: ${JSON.stringify(r)}`);
      console.log(`    ${kind}: ${kind === 'record' ? `first screen ${m('firstScreenMs')} ms, ` : ''}fully rendered ${m('fullMs')} ms, every page in ${m('allPagesMs')} ms (main thread in tasks over 50 ms meanwhile: ${m('longTaskMs')} ms in ${m('longTasks')}), ${m('elements')} DOM elements, scrollHeight ${m('scrollHeight')} px; states ${JSON.stringify(rs[0].states)}; first run, each element shown / every page in (ms): ${Object.entries(rs[0].timeline).map(([k, t]) => `${k.replace('icr-', '')} ${t.shown}${t.complete !== undefined && t.complete !== t.shown ? `/${t.complete}` : ''}`).join(', ')}; tallest sections ${rs[0].heights.slice(0, 4).map((h) => `${h.tag.slice(4)} ${h.px} px`).join(', ')}${figures[kind].ok ? '' : ' (did not settle)'}`);
    }
    const { record: rec, separate: sep } = figures;
    const warn = (f) => (f.ok ? '' : ' (did not settle)');
    // Which summary line the first screen waits for, and when every other line had its data.
    const lines = (r) => Object.entries(r.timeline).filter(([k]) => k.startsWith('summary:')).sort((a, b) => a[1].shown - b[1].shown);
    const lastLine = [...new Set(runs.record.map((r) => lines(r).at(-1)?.[0].slice(8)))].join(' or ');
    const butLast = median(runs.record.map((r) => lines(r).at(-2)?.[1].shown ?? NaN));
    row(`record view (Arthur Greenwood, ${latency} ms latency)`, `first screen ${rec.m('firstScreenMs')} ms (every summary line but ${lastLine} by ${butLast} ms), fully rendered ${rec.m('fullMs')} ms (every page in ${rec.m('allPagesMs')} ms), ${rec.m('elements')} DOM elements, ${rec.m('scrollHeight')} px${warn(rec)}`, undefined);
    // Issue 21's decision: the record view's first screen within 30 ms of the harness alone, and
    // everything rendered within 45 ms of it (the same view's first requests, with plain fetch).
    const floor = rec.m('floorMs');
    row(`record view: first screen within the harness alone + 30 ms`, `${rec.m('firstScreenMs')} ms = harness alone ${floor} ms (${rec.m('floorRequests')} requests together) + the library's share ${rec.m('firstScreenMs') - floor} ms`, rec.m('firstScreenMs') - floor <= 30 && rec.ok);
    row(`record view: fully rendered within the harness alone + 45 ms`, `${rec.m('fullMs')} ms = harness alone ${floor} ms + the library's share ${rec.m('fullMs') - floor} ms`, rec.m('fullMs') - floor <= 45 && rec.ok);
    row(`separate elements (the same patient and sections)`, `fully rendered ${sep.m('fullMs')} ms (every page in ${sep.m('allPagesMs')} ms), ${sep.m('elements')} DOM elements, ${sep.m('scrollHeight')} px${warn(sep)}`, undefined);
    // Issue 18's own goal, measured as the view is first seen: no one has pressed "Show more".
    const limit = 4 * runs.record[0].viewport;
    row(`record view: no section taller than 4 screens (4 × ${runs.record[0].viewport} px) before "Show more"`, `tallest ${rec.tallest.tag} ${rec.tallest.px} px (${screens(rec.tallest.px)} screens)`, rec.tallest.px <= limit);
  }

  if (only.includes('memory')) {
    console.log(`Memory (every element, ${SWITCHES} patient switches across the mock population)`);
    const page = await openPage(args.includes('--memory-in-page') ? '' : '?remote');
    const cdp = await page.createCDPSession();
    // The same way at every point: two forced full GCs, then V8's used heap (JS objects and the
    // code V8 compiled; Blink's DOM heap is the separate `embedderHeapUsedSize`, printed alongside).
    const usage = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return cdp.send('Runtime.getHeapUsage');
    };
    // A heap snapshot's self sizes by node type and constructor: which part of the heap grows.
    // `code` nodes are what V8 compiled (machine code with its relocation and deoptimization data,
    // bytecode, feedback); everything else is what the page's objects hold.
    const census = async () => {
      let json = '';
      const onChunk = (e) => { json += e.chunk; };
      cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
      const snap = JSON.parse(json);
      const f = snap.snapshot.meta.node_fields;
      const types = snap.snapshot.meta.node_types[0];
      const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((k) => f.indexOf(k));
      const out = new Map();
      let code = 0;
      let optimized = 0;
      for (let i = 0; i < snap.nodes.length; i += f.length) {
        const type = types[snap.nodes[i + iType]];
        const name = String(snap.strings[snap.nodes[i + iName]]);
        const key = `${type}:${name.slice(0, 60)}`;
        const c = out.get(key) ?? { n: 0, size: 0 };
        c.n++;
        c.size += snap.nodes[i + iSize];
        out.set(key, c);
        if (type === 'code') code += snap.nodes[i + iSize];
        // Deoptimization data: one per function V8 has optimized (Maglev or Turbofan).
        if (type === 'code' && name === 'system / ProtectedFixedArray') optimized++;
      }
      return { out, code, optimized };
    };
    const mb = (b) => (b / 1048576).toFixed(1);
    const pct = (a, b) => `${(((b - a) / a) * 100).toFixed(1)}%`;
    const t0 = Date.now();
    // The curve: a leak grows in a straight line; warm-up flattens out.
    const points = [...new Set([10, 50, 100, 200, 500, 1000, 1500, 2000, 3000].filter((p) => p < SWITCHES).concat(SWITCHES))];
    const curve = [];
    let r = { switches: 0, timeouts: 0 };
    let timeouts = 0;
    let first;
    let mid;
    let last;
    const MID = Math.min(1000, SWITCHES);
    for (const at of points) {
      r = await page.evaluate((k) => window.bench.switches(k), at - r.switches);
      timeouts += r.timeouts;
      const h = await usage();
      curve.push(`${r.switches}: ${mb(h.usedSize)}${h.embedderHeapUsedSize !== undefined ? ` (DOM ${mb(h.embedderHeapUsedSize)})` : ''}`);
      if (at === points[0] || at === MID || at === SWITCHES) {
        const c = await census();
        const point = { at: r.switches, used: h.usedSize, ...c };
        if (at === points[0]) first = point;
        if (at === MID) mid = point;
        if (at === SWITCHES) last = point;
      }
    }
    console.log(`    heap (MB) after n switches: ${curve.join(', ')}`);
    const h10 = first.used;
    const hN = last.used;
    if (args.includes('--heap-diff')) {
      const grew = [...last.out].map(([k, v]) => ({ k, dn: v.n - (first.out.get(k)?.n ?? 0), ds: v.size - (first.out.get(k)?.size ?? 0) })).sort((a, b) => b.ds - a.ds).slice(0, 25);
      for (const g of grew) console.log(`      +${g.dn} objects, +${(g.ds / 1024).toFixed(0)} KB  ${g.k}`);
    }
    const rest10 = h10 - first.code;
    const restN = hN - last.code;
    console.log(`    of which compiled code (V8 "code": machine code, bytecode, feedback) ${mb(first.code)} → ${mb(last.code)} MB (${pct(first.code, last.code)}; optimized functions ${first.optimized} → ${last.optimized}); everything else ${mb(rest10)} → ${mb(restN)} MB (${pct(rest10, restN)})`);
    console.log(`    heap after ${first.at} switches ${mb(h10)} MB, after ${last.at} ${mb(hN)} MB (${pct(h10, hN)}), ${timeouts} switches did not settle in 5 s, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    // Issue 21's decision: what counts is the heap without compiled code, within 5% from 10 to 1,000
    // switches; the compiled code must level off (under 10% growth from 1,000 to 2,000).
    const restMid = mid.used - mid.code;
    row(`heap without compiled code after ${mid.at} switches within 5% of after ${first.at}`, `${mb(rest10)} → ${mb(restMid)} MB (${pct(rest10, restMid)}); whole heap ${mb(h10)} → ${mb(mid.used)} MB`, restMid <= rest10 * 1.05);
    if (last.at > mid.at) row(`compiled code from ${mid.at} to ${last.at} switches grows under 10%`, `${mb(mid.code)} → ${mb(last.code)} MB (${pct(mid.code, last.code)}; ${mb(first.code)} MB after ${first.at})`, last.code < mid.code * 1.1);
    else row('compiled code levels off (1,000 → 2,000 switches)', `not measured: run with --switches=2000 or more (this run: ${last.at})`, undefined);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

console.log('\ngoals (issue 9, as issue 21 restated them)');
const w = Math.max(...rows.map((r) => r.goal.length));
for (const r of rows) console.log(`${(r.met === undefined ? '(figure)' : r.met ? 'met' : 'NOT MET').padEnd(9)}${r.goal.padEnd(w + 2)}${r.figure}`);
