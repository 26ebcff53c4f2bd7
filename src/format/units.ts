/**
 * Units as clinicians read them (R36, H9). A record's human unit (`Quantity.unit`) is shown as
 * recorded; a UCUM code (`Quantity.code`, or a `unit` that is itself a code) is rewritten into the
 * form printed on a lab report: `10*9/L` → `×10⁹/L`, `umol/L` → `µmol/L`, `mm[Hg]` → `mmHg`,
 * `Cel` → `°C`. Never a code a clinician has to decode: `10*9/L` can be read as "10 times 9", and a
 * `u` for micro next to an `m` for milli invites a thousandfold misreading.
 *
 * One table and a few notation rules, pure, used by every quantity (results, report results,
 * reference ranges, doses, the trend line's label) through src/format/quantity.ts.
 */
import { translator } from '../i18n/core.js';
import { formatMessages } from '../i18n/en-GB/format.js';

const t = translator(formatMessages);

/** Whole UCUM codes whose readable form no notation rule gives. */
const SYMBOLS: Readonly<Record<string, string>> = {
  'mm[Hg]': 'mmHg',
  'cm[H2O]': 'cmH₂O',
  'Cel': '°C',
  '[degF]': '°F',
  'mL/min/{1.73_m2}': 'mL/min/1.73 m²',
  'mL/min/1.73m2': 'mL/min/1.73 m²',
  '[drp]': 'drop',
  '{beats}/min': 'beats/min',
  '{Breaths}/min': 'breaths/min',
  '{breaths}/min': 'breaths/min',
  'l/min': 'L/min',
  'meq': 'mEq',
  'meq/L': 'mEq/L',
  'mmol/l': 'mmol/L',
};

/** Time units read as words, singular or plural by the value ("1 day", "5 days"). */
const TIME_WORDS = ['a', 'mo', 'wk', 'd', 'h'] as const;
type TimeWord = (typeof TIME_WORDS)[number];
/** Rates per time unit: `/d` → `/day`. (`/min` and `/s` are already read as they are.) */
const PER_TIME = ['d', 'h', 'wk'] as const;
type PerTime = (typeof PER_TIME)[number];

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};
const superscript = (digits: string) => [...digits].map((d) => SUPERSCRIPT[d] ?? d).join('');

/** The notation rules, in order; each is safe on a human unit too (it only matches code syntax). */
function rewrite(unit: string): string {
  return unit
    // Powers of ten: `10*9`, `10^9`, a leading `x`/`*` (human `x10*9/L`) becomes the multiplication sign.
    .replace(/(?:[x×*]\s?)?10[*^](-?\d{1,2})(?!\d)/g, (_m, exp: string) => `×10${superscript(exp)}`)
    // International units: `[iU]`, `[IU]`, `m[iU]` → IU, mIU.
    .replace(/\[iU\]/gi, 'IU')
    // Customary units: `[in_i]` → in, `[lb_av]` → lb; other bracketed atoms lose their brackets.
    .replace(/\[([A-Za-z]+)(?:_[A-Za-z]+)?\]/g, '$1')
    // Annotations: `{ratio}` → ratio, `{1.73_m2}` → 1.73 m2 (the square is handled next). One
    // without a letter (`{0}`) is kept: bare, it would read as part of the number.
    .replace(/\{([^{}]*[A-Za-z][^{}]*)\}/g, (_m, note: string) => note.replace(/_/g, ' '))
    // Squares and cubes of length: `kg/m2` → kg/m², `mm3` → mm³.
    .replace(/(m)([23])(?![0-9])/g, (_m, m: string, n: string) => `${m}${superscript(n)}`)
    // Micro: UCUM writes `u`; printed as µ so that µg is never read as mg.
    .replace(/(^|[/\s(·.×⁰¹²³⁴⁵⁶⁷⁸⁹])u(?=(?:g|mol|L|l|IU|eq|kat|m|U)(?![a-z]))/g, '$1µ');
}

/** Only UCUM's own characters: anything else (spaces, quotes, `<`) is words, never rewritten. */
const UCUM_LIKE = /^[A-Za-z0-9.\/*^[\]{}%_-]+$/;
/** A human unit written with a power of ten: `x10*9/L`, `10^12/L`. */
const POWER_UNIT = /^(?:[x×*]\s?)?10[*^]-?\d{1,2}(?:\/[A-Za-z]+)?$/;

/**
 * Whether a `unit` is itself a code: the same as the record's code, or (with no code beside it)
 * written in UCUM's syntax, or a power of ten in code notation. Otherwise it is the record's own
 * words, shown exactly as recorded (R36: the human unit is preferred).
 */
function isCodeLike(unit: string, code: string | undefined): boolean {
  if (unit === code || POWER_UNIT.test(unit)) return true;
  return code === undefined && UCUM_LIKE.test(unit);
}

/**
 * The unit to show for a quantity: the human `unit` when the record gives one, else the UCUM
 * `code`, either way in the form people read. `value` picks singular or plural for time units.
 * Undefined when there is neither (the caller marks "unit not recorded", never a bare number).
 */
export function displayUnit(unit: string | undefined, code: string | undefined, value?: string): string | undefined {
  if (unit !== undefined && !isCodeLike(unit, code)) return unit; // a human unit: as recorded
  const source = unit ?? code;
  if (source === undefined) return undefined;
  const symbol = SYMBOLS[source];
  if (symbol) return symbol;
  const time = TIME_WORDS.find((w) => w === source);
  if (time) return t(`format.unit.${time}` as `format.unit.${TimeWord}`, { count: value === '1' ? 1 : 2 });
  const per = PER_TIME.find((w) => `/${w}` === source);
  if (per) return t(`format.unit.per.${per}` as `format.unit.per.${PerTime}`);
  return rewrite(source);
}
