/**
 * Calendar arithmetic and Europe/London wall-clock conversion for dates.ts and age.ts (internal:
 * not re-exported from the package).
 *
 * Why this exists: `new Date('1970-09-11')` is UTC midnight and local getters then shift it to the
 * previous day west of Greenwich (R21, hazard H6). So calendar dates here are plain numbers with
 * pure proleptic-Gregorian arithmetic, and the only time zone ever consulted is Europe/London,
 * through Intl. Nothing in this module reads the machine's zone.
 */

export interface CivilDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

/** London wall-clock reading of an instant. */
export interface LondonTime extends CivilDate {
  hour: number;
  minute: number;
  /** Milliseconds since London midnight of `day` (wall clock). */
  timeOfDay: number;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Days from 1970-01-01 to a civil date (H. Hinnant's days_from_civil). Pure arithmetic: unlike
 * Date.UTC it needs no zone and does not map years 0-99 to 1900-1999. A day past the month's end
 * rolls over (day 32 of January is 1 February), which callers use for "the next day".
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function pad(value: number, width: number): string {
  return String(Math.abs(value)).padStart(width, '0');
}

let londonFormatter: Intl.DateTimeFormat | undefined;

/** Created on first use, not at module load (importing a formatter does no work). */
function formatter(): Intl.DateTimeFormat {
  londonFormatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23', // never "24:00" (some engines give it with hour12: false)
  });
  return londonFormatter;
}

/**
 * Readings already made, by instant. A record says the same instants again and again (a date-only
 * value is London midnight, read twice to find it; a long list is mapped again as pages arrive),
 * and each `formatToParts` costs microseconds: on a warm view of one patient it was 5 ms of the
 * library's share of the first screen (issue 21). Bounded: cleared when full, never a leak.
 */
const readings = new Map<number, Readonly<LondonTime>>();
const MAX_READINGS = 20_000;

/** The London wall clock at an epoch-millisecond instant (frozen: it may be shared). */
export function londonTime(epochMs: number): Readonly<LondonTime> {
  const known = readings.get(epochMs);
  if (known) return known;
  const reading = Object.freeze(readLondonTime(epochMs));
  if (readings.size >= MAX_READINGS) readings.clear();
  readings.set(epochMs, reading);
  return reading;
}

function readLondonTime(epochMs: number): LondonTime {
  const parts: Record<string, string> = {};
  for (const part of formatter().formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  const yearOfEra = Number(parts.year);
  // Year 1 BC is astronomical year 0: only reachable from 0001-01-01 with a positive offset.
  const year = parts.era === 'BC' ? 1 - yearOfEra : yearOfEra;
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  const millis = ((epochMs % 1000) + 1000) % 1000; // London offsets are whole seconds
  const timeOfDay = hour * HOUR + minute * MINUTE + Number(parts.second) * 1000 + millis;
  return { year, month: Number(parts.month), day: Number(parts.day), hour, minute, timeOfDay };
}

/** London's offset from UTC at an instant, in ms (0 for GMT, 3 600 000 for BST). */
function londonOffset(epochMs: number): number {
  const wall = londonTime(epochMs);
  return dayNumber(wall.year, wall.month, wall.day) * DAY + wall.timeOfDay - epochMs;
}

/**
 * The instant of midnight in London at the start of a civil date. UK clocks change at 01:00 UTC,
 * never at midnight, so London midnight always exists and is unique; one correction step covers a
 * date whose offset differs from the first guess.
 */
export function londonMidnight(year: number, month: number, day: number): number {
  const wall = dayNumber(year, month, day) * DAY;
  const guess = wall - londonOffset(wall);
  return wall - londonOffset(guess);
}
