/**
 * Every event the elements fire: typed, bubbling and composed so the host page hears them through
 * shadow roots. Details never carry the token. Names follow `icr-<noun>-<verb>`.
 */
import type { FailureKind } from './data/outcome.js';
import type { ConflictMatch } from './fhir/conflicts.js';

export interface DataLoadDetail {
  /** Which section (or `patient`) loaded. */
  section: string;
  /** `loaded`, `empty` or `not-recorded`. */
  state: string;
  /** Items shown. */
  count: number;
  retrievedAt: number;
}

export interface DataProgressDetail {
  section: string;
  /** Items received so far (all shown, marked as still loading). */
  shown: number;
  /** How many the ICR said there are, when it said. */
  total?: number;
}

export interface ErrorDetail {
  section: string;
  kind: FailureKind;
  status?: number;
  /** The ICR's own text or a technical reason: for the host's log, not shown for a 403 (R49). */
  detail?: string;
  /** The error code the OperationOutcome carried (e.g. ACCESS_DENIED, SCOPE_NOT_GRANTED). */
  code?: string;
  /** On a 403: the job-role code (e.g. R8010) the ICR said it refused. */
  role?: string;
}

export interface AuthExpireDetail {
  /** The endpoint whose token was refused after one refresh. */
  endpoint: string;
}

/** The base of every `icr-` event: bubbles and is composed, so the host hears it through shadow roots. */
export abstract class IcrEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

/** Fired when a section (or the patient) has loaded and is shown. */
export class IcrDataLoadEvent extends IcrEvent<DataLoadDetail> {
  static readonly eventName = 'icr-data-load';
  constructor(detail: DataLoadDetail) {
    super(IcrDataLoadEvent.eventName, detail);
  }
}

/**
 * Fired when a long section shows its first pages while the rest are still arriving; `icr-data-load`
 * (or `icr-error`) follows when the last page is in.
 */
export class IcrDataProgressEvent extends IcrEvent<DataProgressDetail> {
  static readonly eventName = 'icr-data-progress';
  constructor(detail: DataProgressDetail) {
    super(IcrDataProgressEvent.eventName, detail);
  }
}

/** Fired when a section (or the patient lookup) ends in a failure state. */
export class IcrErrorEvent extends IcrEvent<ErrorDetail> {
  static readonly eventName = 'icr-error';
  constructor(detail: ErrorDetail) {
    super(IcrErrorEvent.eventName, detail);
  }
}

/** Fired when the ICR refused the token even after a refresh: the host should renew the login. */
export class IcrAuthExpireEvent extends IcrEvent<AuthExpireDetail> {
  static readonly eventName = 'icr-auth-expire';
  constructor(detail: AuthExpireDetail) {
    super(IcrAuthExpireEvent.eventName, detail);
  }
}

/** The conflict cue of <icr-allergies> and <icr-medications>. */
export interface ConflictDetectDetail {
  /** The section whose element fired it (`allergies` or `medications`). */
  section: string;
  /** Exact matches only (same code or same normalised name): never a statement that no conflict exists. */
  matches: ConflictMatch[];
}

/** Fired once per load when a current medication and a recorded allergy share a substance. */
export class IcrConflictDetectEvent extends IcrEvent<ConflictDetectDetail> {
  static readonly eventName = 'icr-conflict-detect';
  constructor(detail: ConflictDetectDetail) {
    super(IcrConflictDetectEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'icr-data-load': IcrDataLoadEvent;
    'icr-data-progress': IcrDataProgressEvent;
    'icr-error': IcrErrorEvent;
    'icr-auth-expire': IcrAuthExpireEvent;
    'icr-conflict-detect': IcrConflictDetectEvent;
  }
}
