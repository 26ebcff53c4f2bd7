/**
 * Every event the elements fire: typed, bubbling and composed so the host page hears them through
 * shadow roots. Details never carry the token. Names follow `icr-<noun>-<verb>`. One module, so a
 * host (or a new element) finds every event and its detail in one place; elements import from here.
 */
import type { FailureKind } from './data/icr-outcome.js';
import type { ConflictMatch } from './fhir/conflicts.js';
import type { AttachmentData } from './fhir/report-detail.js';
import type { ImagingStudyRef } from './fhir/reports.js';
import type { MappedKind } from './fhir/section-contract.js';

export interface DataLoadDetail {
  /** Which section (or `patient`) loaded. */
  section: string;
  /** `loaded`, `empty` (nothing recorded as a finding) or `not-recorded` (the source holds no answer). */
  state: MappedKind;
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

export interface SensitiveRevealDetail {
  /** Section name (`allergies`, `medications`, …). */
  section: string;
  resourceType: string;
  id: string;
}

/** Fired when the viewer reveals a sensitive item (R51), for the host's audit. */
export class IcrSensitiveRevealEvent extends IcrEvent<SensitiveRevealDetail> {
  static readonly eventName = 'icr-sensitive-reveal';
  constructor(detail: SensitiveRevealDetail) {
    super(IcrSensitiveRevealEvent.eventName, detail);
  }
}

export interface NhsNumberCopyDetail {
  /** The ten digits copied (only a valid number is ever offered for copying, R14). */
  nhsNumber: string;
}

/** Fired when the user copies the NHS number from the banner (R17), e.g. for the host's audit. */
export class IcrNhsNumberCopyEvent extends IcrEvent<NhsNumberCopyDetail> {
  static readonly eventName = 'icr-nhs-number-copy';
  constructor(detail: NhsNumberCopyDetail) {
    super(IcrNhsNumberCopyEvent.eventName, detail);
  }
}

export interface ReportOpenDetail {
  /** Logical id of the DiagnosticReport. */
  reportId?: string;
  reportTitle: string;
  /** The presented form as received (base64 `data` and/or `url`): never inlined by the element. */
  attachment: AttachmentData;
}

export interface ImageOpenDetail {
  reportId?: string;
  /** The study's ids: logical id, DICOM Study Instance UID, identifiers, series UIDs. */
  study: ImagingStudyRef;
}

/** Fired when the user opens a PDF, image or other document of a report: the host decides how to show it. */
export class IcrReportOpenEvent extends IcrEvent<ReportOpenDetail> {
  static readonly eventName = 'icr-report-open';
  constructor(detail: ReportOpenDetail) {
    super(IcrReportOpenEvent.eventName, detail);
  }
}

/** Fired when the user asks to see the images of a radiology report: the host launches its viewer. */
export class IcrImageOpenEvent extends IcrEvent<ImageOpenDetail> {
  static readonly eventName = 'icr-image-open';
  constructor(detail: ImageOpenDetail) {
    super(IcrImageOpenEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'icr-data-load': IcrDataLoadEvent;
    'icr-data-progress': IcrDataProgressEvent;
    'icr-error': IcrErrorEvent;
    'icr-auth-expire': IcrAuthExpireEvent;
    'icr-conflict-detect': IcrConflictDetectEvent;
    'icr-sensitive-reveal': IcrSensitiveRevealEvent;
    'icr-nhs-number-copy': IcrNhsNumberCopyEvent;
    'icr-report-open': IcrReportOpenEvent;
    'icr-image-open': IcrImageOpenEvent;
  }
}
