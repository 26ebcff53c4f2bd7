/**
 * Shared builders for the FHIR R4 / UK Core shapes of the synthetic population. A patient module
 * calls `recordBuilder(...)` and describes its items; the builder fills in ids, subject references,
 * `meta.source`, security labels, the social-care tag and the source organisation reference, so that
 * every item carries its source (R42, R44) the same way.
 */
import type { Clock } from './clock.js';
import {
  defaultPractitioner,
  orgRef,
  practitionerRoleRef,
  type MockOrganisation,
  type MockPractitioner,
} from './organisations.js';
import { ALLERGY_LIST_CODE, cc, coding, EXT, snomed, SOCIAL_CARE_TAG, SYS } from './codes.js';
import type { FhirCodeableConcept, FhirCoding, FhirMeta, FhirReference, FhirResource } from './types.js';

export * from './codes.js';

export type Confidentiality = 'R' | 'V';

const CONFIDENTIALITY_DISPLAY: Record<Confidentiality, string> = { R: 'restricted', V: 'very restricted' };

export function securityLabel(code: Confidentiality): FhirCoding {
  return coding(SYS.confidentiality, code, CONFIDENTIALITY_DISPLAY[code]);
}

export function quantity(value: number, unit?: string, code?: string): Record<string, unknown> {
  if (unit === undefined) return { value };
  return { value, unit, system: SYS.ucum, code: code ?? unit };
}

