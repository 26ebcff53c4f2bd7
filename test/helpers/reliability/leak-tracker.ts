/**
 * Counts what could keep a page growing: live event listeners per target (once-listeners and
 * AbortSignal-removed ones included), pending timers and animation frames, and whether elements
 * that were removed can still be collected (WeakRefs checked after garbage-collection pressure,
 * with plain detached nodes as the control group: when they are gone, a major GC has run).
 * Install before any element connects; `stop()` restores the patched functions.
 */
type Key = string;
type Listener = EventListenerOrEventListenerObject;

export interface LeakTracker {
  listenersOn(target: EventTarget): number;
  /** Live listeners on `window`, `document` and every node connected to the document (shadow roots included). */
  listenersOnPage(): number;
  pendingTimers(): number;
  stop(): void;
}

export function trackLeaks(): LeakTracker {
  const registry = new WeakMap<EventTarget, Map<Key, Map<Listener, Listener>>>();
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  const keyOf = (type: string, options?: boolean | EventListenerOptions) =>
    `${type}|${typeof options === 'boolean' ? options : !!options?.capture}`;
  const entries = (target: EventTarget, key: Key) => {
    let byKey = registry.get(target);
    if (!byKey) registry.set(target, (byKey = new Map()));
    let map = byKey.get(key);
    if (!map) byKey.set(key, (map = new Map()));
    return map;
  };

  proto.addEventListener = function (this: EventTarget, type: string, listener: Listener | null, options?: boolean | AddEventListenerOptions) {
    if (!listener) return add.call(this, type, listener, options);
    const key = keyOf(type, options);
    const map = entries(this, key);
    if (map.has(listener)) return add.call(this, type, map.get(listener)!, options);
    const once = typeof options === 'object' && !!options.once;
    const signal = typeof options === 'object' ? options.signal : undefined;
    if (signal?.aborted) return;
    const target = this;
    const actual: Listener = once
      ? function (this: unknown, event: Event) {
          map.delete(listener);
          return typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event);
        }
      : listener;
    map.set(listener, actual);
    add.call(target, type, actual, options);
    if (signal) add.call(signal, 'abort', () => map.delete(listener), { once: true });
  };
  proto.removeEventListener = function (this: EventTarget, type: string, listener: Listener | null, options?: boolean | EventListenerOptions) {
    if (!listener) return remove.call(this, type, listener, options);
    const map = registry.get(this)?.get(keyOf(type, options));
    const actual = map?.get(listener);
    map?.delete(listener);
    return remove.call(this, type, actual ?? listener, options);
  };

  const timers = new Set<number>();
  const frames = new Set<number>();
  const saved = {
    setTimeout: window.setTimeout, clearTimeout: window.clearTimeout, setInterval: window.setInterval, clearInterval: window.clearInterval,
    requestAnimationFrame: window.requestAnimationFrame, cancelAnimationFrame: window.cancelAnimationFrame,
  };
  type Handler = (...args: unknown[]) => void;
  // The DOM's timers return numbers (the Node typings in scope say otherwise).
  const domSetTimeout = saved.setTimeout as unknown as (handler: Handler, ms?: number) => number;
  const domSetInterval = saved.setInterval as unknown as (handler: TimerHandler, ms?: number, ...args: unknown[]) => number;
  const wrappedSetTimeout = (handler: TimerHandler, ms?: number, ...args: unknown[]): number => {
    const id = domSetTimeout.call(window, () => {
      timers.delete(id);
      if (typeof handler === 'function') (handler as Handler)(...args);
    }, ms);
    timers.add(id);
    return id;
  };
  const wrappedSetInterval = (handler: TimerHandler, ms?: number, ...args: unknown[]): number => {
    const id = domSetInterval.call(window, handler, ms, ...args);
    timers.add(id);
    return id;
  };
  const clear = (original: (id?: number) => void) => (id?: number) => {
    if (id !== undefined) timers.delete(id);
    original.call(window, id);
  };
  window.setTimeout = wrappedSetTimeout as unknown as typeof window.setTimeout;
  window.setInterval = wrappedSetInterval as unknown as typeof window.setInterval;
  window.clearTimeout = clear(saved.clearTimeout as (id?: number) => void) as typeof window.clearTimeout;
  window.clearInterval = clear(saved.clearInterval as (id?: number) => void) as typeof window.clearInterval;
  window.requestAnimationFrame = (cb: FrameRequestCallback) => {
    const id = saved.requestAnimationFrame.call(window, (t) => {
      frames.delete(id);
      cb(t);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    saved.cancelAnimationFrame.call(window, id);
  };

  const countOn = (target: EventTarget) => {
    let n = 0;
    for (const map of registry.get(target)?.values() ?? []) n += map.size;
    return n;
  };
  return {
    listenersOn: countOn,
    listenersOnPage() {
      let n = countOn(window) + countOn(document);
      const walk = (root: Node) => {
        const it = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
        for (let node: Node | null = root; node; node = it.nextNode()) {
          n += countOn(node);
          if (node instanceof Element && node.shadowRoot) {
            n += countOn(node.shadowRoot);
            walk(node.shadowRoot);
          }
        }
      };
      walk(document.documentElement);
      return n;
    },
    pendingTimers: () => timers.size + frames.size,
    stop() {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
      Object.assign(window, saved);
    },
  };
}

const macrotask = () => new Promise<void>((r) => setTimeout(r, 0));

export interface ControlGroup {
  readonly size: number;
  /** Drops the strong references: from now on the nodes are garbage. */
  release(): void;
  /** How many have been collected so far. */
  collected(): number;
}

/**
 * Plain detached nodes made when the watched objects are, so that they age the same way (a young
 * node can go in a minor collection; only a full, DOM-tracing collection frees old ones). They are
 * watched with a FinalizationRegistry, never dereferenced: a WeakRef deref during incremental
 * marking would itself keep its target alive.
 */
export function controlGroup(size = 200): ControlGroup {
  let gone = 0;
  const registry = new FinalizationRegistry(() => void gone++);
  let nodes: Element[] = [];
  for (let i = 0; i < size; i++) {
    const d = document.createElement('div');
    d.append(document.createElement('span'));
    registry.register(d, i);
    nodes.push(d);
  }
  // The registry must outlive the nodes, or its callbacks never come.
  return { size, release: () => void (nodes = []), collected: () => (registry ? gone : gone) };
}

/**
 * Releases the control group, forces full collections (`gc()`, when exposed) and applies
 * allocation pressure until it has been collected (a full collection has run), then counts how many of `refs` are still alive. Objects that were being
 * marked when the collection started can survive that one, so while anything survives, up to two
 * more rounds follow with fresh (aged) control groups: a real leak survives them all. `collected`
 * false means no full collection could be provoked and the figure says nothing.
 */
export async function retainedAfterGc(refs: readonly WeakRef<object>[], control: ControlGroup): Promise<{ retained: object[]; collected: boolean; rounds: number }> {
  let rounds = 0;
  let group = control;
  let retained: object[] = [];
  let collected = false;
  for (let attempt = 0; attempt < 3; attempt++) {
    group.release();
    for (let r = 0; r < 40 && group.collected() < group.size - 2; r++, rounds++) {
      await new Promise<void>((resolve) => setTimeout(resolve, r < 4 ? 0 : 25));
      // A forced full collection where the browser offers one (web-test-runner.config.mjs passes
      // --expose-gc): allocation pressure alone sometimes gives only young-generation collections
      // that free a control group not yet aged, and the elements watched then seem to survive.
      (globalThis as { gc?: () => void }).gc?.();
      (() => {
        let junk: number[][] = [];
        for (let i = 0; i < 12; i++) junk.push(new Array(1_000_000).fill(i));
        junk = [];
        return junk;
      })();
      await macrotask();
    }
    await macrotask();
    collected = group.collected() >= group.size - 2;
    retained = refs.map((ref) => ref.deref()).filter((x): x is object => x !== undefined);
    // A survivor of the last round is the answer: only reset when another round follows.
    if (!collected || retained.length <= 2 || attempt === 2) break;
    retained = [];
    group = controlGroup();
    for (let i = 0; i < 4; i++) {
      // Age the new group past the young generation.
      let junk: object[] = [];
      for (let j = 0; j < 200_000; j++) junk.push({ j });
      junk = [];
      await macrotask();
    }
  }
  return { retained, collected, rounds };
}
