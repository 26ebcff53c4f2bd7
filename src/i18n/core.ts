/**
 * The message lookup every user-visible string goes through (issue 7: ready for Welsh), split so a
 * bundle carries only the en-GB areas it shows (issue 9: bytes). A module that shows strings makes
 * its own `t` from the areas it uses:
 *
 * ```ts
 * import { translator } from '../../i18n/core.js';
 * import { bannerMessages } from '../../i18n/en-GB/banner.js';
 * const t = translator(bannerMessages);
 * ```
 *
 * The area is a used value (not a side-effect import), so no bundler can drop it, whatever
 * package.json `sideEffects` says; and `t` accepts only that module's areas' keys, so a typo'd key,
 * or a key from an area the module did not import, is a compile error.
 *
 * Counts (issue 16): a message whose words depend on a number has plural forms, `key.one` and
 * `key.other` in en-GB, chosen by `Intl.PluralRules` from `params.count`; callers ask for the bare
 * `key`. A host catalogue may supply its own language's forms (Welsh has `zero`, `one`, `two`,
 * `few`, `many`, `other`). Whole numbers from 1,000 up are grouped ("1,200").
 */
import type { MessageKey } from './en-GB/index.js';

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** The bare keys of messages with plural forms (`x` for `x.one` / `x.other`). */
type PluralBase<K> = K extends `${infer B}.other` ? B : never;
/** What callers pass to `t`: a catalogue's own keys, and the bare key of each plural message. */
type Callable<K> = K | PluralBase<K>;

export type { MessageKey };
/**
 * A host catalogue: any en-GB key, plus the plural forms another language needs that English has
 * not (e.g. Welsh `reports.enteredInError.two`), or one bare message for every count.
 */
export type Messages = Record<MessageKey, string>
  & Partial<Record<PluralBase<MessageKey> | `${PluralBase<MessageKey>}.${PluralCategory}`, string>>;
type Catalogue = Readonly<Record<string, string>>;
type Params = Record<string, string | number>;
/** Each catalogue's own keys (distributes over the union; `keyof` of a union would keep only shared keys). */
type KeysOf<C> = C extends unknown ? Extract<keyof C, string> : never;
export type Translate<K extends string> = (key: K, params?: Params) => string;

/** The host's catalogue (e.g. Welsh), shared by every translator; empty means en-GB throughout. */
let host: Partial<Record<string, string>> = {};
let hostPlurals = new Intl.PluralRules('en-GB');
let hostNumbers = new Intl.NumberFormat('en-GB');
let hostLocale = 'en-GB';
/** Counts `setMessages` calls: what was worded under an older count must be worded again. */
let generation = 0;
const enPlurals = new Intl.PluralRules('en-GB');
const enNumbers = new Intl.NumberFormat('en-GB');

/**
 * Replace the host catalogue (e.g. Welsh). Keys missing from it fall back to en-GB. `locale`
 * (a BCP 47 tag, e.g. `cy`) chooses the host's plural forms and number grouping; en-GB if absent.
 */
export function setMessages(messages: Partial<Messages>, locale = 'en-GB'): void {
  host = { ...messages };
  hostPlurals = new Intl.PluralRules(locale);
  hostNumbers = new Intl.NumberFormat(locale);
  hostLocale = locale;
  generation += 1;
  for (const listener of [...listeners]) listener();
}

/**
 * The language the elements' words are in: the locale given to `setMessages`, en-GB until then.
 * Each element says it in its `lang` attribute, so a screen reader reads Welsh as Welsh.
 */
export function messagesLocale(): string {
  return hostLocale;
}

/** Which catalogue words are in now: changes with every `setMessages` (a memo of worded views keys on it). */
export function messagesGeneration(): number {
  return generation;
}

const listeners = new Set<() => void>();

/**
 * Told after every `setMessages`, so what is on screen can be said again in the new catalogue
 * (the elements' LocalizeController). Returns the unsubscribe.
 */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The template for `key`: the host's plural form or message first, then en-GB's. A plural form is
 * looked for only when `count` is a number; the language's own category, then its `other`.
 */
function template(enGB: Catalogue, key: string, count: unknown): { text: string; fromHost: boolean } {
  if (typeof count === 'number') {
    const h = hostPlurals.select(count);
    const own = host[`${key}.${h}`] ?? host[`${key}.other`] ?? host[key];
    if (own !== undefined) return { text: own, fromHost: true };
    const en = enGB[`${key}.${enPlurals.select(count)}`] ?? enGB[`${key}.other`] ?? enGB[key];
    return { text: en ?? key, fromHost: false };
  }
  const own = host[key];
  return own !== undefined ? { text: own, fromHost: true } : { text: enGB[key] ?? key, fromHost: false };
}

/** A number as text: whole numbers of four digits or more grouped; anything else as given. */
function numberText(value: number, numbers: Intl.NumberFormat): string {
  // Only whole numbers: a decimal passed through (a dose period) must never be rounded here.
  return Number.isInteger(value) && Math.abs(value) >= 1000 ? numbers.format(value) : String(value);
}

/**
 * A `t` over the given en-GB areas, with the host's catalogue in front of them. Placeholder values
 * are inserted as plain text; callers render the result through Lit text bindings, so nothing here
 * is ever HTML.
 */
export function translator<A extends Catalogue[]>(...areas: A): Translate<Callable<KeysOf<A[number]>>> {
  const enGB: Catalogue = areas.length === 1 ? areas[0]! : Object.assign({}, ...areas);
  return (key, params) => {
    const { text, fromHost } = template(enGB, key, params?.count);
    if (!params) return text;
    const numbers = fromHost ? hostNumbers : enNumbers;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!(name in params)) return whole;
      const value = params[name];
      return typeof value === 'number' ? numberText(value, numbers) : String(value);
    });
  };
}
