/**
 * Types of the mock ICR. The FHIR shapes are deliberately loose (`FhirResource` is an open record):
 * the mock builds real R4 JSON, and the widgets' own mappers own the strict view of it.
 */

/** Any FHIR resource as JSON. */
export interface FhirResource {
  resourceType: string;
  id: string;
  meta?: FhirMeta;
  [element: string]: unknown;
}

export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
}

export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

export interface FhirReference {
  reference?: string;
  display?: string;
  type?: string;
}

export interface FhirMeta {
  lastUpdated?: string;
  source?: string;
  security?: FhirCoding[];
  tag?: FhirCoding[];
  profile?: string[];
}

/** The National RBAC job role codes the mock issues tokens for. */
export type MockRoleCode = 'R8000' | 'R8001' | 'R1070' | 'R9570' | 'R8010';

/** A role for the demo's role switcher. */
export interface MockRole {
  /** National RBAC job role code (carried in the token's `role` claim). */
  code: MockRoleCode;
  /** The National RBAC name of the role. */
  name: string;
  /** One line: what this role may see in the mock ICR. */
  description: string;
  /** ODS code of the organisation a token for this role belongs to unless another is asked for. */
  defaultOrg: string;
}

/** The record sections the access policy is written in. */
export type IcrSection =
  | 'demographics'
  | 'allergies'
  | 'medications'
  | 'diagnoses'
  | 'results'
  | 'reports'
  | 'social-care'
  | 'care-plans'
  | 'care-team'
  | 'encounters'
  | 'immunisations'
  | 'alerts'
  | 'documents';

export type FaultKind =
  | 'delay'
  | '500'
  | '502'
  | '503'
  | '504'
  | '429'
  | '401'
  | 'truncated-json'
  | 'not-json'
  | 'html-content-type'
  | 'wrong-patient'
  | 'foreign-next'
  | 'network-error'
  | 'opted-out';

/** A fault the mock injects into matching responses. */
export interface FaultRule {
  fault: FaultKind;
  /** Match only requests for this resource type (first path segment, e.g. `AllergyIntolerance`). */
  resourceType?: string;
  /** Apply to this many matching requests, then remove the rule. Default: until removed. */
  times?: number;
  /** Let this many matching requests through first (e.g. `1`: every page but the first is delayed). */
  after?: number;
  /** For `delay`: milliseconds to add (default 2000). */
  delayMs?: number;
  /** For `429` and `503`: the `Retry-After` header in seconds (default 1). */
  retryAfterSeconds?: number;
}

export interface MockFaults {
  /** Add a rule; returns a function that removes it. */
  add(rule: FaultRule): () => void;
  /** Remove every rule. */
  clear(): void;
  /** The rules in force, in the order they apply. */
  list(): readonly FaultRule[];
}

/** One request the mock received (the test double may keep the token; a real client never logs it). */
export interface MockRequestLogEntry {
  method: string;
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** `Date.now()` when it arrived. */
  at: number;
}

/** One patient of the synthetic population, for the demo's patient list. */
export interface MockPatientSummary {
  id: string;
  nhsNumber: string;
  /** As the banner shows it: `FAMILY, Given (Title)`. */
  name: string;
  /** One line: what this patient demonstrates. */
  demonstrates: string;
}

/**
 * How the mock answers a search chained on the patient's identifier
 * (`AllergyIntolerance?patient.identifier=https://fhir.nhs.uk/Id/nhs-number|9912003888`):
 * - `supported` (default): as a FHIR server that supports the chain, the NHS number's patient's records;
 * - `refuse`: as a strict server that does not, 400 with an OperationOutcome (`not-supported`);
 * - `ignore`: as a lenient server that does not, the parameter silently dropped (left out of the
 *   Bundle's `self` link) and the search answered as if it named no patient: another patient's records.
 */
export type ChainedSearchMode = 'supported' | 'refuse' | 'ignore';

export interface MockIcrOptions {
  /** The FHIR base URL the mock answers for (default `https://icr.mock.nhs.uk/fhir`). */
  baseUrl?: string;
  /**
   * How long every answer takes, in ms (default 0): the wire's round trip. The mock works out the
   * answer meanwhile, so its own CPU shows only when it takes longer than this.
   */
  latencyMs?: number;
  /** Random extra delay of 0..jitterMs on top of `latencyMs` (default 0). */
  jitterMs?: number;
  /** HS256 secret for signing and verifying tokens (default `DEMO_TOKEN_SECRET`). */
  secret?: string;
  /** The clock the synthetic dates are relative to (default `Date.now`); fixed in tests. */
  now?: () => number;
  /** Chained searches on the patient's identifier: supported (default), refused or ignored. */
  chainedSearch?: ChainedSearchMode;
}

export interface IssueTokenOptions {
  /** ODS code of the user's organisation (default: the role's `defaultOrg`). */
  org?: string;
  /** Lifetime in seconds (default 3600); negative gives an already expired token. */
  expiresInSeconds?: number;
  /** `sub` claim (default a demo user id per role). */
  sub?: string;
}

export interface MockIcr {
  /** The base URL this mock was created for. */
  readonly baseUrl: string;
  /** The whole FHIR endpoint as a Fetch API function: no msw inside, works in browsers and Node. */
  handle(request: Request): Promise<Response>;
  /** Injected faults. */
  readonly faults: MockFaults;
  /** How long every answer takes, in ms (the mock's own work runs during it). */
  latencyMs: number;
  /** Random extra delay of 0..jitterMs per response. */
  jitterMs: number;
  /** Chained searches on the patient's identifier (`patient.identifier=`): supported, refused or ignored. */
  chainedSearch: ChainedSearchMode;
  /** Every request received, oldest first. */
  readonly requests: MockRequestLogEntry[];
  clearRequests(): void;
  /** The synthetic patients. */
  readonly population: readonly MockPatientSummary[];
  /** The roles tokens can be issued for. */
  readonly roles: readonly MockRole[];
  /** A signed HS256 JWT for the role (claims `sub`, `role`, `org`, `exp`, `iat`, `jti`, `iss`, `name`). */
  issueToken(role: MockRoleCode, opts?: IssueTokenOptions): Promise<string>;
}
