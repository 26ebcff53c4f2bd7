/**
 * The record builder a patient module describes its items with: `recordBuilder(...)` keeps the id
 * sequence, subject reference and clock of one patient's record, hands each item to the builder of
 * its resource family (allergies, medications, ... in this folder), and collects what they build in
 * order.
 */
import type { Clock } from '../clock.js';
import type { FhirReference, FhirResource } from '../types.js';
import { allergyListResource, allergyResource, type AllergyListOptions, type AllergyOptions } from './allergies.js';
import { conditionResource, type ConditionOptions } from './conditions.js';
import type { ItemContext } from './item.js';
import {
  medicationRequestResource,
  medicationResource,
  medicationStatementResource,
  type MedicationOptions,
  type MedicationRequestOptions,
  type MedicationStatementOptions,
} from './medications.js';
import { observationResource, type ObservationOptions } from './observations.js';
import { diagnosticReportResource, imagingStudyResource, type DiagnosticReportOptions, type ImagingStudyOptions } from './reports.js';
import {
  carePlanResource,
  episodeOfCareResource,
  flagResource,
  taskResource,
  type CarePlanOptions,
  type EpisodeOfCareOptions,
  type FlagOptions,
  type TaskOptions,
} from './social-care.js';

export interface RecordBuilder {
  readonly patientId: string;
  readonly subject: FhirReference;
  readonly clock: Clock;
  /** Add a ready-made resource (the Patient, a RelatedPerson, ...). */
  add<T extends FhirResource>(resource: T): T;
  allergy(o: AllergyOptions): FhirResource;
  medication(o: MedicationOptions): FhirResource;
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

export function recordBuilder(patientId: string, idPrefix: string, clock: Clock): RecordBuilder {
  const all: FhirResource[] = [];
  const counters = new Map<string, number>();
  const subject: FhirReference = { reference: `Patient/${patientId}` };
  const ctx: ItemContext = {
    subject,
    clock,
    idPrefix,
    nextId(kind, explicit) {
      if (explicit) return explicit;
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      return `${idPrefix}-${kind}-${n}`;
    },
    generated: (kind) => counters.get(kind) ?? 0,
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
    allergy: (o) => push(allergyResource(ctx, o)),
    medication: (o) => push(medicationResource(ctx, o)),
    medicationStatement: (o) => push(medicationStatementResource(ctx, o)),
    medicationRequest: (o) => push(medicationRequestResource(ctx, o)),
    condition: (o) => push(conditionResource(ctx, o)),
    observation: (o) => push(observationResource(ctx, o)),
    diagnosticReport: (o) => push(diagnosticReportResource(ctx, o)),
    imagingStudy: (o) => push(imagingStudyResource(ctx, o)),
    task: (o) => push(taskResource(ctx, o)),
    flag: (o) => push(flagResource(ctx, o)),
    episodeOfCare: (o) => push(episodeOfCareResource(ctx, o)),
    carePlan: (o) => push(carePlanResource(ctx, o)),
    allergyList: (o) => push(allergyListResource(ctx, o)),
  };
}
