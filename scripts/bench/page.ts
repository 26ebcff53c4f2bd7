/**
 * The page `npm run bench` drives (scripts/bench/run.mjs): every icr- element on the built-in mock
 * ICR through msw's service worker, plus the plain Lit baseline. Each measurement is a function on
 * `window.bench` that the runner calls with page.evaluate and that resolves to plain figures.
 */
import { setupWorker } from 'msw/browser';
import { http } from 'msw';
import '../../src/define.js';
import { createMockIcr } from '../../src/mock/index.js';
import { icrHandlers } from '../../src/mock/msw.js';
import type { IcrProvider } from '../../src/elements/provider/provider.js';
import './plain-list.js';
import { clearSharedRequests } from '../../src/data/request-cache.js';
import type { BenchPlainList, PlainRow } from './plain-list.js';
import { countElements, measureView, recordComplete, recordFirstScreen, recordSections, when } from './record-view.js';
import { rowRender } from './row-render.js';
import { bannerRender } from './banner-render.js';

const mock = createMockIcr();
const main = document.querySelector('#main')!;
const ALL = ['icr-patient-banner', 'icr-allergies', 'icr-medications', 'icr-diagnoses', 'icr-results', 'icr-radiology-reports', 'icr-pathology-reports', 'icr-social-care-events', 'icr-care-plans', 'icr-contact-details'];
const LARGE = ['icr-patient-banner', 'icr-medications', 'icr-results', 'icr-pathology-reports'];
const SECTION_OF: Record<string, string> = {
  'icr-patient-banner': 'patient',
  'icr-allergies': 'allergies',
  'icr-medications': 'medications',
  'icr-diagnoses': 'diagnoses',
  'icr-results': 'results',
  'icr-radiology-reports': 'radiology-reports',
  'icr-pathology-reports': 'pathology-reports',
  'icr-social-care-events': 'social-care',
  'icr-care-plans': 'care-plans',
  'icr-contact-details': 'contact-details',
};

// The synthetic large record: the long-history patient's first page of each search, cloned (new ids
// and identifiers) up to N items in one page with Bundle.total = N (a server that ignores _count).
const large = { medications: 0, results: 0, reports: 0, encounters: 0 };
const LARGE_PATIENT = 'pat-arthur-greenwood';
const served: Record<string, number> = {};
interface Entry { fullUrl?: string; resource: Record<string, unknown> & { id: string }; search?: { mode?: string } }
interface LargeAnswer { body: Record<string, unknown>; matches: Entry[]; included: Entry[] }

/** The long-history patient's first page of `type`, cloned (new ids and identifiers) up to n items. */
async function expand(request: Request, n: number, from?: string): Promise<LargeAnswer | Response> {
  const t0 = performance.now();
  const type = new URL(request.url).pathname.split('/').pop()!;
  const answer = await mock.handle(request);
  if (!answer.ok) return answer;
  const body = await answer.json();
  const entries: Entry[] = body.entry ?? [];
  const matches = entries.filter((e) => e.search?.mode !== 'include');
  const included = entries.filter((e) => e.search?.mode === 'include');
  const out: Entry[] = [];
  for (let i = 0; i < n && matches.length; i++) {
    const src = matches[i % matches.length];
    // A resource of another patient (the long-history patient has no encounters) becomes this one's.
    const resource = from ? JSON.parse(JSON.stringify(src.resource).replaceAll(from, LARGE_PATIENT)) : structuredClone(src.resource);
    resource.id = `${src.resource.id}-b${i}`;
    if (Array.isArray(resource.identifier)) {
      resource.identifier = (resource.identifier as Array<{ value?: string }>).map((id) => ({ ...id, value: `${id.value ?? ''}-b${i}` }));
    }
    out.push({ ...src, fullUrl: src.fullUrl?.replace(src.resource.id, resource.id), resource });
  }
  served[type] = Math.round(performance.now() - t0);
  served[`${type} KB`] = Math.round(JSON.stringify(out).length / 1024);
  return { body, matches: out, included };
}

/**
 * One page of a prepared answer, as a FHIR server that honours `_count` serves it: `total`, the
 * page's entries (with the included resources), and a `next` link while entries remain.
 */
