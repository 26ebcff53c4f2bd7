/**
 * Bounded strings (issue 22, R43): text from the record is laid out whole only up to a bound; past
 * it, the first part is shown with an ellipsis and the element offers the full text on request. A
 * 1 MB family name is malformed data, and laying it out would bury everything else in the banner.
 *
 * The bounds:
 * - NAME_BOUND (256 characters): a person's formatted name. PDS holds at most 35 characters per name
 *   part, so a family name, four given names and a title stay well under: no name a person was given
 *   is ever cut (R43: names are never truncated), only data no registry could hold.
 * - FREE_TEXT_BOUND (2,000 characters): any other free text shown in a line or a banner (an address,
 *   a note, a comment, a description): a long clinical note still reads whole; a runaway one does not.
 */
export const NAME_BOUND = 256;
export const FREE_TEXT_BOUND = 2000;

export interface BoundedText {
  /** What is laid out: the whole text, or its first part ending in "…". */
  shown: string;
  /** The text was cut: the full text must be offered (R43). */
  cut: boolean;
  /** The full text's length in characters (code points), for "show all 1,048,764 characters". */
  length: number;
}

/** Characters, not UTF-16 units: an emoji or a rare CJK character is one. */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) n++; // a low surrogate belongs to the character before it
  }
  return n;
}

/**
 * `text` bounded to `bound` characters: whole when it fits; else cut at the last space in the
 * final fifth of the bound (so a word is not split when it need not be), never inside a surrogate
 * pair, with "…" after. Never throws; a non-string is the empty string.
 */
export function boundText(text: unknown, bound: number): BoundedText {
  const full = typeof text === 'string' ? text : '';
  const limit = Math.max(1, Math.floor(bound));
  if (full.length <= limit) return { shown: full, cut: false, length: codePoints(full) };
  const length = codePoints(full);
  if (length <= limit) return { shown: full, cut: false, length };
  let end = limit;
  // `limit` UTF-16 units hold at most `limit` characters; step back off a split surrogate pair.
  if (/[\ud800-\udbff]/.test(full.charAt(end - 1))) end--;
  const space = full.lastIndexOf(' ', end);
  if (space > limit * 0.8) end = space;
  return { shown: `${full.slice(0, end).trimEnd()}…`, cut: true, length };
}
