import type { Clock } from '../clock.js';
import type { FhirResource, MockPatientSummary } from '../types.js';

/** One synthetic patient: summary for the demo, and a builder for their whole record. */
export interface PatientModule extends MockPatientSummary {
  /** The patient opted out of the ICR: every request about them answers 403 NO_PATIENT_CONSENT (R55). */
  optedOut?: boolean;
  /** Items the ICR holds but withholds, by resource type: searchsets carry an outcome warning (R40, R50). */
  withheld?: Readonly<Partial<Record<string, number>>>;
  /** Build the record (Patient first) relative to the clock. Called lazily, once per mock. */
  build(clock: Clock): FhirResource[];
}
