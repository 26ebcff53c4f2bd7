/**
 * The record view measurement (issue 18), for `npm run bench -- --only=record`: the long-history
 * patient in one `<icr-record>`, and the same patient in today's separate elements (the banner and
 * every section tag of RECORD_SECTIONS in the light DOM of one `<icr-provider>`). The end of each
 * phase is found by watching the elements' own `state` / `data-state` / `loading-more` attributes
 * with a MutationObserver, never by waiting a fixed time.
 */
import { RECORD_SECTIONS } from '../../src/elements/record/record-sections.js';
import { clearSharedRequests } from '../../src/data/request-cache.js';
import type { IcrProvider } from '../../src/elements/provider/provider.js';

export interface RecordBenchContext {
  main: Element;
  endpoint: string;
  token: string;
  setLatency(ms: number): Promise<void>;
  /** Resolves just after the next frame is painted (page.ts `painted`). */
  painted(): Promise<void>;
  /** Has the mock build a patient's record before the clock starts (its cost is the server's). */
  prime(id: string): Promise<void>;
  /** The patient a warm page has already shown. */
  warm: { id: string; nhsNumber?: string };
  patient: { id: string; nhsNumber?: string };
  /** The URLs the page has asked the ICR for since the log was last cleared. */
  requests(): string[];
  clearRequests(): void;
  /** The harness alone: fetches every URL together with plain fetch, reads each as JSON, waits for the next paint. */
  floor(urls: string[]): Promise<void>;
}

const SECTION_TAGS = RECORD_SECTIONS.map((s) => s.tag);
const WATCHED = ['state', 'data-state', 'loading-more'];

/** Every element in `root` and, recursively, in every open shadow root below it. */
export function countElements(root: Document | ShadowRoot): number {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += countElements(el.shadowRoot);
  }
  return n;
}

/** Resolves true once `ready()` holds (checked at each change of a watched attribute), false at the cap. */
export function when(roots: Node[], ready: () => boolean, capMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (ready()) return resolve(true);
    const observer = new MutationObserver(() => ready() && done(true));
    // A safety cap so a section that never settles ends the run as "did not settle", not a hang.
    const cap = setTimeout(() => done(false), capMs);
    function done(ok: boolean) {
      observer.disconnect();
      clearTimeout(cap);
      resolve(ok);
    }
    for (const root of roots) observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: WATCHED });
  });
}

const settled = (el: Element) => !!el.getAttribute('state') && el.getAttribute('state') !== 'loading';
/** The banner and every section of RECORD_SECTIONS, each once: a view not yet rendered is not settled. */
const allSettled = (els: Element[]) => els.length === SECTION_TAGS.length + 1 && els.every(settled);
const everyPageIn = (els: Element[]) => allSettled(els) && els.every((el) => !el.hasAttribute('loading-more'));

function mountProvider(ctx: RecordBenchContext, children: string[]): IcrProvider {
  ctx.main.replaceChildren();
  const provider = document.createElement('icr-provider') as IcrProvider;
  for (const tag of children) provider.append(document.createElement(tag));
  ctx.main.append(provider);
  provider.endpoint = ctx.endpoint;
  provider.tokenProvider = async () => ctx.token;
  return provider;
}

function choosePatient(provider: IcrProvider, p: { id: string; nhsNumber?: string }, by: 'nhs' | 'id'): void {
  if (by === 'nhs' && p.nhsNumber) provider.nhsNumber = p.nhsNumber;
  else provider.patientId = p.id;
}

/** Each section element's height, in CSS px, the tallest first (issue 18: a few screens before "Show more"). */
function heights(els: Element[]): Array<{ tag: string; px: number }> {
  return els.map((el) => ({ tag: el.localName, px: Math.round(el.getBoundingClientRect().height) })).sort((a, b) => b.px - a.px);
}

/** The elements of one view, where they live, and when its first screen is in. */
interface View {
  provider: IcrProvider;
  roots: Node[];
  sections: () => Element[];
  firstScreen?: () => boolean;
  /** The summary's lines (record only). */
  lines?: () => Element[];
}

/** The record's banner and section elements, in its shadow root. */
export function recordSections(record: Element): Element[] {
  const root = record.shadowRoot!;
  return [...root.querySelectorAll('icr-patient-banner'), ...root.querySelectorAll(SECTION_TAGS.join(','))];
}

/** The record's first screen is in: its banner shows the patient and every summary line has its section's data. */
export function recordFirstScreen(record: Element): boolean {
  const root = record.shadowRoot!;
  const banner = root.querySelector('icr-patient-banner');
  const lines = [...root.querySelectorAll('[part~="summary"] [data-line]')];
  return !!banner && settled(banner) && lines.length > 0 && lines.every((l) => l.getAttribute('data-state') !== 'loading');
}

/** Every section of the record has every page in. */
export const recordComplete = (record: Element) => everyPageIn(recordSections(record));

