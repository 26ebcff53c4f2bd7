/**
 * Typed outcomes of talking to the ICR. Elements switch on `kind`; none of these is a string to
 * parse, and none of the failures can be mistaken for an empty result (H4).
 */
import type { FhirResource } from '../fhir/read.js';

export type FailureKind =
  | 'not-configured' // no endpoint or no token provider: the host has not finished setting up
  | 'invalid-nhs-number' // R14: never sent to the ICR
  | 'restricted' // 403 ACCESS_DENIED (or any 403 not about consent): not available for this role (R49)
  | 'opted-out' // 403 NO_PATIENT_CONSENT: the whole record (R55)
  | 'not-found' // 404 on the patient, or a lookup that matched no one
  | 'auth-required' // 401 after one token refresh and one retry
  | 'unavailable' // transient failures after bounded retries, or other 4xx/5xx
  | 'bad-response' // invalid JSON, not FHIR, wrong resource type
  | 'wrong-patient'; // R9: a payload that is not for the requested patient

export interface Failure {
  kind: FailureKind;
  /** HTTP status, when there was one. */
  status?: number;
  /** Text from the OperationOutcome, or a short technical reason; never contains the token. */
  detail?: string;
  /** Spine error code, when the OperationOutcome had one (e.g. ACCESS_DENIED). */
  code?: string;
  /**
   * Set when no answer came, or an answer broke off: the ICR was not reached (`unreachable`), did
   * not answer in time (`timeout`), or its answer was cut off (`cut-off`). Absent with a `status`,
   * the ICR answered with that HTTP error: the two are said differently (issue 16).
   */
  transport?: 'unreachable' | 'timeout' | 'cut-off';
  /**
   * On a 403: the National RBAC job role (R-code, e.g. R8010) the ICR said it refused, when its
   * OperationOutcome names one (R48, R49), so the state can say which role in words.
   */
  role?: string;
}

/** A warning that travels with data (R40, R41, R50): shown, never swallowed. */
export interface DataWarning {
  kind: 'search-outcome' | 'more-available' | 'foreign-next-link' | 'list-warning' | 'withheld';
  text: string;
  code?: string;
  /** Set when the warning says the ICR withheld items (R50), with their number when it gave one. */
  withheld?: { count?: number };
}

export interface SearchResult {
  kind: 'loaded';
  /** Resources that matched the search (`search.mode` match or absent), all pages followed. */
  matches: FhirResource[];
  /** Resources brought by `_include` (Medication, Organization, …). */
  included: FhirResource[];
  warnings: DataWarning[];
  /** R39: set when pages remain that were not fetched. */
  incomplete?: { shown: number; total?: number };
  /** Set on a partial answer only: these are the pages so far, the rest are still being fetched. */
  loadingMore?: true;
  /** `Bundle.total` from the first page, when the server gave it. */
  total?: number;
  /** When the last page arrived (R42 "Retrieved …"). */
  retrievedAt: number;
}

export type SearchOutcome = SearchResult | Failure;

export interface PatientLoaded {
  kind: 'loaded';
  patient: FhirResource;
  /** The ICR's logical id: every section search uses it. */
  id: string;
  /** The NHS number the patient was looked up by, or the valid one on the record. */
  nhsNumber?: string;
  included: FhirResource[];
  retrievedAt: number;
}

export type PatientOutcome = PatientLoaded | Failure;

export function isFailure(outcome: { kind: string }): outcome is Failure {
  return outcome.kind !== 'loaded';
}
