/**
 * The contract between the layers: what the ICR client answers (outcomes, warnings) and what a
 * record section is (its queries, its pure map, the states it can be in). Types only, so every layer
 * may import it (fhir/, sections/, data/, controllers/, elements/) without an arrow pointing up:
 * the FHIR mappers and section modules speak of search answers and section states without
 * importing the client or the controller. See docs/architecture.md.
 */
import type { FhirResource } from './read.js';

// ---- Outcomes of talking to the ICR (re-exported by data/outcome.ts) ----

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

// ---- Sections ----

/** The shape of one search a section makes: the client adds the patient, `_count` and paging. */
export interface SearchQuery {
  resourceType: string;
  /** Extra search parameters; the patient parameter and `_count` are added by the client. */
  params?: Record<string, string>;
  /** Defaults to `patient`. */
  patientParam?: string;
}

export type MappedKind = 'loaded' | 'empty' | 'not-recorded';

/** What a mapper decides: which of the data states, and the view model to render. */
export interface Mapped<VM> {
  kind: MappedKind;
  view: VM;
  /** Items shown, for the `icr-data-load` event. */
  count: number;
  /** Warnings the mapper found in the data itself (List warnings, R41). */
  warnings?: DataWarning[];
  /**
   * Set when the mapper finds the section failed as a whole although each query was optional (the
   * timeline, when every source it reads failed): the section is then in this failure state.
   */
  failure?: Failure;
}

export interface SectionQuery extends SearchQuery {
  /** A query the section can do without (e.g. the allergies List): its failure is ignored. */
  optional?: boolean;
  /**
   * Fetched only to cross-check another section (the medications behind the allergies' conflict
   * cues): its warnings and "more available" speak about that section, and are shown there, not here.
   */
  helper?: boolean;
  /**
   * A helper the section is shown without (issue 21 point 5: the allergies never wait for the
   * medications): the section appears when its own queries are in, and is mapped again as this
   * one's pages arrive. Until its last page is in, the map gets its pages so far marked
   * `loadingMore` (no pages yet: an empty answer so marked).
   */
  late?: boolean;
}

/** One record section: its name, its searches and its pure map to a view model (src/sections/). */
export interface SectionSpec<VM> {
  /** Section name used in events (`allergies`, `medications`, …). */
  section: string;
  /** The searches, known before the patient is (so they can start with the patient read). */
  queries(): SectionQuery[];
  /**
   * Pure: answers (undefined for a failed optional query) → view model. `failures`: why each
   * undefined answer failed, for a section that names the sources it could not read (the timeline).
   */
  map(results: (SearchResult | undefined)[], patient: PatientLoaded, failures?: (Failure | undefined)[]): Mapped<VM>;
  /**
   * Long lists: show the first pages while the rest arrive (marked "loading the rest", never as the
   * whole record, R39). Only for sections whose summary cannot be misread from part of the list.
   */
  progressive?: boolean;
}

export interface SectionMeta {
  retrievedAt: number;
  warnings: DataWarning[];
  /** R39: pages left unfetched. */
  incomplete?: { shown: number; total?: number };
  /** The pages so far of a long record, shown while the rest are still arriving. */
  loadingMore?: { shown: number; total?: number };
}

/** The one explicit state of a section: loading, one of the data states, or a failure. */
export type SectionState<VM> =
  | LoadingState
  | DataState<VM>
  | FailureState;

/**
 * Still loading. `reading`: a long record's first pages are in but hold nothing for this section
 * yet (the reports of the other group, say). H4: that is still loading, never "none"; the counts
 * say how far the reading has got, so a long wait reads as progress, not as a hang.
 */
export interface LoadingState {
  kind: 'loading';
  reading?: { shown: number; total?: number };
}

export type DataState<VM> = Mapped<VM> & { meta: SectionMeta; patient: PatientLoaded };
export type FailureState = Failure & {
  patient?: PatientLoaded;
  /**
   * R73: the patient lookup failed, so the whole record is in this state (not this section alone).
   * Inside a provider it is shown once, with the identity asked for; the sections point to it.
   */
  wholeRecord?: true;
};
