/**
 * Clinical dates and times (R18-R22): `dd-Mmm-yyyy`, 24-hour `HH:mm`, Europe/London.
 *
 * A FHIR `date` is a calendar date and is printed from its own digits, never through a Date
 * object (R21). A `dateTime`/`instant` with a time always carries an offset (the FHIR regex
 * requires one), so it is an exact instant, shown as London wall-clock time. Inputs may be any
 * JSON value: nothing here throws.
 */
import { translator } from '../i18n/core.js';
import { formatMessages } from '../i18n/en-GB/format.js';
import {
  DAY,
  dayNumber,
  daysInMonth,
  londonMidnight,
  londonTime,
  pad,
  type CivilDate,
} from './calendar.js';

const t = translator(formatMessages);

export type FhirDatePrecision = 'year' | 'month' | 'day' | 'time';

/**
 * A parsed FHIR date, dateTime or instant. `year`/`month`/`day` are as written (for a value with
 * a time, that is the calendar date in the value's own offset); `instant` is set for precision
 * `time` only.
 */
export interface FhirDate {
  precision: FhirDatePrecision;
  year: number;
  month?: number;
  day?: number;
  instant?: Date;
}

/**
 * FHIR R4 `dateTime` regex, verbatim from the specification (datatypes.html#dateTime). It accepts
 * every `date` and `instant` too. Anchored here; the spec's regexes are implicitly whole-value.
 */
const FHIR_DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;

/** Splits a value the spec regex has already accepted into its fields (readability only). */
const FIELDS =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2})))?)?)?$/;

/** Parse a FHIR date/dateTime/instant string; undefined for anything else (incl. 2023-02-30). */
export function parseFhirDate(value: unknown): FhirDate | undefined {
  if (typeof value !== 'string' || !FHIR_DATE_TIME.test(value)) return undefined;
  const f = FIELDS.exec(value);
  if (!f) return undefined;
  const year = Number(f[1]);
  if (f[2] === undefined) return { precision: 'year', year };
  const month = Number(f[2]);
  if (f[3] === undefined) return { precision: 'month', year, month };
  const day = Number(f[3]);
  if (day > daysInMonth(year, month)) return undefined; // the regex allows 30 February
  if (f[4] === undefined) return { precision: 'day', year, month, day };

  const millis = Number((f[7] ?? '').padEnd(3, '0').slice(0, 3)); // finer digits are dropped
  const sign = f[9] === '-' ? -1 : 1;
  const offset = f[8] === 'Z' ? 0 : sign * (Number(f[10]) * 60 + Number(f[11])) * 60_000;
  // A leap second (:60) becomes the next minute: the same displayed instant, give or take 1 s.
  const wall =
    dayNumber(year, month, day) * DAY +
    ((Number(f[4]) * 60 + Number(f[5])) * 60 + Number(f[6])) * 1000 +
    millis;
  return { precision: 'time', year, month, day, instant: new Date(wall - offset) };
}

/** parseFhirDate, plus a JavaScript Date (e.g. "retrieved at") taken as an instant. */
export function toFhirDate(value: unknown): FhirDate | undefined {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return undefined;
    const london = londonTime(ms);
    return { precision: 'time', year: london.year, month: london.month, day: london.day, instant: new Date(ms) };
  }
  return parseFhirDate(value);
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** A present but unreadable value, quoted (and clipped: garbage can be long) so it is visibly wrong. */
function invalidDate(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const text = String(value);
    return t('format.invalidDate', { value: text.length > 40 ? `${text.slice(0, 40)}…` : text });
  }
  return t('format.invalidDateUnreadable');
}

const MONTH_KEYS = [
  'format.month.1', 'format.month.2', 'format.month.3', 'format.month.4', 'format.month.5', 'format.month.6',
  'format.month.7', 'format.month.8', 'format.month.9', 'format.month.10', 'format.month.11', 'format.month.12',
] as const;

/**
 * The CUI month abbreviation (R18), from the catalogue: en-GB `Jan`…`Dec` whatever the browser's
 * locale (never from Intl), or the host's own (a Welsh catalogue's `Medi`), looked up at each call
 * so a new catalogue shows at the next render.
 */
function monthName(month: number): string {
  return t(MONTH_KEYS[month - 1]!);
}

function dayMonthYear(date: CivilDate): string {
  return `${pad(date.day, 2)}-${monthName(date.month)}-${pad(date.year, 4)}`;
}

