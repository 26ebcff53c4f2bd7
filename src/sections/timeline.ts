/**
 * The timeline (`<icr-timeline>`): every dated event of the sections it reads, newest first, from
 * those sections' own queries and pure maps (so a request is shared with the section elements on
 * the page, and an entry says what its section says). Adding a source is one line in
 * `timelineSources` (encounters, next): a section spec and the function that lists its entries.
 *
 * Each source stands or falls alone: one the ICR refuses or cannot answer is named as left out
 * (the timeline is then said to be incomplete, H3), never silently missing; only when every source
 * failed is the timeline itself in that failure state.
 */
import type {
  DataWarning, Failure, FailureKind, Mapped, PatientLoaded, SearchResult, SectionQuery, SectionSpec,
} from '../fhir/section-contract.js';
import { compareFhirDatesNewestFirst } from '../format/dates.js';
import type { HiddenEntries } from '../fhir/hidden.js';
import type { SocialCareCodeTable } from '../fhir/social-care-codes.js';
import { socialCareSection } from './social-care.js';
import { carePlansSection } from './care-plans.js';
import { pathologyReportsSection } from './reports.js';
import { resultsSection } from './results.js';
import { medicationsSection } from './medications.js';
import { encountersSection } from './encounters.js';
import { documentsSection } from './documents.js';
import { immunisationsSection } from './immunisations.js';
import { ALERTS_CONSENT_QUERY } from './alerts.js';
import { mapAlerts, type AlertsView } from '../fhir/alerts.js';
import {
  carePlanEntries, decisionEntries, documentEntries, encounterEntries, immunisationEntries, isDated, medicationEntries, reportEntries, resultEntries, socialCareEntries, type TimelineEntry, type TimelineType,
} from './timeline-entries.js';

export type { TimelineEntry, TimelineType, TimelineFact } from './timeline-entries.js';
export { timelineDateText } from './timeline-entries.js';

export type TimelineSourceName = 'social-care' | 'care-plans' | 'reports' | 'results' | 'medications'
  | 'encounters' | 'documents' | 'alerts' | 'immunisations';

/** One section the timeline reads: its spec, its entries, and the entries it left out (H8). */
export interface TimelineSource<VM = unknown> {
  name: TimelineSourceName;
  spec: SectionSpec<VM>;
  entries(view: VM): TimelineEntry[];
  enteredInError(view: VM): number;
}

function source<VM>(s: TimelineSource<VM>): TimelineSource {
  return s as unknown as TimelineSource;
}

/** What a timeline needs from its element: the clock (Expired) and the social care code table. */
export interface TimelineContext {
  now(): Date;
  socialCareCodes(): SocialCareCodeTable;
}

/** The sections the timeline reads, in the order their entries are merged (ties keep this order). */
export function timelineSources(ctx: TimelineContext): TimelineSource[] {
  return [
    source({ name: 'social-care', spec: socialCareSection(ctx.socialCareCodes), entries: (v) => socialCareEntries(v, ctx.now()), enteredInError: (v) => v.hidden.enteredInError }),
    source({ name: 'care-plans', spec: carePlansSection, entries: carePlanEntries, enteredInError: (v) => v.hidden.enteredInError }),
    // The pathology spec's one report search: its view holds every report (radiology, pathology, other).
    source({ name: 'reports', spec: pathologyReportsSection, entries: reportEntries, enteredInError: (v) => v.enteredInError.radiology + v.enteredInError.pathology + v.enteredInError.other }),
    source({ name: 'results', spec: resultsSection, entries: resultEntries, enteredInError: (v) => v.enteredInError }),
    source({ name: 'medications', spec: medicationsSection, entries: (v) => medicationEntries(v, ctx.now()), enteredInError: (v) => v.hidden.enteredInError }),
    source({ name: 'encounters', spec: encountersSection(ctx.now), entries: encounterEntries, enteredInError: (v) => v.hidden.enteredInError }),
    source({ name: 'documents', spec: documentsSection, entries: documentEntries, enteredInError: (v) => v.hidden.enteredInError }),
    source({ name: 'immunisations', spec: immunisationsSection, entries: immunisationEntries, enteredInError: (v) => v.hidden.enteredInError }),
    // R66: decisions about care only (the Consent search); the Flags are the social care source's.
    source({ name: 'alerts', spec: decisionsOnly(ctx), entries: decisionEntries, enteredInError: (v) => v.hidden.enteredInError }),
  ];
}

/** The alerts section's Consent search and map, without its Flag search (so a failing Flag search does not hide decisions). */
function decisionsOnly(ctx: TimelineContext): SectionSpec<AlertsView> {
  return {
    section: 'alerts',
    queries: () => [{ ...ALERTS_CONSENT_QUERY }],
    map: (results, patient) => mapAlerts([undefined, results[0]], patient, ctx.now()),
  };
}

export interface LeftOutSource {
  name: TimelineSourceName;
  kind: FailureKind;
}

