/**
 * Social care events (REQUIREMENTS.md §8, R45): Task, Flag and EpisodeOfCare → one timeline view
 * model. Pure, never throws. The ICR shares event dates, not case notes, so nothing here reads
 * notes or descriptions beyond the event's own name.
 *
 * What is not social care is left out by rule: a Task or EpisodeOfCare that no row of the code
 * table, no known owner and no tag marks as social care. A Flag is never left out: one that fits
 * no row is "Other alert".
 */
import type { Mapped, PatientLoaded, SearchResult } from './section-contract.js';
import { compareFhirDatesNewestFirst, daysUntil, isPast, parseFhirDate } from '../format/dates.js';
import {
  codings, conceptText, isResource, obj, objects, readReference, sensitivity, str, type Coding, type FhirResource,
} from './read.js';
import { containedOf, isWords, organisationOf, referenceName, sourceNames, sourceOrganisation } from './provenance.js';
import {
  RECORD_DOMAIN_SYSTEM, socialCareCodes, type SocialCareCodeRow, type SocialCareCodeTable, type SocialCareKind,
} from './social-care-codes.js';
import { noneHidden, type HiddenEntries } from './hidden.js';

export type { SocialCareKind };

/** Which key date: requested, started, completed, authorised, expires, ended. */
export type KeyDateKind = 'requested' | 'started' | 'completed' | 'ended' | 'authorised' | 'expires' | 'due';

export interface KeyDate {
  kind: KeyDateKind;
  /** The FHIR date/dateTime as recorded (formatted at render). */
  value: string;
}

export interface SocialCareEvent {
  id: string;
  resourceType: 'Task' | 'Flag' | 'EpisodeOfCare';
  kind: SocialCareKind;
  /** The event's own name: the table's label, else the record's code text, else undefined. */
  label?: string;
  /** FHIR status code as recorded (`in-progress`, `active`, `finished`, …). */
  status?: string;
  /** Task.businessStatus (e.g. DoLS granted / not granted / withdrawn; s42 outcome). */
  outcome?: string;
  dates: KeyDate[];
  /** Owning organisation: Task.owner, Flag.author, EpisodeOfCare.managingOrganization. */
  owner?: string;
  /** When the event began (sort and year group); undefined when undated. */
  date?: string;
  /** The end date that may expire (Flags): R45 Expired / expiring within 28 days. */
  expiresOn?: string;
  /** An open safeguarding concern or enquiry: stands out. */
  openSafeguarding: boolean;
  /** R51: confidentiality R or V. */
  sensitivity?: 'R' | 'V';
  /** The source organisation in words (R44); undefined: the record does not name it. */
  source?: string;
}

export interface SocialCareView {
  events: SocialCareEvent[];
  /** Resources left out because they are not social care (by rule, never by crash). */
  leftOut: number;
  /** Social care events marked entered in error: never shown (H8), counted so the gap shows. */
  hidden: HiddenEntries;
}

const CLOSED_TASK = ['completed', 'cancelled', 'failed', 'rejected', 'entered-in-error'];

/** Owner names that say social care when no code does (a real ICR would not use our tag). */
const SOCIAL_CARE_OWNER = /social care|social services|social work|children'?s services|local authority|council|supervisory body/i;

function tagged(resource: FhirResource): boolean {
  return objects(obj(resource.meta)?.tag).some((t) => str(t.system) === RECORD_DOMAIN_SYSTEM && str(t.code) === 'social-care');
}

function ownerCodings(ref: unknown): Coding[] {
  const parts = readReference(ref);
  if (!parts) return [];
  const out: Coding[] = [];
  if (parts.identifier?.value) out.push({ system: parts.identifier.system, code: parts.identifier.value });
  if (parts.id) out.push({ code: parts.id });
  return out;
}

/** The words a social care owner is recognised by (classification only, never shown). */
function ownerLabel(ref: unknown): string | undefined {
  const parts = readReference(ref);
  return parts?.display ?? parts?.identifier?.value;
}

/** The owning organisation in words: the resolved Organization's name, else the display (R42, R45). */
function ownerName(owner: FhirResource, ref: unknown, included: readonly FhirResource[]): string | undefined {
  const ctx = { included, contained: containedOf(owner) };
  const name = organisationOf(ref, ctx, true) ?? referenceName(ref, ctx);
  return isWords(name) ? name : undefined;
}

