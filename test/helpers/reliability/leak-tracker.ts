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
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = saved.setTimeout.call(window, () => {
      timers.delete(id);
      if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
    }, ms);
    timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = (id?: number) => {
    if (id !== undefined) timers.delete(id);
    saved.clearTimeout.call(window, id);
  };
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = saved.setInterval.call(window, handler, ms, ...args);
    timers.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = (id?: number) => {
    if (id !== undefined) timers.delete(id);
    saved.clearInterval.call(window, id);
  };
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

/**
 * Allocation pressure until the control group (plain detached nodes made now) is collected, then
 * how many of `refs` are still alive. `collected` false means no major GC could be provoked and
 * the figure says nothing.
 */
export async function retainedAfterGc(refs: readonly WeakRef<object>[]): Promise<{ retained: number; collected: boolean; rounds: number }> {
  let control: WeakRef<object>[] = [];
  (() => {
    for (let i = 0; i < 200; i++) {
      const d = document.createElement('div');
      d.append(document.createElement('span'));
      control.push(new WeakRef(d));
    }
  })();
  let rounds = 0;
  for (; rounds < 24; rounds++) {
    await macrotask();
    (() => {
      let junk: number[][] = [];
      for (let i = 0; i < 16; i++) junk.push(new Array(1_000_000).fill(i));
      junk = [];
      return junk;
    })();
    await macrotask();
    if (control.filter((r) => r.deref()).length <= 2) break;
  }
  await macrotask();
  const collected = control.filter((r) => r.deref()).length <= 2;
  control = [];
  return { retained: refs.filter((r) => r.deref()).length, collected, rounds: rounds + 1 };
}
