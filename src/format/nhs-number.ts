/**
 * NHS number validation and display (R13-R17).
 *
 * Validation is strict on purpose (hazard H10: an invalid number must never be used for
 * matching): only ten ASCII digits, or the 3-3-4 display form with single spaces, are read.
 */

export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';

const VERIFICATION_STATUS_URL =
  'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus';
const VERIFICATION_STATUS_SYSTEM =
  'https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland';

export interface NhsNumber {
  /** The ten digits when valid, otherwise the value exactly as recorded. */
  value: string;
  valid: boolean;
  /** UK Core verification status code, `01`-`08` (R16: show it unless `01`). */
  verificationCode?: string;
  verificationDisplay?: string;
}

/** Ten digits from `9434765919` or `943 476 5919`; nothing else (no trimming, no other spacing). */
function digitsOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^[0-9]{10}$/.test(value)) return value;
  if (/^[0-9]{3} [0-9]{3} [0-9]{4}$/.test(value)) return value.replace(/ /g, '');
  return undefined;
}

/** Modulus 11 exactly as the NHS Data Dictionary gives it (R14). */
function checkDigitMatches(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false; // no number is issued with this check value
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

export function isValidNhsNumber(value: unknown): boolean {
  const digits = digitsOf(value);
  return digits !== undefined && checkDigitMatches(digits);
}

/** The ten digits of a valid NHS number, else undefined: the only form to match on. */
export function normaliseNhsNumber(value: unknown): string | undefined {
  const digits = digitsOf(value);
  return digits !== undefined && checkDigitMatches(digits) ? digits : undefined;
}

/**
 * The one lenient reading: the value with every space taken out, valid or not. For comparing the
 * number a host gave, or a record carries, with another (R8, R9) and for showing what was asked
 * for; never for deciding that a number is valid (that is `normaliseNhsNumber`, strict, H10).
 */
export function nhsNumberWithoutSpaces(value: unknown): string | undefined {
  return typeof value === 'string' ? value.replace(/\s/g, '') : undefined;
}

/** `991 200 3888` (R13). An invalid value comes back unchanged, for the caller to flag. */
export function formatNhsNumber(value: string): string {
  const digits = normaliseNhsNumber(value);
  if (digits === undefined) return typeof value === 'string' ? value : '';
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/**
 * An accessible name that reads digit by digit in the display groups (R17): `9 9 1, 2 0 0, 3 8 8 8`.
 * A screen reader would otherwise say "nine hundred and ninety-one". Invalid values are spelt out
 * as recorded, keeping their own spacing as the group breaks.
 */
export function spokenNhsNumber(value: string): string {
  if (typeof value !== 'string') return '';
  const shown = formatNhsNumber(value);
  return shown
    .trim()
    .split(/\s+/)
    .map((group) => [...group].join(' '))
    .join(', ');
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function verificationOf(identifier: Json): Pick<NhsNumber, 'verificationCode' | 'verificationDisplay'> {
  const extensions = Array.isArray(identifier.extension) ? identifier.extension : [];
  const extension = extensions.find((e) => isRecord(e) && e.url === VERIFICATION_STATUS_URL);
  const concept = isRecord(extension) ? extension.valueCodeableConcept : undefined;
  if (!isRecord(concept)) return {};
  const codings = (Array.isArray(concept.coding) ? concept.coding : []).filter(isRecord);
  // Prefer the England code system's coding; fall back to the first, as UK Core examples have one.
  const coding = codings.find((c) => c.system === VERIFICATION_STATUS_SYSTEM) ?? codings[0];
  const code = nonEmptyString(coding?.code);
  const display = nonEmptyString(coding?.display) ?? nonEmptyString(concept.text);
  return { ...(code && { verificationCode: code }), ...(display && { verificationDisplay: display }) };
}

/**
 * The NHS number from Patient.identifier: only `system` exactly NHS_NUMBER_SYSTEM counts (R15).
 * An identifier with `use: old` is taken only when there is no other. Invalid numbers are returned
 * with `valid: false` so the caller can flag them rather than lose them.
 */
export function findNhsNumber(identifiers: unknown): NhsNumber | undefined {
  if (!Array.isArray(identifiers)) return undefined;
  const candidates = identifiers.filter(
    (id): id is Json =>
      isRecord(id) && id.system === NHS_NUMBER_SYSTEM && nonEmptyString(id.value) !== undefined,
  );
  const identifier = candidates.find((id) => id.use !== 'old') ?? candidates[0];
  if (!identifier) return undefined;
  const raw = identifier.value as string;
  const digits = normaliseNhsNumber(raw);
  return { value: digits ?? raw, valid: digits !== undefined, ...verificationOf(identifier) };
}
