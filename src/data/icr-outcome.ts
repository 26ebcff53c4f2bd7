/**
 * Typed outcomes of talking to the ICR. Elements switch on `kind`; none of these is a string to
 * parse, and none of the failures can be mistaken for an empty result (H4). Not to be confused with a
 * FHIR OperationOutcome, which `operation-outcome.ts` reads into the `detail` and `code` of a failure.
 */
// The types live in the low contract module so that fhir/ can use them without importing data/.
export type {
  FailureKind, Failure, DataWarning, SearchResult, SearchOutcome, PatientLoaded, PatientOutcome,
} from '../fhir/section-contract.js';
import type { Failure } from '../fhir/section-contract.js';

export function isFailure(outcome: { kind: string }): outcome is Failure {
  return outcome.kind !== 'loaded';
}
