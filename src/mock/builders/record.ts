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
  /** A RecordBuilder method: build the item with this record's context, then add it. */
  const item =
    <O>(build: (c: ItemContext, o: O) => FhirResource) =>
    (o: O): FhirResource =>
      push(build(ctx, o));

  return {
    patientId,
    subject,
    clock,
    add: push,
    resources: () => all,
    allergy: item(allergyResource),
    medication: item(medicationResource),
    medicationStatement: item(medicationStatementResource),
    medicationRequest: item(medicationRequestResource),
    condition: item(conditionResource),
    observation: item(observationResource),
    diagnosticReport: item(diagnosticReportResource),
    imagingStudy: item(imagingStudyResource),
    task: item(taskResource),
    flag: item(flagResource),
    episodeOfCare: item(episodeOfCareResource),
    carePlan: item(carePlanResource),
    allergyList: item(allergyListResource),
  };
}
