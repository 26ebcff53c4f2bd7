import { IcrReportsElement } from '../reports-shared/reports-element.js';

/**
 * Radiology reports from the Integrated Care Record: date issued, title, modality, status (anything
 * but final labelled prominently, R35) and performer; opening a report shows its conclusion,
 * results, documents and a control to open its images. Reports of
 * categories no element claims are shown in a collapsed "Other reports" group (R34) unless
 * `hide-other` is set. Shares one DiagnosticReport request with the other report element.
 *
 * @summary Radiology reports for one patient, with their status, results and documents.
 * @csspart base - The section.
 * @csspart heading - The section title.
 * @csspart list-summary - The count and what a filter or date range hides, with "Show all" (R62).
 * @csspart list-more - "Showing 25 of 1,200" and "Show 25 more" (R63).
 * @csspart report - One report in the list.
 * @csspart facts - One report's issue date, modality or discipline, status, performer and source, as one labelled line.
 * @csspart status - A report's status.
 * @csspart status-not-final - A status other than final (preliminary, amended, …).
 * @csspart detail - An opened report.
 * @csspart other - The "Other reports" group.
 * @csspart empty - The message when there are no reports.
 * @csspart excluded - The note counting reports entered in error.
 * @csspart sensitive-mark - The mark on a restricted or very restricted report (R51).
 * @csspart sensitive-reveal - The button that reveals a sensitive report (title, date and contents).
 * @csspart warnings - Warnings about the data (R39–R41).
 * @csspart meta - Sources and "Retrieved".
 * @cssproperty --icr-report-status-background - Background of a not-final status label.
 * @event icr-report-open - The user opened a PDF, image or other document; `detail.attachment` carries it.
 * @event icr-image-open - The user asked for the images; `detail.study` carries the study identifiers.
 * @event icr-data-progress - A long list shows its first pages while the rest arrive (marked as not complete yet).
 * @event icr-data-load - The section loaded (every page in).
 * @event icr-error - The section failed.
 * @event icr-sensitive-reveal - The viewer revealed a sensitive report: one event for it and one per sensitive result in it (detail: section, resourceType, id).
 * @tagname icr-radiology-reports
 */
export class IcrRadiologyReports extends IcrReportsElement {
  constructor() {
    super('radiology');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-radiology-reports': IcrRadiologyReports;
  }
}