export interface TimelineView {
  /** Entries with a readable date, newest first (a partial date sorts by its start). */
  dated: TimelineEntry[];
  /** R65: entries with no readable date, listed apart, in source order; never placed at a date. */
  undated: TimelineEntry[];
  /** Sources that could not be read: the timeline says it is incomplete and names them. */
  leftOut: LeftOutSource[];
  /** Entered in error across the sources: never shown (H8), counted. */
  hidden: HiddenEntries;
}

/** Which failure the timeline shows when every source failed: one a retry may mend comes first. */
const WHOLE_FAILURE_ORDER: FailureKind[] = ['unavailable', 'bad-response', 'restricted'];

/** A source's own queries, less the helper queries it reads only to cross-check another section. */
function ownQueries(s: TimelineSource): SectionQuery[] {
  return s.spec.queries().filter((q) => !q.helper);
}

/**
 * Pure: the sections' answers (in `timelineSources` order, each source's own queries) → the view.
 * Exported for tests; the spec below is what an element loads.
 */
export function mapTimeline(
  sources: TimelineSource[], results: (SearchResult | undefined)[], patient: PatientLoaded, failures: (Failure | undefined)[] = [],
): Mapped<TimelineView> {
  const dated: TimelineEntry[] = [];
  const undated: TimelineEntry[] = [];
  const leftOut: LeftOutSource[] = [];
  const failed: Failure[] = [];
  const warnings: DataWarning[] = [];
  const hidden: HiddenEntries = { refuted: 0, enteredInError: 0 };
  let at = 0;
  for (const s of sources) {
    const all = s.spec.queries();
    const own = all.filter((q) => !q.helper);
    const mine = own.map((_, i) => results[at + i]);
    const why = own.map((_, i) => failures[at + i]);
    at += own.length;
    // A query the section itself can do without may fail; any other failure leaves the source out.
    const broken = own.findIndex((q, i) => !q.optional && !mine[i]);
    if (broken >= 0) {
      const failure = why[broken] ?? { kind: 'unavailable' as const };
      failed.push(failure);
      leftOut.push({ name: s.name, kind: failure.kind });
      continue;
    }
    // The section's map sees its answers where it expects them; helper answers are absent.
    let j = 0;
    const answers = all.map((q) => (q.helper ? undefined : mine[j++]));
    let k = 0;
    const reasons = all.map((q) => (q.helper ? undefined : why[k++]));
    const mapped = s.spec.map(answers, patient, reasons);
    // A source whose own queries are all optional (encounters) decides in its map that it failed.
    if (mapped.failure) {
      failed.push(mapped.failure);
      leftOut.push({ name: s.name, kind: mapped.failure.kind });
      continue;
    }
    warnings.push(...(mapped.warnings ?? []));
    hidden.enteredInError += s.enteredInError(mapped.view);
    for (const e of s.entries(mapped.view)) (isDated(e) ? dated : undated).push(e);
  }
  if (failed.length === sources.length && failed.length) {
    const failure = [...failed].sort((a, b) => rank(a.kind) - rank(b.kind))[0]!;
    return { kind: 'empty', view: { dated, undated, leftOut, hidden }, count: 0, failure };
  }
  const order = new Map(dated.map((e, i) => [e, i]));
  dated.sort((a, b) => compareFhirDatesNewestFirst(a.date, b.date) || order.get(a)! - order.get(b)!);
  const count = dated.length + undated.length;
  return { kind: count ? 'loaded' : 'empty', view: { dated, undated, leftOut, hidden }, count, warnings };
}

function rank(kind: FailureKind): number {
  const i = WHOLE_FAILURE_ORDER.indexOf(kind);
  return i < 0 ? WHOLE_FAILURE_ORDER.length : i;
}

/**
 * The timeline as one section for the SectionController: every source's own queries, each made
 * optional here so one failing source leaves the rest shown (wrong patient, opted out and
 * authentication still stop everything: the controller never lets an optional query hide them).
 */
export function timelineSection(ctx: TimelineContext): SectionSpec<TimelineView> {
  const sources = timelineSources(ctx);
  return {
    section: 'timeline',
    queries: () => sources.flatMap(ownQueries).map((q) => ({ ...q, optional: true })),
    map: (results, patient, failures) => mapTimeline(sources, results, patient, failures),
  };
}

export interface TimelineFilter {
  type?: TimelineType;
  organisation?: string;
}

/** Entries of the filter; `isHidden` entries (sensitive, not revealed) match no organisation (R51). */
export function filterEntries(entries: TimelineEntry[], filter: TimelineFilter, isHidden: (e: TimelineEntry) => boolean = () => false): TimelineEntry[] {
  return entries.filter((e) => (!filter.type || e.type === filter.type)
    && (!filter.organisation || (!isHidden(e) && e.organisation === filter.organisation)));
}

/** Each value of `key` among the entries with its count, in first-seen order (for the filter options). */
export function countBy<K extends string>(entries: TimelineEntry[], key: (e: TimelineEntry) => K | undefined): Map<K, number> {
  const counts = new Map<K, number>();
  for (const e of entries) {
    const k = key(e);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}
