/**
 * Shared builders for the FHIR R4 / UK Core shapes of the synthetic population. A patient module
 * calls `recordBuilder(...)` and describes its items; the builder fills in ids, subject references,
 * `meta.source`, security labels, the social-care tag and the source organisation reference, so that
 * every item carries its source (R42, R44) the same way.
 *
 * This file is the one import patient modules need: the builders themselves live in `builders/`, one
 * module per resource family, and the codes in `codes.ts`.
 */
export * from './codes.js';
export { quantity, securityLabel, type Confidentiality, type ItemOptions } from './builders/item.js';
export { type AllergyListOptions, type AllergyOptions, type Reaction } from './builders/allergies.js';
export {
  type Dosage,
  type MedicationRequestOptions,
  type MedicationSpec,
  type MedicationStatementOptions,
} from './builders/medications.js';
export { type ConditionOptions } from './builders/conditions.js';
export { type ObservationOptions, type ObservationValue } from './builders/observations.js';
export {
  base64,
  minimalPdf,
  type DiagnosticReportOptions,
  type ImagingStudyOptions,
  type PresentedForm,
} from './builders/reports.js';
export { type CarePlanOptions, type EpisodeOfCareOptions, type FlagOptions, type TaskOptions } from './builders/social-care.js';
export { recordBuilder, type RecordBuilder } from './builders/record.js';
export {
  deathNotification,
  nhsNumberIdentifier,
  officialName,
  patientResource,
  type VerificationStatus,
} from './builders/patient.js';
