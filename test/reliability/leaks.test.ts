/**
 * Leaks (H1, H2; R42, R47). Mounting and unmounting elements (in a provider and alone) and
 * switching patients and roles, a thousand times each in CI, must leave nothing growing: live
 * event listeners (on the page's nodes, window, document, and the current view's abort signal),
 * pending timers, requests in flight, shared answers kept past their time, unanswered context
 * requests, and removed elements or old patient views that can no longer be collected; nor the
 * DOM a long-lived element rendered for an earlier patient (issue 9's heap goal).
 *
 * Figures: cycles and switches done; each count at every checkpoint; retained after GC.
 */
import { expect } from '@open-wc/testing';
import { ContextRoot } from '@lit/context';
import { trackLeaks, retainedAfterGc, controlGroup, type LeakTracker } from '../helpers/reliability/leak-tracker.js';
import { createMockIcr, type MockIcr, type MockRoleCode } from '../../src/mock/index.js';
import { clearSharedRequests, pendingSharedRequests, cachedSharedRequests } from '../../src/data/request-cache.js';
import type { IcrProvider } from '../../src/elements/provider/provider.js';
import type { TokenProvider } from '../../src/data/http.js';
import { routeFetch, type FetchRouter } from '../helpers/icr.js';
import { DEFINED_STATES, ELEMENTS, createElement, mountProvider, untilAll } from '../helpers/reliability/elements.js';
import { settled } from '../helpers/reliability/dom.js';
import { Rng, SEED, figure, size, sleep } from '../helpers/reliability/run.js';

// Before any element connects: the tracker, and a handle on the page's context root (it keeps the
// context requests of elements standing alone until a provider appears).
const tracker: LeakTracker = trackLeaks();
let contextRoot: { pendingContextRequests: Map<unknown, { requests: unknown[] }> } | undefined;
const attach = ContextRoot.prototype.attach;
ContextRoot.prototype.attach = function (this: ContextRoot, element: HTMLElement) {
  contextRoot = this as unknown as typeof contextRoot;
  return attach.call(this, element);
};

const CYCLES = size(1000, 10_000);
const SWITCHES = size(1000, 10_000);
const RENDERS = size(30, 300);
const ROLES: MockRoleCode[] = ['R8000', 'R8001', 'R1070', 'R9570', 'R8010'];
const RICHARD = '9912003888';

interface Checkpoint {
  at: number;
  listeners: number;
  longLived: number;
  timers: number;
  inFlight: number;
  pendingShared: number;
  cachedShared: number;
  expiredShared: number;
  /** Past their time with no sweep set to drop them: held, a leak. */
  overdueShared: number;
  contextRequests: number;
  signal?: number;
}

/** A full, DOM-tracing collection can be forced here (Chromium with --expose-gc), not only provoked. */
const FORCED_GC = typeof (globalThis as { gc?: () => void }).gc === 'function';

