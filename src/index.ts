/**
 * icr-elements: classes and types only. Importing this module defines no element; import
 * `icr-elements/define.js` (all) or `icr-elements/elements/<name>.js` (one) for that, or register
 * the classes under your own tag names.
 */
export { IcrClient, readSearchset } from './data/client.js';
export type { IcrClientOptions, PatientRef, SearchRequest } from './data/client.js';
export type { TokenProvider, RequestContext } from './data/http.js';
export type { Failure, FailureKind, DataWarning, SearchResult, SearchOutcome, PatientLoaded, PatientOutcome } from './data/icr-outcome.js';
export { PatientView } from './data/patient-view.js';
export type { PatientViewConfig, PatientViewState } from './data/patient-view.js';
export { clearSharedRequests, pendingSharedRequests } from './data/request-cache.js';
export { patientViewContext } from './context/patient-view-context.js';
// Every event class and its detail, from the one events module.
export { IcrDataLoadEvent, IcrErrorEvent, IcrAuthExpireEvent, IcrConflictDetectEvent, IcrSensitiveRevealEvent } from './events.js';
export { IcrNhsNumberCopyEvent, IcrReportOpenEvent, IcrImageOpenEvent } from './events.js';
export type { DataLoadDetail, ErrorDetail, AuthExpireDetail, ConflictDetectDetail, SensitiveRevealDetail } from './events.js';
export type { NhsNumberCopyDetail, ReportOpenDetail, ImageOpenDetail } from './events.js';
export { setMessages, t } from './i18n/index.js';
export { defineElement, TAG_PREFIX } from './elements/define-element.js';
export { IcrElement } from './elements/shared/icr-element.js';
export { IcrProvider } from './elements/provider/provider.js';
export { IcrPatientBanner } from './elements/patient-banner/patient-banner.js';
export { IcrContactDetails } from './elements/contact-details/contact-details.js';
export { mapPatientBanner, type BannerView } from './fhir/patient.js';
export { mapContactDetails, type ContactDetailsView } from './fhir/contact.js';
export { IcrSocialCareEvents } from './elements/social-care-events/social-care-events.js';
export { IcrCarePlans } from './elements/care-plans/care-plans.js';
export { IcrRadiologyReports } from './elements/radiology-reports/radiology-reports.js';
export { IcrPathologyReports } from './elements/pathology-reports/pathology-reports.js';
export { IcrReportsElement } from './elements/reports-shared/reports-element.js';
export { IcrResults } from './elements/results/results.js';
export { IcrDiagnoses } from './elements/diagnoses/diagnoses.js';
export { IcrRecord } from './elements/record/record.js';
export { summarise, type SummaryLine, type SummaryLineState, type SummaryStates } from './sections/summary.js';
export { IcrTimeline } from './elements/timeline/timeline.js';
export { mapTimeline, timelineSection, timelineSources, filterEntries, type TimelineView, type TimelineEntry, type TimelineType } from './sections/timeline.js';
export { REPORTS_QUERY } from './sections/reports.js';
export { mapReports, classifyReport, type ReportsView, type ReportView, type ReportGroup } from './fhir/reports.js';
export { mapResults, mapObservation, type ResultsView, type ObservationView } from './fhir/results.js';
export { mapDiagnoses, type DiagnosesView, type DiagnosisView } from './fhir/diagnoses.js';
export { SocialCareCodeTable, socialCareCodes, DEFAULT_SOCIAL_CARE_CODES } from './fhir/social-care-codes.js';
export type { SocialCareCodeRow, SocialCareKind, SocialCareElement } from './fhir/social-care-codes.js';
export { IcrAllergies } from './elements/allergies/allergies.js';
export { IcrMedications } from './elements/medications/medications.js';
export { SensitiveReveals, renderSensitive } from './elements/shared/sensitive.js';
export { mapAllergies, type AllergiesView, type AllergyItem, type AllergySummary } from './fhir/allergies.js';
export { mapMedications, type MedicationsView, type MedicationItem } from './fhir/medications.js';
export { dosageView, frequencyText, type DosageView } from './fhir/dosage.js';
export { groupEntries, conceptKey, type EntryGroup, type GroupSource, type GroupDifference, type DifferenceValue, type GroupRules } from './fhir/grouping.js';
export { findConflicts, normaliseSubstance, type ConflictMatch } from './fhir/conflicts.js';
export { fromSmartClient, connectSmartClient, type SmartClientLike, type SmartConnection, type SmartConnectionOptions } from './smart/from-smart-client.js';
export { IcrCareTeam } from './elements/care-team/care-team.js';
export { mapCareTeam, mapCareTeamResources, type CareTeamView, type CareTeamMemberView, type CareTeamContact } from './fhir/care-team.js';
export { careTeamSection, CARE_TEAM_QUERY } from './sections/care-team.js';
export { IcrEncounters } from './elements/encounters/encounters.js';
export { encountersSection, ENCOUNTER_QUERY, APPOINTMENT_QUERY } from './sections/encounters.js';
export { mapEncounters, type EncountersView, type VisitItem, type VisitKind, type VisitStatus } from './fhir/encounters.js';
export { IcrAlerts } from './elements/alerts/alerts.js';
export { alertsSection, ALERTS_FLAG_QUERY, ALERTS_CONSENT_QUERY } from './sections/alerts.js';
export { mapAlerts, mapConsent, mapFlag, type AlertsView, type AlertView, type DecisionView, type LocalAuthority, type Standing, type DecisionKind, type ProtectionKind } from './fhir/alerts.js';
export { IcrDocuments } from './elements/documents/documents.js';
export { mapDocuments, type DocumentsView, type DocumentItem } from './fhir/documents.js';
export { documentsSection, DOCUMENTS_QUERY } from './sections/documents.js';
export { IcrImmunisations } from './elements/immunisations/immunisations.js';
export { immunisationsSection, IMMUNISATIONS_QUERY } from './sections/immunisations.js';
export { mapImmunisations, type ImmunisationsView, type ImmunisationItem } from './fhir/immunisations.js';
