/**
 * The public message API (issue 7: ready for Welsh): `setMessages` installs a host locale, and `t`
 * looks up any key of the whole en-GB catalogue (`en-GB/index.ts` joins every area). The elements
 * themselves do not use this `t`: each module makes its own from only the areas it shows
 * (`core.ts`), so a bundle of one element carries only that element's strings (issue 9).
 */
import { translator } from './core.js';
import { enGB } from './en-GB/index.js';

export { setMessages, type MessageKey, type Messages } from './core.js';

/** Look up a message of any area and fill its `{name}` placeholders (plain text, never HTML). */
export const t = translator(enGB);
