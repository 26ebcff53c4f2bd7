/**
 * Builders for the encounters and immunisations sections (issue 19): Encounter (stays and
 * attendances), Appointment and Immunization. They take the record builder and add to it, so the
 * shared record builder needs no new methods; ids are `<prefix>-<kind>-<n>` per record.
 */
import { orgRef, type MockOrganisation } from '../organisations.js';
import type { FhirCodeableConcept, FhirResource } from '../types.js';
import type { RecordBuilder } from './record.js';
import { asInstant, metaFor, notes, type ItemOptions } from './item.js';

const V3_ACT = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const CLASS_DISPLAY: Record<EncounterClass, string> = {
  IMP: 'inpatient encounter', EMER: 'emergency', AMB: 'ambulatory', HH: 'home health', VR: 'virtual',
};
const CANCEL_SYSTEM = 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason';

export type EncounterClass = 'IMP' | 'EMER' | 'AMB' | 'HH' | 'VR';

export interface EncounterOptions extends ItemOptions {
  class: EncounterClass;
  status: 'planned' | 'arrived' | 'triaged' | 'in-progress' | 'onleave' | 'finished' | 'cancelled' | 'entered-in-error' | 'unknown';
  period?: { start?: string; end?: string };
  type?: FhirCodeableConcept;
  serviceType?: FhirCodeableConcept;
  /** Ward or place, as a display-only Location reference. */
  location?: string;
  reason?: FhirCodeableConcept;
}

export interface AppointmentOptions extends ItemOptions {
  status: 'proposed' | 'pending' | 'booked' | 'arrived' | 'fulfilled' | 'cancelled' | 'noshow' | 'entered-in-error' | 'checked-in' | 'waitlist';
  start?: string;
  end?: string;
  serviceType?: FhirCodeableConcept;
  appointmentType?: FhirCodeableConcept;
  description?: string;
  location?: string;
  /** `pat` / `prov` (who cancelled) with its words. */
  cancelation?: { code: 'pat' | 'prov' | 'other'; text: string };
}

export interface ImmunizationOptions extends ItemOptions {
  status: 'completed' | 'not-done' | 'entered-in-error';
  vaccine: FhirCodeableConcept;
  /** FHIR dateTime or date (precision kept). */
  occurrence?: string;
  /** When only words were recorded ("Spring 2019"). */
  occurrenceString?: string;
  statusReason?: FhirCodeableConcept;
  dose?: number | string;
  seriesDoses?: number;
  series?: string;
  targetDisease?: FhirCodeableConcept;
}

const counters = new WeakMap<RecordBuilder, Map<string, number>>();

function nextId(b: RecordBuilder, kind: string, explicit?: string): string {
  if (explicit) return explicit;
  const map = counters.get(b) ?? new Map<string, number>();
  counters.set(b, map);
  const n = (map.get(kind) ?? 0) + 1;
  map.set(kind, n);
  return `${b.patientId.replace(/^pat-/, '')}-${kind}-${n}`;
}

const performer = (o: MockOrganisation) => ({ actor: orgRef(o) });

export function addEncounter(b: RecordBuilder, o: EncounterOptions): FhirResource {
  const r: FhirResource = {
    resourceType: 'Encounter',
    id: nextId(b, 'encounter', o.id),
    meta: metaFor(o, asInstant(o.period?.end ?? o.period?.start ?? b.clock.daysAgo(1))),
    status: o.status,
    class: { system: V3_ACT, code: o.class, display: CLASS_DISPLAY[o.class] },
    subject: b.subject,
  };
  if (o.type) r['type'] = [o.type];
  if (o.serviceType) r['serviceType'] = o.serviceType;
  if (o.period) r['period'] = o.period;
  if (o.reason) r['reasonCode'] = [o.reason];
  if (o.location) r['location'] = [{ location: { display: o.location } }];
  r['serviceProvider'] = orgRef(o.source);
  Object.assign(r, notes(o));
  return b.add(r);
}

export function addAppointment(b: RecordBuilder, o: AppointmentOptions): FhirResource {
  const r: FhirResource = {
    resourceType: 'Appointment',
    id: nextId(b, 'appointment', o.id),
    meta: metaFor(o, asInstant(o.start ?? b.clock.daysAgo(1))),
    status: o.status,
  };
  if (o.cancelation) r['cancelationReason'] = { coding: [{ system: CANCEL_SYSTEM, code: o.cancelation.code }], text: o.cancelation.text };
  if (o.serviceType) r['serviceType'] = [o.serviceType];
  if (o.appointmentType) r['appointmentType'] = o.appointmentType;
  if (o.description) r['description'] = o.description;
  if (o.start) r['start'] = o.start;
  if (o.end) r['end'] = o.end;
  const declined = o.cancelation?.code === 'pat';
  r['participant'] = [
    { actor: b.subject, status: declined ? 'declined' : 'accepted' },
    { actor: orgRef(o.source), status: 'accepted' },
    ...(o.location ? [{ actor: { reference: `Location/${nextId(b, 'location')}`, type: 'Location', display: o.location }, status: 'accepted' }] : []),
  ];
  Object.assign(r, notes(o));
  return b.add(r);
}

export function addImmunization(b: RecordBuilder, o: ImmunizationOptions): FhirResource {
  const r: FhirResource = {
    resourceType: 'Immunization',
    id: nextId(b, 'immunization', o.id),
    meta: metaFor(o, asInstant(o.occurrence ?? b.clock.daysAgo(1))),
    status: o.status,
  };
  if (o.statusReason) r['statusReason'] = o.statusReason;
  r['vaccineCode'] = o.vaccine;
  r['patient'] = b.subject;
  if (o.occurrence) r['occurrenceDateTime'] = o.occurrence;
  else if (o.occurrenceString) r['occurrenceString'] = o.occurrenceString;
  r['primarySource'] = true;
  r['performer'] = [performer(o.source)];
  if (o.dose !== undefined || o.series || o.targetDisease) {
    const applied: Record<string, unknown> = {};
    if (o.series) applied['series'] = o.series;
    if (o.targetDisease) applied['targetDisease'] = [o.targetDisease];
    if (typeof o.dose === 'number') applied['doseNumberPositiveInt'] = o.dose;
    else if (o.dose !== undefined) applied['doseNumberString'] = o.dose;
    if (o.seriesDoses !== undefined) applied['seriesDosesPositiveInt'] = o.seriesDoses;
    r['protocolApplied'] = [applied];
  }
  Object.assign(r, notes(o));
  return b.add(r);
}
