/** Events of the report elements: the host decides how to show documents and images. */
import { IcrEvent } from '../../events.js';
import type { AttachmentData } from '../../fhir/report-detail.js';
import type { ImagingStudyRef } from '../../fhir/reports.js';

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

/** Fired when the user opens a PDF, image or other document of a report. */
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
    'icr-report-open': IcrReportOpenEvent;
    'icr-image-open': IcrImageOpenEvent;
  }
}
