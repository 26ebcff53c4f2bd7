/**
 * Encounters and appointments (issue 19 point 2, R69) → one list of visits: past and upcoming
 * appointments (Appointment) with whether they were attended, and stays and attendances (Encounter):
 * admissions with ward or specialty, A&E, out-of-hours, home visits. Pure, never throws.
 *
 * Safety rules kept here, so no element can forget them:
 * - A status is a code the element says in words; nothing is inferred that the record does not say:
 *   a past appointment still "booked" is "outcome not recorded", never "attended" (R69).
 * - A future appointment never reads as attended: one recorded as fulfilled or arrived before its
 *   date is flagged `attendedBeforeDate` and shown as booked with a note (R69, H6).
 * - An open stay (a period with a start and no end, or status in progress) is `current`: "Admitted
 *   since …", and never hidden by a date range (R62).
 * - A child's attendance-only record (no reason, no detail) gives only what is there: no field is
 *   filled in or guessed (issue 19).
 * - Entered in error: left out and counted (H8), as every section does.
 */
import type { Mapped, PatientLoaded, SearchResult } from './section-contract.js';
import { compareFhirDatesNewestFirst, parseFhirDate } from '../format/dates.js';
import { codings, conceptText, isResource, obj, objects, readReference, sensitivity, str, type FhirResource } from './read.js';
import { containedOf, isWords, organisationBySource, organisationOf, referenceName, type ReferenceContext } from './provenance.js';
import { noneHidden, type HiddenEntries } from './hidden.js';

/** What kind of contact: an appointment, or a stay or attendance (from Encounter.class). */
export type VisitKind = 'appointment' | 'admission' | 'emergency' | 'out-of-hours' | 'home-visit' | 'virtual' | 'attendance';

/**
 * The status in the element's words (R69). Appointments: booked, requested (proposed/pending),
 * waitlist, arrived, attended, did-not-attend, cancelled, outcome-not-recorded (past and still
 * booked). Encounters: planned, in-progress (current), on-leave, finished, cancelled, unknown.
 */
export type VisitStatus =
  | 'booked' | 'requested' | 'waitlist' | 'arrived' | 'attended' | 'did-not-attend' | 'cancelled' | 'outcome-not-recorded'
  | 'planned' | 'in-progress' | 'on-leave' | 'finished' | 'unknown';

/** Who cancelled, when the record says (cancelationReason code, or a declined participant). */
export type CancelledBy = 'patient' | 'service';

export interface VisitItem {
  /** `Encounter/<id>` or `Appointment/<id>`. */
  id: string;
  resourceType: 'Encounter' | 'Appointment';
  kind: VisitKind;
  status: VisitStatus;
  /** The FHIR status as recorded, for a status this library does not know (shown as recorded). */
  recordedStatus?: string;
  /** FHIR dateTime or date as recorded (precision kept, R22). */
  start?: string;
  end?: string;
  /** Type of visit or appointment in words (type, appointmentType, description), as recorded. */
  type?: string;
  /** Specialty or service (serviceType, specialty), as recorded. */
  specialty?: string;
  /** Ward or place (location display or resolved name). */
  place?: string;
  /** Reason as recorded (reasonCode text); absent in an attendance-only record, and left absent. */
  reason?: string;
  cancelledBy?: CancelledBy;
  /** The cancellation reason in words, as recorded. */
  cancelReason?: string;
  /** Still to come (start after now): shown under "Upcoming", never as attended. */
  upcoming: boolean;
  /** An open stay or attendance: "Admitted since …" (R69), never hidden by a range (R62). */
  current: boolean;
  /** R69: recorded as attended or arrived before its date came; shown as booked, with a note. */
  attendedBeforeDate?: boolean;
  sensitivity?: 'R' | 'V';
  /** Source organisation in words (R44); undefined: the record does not name it. */
  source?: string;
}

/** Which of the two searches could not be read while the other answered (shown as partly unavailable). */
export type VisitSearch = 'Encounter' | 'Appointment';

export interface EncountersView {
  /** Open stays and appointments still to come, soonest first. */
  upcoming: VisitItem[];
  /** Everything else, newest first (undated last). */
  past: VisitItem[];
  hidden: HiddenEntries;
  /** A search that failed while the other answered: the list is incomplete (never "none"). */
  unavailable: VisitSearch[];
  /** A search this ICR does not offer (it said the type is not supported): said, not an error. */
  notOffered: VisitSearch[];
}

const V3_CLASS: Record<string, VisitKind> = {
  IMP: 'admission', ACUTE: 'admission', NONAC: 'admission', SS: 'admission', inpatient: 'admission',
  EMER: 'emergency', emergency: 'emergency', urgentcare: 'emergency',
  HH: 'home-visit', home: 'home-visit', VR: 'virtual', virtual: 'virtual',
};
const OUT_OF_HOURS = /\bout[\s-]of[\s-]hours\b|\bOOH\b/i;
const OPEN_ENCOUNTER = ['in-progress', 'arrived', 'triaged', 'onleave'];

