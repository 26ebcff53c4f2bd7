/**
 * Builders for the medications section: Medication, MedicationStatement and MedicationRequest, with
 * the shared shapes they need (dosage instructions as FHIR Dosage, and the medication as a code, a
 * reference or a contained resource).
 */
import { cc, EXT, SYS } from '../codes.js';
import { orgRef } from '../organisations.js';
import type { FhirCodeableConcept, FhirReference, FhirResource } from '../types.js';
import { asInstant, metaFor, notes, quantity, type ItemContext, type ItemOptions } from './item.js';

export interface Dosage {
  text?: string;
  sequence?: number;
  timing?: { frequency?: number; period?: number; periodUnit?: string; when?: string[]; boundsDays?: number };
  asNeeded?: boolean | FhirCodeableConcept;
  route?: FhirCodeableConcept;
  dose?: { value: number; unit: string; code?: string } | { low: number; high: number; unit: string; code?: string };
  rate?: { value: number; unit: string; code?: string };
  maxDosePerPeriod?: { value: number; unit: string; periodHours: number };
  additionalInstruction?: FhirCodeableConcept[];
}

export type MedicationSpec =
  | { codeable: FhirCodeableConcept }
  | { reference: string; display?: string }
  | { contained: { code: FhirCodeableConcept; form?: FhirCodeableConcept; ingredient?: unknown[] } };

export type MedicationOptions = ItemOptions & { code: FhirCodeableConcept; form?: FhirCodeableConcept };

export interface MedicationStatementOptions extends ItemOptions {
  medication: MedicationSpec;
  status: 'active' | 'completed' | 'entered-in-error' | 'intended' | 'stopped' | 'on-hold' | 'unknown' | 'not-taken';
  effective?: string | { start?: string; end?: string };
  dateAsserted: string;
  dosage?: Dosage[];
  lastIssueDate?: string;
  reason?: FhirCodeableConcept;
  statusReason?: FhirCodeableConcept;
  category?: 'inpatient' | 'outpatient' | 'community' | 'patientspecified';
}

export interface MedicationRequestOptions extends ItemOptions {
  medication: MedicationSpec;
  status: 'active' | 'on-hold' | 'cancelled' | 'completed' | 'entered-in-error' | 'stopped' | 'draft' | 'unknown';
  intent?: 'proposal' | 'plan' | 'order' | 'original-order' | 'reflex-order' | 'filler-order' | 'instance-order' | 'option';
  authoredOn: string;
  course?: 'continuous' | 'acute' | 'seasonal';
  category?: 'inpatient' | 'outpatient' | 'community' | 'discharge';
  dosage?: Dosage[];
  dispense?: { start: string; end?: string; repeats?: number; quantity?: { value: number; unit: string } };
  statusReason?: FhirCodeableConcept;
  reason?: FhirCodeableConcept;
}

function dosageJson(d: Dosage): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (d.sequence !== undefined) out['sequence'] = d.sequence;
  if (d.text !== undefined) out['text'] = d.text;
  if (d.additionalInstruction) out['additionalInstruction'] = d.additionalInstruction;
  if (d.timing) {
    const repeat: Record<string, unknown> = {};
    if (d.timing.boundsDays !== undefined) repeat['boundsDuration'] = { value: d.timing.boundsDays, unit: 'day', system: SYS.ucum, code: 'd' };
    if (d.timing.frequency !== undefined) repeat['frequency'] = d.timing.frequency;
    if (d.timing.period !== undefined) repeat['period'] = d.timing.period;
    if (d.timing.periodUnit !== undefined) repeat['periodUnit'] = d.timing.periodUnit;
    if (d.timing.when) repeat['when'] = d.timing.when;
    out['timing'] = { repeat };
  }
  if (typeof d.asNeeded === 'boolean') out['asNeededBoolean'] = d.asNeeded;
  else if (d.asNeeded) out['asNeededCodeableConcept'] = d.asNeeded;
  if (d.route) out['route'] = d.route;
  if (d.dose || d.rate) {
    const doseAndRate: Record<string, unknown> = { type: cc(SYS.doseRateType, 'ordered', 'Ordered') };
    if (d.dose && 'value' in d.dose) doseAndRate['doseQuantity'] = quantity(d.dose.value, d.dose.unit, d.dose.code);
    else if (d.dose) doseAndRate['doseRange'] = { low: quantity(d.dose.low, d.dose.unit, d.dose.code), high: quantity(d.dose.high, d.dose.unit, d.dose.code) };
    if (d.rate) doseAndRate['rateQuantity'] = quantity(d.rate.value, d.rate.unit, d.rate.code);
    out['doseAndRate'] = [doseAndRate];
  }
  if (d.maxDosePerPeriod) {
    out['maxDosePerPeriod'] = {
      numerator: quantity(d.maxDosePerPeriod.value, d.maxDosePerPeriod.unit),
      denominator: quantity(d.maxDosePerPeriod.periodHours, 'h', 'h'),
    };
  }
  return out;
}

