/**
 * The two report sections (`<icr-pathology-reports>`, `<icr-radiology-reports>`): one report
 * search, shared, and radiology's imaging studies; each maps only its own group.
 */
import type { SectionQuery, SectionSpec } from '../fhir/section-contract.js';
import { mapReports, type ReportsView } from '../fhir/reports.js';

/** The one report search both elements send: identical, so the client makes one request (R34). */
export const REPORTS_QUERY = Object.freeze({ resourceType: 'DiagnosticReport', params: Object.freeze({ _include: 'DiagnosticReport:result' }) });
/** Radiology only: the studies, so a report can open its images. Optional: reports show without it. */
export const IMAGING_QUERY = Object.freeze({ resourceType: 'ImagingStudy', optional: true });

function reportsSection(group: 'radiology' | 'pathology'): SectionSpec<ReportsView> {
  return {
    section: group === 'radiology' ? 'radiology-reports' : 'pathology-reports',
    queries: (): SectionQuery[] => (group === 'radiology' ? [REPORTS_QUERY, IMAGING_QUERY] : [REPORTS_QUERY]),
    map: (results, patient) => mapReports(results, { group, showOther: true }, patient),
    progressive: true,
  };
}

export const pathologyReportsSection = reportsSection('pathology');
export const radiologyReportsSection = reportsSection('radiology');