function encounterKind(resource: FhirResource, words: string): VisitKind {
  if (OUT_OF_HOURS.test(words)) return 'out-of-hours';
  const cls = obj(resource.class);
  const code = str(cls?.code);
  return (code && V3_CLASS[code]) || 'attendance';
}

function conceptsText(value: unknown): string | undefined {
  const texts = objects(value).map(conceptText).filter(isWords);
  return texts.length ? [...new Set(texts)].join(', ') : undefined;
}

/** The organisation from references, else `meta.source` matched to a known Organization (R44). */
function sourceFrom(resource: FhirResource, refs: unknown[], included: readonly FhirResource[]): string | undefined {
  const ctx: ReferenceContext = { included, contained: containedOf(resource) };
  for (const ref of refs) {
    const name = organisationOf(ref, ctx, false);
    if (isWords(name)) return name;
  }
  const bySource = organisationBySource(resource, ctx);
  return isWords(bySource) ? bySource : undefined;
}

function placeOf(resource: FhirResource, included: readonly FhirResource[]): string | undefined {
  const ctx: ReferenceContext = { included, contained: containedOf(resource) };
  const names = objects(resource.location).map((l) => referenceName(l.location, ctx)).filter(isWords);
  return names.length ? names.join(', ') : undefined;
}

function isFuture(value: string | undefined, now: Date): boolean {
  if (!value || !parseFhirDate(value)) return false;
  // A value's start after now: a date-only "today" has begun (not future); one with a time is future until then.
  return compareFhirDatesNewestFirst(value, now.toISOString()) < 0;
}

export function toEncounter(resource: unknown, now: Date, included: readonly FhirResource[] = []): VisitItem | undefined {
  if (!isResource(resource) || resource.resourceType !== 'Encounter') return undefined;
  const recorded = str(resource.status);
  if (recorded === 'entered-in-error') return undefined;
  const period = obj(resource.period);
  const start = str(period?.start);
  const end = str(period?.end);
  const type = conceptsText(resource.type);
  const specialty = conceptText(resource.serviceType);
  const provider = referenceName(resource.serviceProvider, { included, contained: containedOf(resource) });
  const kind = encounterKind(resource, [type, specialty, provider].filter(Boolean).join(' '));
  const upcoming = recorded === 'planned' ? isFuture(start, now) || !start : false;
  // R69: an open stay is current: in progress (or arrived, on leave) and not ended, or started with no end yet.
  const open = !end && !!start && !upcoming && (OPEN_ENCOUNTER.includes(recorded ?? '') || recorded === undefined || recorded === 'unknown');
  const status: VisitStatus = recorded === 'finished' ? 'finished'
    : recorded === 'cancelled' ? 'cancelled'
    : recorded === 'planned' ? 'planned'
    : recorded === 'onleave' ? 'on-leave'
    : open || OPEN_ENCOUNTER.includes(recorded ?? '') ? 'in-progress'
    : 'unknown';
  return {
    id: `Encounter/${str(resource.id) ?? ''}`,
    resourceType: 'Encounter',
    kind,
    status,
    recordedStatus: recorded,
    start,
    end,
    type,
    specialty,
    place: placeOf(resource, included),
    reason: conceptsText(resource.reasonCode),
    upcoming,
    current: open,
    sensitivity: sensitivity(resource),
    source: sourceFrom(resource, [resource.serviceProvider], included),
  };
}

const CANCEL_SYSTEM = 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason';

/** Who cancelled: the reason's code (`pat…` the patient, `prov…` the service), else a declined participant. */
function cancelledBy(resource: FhirResource): CancelledBy | undefined {
  for (const c of codings(resource.cancelationReason)) {
    if (c.system && c.system !== CANCEL_SYSTEM) continue;
    if (c.code?.startsWith('pat')) return 'patient';
    if (c.code?.startsWith('prov')) return 'service';
  }
  for (const p of objects(resource.participant)) {
    if (str(p.status) !== 'declined') continue;
    const type = readReference(p.actor)?.type;
    if (type === 'Patient' || type === 'RelatedPerson') return 'patient';
    if (type) return 'service';
  }
  return undefined;
}

function appointmentStatus(recorded: string | undefined, future: boolean): { status: VisitStatus; attendedBeforeDate?: boolean } {
  switch (recorded) {
    case 'booked': return { status: future ? 'booked' : 'outcome-not-recorded' };
    case 'proposed':
    case 'pending': return { status: future ? 'requested' : 'outcome-not-recorded' };
    case 'waitlist': return { status: 'waitlist' };
    case 'cancelled': return { status: 'cancelled' };
    case 'noshow': return { status: future ? 'booked' : 'did-not-attend', attendedBeforeDate: future || undefined };
    // R69: a future appointment never reads as attended, whatever its status says.
    case 'fulfilled': return future ? { status: 'booked', attendedBeforeDate: true } : { status: 'attended' };
    case 'arrived':
    case 'checked-in': return future ? { status: 'booked', attendedBeforeDate: true } : { status: 'arrived' };
    default: return { status: 'unknown' };
  }
}

