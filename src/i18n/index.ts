/**
 * The one message catalogue every user-visible string goes through (issue 7: ready for Welsh).
 * Each area of the library keeps its strings in `en-GB/<area>.ts`; `en-GB/index.ts` joins them.
 * A host may install another locale's catalogue (same keys) with `setMessages`.
 */
import { enGB, type MessageKey } from './en-GB/index.js';

export type { MessageKey };
export type Messages = Record<MessageKey, string>;

let active: Messages = enGB;

/** Replace the active catalogue (e.g. Welsh). Keys missing from it fall back to en-GB. */
export function setMessages(messages: Partial<Messages>): void {
  active = { ...enGB, ...messages };
}

/**
 * Look up a message and fill its `{name}` placeholders. Placeholder values are inserted as plain
 * text; callers render the result through Lit text bindings, so nothing here is ever HTML.
 */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const template = active[key] ?? enGB[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
