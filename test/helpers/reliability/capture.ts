/**
 * Captures what the page says while a scenario runs: console calls, uncaught errors and rejected
 * promises, and every `icr-` event dispatched anywhere (its type and detail), so suites can count
 * crashes and scan for the token.
 */
export interface CapturedEvent {
  type: string;
  target: string;
  detail: unknown;
}

export interface Capture {
  readonly console: { level: string; text: string }[];
  readonly errors: string[];
  readonly events: CapturedEvent[];
  /** console.error calls and uncaught errors since the start (or the last `reset`). */
  crashes(): string[];
  reset(): void;
  stop(): void;
}

const LEVELS = ['log', 'info', 'warn', 'error', 'debug'] as const;

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.name}: ${value.message}\n${value.stack ?? ''}`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Starts capturing; `stop()` puts console and dispatchEvent back. Console output still prints. */
export function capture(options: { quiet?: boolean } = {}): Capture {
  const consoleLog: { level: string; text: string }[] = [];
  const errors: string[] = [];
  const events: CapturedEvent[] = [];
  const originals = LEVELS.map((level) => [level, console[level]] as const);
  for (const [level, original] of originals) {
    console[level] = (...args: unknown[]) => {
      consoleLog.push({ level, text: args.map(describe).join(' ') });
      if (!options.quiet || level === 'log') original.apply(console, args);
    };
  }
  const onError = (e: ErrorEvent) => errors.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${describe(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event): boolean {
    if (event.type.startsWith('icr-')) {
      events.push({ type: event.type, target: this instanceof Element ? this.localName : String(this), detail: (event as CustomEvent).detail });
    }
    return dispatch.call(this, event);
  };
  return {
    console: consoleLog,
    errors,
    events,
    crashes: () => [...consoleLog.filter((c) => c.level === 'error').map((c) => `console.error: ${c.text}`), ...errors],
    reset() {
      consoleLog.length = 0;
      errors.length = 0;
      events.length = 0;
    },
    stop() {
      for (const [level, original] of originals) console[level] = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      EventTarget.prototype.dispatchEvent = dispatch;
    },
  };
}