/** Renders a parsed date at its own precision (R22); a time is converted to its London date. */
function renderDate(parsed: FhirDate): string {
  if (parsed.instant) return dayMonthYear(londonTime(parsed.instant.getTime()));
  if (parsed.month === undefined) return pad(parsed.year, 4);
  if (parsed.day === undefined) return `${monthName(parsed.month)}-${pad(parsed.year, 4)}`;
  return dayMonthYear({ year: parsed.year, month: parsed.month, day: parsed.day });
}

/** `11-Sep-1970`, `Mar-2019`, `2019`; absent → "Not recorded"; unreadable → `Invalid date "…"`. */
export function formatDate(value: unknown): string {
  if (isAbsent(value)) return t('format.notRecorded');
  const parsed = toFhirDate(value);
  return parsed ? renderDate(parsed) : invalidDate(value);
}

/** `01-Apr-2024 00:30` in London time; a value without a time is shown as formatDate shows it. */
export function formatDateTime(value: unknown): string {
  if (isAbsent(value)) return t('format.notRecorded');
  const parsed = toFhirDate(value);
  if (!parsed) return invalidDate(value);
  if (!parsed.instant) return renderDate(parsed);
  const london = londonTime(parsed.instant.getTime());
  return `${dayMonthYear(london)} ${pad(london.hour, 2)}:${pad(london.minute, 2)}`;
}

/** First instant of the period a value covers (a partial date starts on its first London day). */
function startOf(parsed: FhirDate): number {
  if (parsed.instant) return parsed.instant.getTime();
  return londonMidnight(parsed.year, parsed.month ?? 1, parsed.day ?? 1);
}

/** The London calendar date on which the period a value covers ends (inclusive). */
function lastDayOf(parsed: FhirDate): CivilDate {
  if (parsed.instant) return londonTime(parsed.instant.getTime());
  const month = parsed.month ?? 12;
  return { year: parsed.year, month, day: parsed.day ?? daysInMonth(parsed.year, month) };
}

/** First instant after the period: a date-only value lasts to the end of that London day. */
function endOf(parsed: FhirDate): number {
  if (parsed.instant) return parsed.instant.getTime();
  const last = lastDayOf(parsed);
  return londonMidnight(last.year, last.month, last.day + 1); // dayNumber rolls day+1 over
}

/**
 * Each date string's start instant (NaN when missing or unreadable), kept: a sort asks for the
 * same values many times, and parsing plus a London conversion per comparison was most of a
 * list's mapping time. Emptied when full.
 */
const starts = new Map<string, number>();
const STARTS_KEPT = 4096;

function startKey(value: unknown): number {
  if (typeof value !== 'string') {
    const parsed = toFhirDate(value);
    return parsed ? startOf(parsed) : NaN;
  }
  let start = starts.get(value);
  if (start === undefined) {
    if (starts.size >= STARTS_KEPT) starts.clear();
    const parsed = parseFhirDate(value);
    start = parsed ? startOf(parsed) : NaN;
    starts.set(value, start);
  }
  return start;
}

function compareStarts(a: unknown, b: unknown, direction: 1 | -1): number {
  const sa = startKey(a);
  const sb = startKey(b);
  if (Number.isNaN(sa)) return Number.isNaN(sb) ? 0 : 1; // missing or invalid sorts last, in either direction
  if (Number.isNaN(sb)) return -1;
  return direction * Math.sign(sa - sb);
}

/** Oldest first; undefined/invalid last. Partial dates compare by their start. */
export function compareFhirDates(a: unknown, b: unknown): number {
  return compareStarts(a, b, 1);
}

/**
 * Newest first, still with undefined/invalid last. Use this rather than negating
 * compareFhirDates, which would bring the undated entries to the top.
 */
export function compareFhirDatesNewestFirst(a: unknown, b: unknown): number {
  return compareStarts(a, b, -1);
}

function validNow(now: unknown): now is Date {
  return now instanceof Date && !Number.isNaN(now.getTime());
}

/** Whether the period a value covers has ended by `now` (R45 "Expired"); undefined if unreadable. */
export function isPast(value: unknown, now: Date): boolean | undefined {
  const parsed = toFhirDate(value);
  if (!parsed || !validNow(now)) return undefined;
  return now.getTime() >= endOf(parsed);
}

/**
 * London calendar days from today to the value's (last) day: 0 today, 1 tomorrow, -1 yesterday.
 * A value with a time can be past while still 0 days away: ask isPast first.
 */
export function daysUntil(value: unknown, now: Date): number | undefined {
  const parsed = toFhirDate(value);
  if (!parsed || !validNow(now)) return undefined;
  const last = lastDayOf(parsed);
  const today = londonTime(now.getTime());
  return dayNumber(last.year, last.month, last.day) - dayNumber(today.year, today.month, today.day);
}