/** Kind from the words of an item already known to be social care but not coded in the table. */
function kindFromText(text: string | undefined, resourceType: string): SocialCareKind {
  const s = text ?? '';
  if (/deprivation of liberty|\bdols\b/i.test(s)) return resourceType === 'Flag' ? 'dols-authorisation' : 'dols-application';
  if (/safeguarding|s\.?\s?42\b/i.test(s)) return resourceType === 'Flag' ? 'safeguarding-concern' : 'safeguarding-enquiry';
  if (/\breview/i.test(s)) return 'review';
  if (/assessment/i.test(s)) return 'assessment';
  if (/package|home care|domiciliary|residential|respite/i.test(s)) return 'package-of-care';
  return resourceType === 'Flag' ? 'other-alert' : 'other-event';
}

interface Recognised {
  row?: SocialCareCodeRow;
  kind?: SocialCareKind;
}

function recognise(resource: FhirResource, table: SocialCareCodeTable, text: string | undefined): Recognised {
  const type = resource.resourceType;
  const concepts = type === 'Task' ? [resource.code] : type === 'Flag' ? [resource.code] : objects(resource.type);
  const row = table.find(type, type === 'EpisodeOfCare' ? 'type' : 'code', concepts.flatMap((c) => codings(c)))
    ?? (type === 'Flag' ? table.find(type, 'category', objects(resource.category).flatMap((c) => codings(c))) : undefined)
    ?? (type === 'Task' ? table.find(type, 'code', objects(resource.category).flatMap((c) => codings(c))) : undefined);
  if (row) return { row, kind: row.kind };
  const ownerRef = type === 'Task' ? resource.owner : type === 'Flag' ? resource.author : resource.managingOrganization;
  const ownerRow = table.find(type, 'owner', ownerCodings(ownerRef));
  const named = SOCIAL_CARE_OWNER.test(ownerLabel(ownerRef) ?? '');
  if (ownerRow || named || tagged(resource)) {
    const guessed = kindFromText(text, type);
    const fallback = ownerRow?.kind ?? guessed;
    return { kind: guessed === 'other-event' || guessed === 'other-alert' ? fallback : guessed };
  }
  return type === 'Flag' ? { kind: 'other-alert' } : {};
}

/** A key date is kept as recorded: the formatter shows an unreadable one as invalid, never hides it. */
function push(dates: KeyDate[], kind: KeyDateKind, value: unknown): void {
  const v = str(value);
  if (v) dates.push({ kind, value: v });
}

function taskEvent(r: FhirResource, kind: SocialCareKind, label: string | undefined, included: readonly FhirResource[]): SocialCareEvent {
  const status = str(r.status);
  const period = obj(r.executionPeriod);
  const dates: KeyDate[] = [];
  push(dates, 'requested', r.authoredOn);
  push(dates, 'started', period?.start);
  push(dates, status === 'completed' ? 'completed' : 'ended', period?.end);
  push(dates, 'due', obj(obj(r.restriction)?.period)?.end);
  const closed = CLOSED_TASK.includes(status ?? '');
  return {
    ...common(r, kind, label, status, included),
    outcome: conceptText(r.businessStatus),
    dates,
    owner: ownerName(r, r.owner, included) ?? ownerName(r, r.requester, included),
    date: str(r.authoredOn) ?? str(period?.start),
    openSafeguarding: kind === 'safeguarding-enquiry' && !closed,
  };
}

function flagEvent(r: FhirResource, kind: SocialCareKind, label: string | undefined, included: readonly FhirResource[]): SocialCareEvent {
  const status = str(r.status);
  const period = obj(r.period);
  const dates: KeyDate[] = [];
  const dols = kind === 'dols-authorisation';
  push(dates, dols ? 'authorised' : 'started', period?.start);
  push(dates, 'expires', period?.end);
  return {
    ...common(r, kind, label, status, included),
    dates,
    owner: ownerName(r, r.author, included),
    date: str(period?.start),
    expiresOn: str(period?.end),
    openSafeguarding: kind === 'safeguarding-concern' && status === 'active',
  };
}

function episodeEvent(r: FhirResource, kind: SocialCareKind, label: string | undefined, included: readonly FhirResource[]): SocialCareEvent {
  const period = obj(r.period);
  const dates: KeyDate[] = [];
  push(dates, 'started', period?.start);
  push(dates, 'ended', period?.end);
  return {
    ...common(r, kind, label, str(r.status), included),
    dates,
    owner: ownerName(r, r.managingOrganization, included),
    date: str(period?.start),
    openSafeguarding: false,
  };
}

function common(r: FhirResource, kind: SocialCareKind, label: string | undefined, status: string | undefined, included: readonly FhirResource[]) {
  return {
    id: `${r.resourceType}/${str(r.id) ?? ''}`,
    resourceType: r.resourceType as SocialCareEvent['resourceType'],
    kind,
    label,
    status,
    sensitivity: sensitivity(r),
    source: sourceOrganisation(r, { included }),
  };
}