/** UTF-8 text as base64, in browsers and Node alike. */
export function base64(value: string): string {
  const bytes = new TextEncoder().encode(value);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** A small, valid one-page PDF showing `lines` (for `presentedForm` application/pdf). */
export function minimalPdf(lines: readonly string[]): string {
  const esc = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = ['BT', '/F1 12 Tf', '72 770 Td', '16 TL', ...lines.map((l) => `(${esc(l)}) '`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return pdf;
}

// ---------------------------------------------------------------------------------------------
// Common item options

export interface ItemOptions {
  /** Logical id; generated (`<prefix>-<kind>-<n>`) when absent. */
  id?: string;
  /** The organisation whose system holds the item. */
  source: MockOrganisation;
  /** `meta.security` confidentiality (R51). */
  security?: Confidentiality;
  /** `meta.lastUpdated`; defaults to the item's main date. */
  lastUpdated?: string;
  /** Tag the item as social care (set by default on Task, EpisodeOfCare and social-care Flags). */
  socialCare?: boolean;
  note?: string;
}

export interface Reaction {
  manifestation: FhirCodeableConcept;
  severity?: 'mild' | 'moderate' | 'severe';
  description?: string;
  onset?: string;
}

export interface AllergyOptions extends ItemOptions {
  code: FhirCodeableConcept;
  recorded: string;
  /** `null` leaves clinicalStatus out (allowed, and then read as active). */
  clinical?: 'active' | 'inactive' | 'resolved' | null;
  verification?: 'confirmed' | 'unconfirmed' | 'refuted' | 'entered-in-error';
  type?: 'allergy' | 'intolerance';
  category?: Array<'food' | 'medication' | 'environment' | 'biologic'>;
  criticality?: 'low' | 'high' | 'unable-to-assess';
  onset?: string;
  lastOccurrence?: string;
  reactions?: Reaction[];
  recorder?: MockPractitioner;
}

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

export interface ConditionOptions extends ItemOptions {
  code: FhirCodeableConcept;
  clinical?: 'active' | 'recurrence' | 'relapse' | 'inactive' | 'remission' | 'resolved' | null;
  verification?: 'unconfirmed' | 'provisional' | 'differential' | 'confirmed' | 'refuted' | 'entered-in-error';
  category?: 'problem-list-item' | 'encounter-diagnosis';
  onset?: string;
  abatement?: string;
  recorded: string;
  severity?: FhirCodeableConcept;
  recorder?: MockPractitioner;
}

export type ObservationValue =
  | { quantity: number; unit?: string; code?: string; comparator?: '<' | '<=' | '>=' | '>' }
  | { string: string }
  | { concept: FhirCodeableConcept };

export interface ObservationOptions extends ItemOptions {
  code: FhirCodeableConcept;
  category: 'laboratory' | 'vital-signs' | 'social-history' | 'survey' | 'exam';
  effective: string;
  issued?: string;
  status?: 'registered' | 'preliminary' | 'final' | 'amended' | 'corrected' | 'cancelled' | 'entered-in-error';
  value?: ObservationValue;
  range?: { low?: number; high?: number; unit?: string; code?: string; text?: string };
  interpretation?: 'H' | 'L' | 'N' | 'HH' | 'LL' | 'A';
  dataAbsent?: { code: string; display: string; text?: string };
  components?: Array<{ code: FhirCodeableConcept; value: number; unit: string; ucum?: string }>;
}

export interface PresentedForm {
  contentType: 'text/plain' | 'text/html' | 'application/pdf';
  /** The document text (PDF source for application/pdf); base64-encoded by the builder. */
  text: string;
  title?: string;
}

export interface DiagnosticReportOptions extends ItemOptions {
  code: FhirCodeableConcept;
  /** A v2-0074 code (`RAD`, `LAB`, `HM`, `MB`, `OTH`, ...) or a whole CodeableConcept. */
  category: string | FhirCodeableConcept;
  status: 'registered' | 'partial' | 'preliminary' | 'final' | 'amended' | 'corrected' | 'appended' | 'cancelled' | 'entered-in-error';
  effective: string;
  issued: string;
  results?: string[];
  imagingStudies?: string[];
  conclusion?: string;
  presentedForm?: PresentedForm[];
}

export interface ImagingStudyOptions extends ItemOptions {
  started: string;
  modality: { code: string; display: string };
  description: string;
  bodySite?: FhirCodeableConcept;
  instances?: number;
}

export interface TaskOptions extends ItemOptions {
  code: FhirCodeableConcept;
  status: 'draft' | 'requested' | 'received' | 'accepted' | 'rejected' | 'ready' | 'cancelled' | 'in-progress' | 'on-hold' | 'failed' | 'completed' | 'entered-in-error';
  businessStatus?: FhirCodeableConcept;
  authoredOn: string;
  lastModified?: string;
  executionPeriod?: { start?: string; end?: string };
  /** Due by (Task.restriction.period.end). */
  dueBy?: string;
  owner: MockOrganisation;
  requester?: MockOrganisation;
  basedOn?: string[];
  description?: string;
}

export interface FlagOptions extends ItemOptions {
  category: FhirCodeableConcept[];
  code: FhirCodeableConcept;
  status: 'active' | 'inactive' | 'entered-in-error';
  period: { start?: string; end?: string };
}

export interface EpisodeOfCareOptions extends ItemOptions {
  type: FhirCodeableConcept[];
  status: 'planned' | 'waitlist' | 'active' | 'onhold' | 'finished' | 'cancelled' | 'entered-in-error';
  period: { start?: string; end?: string };
}

export interface CarePlanOptions extends ItemOptions {
  category: FhirCodeableConcept[];
  title: string;
  description?: string;
  status: 'draft' | 'active' | 'on-hold' | 'revoked' | 'completed' | 'entered-in-error' | 'unknown';
  intent?: 'proposal' | 'plan' | 'order' | 'option';
  created: string;
  period?: { start?: string; end?: string };
  activities?: Array<{ code: FhirCodeableConcept; status: string; scheduledStart?: string; description?: string }>;
}

export interface AllergyListOptions extends ItemOptions {
  date: string;
  /** Ids of the AllergyIntolerance entries. */
  entries?: string[];
  emptyReason?: 'nilknown' | 'notasked' | 'no-content-recorded';
  warning?: 'confidential-items' | 'data-in-transit' | 'data-awaiting-filing';
}

const EMPTY_REASON: Record<NonNullable<AllergyListOptions['emptyReason']>, FhirCodeableConcept> = {
  nilknown: cc(SYS.listEmptyReason, 'nilknown', 'Nil Known'),
  notasked: cc(SYS.listEmptyReason, 'notasked', 'Not Asked'),
  'no-content-recorded': cc(SYS.ukListEmptyReason, 'no-content-recorded', 'No Content Recorded'),
};

const LIST_WARNING_DISPLAY: Record<NonNullable<AllergyListOptions['warning']>, string> = {
  'confidential-items': 'Confidential Items',
  'data-in-transit': 'Data in Transit',
  'data-awaiting-filing': 'Data Awaiting Filing',
};

const V2_0074_DISPLAY: Record<string, string> = {
  RAD: 'Radiology',
  LAB: 'Laboratory',
  HM: 'Hematology',
  MB: 'Microbiology',
  CH: 'Chemistry',
  SP: 'Surgical Pathology',
  CP: 'Cytopathology',
  PAT: 'Pathology (gross & histopath, not surgical)',
  OTH: 'Other',
};

const INTERPRETATION_DISPLAY: Record<string, string> = {
  H: 'High',
  L: 'Low',
  N: 'Normal',
  HH: 'Critical high',
  LL: 'Critical low',
  A: 'Abnormal',
};

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

export interface RecordBuilder {
  readonly patientId: string;
  readonly subject: FhirReference;
  readonly clock: Clock;
  /** Add a ready-made resource (the Patient, a RelatedPerson, ...). */
  add<T extends FhirResource>(resource: T): T;
  allergy(o: AllergyOptions): FhirResource;
  medication(o: ItemOptions & { code: FhirCodeableConcept; form?: FhirCodeableConcept }): FhirResource;
  medicationStatement(o: MedicationStatementOptions): FhirResource;
  medicationRequest(o: MedicationRequestOptions): FhirResource;
  condition(o: ConditionOptions): FhirResource;
  observation(o: ObservationOptions): FhirResource;
  diagnosticReport(o: DiagnosticReportOptions): FhirResource;
  imagingStudy(o: ImagingStudyOptions): FhirResource;
  task(o: TaskOptions): FhirResource;
  flag(o: FlagOptions): FhirResource;
  episodeOfCare(o: EpisodeOfCareOptions): FhirResource;
  carePlan(o: CarePlanOptions): FhirResource;
  allergyList(o: AllergyListOptions): FhirResource;
  /** Everything built so far, in order. */
  resources(): FhirResource[];
}

function metaFor(o: ItemOptions, fallbackDate: string, socialCareDefault = false): FhirMeta {
  const meta: FhirMeta = { lastUpdated: o.lastUpdated ?? fallbackDate, source: o.source.source };
  if (o.security) meta.security = [securityLabel(o.security)];
  if (o.socialCare ?? socialCareDefault) meta.tag = [SOCIAL_CARE_TAG];
  return meta;
}

/** A dateTime for meta.lastUpdated from a value that may be a partial date. */
function asInstant(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value}-01-01T00:00:00+00:00`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01T00:00:00+00:00`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00+00:00`;
  return value;
}

function notes(o: ItemOptions): Record<string, unknown> {
  return o.note ? { note: [{ text: o.note }] } : {};
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

export function recordBuilder(patientId: string, idPrefix: string, clock: Clock): RecordBuilder {
  const all: FhirResource[] = [];
  const counters = new Map<string, number>();
  const subject: FhirReference = { reference: `Patient/${patientId}` };
  const nextId = (kind: string, explicit?: string): string => {
    if (explicit) return explicit;
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    return `${idPrefix}-${kind}-${n}`;
  };
  const push = <T extends FhirResource>(r: T): T => {
    all.push(r);
    return r;
  };

  return {
    patientId,
    subject,
    clock,
    add: push,
    resources: () => all,

    allergy(o) {
      const r: FhirResource = {
        resourceType: 'AllergyIntolerance',
        id: nextId('allergy', o.id),
        meta: metaFor(o, asInstant(o.recorded)),
      };
      const clinical = o.clinical === undefined ? 'active' : o.clinical;
      const verification = o.verification ?? 'confirmed';
      // R4 (ait-1/ait-2): clinicalStatus SHALL be present unless entered in error, and absent when it is.
      if (clinical !== null && verification !== 'entered-in-error') {
        r['clinicalStatus'] = cc(SYS.allergyClinical, clinical, clinical.charAt(0).toUpperCase() + clinical.slice(1));
      }
      r['verificationStatus'] = cc(SYS.allergyVerification, verification, {
        confirmed: 'Confirmed',
        unconfirmed: 'Unconfirmed',
        refuted: 'Refuted',
        'entered-in-error': 'Entered in Error',
      }[verification]);
      if (o.type) r['type'] = o.type;
      if (o.category) r['category'] = o.category;
      if (o.criticality) r['criticality'] = o.criticality;
      r['code'] = o.code;
      r['patient'] = subject;
      if (o.onset) r['onsetDateTime'] = o.onset;
      r['recordedDate'] = o.recorded;
      r['recorder'] = practitionerRoleRef(o.recorder ?? defaultPractitioner(o.source));
      if (o.lastOccurrence) r['lastOccurrence'] = o.lastOccurrence;
      Object.assign(r, notes(o));
      if (o.reactions) {
        r['reaction'] = o.reactions.map((re) => {
          const out: Record<string, unknown> = { manifestation: [re.manifestation] };
          if (re.description) out['description'] = re.description;
          if (re.onset) out['onset'] = re.onset;
          if (re.severity) out['severity'] = re.severity;
          return out;
        });
      }
      return push(r);
    },

    medication(o) {
      const r: FhirResource = {
        resourceType: 'Medication',
        id: nextId('med', o.id),
        meta: metaFor(o, o.lastUpdated ?? clock.daysAgo(30)),
        code: o.code,
      };
      if (o.form) r['form'] = o.form;
      return push(r);
    },

    medicationStatement(o) {
      const contained: FhirResource[] = [];
      const medX = medicationX(o.medication, contained);
      const effStart = typeof o.effective === 'string' ? o.effective : o.effective?.start;
      const r: FhirResource = {
        resourceType: 'MedicationStatement',
        id: nextId('medstmt', o.id),
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
      r['subject'] = subject;
      if (typeof o.effective === 'string') r['effectiveDateTime'] = o.effective;
      else if (o.effective) r['effectivePeriod'] = o.effective;
      r['dateAsserted'] = o.dateAsserted;
      r['informationSource'] = orgRef(o.source);
      if (o.reason) r['reasonCode'] = [o.reason];
      Object.assign(r, notes(o));
      if (o.dosage) r['dosage'] = o.dosage.map(dosageJson);
      return push(r);
    },

    medicationRequest(o) {
      const contained: FhirResource[] = [];
      const medX = medicationX(o.medication, contained);
      const r: FhirResource = {
        resourceType: 'MedicationRequest',
        id: nextId('medreq', o.id),
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
      r['subject'] = subject;
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
      return push(r);
    },

    condition(o) {
      const verification = o.verification ?? 'confirmed';
      const r: FhirResource = {
        resourceType: 'Condition',
        id: nextId('condition', o.id),
        meta: metaFor(o, asInstant(o.recorded)),
      };
      const clinical = o.clinical === undefined ? 'active' : o.clinical;
      // R4 con-5: no clinicalStatus when entered in error.
      if (clinical !== null && verification !== 'entered-in-error') {
        r['clinicalStatus'] = cc(SYS.conditionClinical, clinical, clinical.charAt(0).toUpperCase() + clinical.slice(1));
      }
      r['verificationStatus'] = cc(SYS.conditionVerification, verification, {
        unconfirmed: 'Unconfirmed',
        provisional: 'Provisional',
        differential: 'Differential',
        confirmed: 'Confirmed',
        refuted: 'Refuted',
        'entered-in-error': 'Entered in Error',
      }[verification]);
      const category = o.category ?? 'problem-list-item';
      r['category'] = [cc(SYS.conditionCategory, category, category === 'problem-list-item' ? 'Problem List Item' : 'Encounter Diagnosis')];
      if (o.severity) r['severity'] = o.severity;
      r['code'] = o.code;
      r['subject'] = subject;
      if (o.onset) r['onsetDateTime'] = o.onset;
      if (o.abatement) r['abatementDateTime'] = o.abatement;
      r['recordedDate'] = o.recorded;
      r['recorder'] = practitionerRoleRef(o.recorder ?? defaultPractitioner(o.source));
      Object.assign(r, notes(o));
      return push(r);
    },

    observation(o) {
      const r: FhirResource = {
        resourceType: 'Observation',
        id: nextId('obs', o.id),
        meta: metaFor(o, o.issued ?? o.effective),
        status: o.status ?? 'final',
        category: [cc(SYS.observationCategory, o.category, {
          laboratory: 'Laboratory',
          'vital-signs': 'Vital Signs',
          'social-history': 'Social History',
          survey: 'Survey',
          exam: 'Exam',
        }[o.category])],
        code: o.code,
        subject,
        effectiveDateTime: o.effective,
      };
      if (o.issued) r['issued'] = o.issued;
      r['performer'] = [orgRef(o.source)];
      if (o.value && 'quantity' in o.value) {
        const q = quantity(o.value.quantity, o.value.unit, o.value.code);
        if (o.value.comparator) q['comparator'] = o.value.comparator;
        r['valueQuantity'] = q;
      } else if (o.value && 'string' in o.value) r['valueString'] = o.value.string;
      else if (o.value && 'concept' in o.value) r['valueCodeableConcept'] = o.value.concept;
      if (o.dataAbsent) {
        const dar: FhirCodeableConcept = { coding: [coding(SYS.dataAbsentReason, o.dataAbsent.code, o.dataAbsent.display)] };
        if (o.dataAbsent.text) dar.text = o.dataAbsent.text;
        r['dataAbsentReason'] = dar;
      }
      if (o.interpretation) {
        r['interpretation'] = [cc(SYS.interpretation, o.interpretation, INTERPRETATION_DISPLAY[o.interpretation])];
      }
      Object.assign(r, notes(o));
      if (o.range) {
        const range: Record<string, unknown> = {};
        if (o.range.low !== undefined) range['low'] = quantity(o.range.low, o.range.unit, o.range.code);
        if (o.range.high !== undefined) range['high'] = quantity(o.range.high, o.range.unit, o.range.code);
        if (o.range.text) range['text'] = o.range.text;
        r['referenceRange'] = [range];
      }
      if (o.components) {
        r['component'] = o.components.map((c) => ({ code: c.code, valueQuantity: quantity(c.value, c.unit, c.ucum) }));
      }
      return push(r);
    },

    diagnosticReport(o) {
      const category =
        typeof o.category === 'string'
          ? cc(SYS.v2_0074, o.category, V2_0074_DISPLAY[o.category] ?? o.category)
          : o.category;
      const r: FhirResource = {
        resourceType: 'DiagnosticReport',
        id: nextId('report', o.id),
        meta: metaFor(o, o.issued),
        status: o.status,
        category: [category],
        code: o.code,
        subject,
        effectiveDateTime: o.effective,
        issued: o.issued,
        performer: [orgRef(o.source)],
      };
      if (o.results) r['result'] = o.results.map((id) => ({ reference: `Observation/${id}` }));
      if (o.imagingStudies) r['imagingStudy'] = o.imagingStudies.map((id) => ({ reference: `ImagingStudy/${id}` }));
      if (o.conclusion) r['conclusion'] = o.conclusion;
      if (o.presentedForm) {
        r['presentedForm'] = o.presentedForm.map((f) => ({
          contentType: f.contentType,
          language: 'en-GB',
          data: base64(f.text),
          ...(f.title ? { title: f.title } : {}),
          creation: o.issued,
        }));
      }
      return push(r);
    },

    imagingStudy(o) {
      const n = o.instances ?? 1;
      const seed = `${idPrefix}${(counters.get('imaging') ?? 0) + 1}`.replace(/\D/g, '') || '1';
      const r: FhirResource = {
        resourceType: 'ImagingStudy',
        id: nextId('imaging', o.id),
        meta: metaFor(o, o.started),
        status: 'available',
        modality: [coding(SYS.dicom, o.modality.code, o.modality.display)],
        subject,
        started: o.started,
        numberOfSeries: 1,
        numberOfInstances: n,
        description: o.description,
        series: [
          {
            uid: `2.25.1${seed}0${n}`,
            number: 1,
            modality: coding(SYS.dicom, o.modality.code, o.modality.display),
            description: o.description,
            numberOfInstances: n,
            ...(o.bodySite ? { bodySite: o.bodySite.coding?.[0] } : {}),
            performer: [{ actor: orgRef(o.source) }],
            instance: Array.from({ length: n }, (_, i) => ({
              uid: `2.25.1${seed}0${n}${i + 1}`,
              sopClass: coding('urn:ietf:rfc:3986', 'urn:oid:1.2.840.10008.5.1.4.1.1.2'),
              number: i + 1,
            })),
          },
        ],
      };
      return push(r);
    },

    task(o) {
      const r: FhirResource = {
        resourceType: 'Task',
        id: nextId('task', o.id),
        meta: metaFor(o, o.lastModified ?? o.authoredOn, true),
      };
      if (o.basedOn) r['basedOn'] = o.basedOn.map((ref) => ({ reference: ref }));
      r['status'] = o.status;
      if (o.businessStatus) r['businessStatus'] = o.businessStatus;
      r['intent'] = 'order';
      r['code'] = o.code;
      if (o.description) r['description'] = o.description;
      r['for'] = subject;
      if (o.executionPeriod) r['executionPeriod'] = o.executionPeriod;
      r['authoredOn'] = o.authoredOn;
      if (o.lastModified) r['lastModified'] = o.lastModified;
      r['requester'] = orgRef(o.requester ?? o.owner);
      r['owner'] = orgRef(o.owner);
      if (o.dueBy) r['restriction'] = { period: { end: o.dueBy } };
      Object.assign(r, notes(o));
      return push(r);
    },

    flag(o) {
      const r: FhirResource = {
        resourceType: 'Flag',
        id: nextId('flag', o.id),
        meta: metaFor(o, asInstant(o.period.start ?? clock.daysAgo(1))),
        status: o.status,
        category: o.category,
        code: o.code,
        subject,
        period: o.period,
        author: orgRef(o.source),
      };
      return push(r);
    },

    episodeOfCare(o) {
      const r: FhirResource = {
        resourceType: 'EpisodeOfCare',
        id: nextId('episode', o.id),
        meta: metaFor(o, asInstant(o.period.start ?? clock.daysAgo(1)), true),
        status: o.status,
        type: o.type,
        patient: subject,
        managingOrganization: orgRef(o.source),
        period: o.period,
      };
      return push(r);
    },

    carePlan(o) {
      const r: FhirResource = {
        resourceType: 'CarePlan',
        id: nextId('careplan', o.id),
        meta: metaFor(o, asInstant(o.created)),
        status: o.status,
        intent: o.intent ?? 'plan',
        category: o.category,
        title: o.title,
      };
      if (o.description) r['description'] = o.description;
      r['subject'] = subject;
      if (o.period) r['period'] = o.period;
      r['created'] = o.created;
      r['author'] = orgRef(o.source);
      if (o.activities) {
        r['activity'] = o.activities.map((a) => ({
          detail: {
            code: a.code,
            status: a.status,
            ...(a.description ? { description: a.description } : {}),
            ...(a.scheduledStart ? { scheduledPeriod: { start: a.scheduledStart } } : {}),
          },
        }));
      }
      Object.assign(r, notes(o));
      return push(r);
    },

    allergyList(o) {
      const r: FhirResource = {
        resourceType: 'List',
        id: nextId('list', o.id),
        meta: metaFor(o, o.date),
      };
      if (o.warning) {
        r['extension'] = [
          { url: EXT.listWarning, valueCodeableConcept: cc(SYS.ukListWarning, o.warning, LIST_WARNING_DISPLAY[o.warning]) },
        ];
      }
      r['status'] = 'current';
      r['mode'] = 'snapshot';
      r['title'] = 'Allergies and adverse reactions';
      r['code'] = snomed(ALLERGY_LIST_CODE, 'Allergies and adverse reactions');
      r['subject'] = subject;
      r['date'] = o.date;
      Object.assign(r, notes(o));
      if (o.entries?.length) r['entry'] = o.entries.map((id) => ({ item: { reference: `AllergyIntolerance/${id}` } }));
      if (o.emptyReason) r['emptyReason'] = EMPTY_REASON[o.emptyReason];
      return push(r);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Patient helpers

export type VerificationStatus = '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08';

const VERIFICATION_DISPLAY: Record<VerificationStatus, string> = {
  '01': 'Number present and verified',
  '02': 'Number present but not traced',
  '03': 'Trace required',
  '04': 'Trace attempted - No match or multiple match found',
  '05': 'Trace needs to be resolved - (NHS number or patient detail conflict)',
  '06': 'Trace in progress',
  '07': 'Number not present and trace not required',
  '08': 'Trace postponed (baby under six weeks old)',
};

export function nhsNumberIdentifier(value: string, verification: VerificationStatus = '01'): Record<string, unknown> {
  return {
    extension: [
      {
        url: EXT.nhsNumberVerification,
        valueCodeableConcept: cc(SYS.nhsNumberVerification, verification, VERIFICATION_DISPLAY[verification]),
      },
    ],
    system: SYS.nhsNumber,
    value,
  };
}

export function officialName(family: string, given: string[], prefix?: string): Record<string, unknown> {
  return { use: 'official', family, given, ...(prefix ? { prefix: [prefix] } : {}) };
}

export function deathNotification(code: '1' | '2' | 'U', effective: string): Record<string, unknown> {
  const display = { '1': 'Informal - death notice received via an update from a local NHS Organisation such as GP or Trust', '2': 'Formal - death notice received from Registrar of Deaths', U: 'Removed' }[code];
  return {
    url: EXT.deathNotification,
    extension: [
      { url: 'deathNotificationStatus', valueCodeableConcept: cc(SYS.deathNotification, code, display) },
      { url: 'systemEffectiveDate', valueDateTime: effective },
    ],
  };
}

/** Build a Patient resource; PDS-style `meta.security` R when `restricted`. */
export function patientResource(p: {
  id: string;
  source: MockOrganisation;
  lastUpdated: string;
  restricted?: boolean;
  body: Record<string, unknown>;
}): FhirResource {
  const meta: FhirMeta = { lastUpdated: p.lastUpdated, source: p.source.source };
  if (p.restricted) meta.security = [securityLabel('R')];
  return { resourceType: 'Patient', id: p.id, meta, ...p.body };
}
