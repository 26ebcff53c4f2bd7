/**
 * Dates relative to "now", so the synthetic record stays true in future years (a newborn is always
 * about 90 minutes old, a DoLS authorisation always expires in two weeks). Calendar dates are taken
 * in Europe/London, as a clinician in England reads them.
 */

import { londonTime, pad } from '../format/calendar.js';

/**
 * The Europe/London calendar date (YYYY-MM-DD) of an instant. Built from the London wall clock's
 * parts, not from a locale whose short date happens to be ISO-shaped: 'en-CA' gives 2026-07-04 in
 * Chromium and Firefox but 07/04/2026 in WebKit (issue 22), which made every mock record "Invalid Date".
 */
export function londonCalendarDate(ms: number): string {
  const { year, month, day } = londonTime(ms);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** An instant as a FHIR dateTime with seconds and a `+00:00` offset, e.g. `2024-03-01T10:15:00+00:00`. */
export function isoDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

function ymd(year: number, month0: number, day: number): string {
  return new Date(Date.UTC(year, month0, day)).toISOString().slice(0, 10);
}

export interface Clock {
  /** The instant the record is built for. */
  readonly now: number;
  /** A dateTime `days` before now, at `time` (HH:MM, UTC) on that day (whole days). */
  daysAgo(days: number, time?: string): string;
  /** A dateTime `days` after now, at `time` (HH:MM, UTC). */
  daysAhead(days: number, time?: string): string;
  /** A calendar date (YYYY-MM-DD) `days` before today. */
  dateDaysAgo(days: number): string;
  /** A calendar date (YYYY-MM-DD) `days` after today. */
  dateDaysAhead(days: number): string;
  /** The calendar date `years`, `months` and `days` before today (for dates of birth). */
  dateYearsAgo(years: number, months?: number, days?: number): string;
  /** A dateTime `minutes` before now, to the second. */
  minutesAgo(minutes: number): string;
}

export function createClock(now: number): Clock {
  const today = londonCalendarDate(now);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // Generated histories ask for the same days thousands of times: remember them.
  const dayCache = new Map<number, string>();
  const day = (offset: number): string => {
    let date = dayCache.get(offset);
    if (date === undefined) {
      date = ymd(y, m - 1, d + offset);
      dayCache.set(offset, date);
    }
    return date;
  };
  const at = (dayOffset: number, time: string): string => `${day(dayOffset)}T${time}:00+00:00`;
  return {
    now,
    daysAgo: (days, time = '10:00') => at(-days, time),
    daysAhead: (days, time = '10:00') => at(days, time),
    dateDaysAgo: (n) => day(-n),
    dateDaysAhead: (n) => day(n),
    dateYearsAgo: (years, months = 0, days = 0) => ymd(y - years, m - 1 - months, d - days),
    minutesAgo: (minutes) => isoDateTime(Math.floor((now - minutes * 60_000) / 1000) * 1000),
  };
}