function recordView(ctx: RecordBenchContext): View {
  const provider = mountProvider(ctx, ['icr-record']);
  const record = provider.querySelector('icr-record')!;
  const root = record.shadowRoot!;
  const sections = () => [...root.querySelectorAll(SECTION_TAGS.join(','))];
  // First screen: the banner shows the patient and every summary line has its section's data
  // (each line's `data-state` leaves `loading` once its section has answered, src/sections/summary.ts).
  const lines = () => [...root.querySelectorAll('[part~="summary"] [data-line]')];
  return { provider, roots: [root], sections: () => [...root.querySelectorAll('icr-patient-banner'), ...sections()], firstScreen: () => recordFirstScreen(record), lines };
}

function separateView(ctx: RecordBenchContext): View {
  const provider = mountProvider(ctx, ['icr-patient-banner', ...SECTION_TAGS]);
  return { provider, roots: [provider], sections: () => [...provider.children] };
}

/**
 * One measured view of the long-history patient, on a page warmed by the same view of another
 * patient (the EHR's usual case: the library's code is compiled). From setting the patient:
 * first screen (record only), fully rendered (every element's `state` settled, then painted) and
 * every page in (no `loading-more` left, then painted); then the elements in the DOM, counted
 * through every open shadow root, the page's scrollHeight and each section's height.
 */
export async function measureView(ctx: RecordBenchContext, kind: 'record' | 'separate', by: 'nhs' | 'id', latencyMs: number) {
  const build = kind === 'record' ? recordView : separateView;
  await ctx.prime(ctx.warm.id);
  await ctx.prime(ctx.patient.id);
  await ctx.setLatency(0);
  // Warm-up at no latency, then nothing the client holds is reused for the measured patient.
  const warm = build(ctx);
  const warmed = when(warm.roots, () => everyPageIn(warm.sections()), 60000);
  choosePatient(warm.provider, ctx.warm, by);
  await warmed;
  ctx.main.replaceChildren();
  clearSharedRequests();
  await ctx.painted();

  await ctx.setLatency(latencyMs);
  ctx.clearRequests();
  const view = build(ctx);
  const at = (ready: () => boolean, capMs: number) =>
    when(view.roots, ready, capMs).then(async (ok) => {
      await ctx.painted();
      return { ok, ms: Math.round(performance.now() - start) };
    });
  // When each element first left `loading`, and when its `loading-more` went (where the time goes).
  const timeline: Record<string, { shown?: number; complete?: number }> = {};
  const track = new MutationObserver(() => {
    const t = Math.round(performance.now() - start);
    for (const el of view.sections()) {
      const e = (timeline[el.localName] ??= {});
      if (settled(el)) e.shown ??= t;
      if (settled(el) && !el.hasAttribute('loading-more')) e.complete ??= t;
    }
    for (const line of view.lines?.() ?? []) {
      const key = `summary:${line.getAttribute('data-line')}`;
      if (line.getAttribute('data-state') !== 'loading') (timeline[key] ??= {}).shown ??= t;
    }
  });
  for (const root of view.roots) track.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: WATCHED });
  // Main-thread time in tasks over 50 ms while the pages arrive (the lists' pages go one after another).
  const long = { ms: 0, n: 0 };
  const longTasks = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.startTime >= start) Object.assign(long, { ms: long.ms + e.duration, n: long.n + 1 });
  });
  longTasks.observe({ type: 'longtask' });
  const start = performance.now();
  const first = view.firstScreen ? at(view.firstScreen, 60000) : undefined;
  const full = at(() => allSettled(view.sections()), 60000);
  const all = at(() => everyPageIn(view.sections()), 180000);
  choosePatient(view.provider, ctx.patient, by);
  const [f, r, a] = await Promise.all([first, full, all]);
  track.disconnect();
  longTasks.takeRecords().forEach((e) => Object.assign(long, { ms: long.ms + e.duration, n: long.n + 1 }));
  longTasks.disconnect();
  const els = view.sections();
  const result = {
    kind,
    ok: r.ok && a.ok && (f?.ok ?? true),
    firstScreenMs: f?.ms,
    fullMs: r.ms,
    allPagesMs: a.ms,
    elements: countElements(document),
    scrollHeight: document.documentElement.scrollHeight,
    viewport: innerHeight,
    timeline,
    longTaskMs: Math.round(long.ms),
    longTasks: long.n,
    states: Object.fromEntries(els.map((el) => [el.localName, `${el.getAttribute('state')}${el.hasAttribute('loading-more') ? ' +more' : ''}`])),
    heights: heights(els.filter((el) => el.localName !== 'icr-patient-banner')),
  };
  // The harness alone for the same view (issue 21's decision: the library's share is judged over
  // it): the view's own first requests (every search but the further pages its next links asked
  // for, which the first screen and "fully rendered" do not wait for), fetched together with plain
  // fetch, read as JSON, then painted. The client's answers are dropped first, so none is reused.
  const firstRequests = [...new Set(ctx.requests().filter((u) => !/[?&]_offset=/.test(u)))];
  ctx.main.replaceChildren();
  clearSharedRequests();
  await ctx.painted();
  const floorStart = performance.now();
  await ctx.floor(firstRequests);
  const floorMs = Math.round(performance.now() - floorStart);
  await ctx.setLatency(0);
  return { ...result, floorMs, floorRequests: firstRequests.length };
}
