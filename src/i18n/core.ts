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
 */
import type { MessageKey } from './en-GB/index.js';

export type { MessageKey };
export type Messages = Record<MessageKey, string>;
type Catalogue = Readonly<Record<string, string>>;
type Params = Record<string, string | number>;
/** Each catalogue's own keys (distributes over the union; `keyof` of a union would keep only shared keys). */
type KeysOf<C> = C extends unknown ? Extract<keyof C, string> : never;
export type Translate<K extends string> = (key: K, params?: Params) => string;

/** The host's catalogue (e.g. Welsh), shared by every translator; empty means en-GB throughout. */
let host: Partial<Record<string, string>> = {};

/** Replace the host catalogue (e.g. Welsh). Keys missing from it fall back to en-GB. */
export function setMessages(messages: Partial<Messages>): void {
  host = { ...messages };
}

/**
 * A `t` over the given en-GB areas, with the host's catalogue in front of them. Placeholder values
 * are inserted as plain text; callers render the result through Lit text bindings, so nothing here
 * is ever HTML.
 */
export function translator<A extends Catalogue[]>(...areas: A): Translate<KeysOf<A[number]>> {
  const enGB: Catalogue = areas.length === 1 ? areas[0]! : Object.assign({}, ...areas);
  return (key, params) => {
    const template = host[key] ?? enGB[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}
