/**
 * Patient age in the CUI bands (R4, R5; CUI Micro Patient Banner age table):
 *
 *   < 2 hours `90min` · < 2 days `26hrs` · < 4 weeks `27d` · < 1 year `4w 1d` ·
 *   < 2 years `13m 8d` · < 18 years `4y 1m` · 18 and over `61y`
 *
 * A zero lower unit is left out, as in the CUI vector `28 days 5 hours` → `4w`.
 * Days, months and years are counted on the London calendar, not as 24-hour or 30-day blocks:
 * an anniversary is reached on the same day number, and a day the month lacks (29 February,
 * 31 April) is reached on the 1st of the month after (the UK reading for a 29-February birthday).
 */
import { translator } from '../i18n/core.js';
import { formatMessages } from '../i18n/en-GB/format.js';
import { HOUR, MINUTE, dayNumber, daysInMonth, londonMidnight, londonTime, type CivilDate } from './calendar.js';
import { toFhirDate, type FhirDate } from './dates.js';

const t = translator(formatMessages);

/** A London calendar date and wall-clock time of day: what whole days and months count. */
interface Mark {
  date: CivilDate;
  timeOfDay: number;
}

/** A Mark and the instant it happened: what minutes and hours count. */
interface Moment extends Mark {
  at: number;
}

function momentAt(epochMs: number): Moment {
  const london = londonTime(epochMs);
  return { date: london, timeOfDay: london.timeOfDay, at: epochMs };
}

function momentOfDay(year: number, month: number, day: number): Moment {
  return { date: { year, month, day }, timeOfDay: 0, at: londonMidnight(year, month, day) };
}

function days(date: CivilDate): number {
  return dayNumber(date.year, date.month, date.day);
}

/** Whole days from start to end: a day counts once its time of day has come round again. */
function completedDays(start: Mark, end: Mark): number {
  return days(end.date) - days(start.date) - (end.timeOfDay < start.timeOfDay ? 1 : 0);
}

/** The k-month anniversary of start; a day the month lacks becomes the 1st of the next month. */
function anniversary(start: Mark, k: number): Mark {
  const index = start.date.month - 1 + k;
  const year = start.date.year + Math.floor(index / 12);
  const month = (index % 12 + 12) % 12 + 1;
  if (start.date.day <= daysInMonth(year, month)) {
    return { date: { year, month, day: start.date.day }, timeOfDay: start.timeOfDay };
  }
  const next = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  return { date: next, timeOfDay: 0 };
}

function reached(target: Mark, end: Mark): boolean {
  const difference = days(end.date) - days(target.date);
  return difference > 0 || (difference === 0 && end.timeOfDay >= target.timeOfDay);
}

/** Whole calendar months from start to end, and the days since the last monthly anniversary. */
function completedMonths(start: Mark, end: Mark): { months: number; days: number } {
  let months = (end.date.year - start.date.year) * 12 + end.date.month - start.date.month;
  // The candidate anniversary falls in end's month (or after it); the one before never does.
  if (!reached(anniversary(start, months), end)) months -= 1;
  return { months, days: completedDays(anniversary(start, months), end) };
}

/** The CUI band text for an exact age. `timed` is false when the end has no time of day. */
function bandText(start: Moment, end: Moment, timed: boolean): string | undefined {
  if (end.at < start.at) return undefined; // born in the future: data error, show no age
  const dayCount = completedDays(start, end);
  if (dayCount < 2) {
    if (!timed) return undefined; // a death date alone cannot give hours or minutes
    const minutes = Math.floor((end.at - start.at) / MINUTE);
    if (minutes < 120) return t('format.ageMinutes', { n: minutes });
    return t('format.ageHours', { n: Math.floor((end.at - start.at) / HOUR) });
  }
  if (dayCount < 28) return t('format.ageDays', { n: dayCount });
  const { months, days: extraDays } = completedMonths(start, end);
  if (months < 12) {
    const w = Math.floor(dayCount / 7);
    const d = dayCount % 7;
    return d ? t('format.ageWeeksDays', { w, d }) : t('format.ageWeeks', { w });
  }
  if (months < 24) {
    return extraDays ? t('format.ageMonthsDays', { m: months, d: extraDays }) : t('format.ageMonths', { m: months });
  }
  const y = Math.floor(months / 12);
  const m = months % 12;
  if (months < 18 * 12 && m) return t('format.ageYearsMonths', { y, m });
  return t('format.ageYears', { y });
}