function medicationX(spec: MedicationSpec, containedOut: FhirResource[]): Record<string, unknown> {
  if ('codeable' in spec) return { medicationCodeableConcept: spec.codeable };
  if ('reference' in spec) {
    const ref: FhirReference = { reference: `Medication/${spec.reference}` };
    if (spec.display) ref.display = spec.display;
    return { medicationReference: ref };
  }
  const id = `med${containedOut.length + 1}`;
  const contained: FhirResource = { resourceType: 'Medication', id, code: spec.contained.code };
  if (spec.contained.form) contained['form'] = spec.contained.form;
  if (spec.contained.ingredient) contained['ingredient'] = spec.contained.ingredient;
  containedOut.push(contained);
  return { medicationReference: { reference: `#${id}` } };
}

export function medicationResource(ctx: ItemContext, o: MedicationOptions): FhirResource {
  const r: FhirResource = {
    resourceType: 'Medication',
    id: ctx.nextId('med', o.id),
    meta: metaFor(o, o.lastUpdated ?? ctx.clock.daysAgo(30)),
    code: o.code,
  };
  if (o.form) r['form'] = o.form;
  return r;
}

export function medicationStatementResource(ctx: ItemContext, o: MedicationStatementOptions): FhirResource {
  const contained: FhirResource[] = [];
  const medX = medicationX(o.medication, contained);
  const effStart = typeof o.effective === 'string' ? o.effective : o.effective?.start;
  const r: FhirResource = {
    resourceType: 'MedicationStatement',
    id: ctx.nextId('medstmt', o.id),
    meta: metaFor(o, asInstant(o.lastIssueDate ?? effStart ?? o.dateAsserted)),
  };
  if (contained.length) r['contained'] = contained;
  if (o.lastIssueDate) r['extension'] = [{ url: EXT.lastIssueDate, valueDateTime: o.lastIssueDate }];
  r['status'] = o.status;
  if (o.statusReason) r['statusReason'] = [o.statusReason];
  r['category'] = cc(SYS.medStatementCategory, o.category ?? 'community', {
    inpatient: 'Inpatient',
    outpatient: 'Outpatient',
    community: 'Community',
    patientspecified: 'Patient Specified',
  }[o.category ?? 'community']);
  Object.assign(r, medX);
  r['subject'] = ctx.subject;
  if (typeof o.effective === 'string') r['effectiveDateTime'] = o.effective;
  else if (o.effective) r['effectivePeriod'] = o.effective;
  r['dateAsserted'] = o.dateAsserted;
  r['informationSource'] = orgRef(o.source);
  if (o.reason) r['reasonCode'] = [o.reason];
  Object.assign(r, notes(o));
  if (o.dosage) r['dosage'] = o.dosage.map(dosageJson);
  return r;
}

export function medicationRequestResource(ctx: ItemContext, o: MedicationRequestOptions): FhirResource {
  const contained: FhirResource[] = [];
  const medX = medicationX(o.medication, contained);
  const r: FhirResource = {
    resourceType: 'MedicationRequest',
    id: ctx.nextId('medreq', o.id),
    meta: metaFor(o, o.authoredOn),
  };
  if (contained.length) r['contained'] = contained;
  r['status'] = o.status;
  if (o.statusReason) r['statusReason'] = o.statusReason;
  r['intent'] = o.intent ?? 'order';
  r['category'] = [cc(SYS.medRequestCategory, o.category ?? 'community', {
    inpatient: 'Inpatient',
    outpatient: 'Outpatient',
    community: 'Community',
    discharge: 'Discharge',
  }[o.category ?? 'community'])];
  Object.assign(r, medX);
  r['subject'] = ctx.subject;
  r['authoredOn'] = o.authoredOn;
  r['requester'] = orgRef(o.source);
  if (o.reason) r['reasonCode'] = [o.reason];
  if (o.course) {
    r['courseOfTherapyType'] = cc(SYS.courseOfTherapy, o.course, {
      continuous: 'Continuous long term therapy',
      acute: 'Short course (acute) therapy',
      seasonal: 'Seasonal',
    }[o.course]);
  }
  Object.assign(r, notes(o));
  if (o.dosage) r['dosageInstruction'] = o.dosage.map(dosageJson);
  if (o.dispense) {
    const dr: Record<string, unknown> = { validityPeriod: { start: o.dispense.start, ...(o.dispense.end ? { end: o.dispense.end } : {}) } };
    if (o.dispense.repeats !== undefined) dr['numberOfRepeatsAllowed'] = o.dispense.repeats;
    if (o.dispense.quantity) dr['quantity'] = { value: o.dispense.quantity.value, unit: o.dispense.quantity.unit };
    r['dispenseRequest'] = dr;
  }
  return r;
}
