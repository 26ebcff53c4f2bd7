/**
 * Names (R2, CUI Patient Name NID-0001-0012): `FAMILY, Given Middle (Title)` for the patient,
 * `Title Given Family` in reading order and mixed case for everyone else named on a record line
 * (practitioners who recorded or prescribed, contacts, next of kin), so a recorder and a contact
 * read the same way. Never truncated.
 */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string or array of strings (R4 `family` is a string; older feeds send an array), tidied. */
function words(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((item): item is string => typeof item === 'string')
    .flatMap((item) => item.trim().split(/\s+/))
    .filter((word) => word !== '');
}

/**
 * Title case (NID-0007, NID-0012): `RICHARD`/`richard` → `Richard`, `anne-jorun` → `Anne-Jorun`,
 * `o'brien` → `O'Brien`. A word already in mixed case (`McDonald`, `DeShawn`) is kept as
 * recorded: its capitals carry information we cannot reconstruct.
 */
function titleCase(word: string): string {
  if (/\p{Lu}/u.test(word) && /\p{Ll}/u.test(word)) return word;
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The title without full stops (NID-0010: `Mr` not `Mr.`), in title case. */
function title(name: Json): string {
  return words(name.prefix)
    .map((word) => titleCase(word.replace(/\.+$/, '')))
    .filter((word) => word !== '')
    .join(' ');
}

function parts(name: Json): { family: string; given: string; title: string } {
  return {
    family: words(name.family).join(' ').toUpperCase(),
    given: words(name.given).map(titleCase).join(' '),
    title: title(name),
  };
}

function text(name: Json): string | undefined {
  return typeof name.text === 'string' && name.text.trim() !== '' ? name.text.trim().replace(/\s+/g, ' ') : undefined;
}

function hasContent(name: Json): boolean {
  const p = parts(name);
  return p.family !== '' || p.given !== '' || text(name) !== undefined;
}

/** use=official, else the first usual, else the first name that says anything (R2). */
function choose(names: unknown): Json | undefined {
  const usable = (Array.isArray(names) ? names : [names]).filter(isRecord).filter(hasContent);
  return usable.find((n) => n.use === 'official') ?? usable.find((n) => n.use === 'usual') ?? usable[0];
}

/** `SMITH, Richard (Mr)`. `text` only when there are no family or given parts. */
export function formatPatientName(names: unknown): string | undefined {
  const name = choose(names);
  if (!name) return undefined;
  const { family, given, title } = parts(name);
  if (family === '' && given === '') return text(name);
  const core = family && given ? `${family}, ${given}` : family || given;
  return title ? `${core} (${title})` : core;
}

/**
 * `Dr Jane Morgan`: a practitioner or contact person in a recorder or contact line, the CUI reading
 * order (title, given, family) with the family in mixed case like the given names (`MORGAN` and
 * `morgan` read `Morgan`; a mixed-case `McDonald` is kept as recorded). Only the patient's own
 * name has the upper-case FAMILY first (`formatPatientName`), so it is never mistaken for theirs.
 * Accepts one name or a list; `text` only when there are no family or given parts.
 */
export function formatPersonName(name: unknown): string | undefined {
  const chosen = choose(name);
  if (!chosen) return undefined;
  const { given, title } = parts(chosen);
  const family = words(chosen.family).map(titleCase).join(' ');
  if (family === '' && given === '') return text(chosen);
  return [title, given, family].filter((part) => part !== '').join(' ');
}