/** The text that names the event (never notes): Task.code, Flag.code, EpisodeOfCare.type. */
function nameOf(r: FhirResource, table: SocialCareCodeTable): string | undefined {
  if (r.resourceType === 'EpisodeOfCare') {
    // "Package of care" + "Home care: 14 hours a week": the uncoded detail says more than the kind.
    const types = objects(r.type);
    const detail = types.filter((t) => !table.find('EpisodeOfCare', 'type', codings(t))).map(conceptText).filter(Boolean);
    return detail.length ? detail.join('; ') : types.map(conceptText).find(Boolean);
  }
  return conceptText(r.code) ?? (r.resourceType === 'Task' ? objects(r.category).map(conceptText).find(Boolean) : undefined);
}

/** One resource → an event, or undefined when it is not social care (or entered in error). */
export function toSocialCareEvent(
  resource: unknown, table: SocialCareCodeTable = socialCareCodes, included: readonly FhirResource[] = [],
): SocialCareEvent | undefined {
  if (!isResource(resource)) return undefined;
  const type = resource.resourceType;
  if (type !== 'Task' && type !== 'Flag' && type !== 'EpisodeOfCare') return undefined;
  if (str(resource.status) === 'entered-in-error') return undefined;
  const text = nameOf(resource, table);
  const { row, kind } = recognise(resource, table, text);
  if (!kind) return undefined;
  const label = text ?? row?.label;
  if (type === 'Task') return taskEvent(resource, kind, label, included);
  if (type === 'Flag') return flagEvent(resource, kind, label, included);
  return episodeEvent(resource, kind, label, included);
}

/** Newest first; undated last, in the order received. */
export function sortEvents(events: SocialCareEvent[]): SocialCareEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => compareFhirDatesNewestFirst(a.e.date, b.e.date) || a.i - b.i)
    .map(({ e }) => e);
}

/** Task, Flag and EpisodeOfCare search results (in that order) → the view model. */
export function mapSocialCare(
  results: (SearchResult | undefined)[],
  patient?: Pick<PatientLoaded, 'included'>,
  table: SocialCareCodeTable = socialCareCodes,
): Mapped<SocialCareView> {
  const resources = results.flatMap((r) => r?.matches ?? []);
  const included = [...results.flatMap((r) => r?.included ?? []), ...(patient?.included ?? [])];
  const events: SocialCareEvent[] = [];
  let leftOut = 0;
  const hidden = noneHidden();
  const seen = new Set<string>();
  for (const resource of resources) {
    const event = toSocialCareEvent(resource, table, included);
    if (!event) {
      leftOut++;
      // Only an entry that would have been a social care event is counted as hidden here: the Task
      // search also brings other services' tasks, which this section never shows anyway.
      if (isResource(resource) && str(resource.status) === 'entered-in-error' && toSocialCareEvent({ ...resource, status: 'unknown' }, table)) hidden.enteredInError++;
      continue;
    }
    if (seen.has(event.id) && !event.id.endsWith('/')) continue; // the same resource twice (paging overlap)
    seen.add(event.id);
    events.push(event);
  }
  const sorted = sortEvents(events);
  return { kind: sorted.length ? 'loaded' : 'empty', view: { events: sorted, leftOut, hidden }, count: sorted.length };
}

export type ExpiryState = 'expired' | 'expiring' | undefined;

/** R45: an end date past says Expired; within 28 days, expiring. Evaluated against the element's clock. */
export function expiryState(event: Pick<SocialCareEvent, 'expiresOn'>, now: Date): ExpiryState {
  if (!event.expiresOn) return undefined;
  const past = isPast(event.expiresOn, now);
  if (past === undefined) return undefined;
  if (past) return 'expired';
  const days = daysUntil(event.expiresOn, now);
  return days !== undefined && days <= 28 ? 'expiring' : undefined;
}

/** Days until expiry (0 = today), for "Expires in N days". */
export function daysToExpiry(event: Pick<SocialCareEvent, 'expiresOn'>, now: Date): number | undefined {
  return event.expiresOn ? daysUntil(event.expiresOn, now) : undefined;
}

/** The year heading an event sits under; undefined for an undated one. */
export function yearOf(event: Pick<SocialCareEvent, 'date'>): number | undefined {
  return parseFhirDate(event.date)?.year;
}

/** Events grouped by year, newest year first; undated last (year undefined). */
export function groupByYear(events: SocialCareEvent[]): { year?: number; events: SocialCareEvent[] }[] {
  const groups: { year?: number; events: SocialCareEvent[] }[] = [];
  for (const event of events) {
    const year = yearOf(event);
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

/** The distinct owners (else sources), in words, for the section's sources line (R42). */
export function ownersOf(events: SocialCareEvent[]): string[] {
  return sourceNames(events.map((e) => e.owner ?? e.source));
}