export function toAppointment(resource: unknown, now: Date, included: readonly FhirResource[] = []): VisitItem | undefined {
  if (!isResource(resource) || resource.resourceType !== 'Appointment') return undefined;
  const recorded = str(resource.status);
  if (recorded === 'entered-in-error') return undefined;
  const start = str(resource.start) ?? str(objects(resource.requestedPeriod)[0]?.start);
  const future = isFuture(start, now);
  const { status, attendedBeforeDate } = appointmentStatus(recorded, future);
  const ctx: ReferenceContext = { included, contained: containedOf(resource) };
  const actors = objects(resource.participant).map((p) => p.actor);
  const locations = actors.filter((a) => readReference(a)?.type === 'Location').map((a) => referenceName(a, ctx)).filter(isWords);
  const upcoming = recorded !== 'cancelled' && (future || (!start && ['booked', 'proposed', 'pending', 'waitlist'].includes(recorded ?? '')));
  return {
    id: `Appointment/${str(resource.id) ?? ''}`,
    resourceType: 'Appointment',
    kind: 'appointment',
    status,
    recordedStatus: recorded,
    start,
    end: str(resource.end),
    type: conceptText(resource.appointmentType) ?? str(resource.description) ?? conceptsText(resource.serviceCategory),
    specialty: conceptsText(resource.serviceType) ?? conceptsText(resource.specialty),
    place: locations.length ? locations.join(', ') : undefined,
    reason: conceptsText(resource.reasonCode),
    ...(recorded === 'cancelled' && { cancelledBy: cancelledBy(resource), cancelReason: conceptText(resource.cancelationReason) }),
    upcoming,
    current: false,
    ...(attendedBeforeDate && { attendedBeforeDate }),
    sensitivity: sensitivity(resource),
    source: sourceFrom(resource, actors.filter((a) => readReference(a)?.type !== 'Patient'), included),
  };
}

/** What a failed search was: a type this ICR does not serve (400/404/501 on the search) or a failure. */
export function isNotOffered(failure: { status?: number; kind: string } | undefined): boolean {
  return !!failure && failure.kind === 'unavailable' && (failure.status === 400 || failure.status === 404 || failure.status === 501);
}

/**
 * The Encounter and Appointment answers (either undefined when its search failed; `failed` says
 * which failed because the ICR does not offer it) → the view. Upcoming soonest first; the rest
 * newest first, undated last (R65).
 */
export function mapEncounters(
  results: (SearchResult | undefined)[], now: Date, patient?: Pick<PatientLoaded, 'included'>,
  notOffered: VisitSearch[] = [],
): Mapped<EncountersView> {
  const [encounters, appointments] = results;
  const included = [...results.flatMap((r) => r?.included ?? []), ...(patient?.included ?? [])];
  const hidden = noneHidden();
  const items: VisitItem[] = [];
  let seen = 0;
  for (const r of [...(encounters?.matches ?? []), ...(appointments?.matches ?? [])]) {
    if (!isResource(r) || (r.resourceType !== 'Encounter' && r.resourceType !== 'Appointment')) continue;
    seen++;
    if (str(r.status) === 'entered-in-error') {
      hidden.enteredInError++;
      continue;
    }
    const item = r.resourceType === 'Encounter' ? toEncounter(r, now, included) : toAppointment(r, now, included);
    if (item) items.push(item);
  }
  const order = new Map(items.map((e, i) => [e, i]));
  const soonest = (a: VisitItem, b: VisitItem) => -compareFhirDatesNewestFirst(a.start, b.start) || order.get(a)! - order.get(b)!;
  // Open stays first (they are what a clinician arriving needs), then what is still to come.
  const upcoming = items.filter((e) => e.current || e.upcoming)
    .sort((a, b) => Number(b.current) - Number(a.current) || soonest(a, b));
  const past = items.filter((e) => !e.current && !e.upcoming)
    .sort((a, b) => compareFhirDatesNewestFirst(a.start, b.start) || order.get(a)! - order.get(b)!);
  const unavailable: VisitSearch[] = [];
  if (!encounters && !notOffered.includes('Encounter')) unavailable.push('Encounter');
  if (results.length > 1 && !appointments && !notOffered.includes('Appointment')) unavailable.push('Appointment');
  const count = items.length;
  const kind = count ? 'loaded' : seen ? 'empty' : 'not-recorded';
  return { kind, view: { upcoming, past, hidden, unavailable, notOffered: [...notOffered] }, count };
}
