/**
 * Long lists a clinician can use (issue 18, R62, R63, H17), as pure functions: which entries a
 * date range and a text filter leave, in date order, a page at a time, and the words that say what
 * is hidden. One mechanism for every long list (reports, results, social care and care plan events);
 * the elements render through src/elements/shared/long-list.ts.
 *
 * Safety rules kept here, so no list can forget them:
 * - The text filter searches every entry (its `text`), not only the page rendered (R63).
 * - A date range never hides a current entry (R62): the list says which entries count as current
 *   (a report that is not final, an active care plan event or DoLS), and those are kept whatever
 *   their date, and counted in the wording so the reader knows why they are there.
 * - An entry with no readable date is never hidden by a range (we cannot say it is outside it) and
 *   sorts last in either order (R65); partial dates sort by their start, their text is untouched.
 */
import { daysInMonth, londonMidnight } from './calendar.js';
import { compareFhirDates, compareFhirDatesNewestFirst, parseFhirDate } from './dates.js';
import { translator } from '../i18n/core.js';
import { listsMessages } from '../i18n/en-GB/lists.js';

const t = translator(listsMessages);

export type ListRange = 'all' | '3m' | '1y';
export const LIST_RANGES: readonly ListRange[] = ['all', '3m', '1y'];
export type ListKind = 'reports' | 'tests' | 'events' | 'encounters' | 'documents' | 'immunisations';
export const DEFAULT_PAGE_SIZE = 25;

/** What the list logic needs of one entry. */
export interface ListEntry {
  /** The raw FHIR date the entry sorts and ranges by (its precision kept). */
  when?: string;
  /** Everything a reader might search for, already in words (only what is rendered: R51). */
  text: string;
  /** Never hidden by a range (R62): a not-final report, an active event… */
  current?: boolean;
  /** Lists shown in groups (results by category) order by group first, then by date. */
  rank?: number;
}

export interface ListQuery {
  range: ListRange;
  text: string;
  newestFirst: boolean;
  /** How many matching entries are rendered (pages asked for × page size). */
  shown: number;
}

export const defaultListQuery = (pageSize = DEFAULT_PAGE_SIZE): ListQuery => ({ range: 'all', text: '', newestFirst: true, shown: pageSize });

export interface ListWindow<T> {
  total: number;
  /** Entries left by range and filter, in order. */
  matching: T[];
  /** The first `shown` of them: what is rendered. */
  visible: T[];
  /** Current entries kept although older than the range (R62). */
  keptCurrent: number;
  /** True when the range or the filter hides anything. */
  filtered: boolean;
}

const MONTH = 30.44 * 24 * 3600 * 1000;

/** The earliest instant a range keeps; undefined for all dates. */
export function rangeStart(range: ListRange, now: Date): number | undefined {
  if (range === '3m') return now.getTime() - 3 * MONTH;
  if (range === '1y') return now.getTime() - 12 * MONTH;
  return undefined;
}

/** The end of a (possibly partial) FHIR date, so "2025" is inside a range that starts in 2025. */
function lastInstant(value: string | undefined): number | undefined {
  const parsed = parseFhirDate(value);
  if (!parsed) return undefined;
  if (parsed.instant) return parsed.instant.getTime();
  const month = parsed.month ?? 12;
  const day = parsed.day ?? daysInMonth(parsed.year, month);
  return londonMidnight(parsed.year, month, day + 1) - 1; // the London day's last instant
}

function normalise(s: string): string {
  return s.toLocaleLowerCase('en-GB').replace(/\s+/g, ' ').trim();
}

/** Range, filter, order and page over every entry; `describe` says what each item is to the list. */
export function windowList<T>(items: readonly T[], describe: (item: T) => ListEntry, query: ListQuery, now: Date): ListWindow<T> {
  const start = rangeStart(query.range, now);
  const needle = normalise(query.text);
  let keptCurrent = 0;
  const rows = items.map((item) => ({ item, entry: describe(item) }));
  const kept = rows.filter(({ entry }) => {
    if (needle && !normalise(entry.text).includes(needle)) return false;
    if (start === undefined) return true;
    const end = lastInstant(entry.when);
    if (end === undefined || end >= start) return true;
    if (entry.current) {
      keptCurrent++;
      return true;
    }
    return false;
  });
  const compare = query.newestFirst ? compareFhirDatesNewestFirst : compareFhirDates;
  kept.sort((a, b) => (a.entry.rank ?? 0) - (b.entry.rank ?? 0) || compare(a.entry.when, b.entry.when)); // stable: equal dates keep the list's own order
  const matching = kept.map((r) => r.item);
  return {
    total: items.length, matching, visible: matching.slice(0, Math.max(0, query.shown)), keptCurrent,
    filtered: matching.length < items.length || keptCurrent > 0,
  };
}

/**
 * R62: what the list holds and what it hides, in one line: "1,200 reports", or
 * "12 of 1,200 reports, last year, matching “hba1c”". The "Show all" control sits beside it.
 */
export function describeWindow(kind: ListKind, w: ListWindow<unknown>, query: ListQuery): string {
  const filters: string[] = [];
  if (query.range !== 'all') filters.push(t(`list.hides.range.${query.range}`));
  if (query.text.trim()) filters.push(t('list.hides.text', { text: query.text.trim() }));
  if (!filters.length) return t(`list.count.${kind}`, { count: w.total });
  const head = t(`list.matching.${kind}`, { count: w.total, shown: w.matching.length });
  const kept = w.keptCurrent ? [t('list.hides.kept', { count: w.keptCurrent })] : [];
  return [head, ...filters, ...kept].join(', ');
}

/** True when the query hides anything a reader could bring back with "Show all". */
export function isNarrowed(query: ListQuery): boolean {
  return query.range !== 'all' || query.text.trim() !== '';
}
