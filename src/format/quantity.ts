/**
 * Numbers and FHIR Quantity, Range, Ratio (R30 medication line, R36 units; units.ts says how a
 * unit is written).
 *
 * Numbers are rewritten from their decimal digits, not through floating point, so `0.50` keeps
 * its value exactly and a tiny number never turns into `1e-7`.
 */
import { translator } from '../i18n/core.js';
import { formatMessages } from '../i18n/en-GB/format.js';
import { displayUnit } from './units.js';

const t = translator(formatMessages);

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DECIMAL = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?$/;

/** Exponents beyond this are not clinical numbers; writing them out would make huge strings. */
const MAX_EXPONENT = 100;

/** `5.0` → `5`, `0.50` → `0.5`, `.5` → `0.5`, `1e-7` → `0.0000001`; no thousands separators. */
export function formatNumber(value: unknown): string | undefined {
  let source: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    source = String(value);
  } else if (typeof value === 'string') {
    source = value.trim();
  } else {
    return undefined;
  }
  const match = DECIMAL.exec(source);
  if (!match) return undefined;
  const [, sign, whole = '', fraction = '', exponentText] = match;
  if (whole === '' && fraction === '') return undefined; // "", ".", "e5"
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  if (Math.abs(exponent) > MAX_EXPONENT) return undefined;

  // Shift the decimal point through the digit string; pad with zeros either side as needed.
  let digits = whole + fraction;
  let point = whole.length + exponent;
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const integer = digits.slice(0, point).replace(/^0+(?=[0-9])/, '');
  const decimals = digits.slice(point).replace(/0+$/, '');
  const magnitude = decimals ? `${integer}.${decimals}` : integer;
  return sign === '-' && magnitude !== '0' ? `-${magnitude}` : magnitude;
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The unit to show: `unit`, else `code`, as people read it (units.ts: `10*9/L` → `×10⁹/L`).
 * UCUM's unity code `1` is not shown alone: `5 1` reads as 51 (hazard H9), so such a value is
 * marked like one without a unit.
 */
function unitOf(q: Json, number: string | undefined): string | undefined {
  const unity = (u: string | undefined) => (u === '1' ? undefined : u);
  return displayUnit(unity(nonEmptyString(q.unit)), unity(nonEmptyString(q.code)), number);
}

/** The unit of a Quantity as shown (for a label beside numbers shown elsewhere, e.g. a trend line). */
export function quantityUnit(q: unknown): string | undefined {
  return isRecord(q) ? unitOf(q, undefined) : undefined;
}

function describe(value: unknown): string {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : typeof value;
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

interface QuantityParts {
  number?: string; // undefined when the value is present but unreadable
  unit?: string;
  comparator: string;
  raw: unknown;
}

function partsOf(q: unknown): QuantityParts | undefined {
  if (!isRecord(q) || q.value === undefined || q.value === null) return undefined;
  // An unknown comparator is still shown: dropping "<" would change the value's meaning.
  const comparator = nonEmptyString(q.comparator) ?? '';
  const number = formatNumber(q.value);
  return { number, unit: unitOf(q, number), comparator, raw: q.value };
}

function render(p: QuantityParts): string {
  if (p.number === undefined) return t('format.invalidNumber', { value: describe(p.raw) });
  return `${p.comparator}${p.number} ${p.unit ?? t('format.unitNotRecorded')}`;
}

/** `<5 mmol/L`; no unit and no code → `5 (unit not recorded)`, never a bare number (R36). */
export function formatQuantity(q: unknown): string | undefined {
  const p = partsOf(q);
  return p ? render(p) : undefined;
}

/** `3.5 to 5 mmol/L`; one bound only → `≥3.5 mmol/L` / `≤5 mmol/L` (FHIR bounds are inclusive). */
export function formatRange(r: unknown): string | undefined {
  if (!isRecord(r)) return undefined;
  const low = partsOf(r.low);
  const high = partsOf(r.high);
  if (low && high) {
    const shareUnit =
      low.number !== undefined && high.number !== undefined && low.unit === high.unit && !low.comparator && !high.comparator;
    if (shareUnit) {
      const unit = low.unit ?? t('format.unitNotRecorded');
      return `${t('format.range', { low: low.number!, high: high.number! })} ${unit}`;
    }
    return t('format.range', { low: render(low), high: render(high) });
  }
  if (low) return t('format.rangeLowOnly', { low: render(low) });
  if (high) return t('format.rangeHighOnly', { high: render(high) });
  return undefined;
}

/** `5 mg/5 mL`. A missing side is marked, never dropped: `5 mg` alone would be another strength. */
export function formatRatio(r: unknown): string | undefined {
  if (!isRecord(r)) return undefined;
  const numerator = formatQuantity(r.numerator);
  const denominator = formatQuantity(r.denominator);
  if (numerator === undefined && denominator === undefined) return undefined;
  return `${numerator ?? t('format.partNotRecorded')}/${denominator ?? t('format.partNotRecorded')}`;
}