describe('reliability: leaks', function () {
  it('Chromium can force a full collection, so the removed-element checks are asserted there', () => {
    // Elsewhere (Firefox: no gc()) they are printed, not asserted; Chromium must never lose them quietly.
    if (!/Chrome\//.test(navigator.userAgent)) return;
    expect(FORCED_GC, 'gc() exposed (web-test-runner.config.mjs passes --js-flags=--expose-gc)').to.equal(true);
  });

  this.timeout(size(110_000, 3_600_000));
  let mock: MockIcr;
  let router: FetchRouter;
  const tokens = new Map<MockRoleCode, TokenProvider>();
  let patients: string[] = [];

  before(async () => {
    mock = createMockIcr();
    router = routeFetch({ mock });
    for (const role of ROLES) {
      const token = await mock.issueToken(role);
      tokens.set(role, () => token);
    }
    patients = mock.population.filter((p) => p.id !== 'pat-arthur-greenwood').map((p) => p.nhsNumber);
  });

  after(() => {
    router.restore();
    clearSharedRequests();
    tracker.stop();
    ContextRoot.prototype.attach = attach;
  });

  /** Lets everything in flight finish (or be aborted) before counting. */
  async function quiesce(): Promise<void> {
    const start = performance.now();
    while ((router.inFlight() > 0 || pendingSharedRequests() > 0) && performance.now() - start < 10_000) await sleep(10);
    await sleep(0);
  }

  function measure(at: number, signal?: AbortSignal): Checkpoint {
    const cached = cachedSharedRequests(); // one reading: held, expired and overdue of the same moment
    return {
      at,
      listeners: tracker.listenersOnPage(),
      longLived: tracker.listenersOn(window) + tracker.listenersOn(document) + tracker.listenersOn(document.documentElement) + tracker.listenersOn(document.body),
      timers: tracker.pendingTimers(),
      inFlight: router.inFlight(),
      pendingShared: pendingSharedRequests(),
      cachedShared: cached.held,
      expiredShared: cached.expired,
      overdueShared: cached.overdue,
      contextRequests: [...(contextRoot?.pendingContextRequests.values() ?? [])].reduce((n, p) => n + p.requests.length, 0),
      signal: signal ? tracker.listenersOn(signal) : undefined,
    };
  }

  const row = (c: Checkpoint) =>
    `@${c.at}: listeners ${c.listeners} (window/document ${c.longLived}${c.signal !== undefined ? `, view signal ${c.signal}` : ''}), timers ${c.timers}, ` +
    `in flight ${c.inFlight}/${c.pendingShared}, cached answers ${c.cachedShared} (past their time ${c.expiredShared}, none due to drop them ${c.overdueShared}), context requests ${c.contextRequests}`;

  // Elements that stay on the page re-render for every patient. What they rendered before must go:
  // Chromium kept every named radio removed from a shadow root in that root's radio group, and
  // through the radio's listener the whole earlier render (issue 9: +1 MB per 100 switches).
  // First in the file, on a fresh page: with allocation pressure alone (no gc()), the thousand
  // role switches below left full collections too rare to tell.
  it(`what a section rendered for an earlier patient is collected (${RENDERS} switches)`, async () => {
    const control = controlGroup();
    const { provider, elements } = mountProvider({ endpoint: mock.baseUrl, tokenProvider: tokens.get('R8000'), nhsNumber: RICHARD, clientOptions: { cacheTtlMs: 200 } });
    const rendered: WeakRef<object>[] = [];
    const watch = () => {
      for (const el of elements) for (const node of el.shadowRoot?.querySelectorAll('*') ?? []) rendered.push(new WeakRef(node));
    };
    const show = async (nhsNumber: string) => {
      provider.nhsNumber = nhsNumber;
      await settled(provider);
      await untilAll(elements, DEFINED_STATES, 15_000);
      await settled(provider);
      watch();
    };
    await show(RICHARD);
    // Each patient, then back to Richard (loading in between: a whole new render each time).
    for (let i = 0; i < RENDERS; i++) await show(i % 2 ? RICHARD : patients[i % patients.length]!);
    await quiesce();
    const gc = await retainedAfterGc(rendered, control);
    const detached = gc.retained.filter((n) => !(n as Node).isConnected);
    const kinds = [...new Set(detached.slice(0, 200).map((n) => (n as Element).localName))].slice(0, 8).join(', ');
    figure('leaks', `re-rendered sections ${RENDERS} switches (${rendered.length} rendered elements watched); ` +
      `removed from the page but still alive after a full GC: ${gc.collected ? `${detached.length}${kinds ? ` (${kinds})` : ''}` : `not measurable (no full GC in ${gc.rounds} rounds)`}`);
    provider.remove();
    // Growth is the failure: one earlier render may still be held when the GC runs (seen under
    // the full suite's load: 546 elements), a leak keeps one per switch (the radio leak: 6,000+).
    const perSwitch = Math.ceil(rendered.length / (RENDERS + 1));
    if (gc.collected && FORCED_GC) expect(detached.length, `earlier renders still reachable (one switch renders ${perSwitch}): ${kinds}`).to.be.at.most(perSwitch);
  });

  it(`mounting and unmounting ${CYCLES} times leaves nothing behind`, async () => {
    const rng = new Rng(SEED);
    const control = controlGroup();
    const container = document.createElement('div');
    document.body.append(container);
    const refs: WeakRef<object>[] = [];
    // Warm-up: the first mount creates the page-wide context root and Lit's template caches.
    {
      const { provider, elements } = mountProvider({ endpoint: mock.baseUrl, tokenProvider: tokens.get('R8000'), nhsNumber: RICHARD, clientOptions: { cacheTtlMs: 200 } }, container);
      await untilAll(elements, DEFINED_STATES);
      provider.remove();
      const alone = createElement('icr-allergies');
      container.append(alone);
      alone.remove();
    }
    await quiesce();
    await sleep(250); // cached answers expire (cacheTtlMs 200)
    const checkpoints: Checkpoint[] = [measure(0)];
    const every = Math.max(1, Math.floor(CYCLES / 4));
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const role = rng.pick(ROLES);
      const nhsNumber = rng.pick(patients);
      let mounted: Element[];
      let waitFor: Element[];
      if (rng.chance(0.7)) {
        const tags = ELEMENTS.filter(() => rng.chance(0.6)).map((e) => e.tag);
        const { provider, elements } = mountProvider({ endpoint: mock.baseUrl, tokenProvider: tokens.get(role), nhsNumber, tags, clientOptions: { cacheTtlMs: 200 } }, container);
        mounted = [provider, ...elements];
        waitFor = elements;
      } else {
        const el = createElement(rng.pick(ELEMENTS).tag) as HTMLElement & { tokenProvider?: TokenProvider };
        el.setAttribute('endpoint', mock.baseUrl);
        el.setAttribute('nhs-number', nhsNumber);
        el.tokenProvider = tokens.get(role);
        container.append(el);
        mounted = [el];
        waitFor = [el];
      }
      for (const m of mounted) refs.push(new WeakRef(m));
      const wait = rng.weighted([['none', 5], ['short', 3], ['settle', 1]] as const);
      if (wait === 'short') await sleep(rng.int(20));
      if (wait === 'settle') await untilAll(waitFor, DEFINED_STATES, 10_000).catch(() => undefined);
      // Moved once now and then before removal (a host re-parenting the view).
      if (rng.chance(0.1)) {
        const other = document.createElement('div');
        document.body.append(other);
        other.append(mounted[0]!);
        await settled(...(mounted as HTMLElement[]));
        other.remove();
      }
      mounted[0]!.remove();
      if (cycle % every === 0) {
        await quiesce();
        await sleep(250);
        checkpoints.push(measure(cycle));
      }
    }
    container.remove();
    await quiesce();
    // Nothing scheduled may still hold the last mounts when the GC runs: the timers go back to the
    // first checkpoint's count (plus the shared cache's expiry timer), or 10 s pass.
    for (const start = performance.now(); tracker.pendingTimers() > checkpoints[0]!.timers + 1 && performance.now() - start < 10_000;) await sleep(10);
    const gc = await retainedAfterGc(refs, control);
    const alive = gc.retained.length;
    figure('leaks', `mount/unmount cycles ${CYCLES} (${refs.length} elements and providers); ${checkpoints.map(row).join('; ')}; ` +
      `removed elements still alive after a full GC: ${gc.collected ? `${alive} of ${refs.length}` : `not measurable (no full GC in ${gc.rounds} rounds)`}`);
    const [first, ...rest] = checkpoints;
    for (const c of rest) {
      expect(c.listeners, `listeners ${row(c)} vs ${row(first!)}`).to.be.at.most(first!.listeners);
      // +1: the shared-answer cache's one expiry timer, pending while answers are young.
      expect(c.timers, `timers ${row(c)}`).to.be.at.most(first!.timers + 1);
      expect(c.inFlight + c.pendingShared, `in flight ${row(c)}`).to.equal(0);
      // Past its time is allowed while the sweep due at that time has not yet run (a late timer in
      // WebKit failed this once); held past it with no sweep set is the leak.
      expect(c.overdueShared, `cached answers past their time ${row(c)}`).to.equal(0);
    }
    // At most four mounts' worth (a provider and its elements) may still be held when the GC runs:
    // the last mounts' answers and tasks can still be settling under load (seen: 11 on a busy
    // machine, 17 on a machine running the suite beside eight other test runs, 41 at a load
    // average of 9 on 2 CPUs, issue 20's five runs in a row). A leak keeps more with every
    // cycle: 1,000 cycles hold thousands, far above 64.
    // Only where a full collection can be forced (Chromium's gc()): Firefox frees DOM nodes in its
    // cycle collector, which a page cannot force; there the control group going (a JS collection)
    // does not prove the elements' cycles were looked at (seen: 53 of 7,246 alive, of every kind,
    // after the control group went). The figure above is still printed there; the listener, timer
    // and in-flight checks, and the patient views (plain objects), are asserted in every engine.
    if (gc.collected && FORCED_GC) expect(alive, `removed elements still reachable: ${gc.retained.slice(0, 5).map((e) => (e as Element).localName).join(', ')}`).to.be.at.most(4 * (1 + ELEMENTS.length));
  });

  it(`switching patient and role ${SWITCHES} times leaves nothing growing`, async () => {
    const rng = new Rng(SEED ^ 0x9e3779b9);
    const control = controlGroup();
    const views: WeakRef<object>[] = [];
    const { provider, elements } = mountProvider({ endpoint: mock.baseUrl, tokenProvider: tokens.get('R8000'), nhsNumber: RICHARD, clientOptions: { cacheTtlMs: 200 } });
    /** The same patient, role and state at every checkpoint, so counts are comparable. */
    const steady = async (at: number): Promise<Checkpoint> => {
      provider.nhsNumber = RICHARD;
      provider.tokenProvider = tokens.get('R8000');
      await settled(provider);
      await untilAll(elements, DEFINED_STATES, 15_000);
      await quiesce();
      await sleep(250);
      return measure(at, provider.view?.signal);
    };
    const checkpoints: Checkpoint[] = [await steady(0)];
    const every = Math.max(1, Math.floor(SWITCHES / 4));
    for (let step = 1; step <= SWITCHES; step++) {
      if (rng.chance(0.75)) provider.nhsNumber = rng.pick(patients);
      else provider.tokenProvider = tokens.get(rng.pick(ROLES));
      await (provider as IcrProvider).updateComplete;
      if (provider.view) views.push(new WeakRef(provider.view));
      const wait = rng.weighted([['none', 6], ['short', 3], ['settle', 1]] as const);
      if (wait === 'short') await sleep(rng.int(20));
      if (wait === 'settle') await untilAll(elements, DEFINED_STATES, 10_000).catch(() => undefined);
      if (step % every === 0) checkpoints.push(await steady(step));
    }
    const current = provider.view;
    provider.remove();
    await quiesce();
    const gc = await retainedAfterGc(views, control);
    const alive = gc.retained.filter((v) => v !== current).length;
    figure('leaks', `patient/role switches ${SWITCHES} (${views.length} patient views); ${checkpoints.map(row).join('; ')}; ` +
      `old patient views still alive after a full GC: ${gc.collected ? `${alive} of ${views.length}` : `not measurable (no full GC in ${gc.rounds} rounds)`}`);
    const [first, ...rest] = checkpoints;
    for (const c of rest) {
      expect(c.listeners, `listeners ${row(c)} vs ${row(first!)}`).to.be.at.most(first!.listeners);
      expect(c.signal ?? 0, `view signal listeners ${row(c)}`).to.be.at.most(first!.signal ?? 0);
      expect(c.timers, `timers ${row(c)}`).to.be.at.most(Math.max(first!.timers, 1));
      expect(c.inFlight + c.pendingShared, `in flight ${row(c)}`).to.equal(0);
      // Past its time is allowed while the sweep due at that time has not yet run (a late timer in
      // WebKit failed this once); held past it with no sweep set is the leak.
      expect(c.overdueShared, `cached answers past their time ${row(c)}`).to.equal(0);
    }
    if (gc.collected) expect(alive, 'old patient views (and their data) still reachable').to.be.at.most(2);
  });
});