function pageOf(answer: LargeAnswer, request: Request): Response {
  const url = new URL(request.url);
  const count = Number(url.searchParams.get('_count') ?? 100);
  const offset = Number(url.searchParams.get('_offset') ?? 0);
  const link = [{ relation: 'self', url: url.href }];
  if (offset + count < answer.matches.length) {
    const next = new URL(url);
    next.searchParams.set('_offset', String(offset + count));
    link.push({ relation: 'next', url: next.href });
  }
  const body = { ...answer.body, total: answer.matches.length, link, entry: [...answer.matches.slice(offset, offset + count), ...answer.included] };
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/fhir+json' } });
}
/** How many items of each type the large record has, for the current N. */
function sizeOf(type: string): number | undefined {
  if (type === 'MedicationStatement' || type === 'MedicationRequest') return large.medications / 2;
  if (type === 'Observation') return large.results;
  if (type === 'DiagnosticReport') return large.reports;
  if (type === 'Encounter' && large.encounters) return large.encounters;
  return undefined;
}
// The answers are built before the clock starts (prepareLarge): a real ICR reads them from its
// store; cloning 10,000 resources in the page is the harness's cost, not the library's.
const prepared = new Map<string, LargeAnswer>();
const LARGE_QUERIES: Record<string, string> = {
  MedicationStatement: '_include=MedicationStatement%3Amedication',
  MedicationRequest: '_include=MedicationRequest%3Amedication',
  Observation: 'category=laboratory%2Cvital-signs',
  DiagnosticReport: '_include=DiagnosticReport%3Aresult',
  Encounter: '',
};
/** Types the long-history patient has none of, cloned from another patient's record. */
const BORROWED: Record<string, string> = { Encounter: 'pat-richard-smith' };
async function prepareLarge(): Promise<void> {
  prepared.clear();
  for (const [type, query] of Object.entries(LARGE_QUERIES)) {
    if (sizeOf(type) === undefined) continue;
    const from = BORROWED[type];
    const request = new Request(`${mock.baseUrl}/${type}?patient=${from ?? LARGE_PATIENT}${query ? `&${query}` : ''}&_count=100`, {
      headers: fhirHeaders(),
    });
    const answer = await expand(request, sizeOf(type)!, from);
    if (!(answer instanceof Response)) prepared.set(type, answer);
  }
  mock.requests.length = 0;
}
const largeHandler = http.get(`${mock.baseUrl}/:type`, ({ request, params }) => {
  const url = new URL(request.url);
  if (!large.medications || url.searchParams.get('patient') !== LARGE_PATIENT) return undefined;
  const type = String(params.type);
  const answer = prepared.get(type);
  if (answer) return pageOf(answer, request);
  const n = sizeOf(type);
  return n === undefined ? undefined : expand(request, n).then((a) => (a instanceof Response ? a : pageOf(a, request)));
});

/**
 * `?remote`: the mock ICR runs as its own HTTP server (`npm run mock-icr`, in another process, as a
 * real ICR is on another machine), reached same-origin at /fhir through the bench's dev server; no
 * service worker. Otherwise the mock runs in this page through msw (its CPU then shares the page's
 * main thread with the elements).
 */
const remote = new URLSearchParams(location.search).has('remote');
const endpoint = remote ? `${location.origin}/fhir` : mock.baseUrl;
/** In remote mode, the requests the page made (the in-page mock keeps its own log). */
const remoteLog: Array<{ method: string; url: string; at: number }> = [];
const requestLog = () => (remote ? remoteLog : mock.requests);
if (remote) {
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.startsWith(endpoint)) remoteLog.push({ method: init?.method ?? 'GET', url, at: Date.now() });
    return realFetch(input, init);
  };
} else {
  const worker = setupWorker(largeHandler, ...icrHandlers(mock));
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
}
const token: string = remote ? (await (await fetch('/__mock/tokens')).json()).R8000.token : await mock.issueToken('R8000');
async function setLatency(ms: number): Promise<void> {
  if (remote) await fetch(`/__mock/latency?ms=${ms}`, { method: 'POST' });
  else mock.latencyMs = ms;
}

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
/**
 * Resolves just after the next frame is painted: a task posted from that frame's animation
 * callback runs once the frame's style, layout, paint and commit are done. "Rendered" ends there
 * (two animation frames would add up to a frame of waiting for the next one to begin).
 */