/** Earliest and latest moments a date covers: one instant, one day, or a whole month or year. */
function span(parsed: FhirDate): [Moment, Moment] {
  if (parsed.instant) {
    const moment = momentAt(parsed.instant.getTime());
    return [moment, moment];
  }
  const first = momentOfDay(parsed.year, parsed.month ?? 1, parsed.day ?? 1);
  const lastMonth = parsed.month ?? 12;
  const last = momentOfDay(parsed.year, lastMonth, parsed.day ?? daysInMonth(parsed.year, lastMonth));
  return [first, last];
}

/**
 * Partial dates (`1945`, `1945-07`): years only, and only when every day the dates could mean
 * gives the same whole years and that is 18 or more. Otherwise no age: a guess could be a year out.
 */
function partialAge(start: [Moment, Moment], end: [Moment, Moment]): string | undefined {
  const [earliestStart, latestStart] = start;
  const [earliestEnd, latestEnd] = end;
  if (earliestEnd.at < latestStart.at) return undefined;
  const least = Math.floor(completedMonths(latestStart, earliestEnd).months / 12);
  const most = Math.floor(completedMonths(earliestStart, latestEnd).months / 12);
  return least === most && least >= 18 ? t('format.ageYears', { y: least }) : undefined;
}

/**
 * The birth as a Moment: a birthDate alone is London midnight of that day; the patient-birthTime
 * extension supplies the time when its London (or as-written) date agrees with birthDate.
 */
function birthMoment(birth: FhirDate, birthTime: unknown): Moment {
  if (birth.instant) return momentAt(birth.instant.getTime());
  const [day] = span(birth);
  const time = toFhirDate(birthTime);
  if (!time?.instant) return day;
  const timed = momentAt(time.instant.getTime());
  const asWritten = { year: time.year, month: time.month ?? 0, day: time.day ?? 0 };
  const sameDay = (d: CivilDate): boolean => days(d) === days(day.date);
  return sameDay(timed.date) || sameDay(asWritten) ? timed : day;
}

const isFull = (d: FhirDate): boolean => d.precision === 'day' || d.precision === 'time';

/** `61y`, `4y 1m`, `13m 8d`, `4w 1d`, `27d`, `26hrs`, `90min` for a living patient at `now`. */
export function formatAge(birthDate: unknown, now: Date, birthTime?: unknown): string | undefined {
  const birth = toFhirDate(birthDate);
  if (!birth || !(now instanceof Date) || Number.isNaN(now.getTime())) return undefined;
  const end = momentAt(now.getTime());
  if (!isFull(birth)) return partialAge(span(birth), [end, end]);
  return bandText(birthMoment(birth, birthTime), end, true);
}

/**
 * Age at death, same bands (R5). A death date without a time is measured between calendar
 * dates, so the hours and minutes bands need a deceasedDateTime with a time.
 */
export function formatAgeAtDeath(birthDate: unknown, deathDate: unknown, birthTime?: unknown): string | undefined {
  const birth = toFhirDate(birthDate);
  const death = toFhirDate(deathDate);
  if (!birth || !death) return undefined;
  if (!isFull(birth) || !isFull(death)) return partialAge(span(birth), span(death));
  if (death.instant) return bandText(birthMoment(birth, birthTime), span(death)[0], true);
  // Date of death only: compare London calendar days, dropping any birth time of day.
  const born = span(birth)[0].date;
  return bandText(momentOfDay(born.year, born.month, born.day), span(death)[0], false);
}