const painted = () =>
  new Promise<void>((r) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => r();
      channel.port2.postMessage(null);
    }),
  );
const richard = mock.population.find((p) => p.id.includes('richard'))!;
/** The patient a warm page has already shown. */
const amira = mock.population.find((p) => p.id.includes('amira'))!;
/** What the library sends with every request (the bench's own direct requests send the same). */
const fhirHeaders = () => ({ authorization: `Bearer ${token}`, accept: 'application/fhir+json' });

/**
 * The mock builds a patient's record on its first request; a real ICR reads it from its store.
 * Building it is the harness's cost, so it happens before the clock starts (not through the
 * client: nothing is cached for the measured run).
 */
async function primeRichard(): Promise<void> {
  const prime = new Request(`${endpoint}/Patient/${richard.id}`, { headers: fhirHeaders() });
  await (remote ? fetch(prime).then((r) => r.text()) : mock.handle(prime));
}

/** Warms the page as an EHR's is after its first patient: every element shows Amira Khan. */
async function showAmira(): Promise<void> {
  const other = mount(ALL);
  const shown = settled(other, ALL);
  other.nhsNumber = amira.nhsNumber;
  await shown;
}

function mount(tags: string[], fresh = false): IcrProvider {
  main.replaceChildren();
  const provider = document.createElement('icr-provider') as IcrProvider;
  for (const tag of tags) provider.append(document.createElement(tag));
  main.append(provider);
  provider.endpoint = endpoint;
  provider.tokenProvider = async () => token;
  // The client reuses an answer for the same question for 30 s; each large run asks afresh.
  if (fresh) provider.clientOptions = { cacheTtlMs: 0 };
  // Every medication, current and past (the default view shows current ones only).
  provider.querySelector('icr-medications')?.setAttribute('filter', 'all');
  return provider;
}

/**
 * Resolves when every section of `tags` has fired icr-data-load or icr-error (or, with `progress`,
 * icr-data-progress: its first pages shown), and has rendered.
 */
let missing: string[] = [];
const eventAt: Record<string, number> = {};
const eventKind: Record<string, string> = {};
const eventWall: Record<string, number> = {};
function settled(provider: IcrProvider, tags: string[], timeoutMs = 20000, progress = false): Promise<boolean> {
  const want = new Set(tags.map((t) => SECTION_OF[t]));
  return new Promise((resolve) => {
    const seen = new Set<string>();
    const timer = setTimeout(() => finish(false), timeoutMs);
    const on = (e: Event) => {
      seen.add((e as CustomEvent).detail.section);
      eventAt[(e as CustomEvent).detail.section] = Math.round(performance.now());
      eventWall[(e as CustomEvent).detail.section] = Date.now();
      const d = (e as CustomEvent).detail;
      eventKind[d.section] = e.type === 'icr-data-progress' ? `first ${d.shown} of ${d.total}` : `${d.state ?? d.kind}${d.count !== undefined ? ` ${d.count}` : ''}`;
      if ([...want].every((s) => seen.has(s))) finish(true);
    };
    async function finish(ok: boolean) {
      clearTimeout(timer);
      missing = [...want].filter((s) => !seen.has(s));
      provider.removeEventListener('icr-data-load', on);
      provider.removeEventListener('icr-error', on);
      provider.removeEventListener('icr-data-progress', on);
      await Promise.all([...provider.children].map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
      await painted();
      resolve(ok);
    }
    provider.addEventListener('icr-data-load', on);
    provider.addEventListener('icr-error', on);
    if (progress) provider.addEventListener('icr-data-progress', on);
  });
}

/** Items a keyboard or screen-reader user can reach: list items and table rows in the shadow roots. */
function reachable(root: Element | ShadowRoot): number {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'li' || el.localName === 'tr' || el.getAttribute('role') === 'listitem' || el.getAttribute('role') === 'row') n++;
    if (el.shadowRoot) n += reachable(el.shadowRoot);
  }
  return n;
}

/**
 * Scrolls the page in `frames` steps, one a frame, and returns the frame intervals' p95, the frames
 * over 50 ms, and the frames dropped: an interval over 1.5 display frames (25 ms at 60 Hz) means
 * at least one vsync went by without a frame. Intervals on time are 16.7 ms give or take the
 * timestamps' jitter (16.6 to 16.8), so the p95 alone cannot tell a dropped frame from jitter.
 */
async function scrollFrames(frames = 90): Promise<{ p95: number; long: number; dropped: number }> {
  window.scrollTo(0, 0);
  const deltas: number[] = [];
  let last = await frame();
  const step = Math.max(200, (document.documentElement.scrollHeight - innerHeight) / frames);
  for (let i = 0; i < frames; i++) {
    window.scrollBy(0, step);
    const now = await frame();
    deltas.push(now - last);
    last = now;
  }
  deltas.sort((a, b) => a - b);
  return { p95: deltas[Math.floor(deltas.length * 0.95)], long: deltas.filter((d) => d > 50).length, dropped: deltas.filter((d) => d > 25).length };
}

/**
 * `warm`: the page has already shown another patient, as an EHR page does after its first patient:
 * the library's code is compiled and its templates prepared. Cold: the first patient after load.
 */
async function roundTrip(by: 'nhs' | 'id', latencyMs = 200, warm = false) {
  await primeRichard();
  if (warm) await showAmira();
  await setLatency(latencyMs);
  const log = requestLog();
  log.length = 0;
  const provider = mount(ALL);
  const done = settled(provider, ALL);
  if (by === 'nhs') provider.nhsNumber = richard.nhsNumber;
  else provider.patientId = richard.id;
  const ok = await done;
  const end = Date.now();
  const requests = log.map((r) => `${r.method} ${r.url}`);
  const first = Math.min(...log.map((r) => r.at));
  const counts = new Map<string, number>();
  for (const r of requests) counts.set(r, (counts.get(r) ?? 0) + 1);
  const sections = log.filter((r) => !/\/Patient[/?]/.test(r.url));
  const spread = sections.length ? Math.max(...sections.map((r) => r.at)) - Math.min(...sections.map((r) => r.at)) : 0;
  const timeline = [
    ...log.map((r) => ({ at: r.at - first, what: `request ${r.url.replace(endpoint, '')}` })),
    ...Object.entries(eventWall).map(([section, at]) => ({ at: at - first, what: `${section} ${eventKind[section]}` })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((e) => `${e.at} ms ${e.what}`)
    .concat(`${end - first} ms rendered`);
  await setLatency(0);
  return { ok, missing, timeline, requests: requests.length, distinct: counts.size, repeated: [...counts.entries()].filter(([, c]) => c > 1).map(([u]) => u), ms: end - first, roundTrips: (end - first) / 200, latencyMs, sectionSpreadMs: spread, chained: log.some((r) => /[?&]patient\.identifier=/.test(r.url)) ? 1 : 0 };
}

/**
 * The harness alone: what any client pays on this machine for the same view, with no element at
 * all. On a warm page (another patient shown first, as in `roundTrip`), the library's own requests
 * for that patient are replayed for Richard Smith with plain `fetch`: by NHS number the lookup,
 * then every section search together; by logical id all of them together. Each answer is read as
 * JSON, then the next frame is painted, exactly as `roundTrip` ends. When the library chained its
 * section searches on the NHS number, they are replayed with the lookup, all together. The latency, the mock ICR's
 * own work, the transport and the frames are in it; mapping and rendering are not. So
 * `roundTrip − floor` is the library's share of a view.
 */
async function floor(by: 'nhs' | 'id', latencyMs = 200) {
  await primeRichard();
  const log = requestLog();
  log.length = 0;
  await showAmira();
  const asked = log.map((r) => r.url);
  main.replaceChildren();
  const forRichard = (url: string) => url.replaceAll(amira.id, richard.id).replaceAll(amira.nhsNumber!, richard.nhsNumber!);
  const lookup = by === 'nhs' ? forRichard(asked.find((u) => /\/Patient\?/.test(u))!) : `${endpoint}/Patient/${richard.id}`;
  const sections = asked.filter((u) => !/\/Patient[/?]/.test(u)).map(forRichard);
  const answers: number[] = [];
  const get = (url: string) =>
    fetch(url, { cache: 'no-store', headers: fhirHeaders() })
      .then((r) => r.json())
      .then(() => answers.push(Date.now() - start));
  await setLatency(latencyMs);
  const start = Date.now();
  // Section searches chained on the NHS number (issue 21) leave with the lookup, as the library's
  // do; the two-step path (a server without the chain) waits for the lookup's id first.
  const chained = sections.some((u) => /[?&]patient\.identifier=/.test(u));
  if (by === 'nhs' && !chained) {
    await get(lookup);
    await Promise.all(sections.map(get));
  } else await Promise.all([lookup, ...sections].map(get));
  await painted();
  const ms = Date.now() - start;
  await setLatency(0);
  return { ms, answers };
}

/** A "Show more" control (every item stays reachable by keyboard through it, and by search). */
function hasMore(root: ShadowRoot | null): boolean {
  // The medications' "Show more", and the long lists' "Show 25 more" (elements/shared/long-list.ts, R63).
  return !!root?.querySelector('[part~="more"] button, button[part~="more"], [part~="list-more"] button, .list-more button');
}

let warmed = false;
/** The mock generates the long-history record on its first request: not part of any figure. */
async function warmLarge(): Promise<void> {
  if (warmed) return;
  warmed = true;
  Object.assign(large, { medications: 2, results: 1, reports: 1 });
  const p = mount(LARGE, true);
  const d = settled(p, LARGE);
  p.patientId = LARGE_PATIENT;
  await d;
}

async function largeRecord(n: number) {
  await warmLarge();
  Object.assign(large, { medications: n, results: n, reports: n / 5 });
  await prepareLarge();
  const provider = mount(LARGE, true);
  const start = performance.now();
  // First useful render: every section shows its first page (or all of it), rendered.
  const useful = settled(provider, LARGE, 180000, true);
  const complete = settled(provider, LARGE, 180000);
  provider.patientId = LARGE_PATIENT;
  const ok = await useful;
  const ms = performance.now() - start;
  const dataAt = Object.fromEntries(Object.entries(eventAt).map(([k, v]) => [k, Math.round(v - start)]));
  const firstStates = { ...eventKind };
  const okAll = await complete;
  const allMs = performance.now() - start;
  const items: Record<string, number> = {};
  const more: Record<string, boolean> = {};
  for (const el of provider.children) {
    items[el.localName] = el.shadowRoot ? reachable(el.shadowRoot) : 0;
    more[el.localName] = hasMore(el.shadowRoot);
  }
  const scroll = await scrollFrames();
  Object.assign(large, { medications: 0, results: 0, reports: 0 });
  prepared.clear();
  return { ok: ok && okAll, ms, allMs, dataAt, served: { ...served }, firstStates, states: { ...eventKind }, items, more, scroll };
}

/**
 * Issue 21 point 3: the large record in `<icr-record>`: N medication items, N results, N/5 reports
 * and N/10 encounters, served 100 a page. First screen (the banner and every summary line have
 * their data), every page in, the DOM elements then, scrolling the whole record, and each
 * section's rows in the DOM or its "Show more".
 */
async function largeRecordView(n: number) {
  await warmLarge();
  Object.assign(large, { medications: n, results: n, reports: n / 5, encounters: n / 10 });
  await prepareLarge();
  const provider = mount(['icr-record'], true);
  const record = provider.querySelector('icr-record')!;
  const start = performance.now();
  const stamp = (ok: boolean) => painted().then(() => ({ ok, ms: Math.round(performance.now() - start) }));
  const first = when([record.shadowRoot!], () => recordFirstScreen(record), 180000).then(stamp);
  const complete = when([record.shadowRoot!], () => recordComplete(record), 300000).then(stamp);
  provider.patientId = LARGE_PATIENT;
  const [f, c] = await Promise.all([first, complete]);
  const elements = countElements(document);
  const items: Record<string, number> = {};
  const more: Record<string, boolean> = {};
  for (const el of recordSections(record)) {
    items[el.localName] = el.shadowRoot ? reachable(el.shadowRoot) : 0;
    more[el.localName] = hasMore(el.shadowRoot);
  }
  const scroll = await scrollFrames();
  Object.assign(large, { medications: 0, results: 0, reports: 0, encounters: 0 });
  prepared.clear();
  return { ok: f.ok && c.ok, firstScreenMs: f.ms, allMs: c.ms, elements, items, more, scroll, served: { ...served } };
}

async function plain(n: number) {
  main.replaceChildren();
  const rows: PlainRow[] = Array.from({ length: n }, (_, i) => ({ id: `m${i}`, name: `Amlodipine 5mg tablets ${i}`, dose: 'One tablet once a day', date: '12-Mar-2024' }));
  const start = performance.now();
  const el = document.createElement('bench-plain-list') as BenchPlainList;
  el.rows = rows;
  main.append(el);
  await el.updateComplete;
  await painted();
  const ms = performance.now() - start;
  const scroll = await scrollFrames();
  return { ms, items: reachable(el.shadowRoot!), scroll };
}

/**
 * The library's own cost of a patient view, with no network: every element on one provider, the
 * patient switched between two (Amira Khan and Richard Smith) whose answers are in the client's
 * 30 s cache, so each view is mapping, rendering, style, layout and paint only. Resolves to each
 * Richard Smith view's time (set patient → the next frame painted); the runner traces the main thread.
 */
async function cachedViews(k: number) {
  const p = mount(ALL);
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    let d = settled(p, ALL);
    p.nhsNumber = amira.nhsNumber;
    await d;
    d = settled(p, ALL);
    const t0 = performance.now();
    p.nhsNumber = richard.nhsNumber;
    await d;
    out.push(performance.now() - t0);
  }
  return out;
}

let provider: IcrProvider | undefined;
let switchesDone = 0;
async function switches(k: number) {
  provider ??= mount(ALL);
  let timeouts = 0;
  for (let i = 0; i < k; i++) {
    // Ten patients in turn, so the 10-switch baseline has met each of them once (the mock builds a
    // record on its first request and the client caches answers for 30 s: both reach steady state).
    const p = mock.population[switchesDone++ % 10];
    const done = settled(provider, ALL, 5000);
    provider.patientId = p.nhsNumber ? undefined : p.id;
    provider.nhsNumber = p.nhsNumber;
    if (!(await done)) timeouts++;
    requestLog().length = 0;
  }
  return { switches: switchesDone, timeouts };
}

/**
 * Issue 18's record view: the long-history patient (Arthur Greenwood) in one `<icr-record>`, or in
 * today's separate elements under one provider (scripts/bench/record-view.ts).
 */
const arthur = mock.population.find((p) => p.id === LARGE_PATIENT)!;
const recordContext = () => ({
  main,
  endpoint,
  token,
  setLatency,
  painted,
  prime: async (id: string) => {
    const prime = new Request(`${endpoint}/Patient/${id}`, { headers: fhirHeaders() });
    await (remote ? fetch(prime).then((r) => r.text()) : mock.handle(prime));
  },
  warm: amira,
  patient: arthur,
  requests: () => requestLog().map((r) => r.url),
  clearRequests: () => {
    requestLog().length = 0;
  },
  floor: async (urls: string[]) => {
    await Promise.all(urls.map((url) => fetch(url, { cache: 'no-store', headers: fhirHeaders() }).then((r) => r.json())));
    await painted();
  },
});
const recordView = (by: 'nhs' | 'id' = 'nhs', latencyMs = 200) => measureView(recordContext(), 'record', by, latencyMs);
const separateView = (by: 'nhs' | 'id' = 'nhs', latencyMs = 200) => measureView(recordContext(), 'separate', by, latencyMs);

// `forget`: drop the client's shared answers (profiling a second patient view on a warm page).
// Issue 21 point 4: N medication rows rendered from ready view models, icr-elements or plain Lit.
const rows = (kind: 'icr' | 'plain', n: number) => rowRender(kind, n, main, painted);
// Issue 21 point 4: the banner on a zero-latency fetch stub, or a plain Lit banner handed an object.
const banner = (kind: 'icr' | 'plain') =>
  bannerRender(kind, { main, endpoint, token, nhsNumber: richard.nhsNumber!, painted, answer: (r) => (remote ? fetch(r) : mock.handle(r)) });

(window as unknown as { bench: unknown }).bench = { cachedViews, roundTrip, recordView, separateView, floor, largeRecord, largeRecordView, plain, rows, banner, switches, forget: clearSharedRequests, ready: true };
