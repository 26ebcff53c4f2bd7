/**
 * The code systems, extension URLs and concepts the synthetic population is written in: UK Core and
 * HL7 systems, plus the (fictional) ICR's local social-care vocabulary of REQUIREMENTS §8.
 */
import type { FhirCodeableConcept, FhirCoding } from './types.js';

export const SYS = {
  nhsNumber: 'https://fhir.nhs.uk/Id/nhs-number',
  ods: 'https://fhir.nhs.uk/Id/ods-organization-code',
  snomed: 'http://snomed.info/sct',
  dmd: 'https://dmd.nhs.uk',
  dmdHttp: 'http://dmd.nhs.uk',
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  confidentiality: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
  /** v3-ActCode: the InformationSensitivityPolicy codes of meta.security (HIV, PSY, SDV…). */
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  v2_0074: 'http://terminology.hl7.org/CodeSystem/v2-0074',
  v2_0131: 'http://terminology.hl7.org/CodeSystem/v2-0131',
  v3RoleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  dataAbsentReason: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
  allergyClinical: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
  allergyVerification: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  medStatementCategory: 'http://terminology.hl7.org/CodeSystem/medication-statement-category',
  medRequestCategory: 'http://terminology.hl7.org/CodeSystem/medicationrequest-category',
  courseOfTherapy: 'http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy',
  doseRateType: 'http://terminology.hl7.org/CodeSystem/dose-rate-type',
  flagCategory: 'http://terminology.hl7.org/CodeSystem/flag-category',
  listEmptyReason: 'http://terminology.hl7.org/CodeSystem/list-empty-reason',
  ukListEmptyReason: 'https://fhir.hl7.org.uk/CodeSystem/UKCore-ListEmptyReasonCode',
  ukListWarning: 'https://fhir.hl7.org.uk/CodeSystem/UKCore-ListWarningCode',
  nhsNumberVerification: 'https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland',
  deathNotification: 'https://fhir.hl7.org.uk/CodeSystem/UKCore-DeathNotificationStatus',
  dicom: 'http://dicom.nema.org/resources/ontology/DCM',
  /** Local code systems of the (fictional) ICR: the social care vocabulary of REQUIREMENTS §8. */
  recordDomain: 'https://icr.example.nhs.uk/CodeSystem/record-domain',
  socialCareEvent: 'https://icr.example.nhs.uk/CodeSystem/social-care-event',
  socialCareCategory: 'https://icr.example.nhs.uk/CodeSystem/social-care-category',
  socialCareOutcome: 'https://icr.example.nhs.uk/CodeSystem/social-care-outcome',
  carePlanType: 'https://icr.example.nhs.uk/CodeSystem/care-plan-type',
} as const;

export const EXT = {
  nhsNumberVerification: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus',
  deathNotification: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-DeathNotificationStatus',
  birthTime: 'http://hl7.org/fhir/StructureDefinition/patient-birthTime',
  interpreterRequired: 'http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired',
  contactPreference: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ContactPreference',
  ethnicCategory: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory',
  lastIssueDate: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicationStatementLastIssueDate',
  listWarning: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ListWarningCode',
} as const;

/** SNOMED CT "Allergies and adverse reactions" (the UK Core allergies List code). */
export const ALLERGY_LIST_CODE = '886921000000105';

/** The tag that marks an item as social care (REQUIREMENTS §8), besides its codes and categories. */
export const SOCIAL_CARE_TAG: FhirCoding = { system: SYS.recordDomain, code: 'social-care', display: 'Social care' };

export function coding(system: string, code: string, display?: string): FhirCoding {
  return display === undefined ? { system, code } : { system, code, display };
}

export function cc(system: string, code: string, display?: string, text?: string): FhirCodeableConcept {
  const concept: FhirCodeableConcept = { coding: [coding(system, code, display)] };
  if (text !== undefined) concept.text = text;
  return concept;
}

export function snomed(code: string, display: string, text?: string): FhirCodeableConcept {
  return cc(SYS.snomed, code, display, text);
}

export function text(value: string): FhirCodeableConcept {
  return { text: value };
}

/** A dm+d concept; dm+d arrives as `https://dmd.nhs.uk`, `http://dmd.nhs.uk` or SNOMED (R32). */
export function dmd(code: string, display: string, system: string = SYS.dmd): FhirCodeableConcept {
  return cc(system, code, display);
}

/** Standard routes of administration (SNOMED), to keep patient modules short. */
export const ROUTE = {
  oral: snomed('26643006', 'Oral route'),
  inhaled: snomed('18679011000001101', 'Inhalation'),
  ocular: snomed('54485002', 'Ophthalmic route'),
  subcut: snomed('34206005', 'Subcutaneous route'),
  intramuscular: snomed('78421000', 'Intramuscular route'),
  topical: snomed('6064005', 'Topical route'),
  transdermal: snomed('45890007', 'Transdermal route'),
} as const;

/** Local social-care codes (REQUIREMENTS §8), exported so hosts and tests can build their own. */
export const SOCIAL_CARE = {
  careActAssessment: cc(SYS.socialCareEvent, 'care-act-assessment', 'Care Act assessment', 'Care Act needs assessment'),
  carerAssessment: cc(SYS.socialCareEvent, 'carer-assessment', "Carer's assessment", "Carer's assessment"),
  otAssessment: cc(SYS.socialCareEvent, 'ot-assessment', 'Occupational therapy assessment', 'Occupational therapy assessment'),
  financialAssessment: cc(SYS.socialCareEvent, 'financial-assessment', 'Financial assessment', 'Financial assessment'),
  review: cc(SYS.socialCareEvent, 'review', 'Review', 'Review'),
  s42Enquiry: cc(SYS.socialCareEvent, 's42-enquiry', 'Safeguarding enquiry (Care Act 2014 s42)', 'Safeguarding enquiry (section 42)'),
  dolsApplication: cc(SYS.socialCareEvent, 'dols-application', 'Deprivation of Liberty Safeguards application', 'DoLS application'),
  dolsAuthorisation: cc(SYS.socialCareEvent, 'dols-authorisation', 'Deprivation of Liberty Safeguards authorisation', 'DoLS standard authorisation'),
  safeguardingConcern: cc(SYS.socialCareEvent, 'safeguarding-concern', 'Safeguarding concern', 'Safeguarding concern'),
  packageOfCare: cc(SYS.socialCareEvent, 'package-of-care', 'Package of care', 'Package of care'),
  childInNeedAssessment: cc(SYS.socialCareEvent, 'child-in-need-assessment', 'Child in need assessment', 'Child and family assessment (child in need)'),
  childProtectionPlan: cc(SYS.socialCareEvent, 'child-protection-plan', 'Child protection plan', 'Child protection plan'),
  /** Flag category for safeguarding, with the nearest HL7 flag category beside it. */
  safeguardingCategory: {
    coding: [
      coding(SYS.socialCareCategory, 'safeguarding', 'Safeguarding'),
      coding(SYS.flagCategory, 'safety', 'Safety'),
    ],
    text: 'Safeguarding',
  } as FhirCodeableConcept,
  /** Flag category for DoLS authorisations: SNOMED 303186005 "Legal status". */
  legalStatusCategory: snomed('303186005', 'Legal status', 'Legal status'),
  outcome: (code: string, display: string): FhirCodeableConcept => cc(SYS.socialCareOutcome, code, display, display),
} as const;

export const CARE_PLAN_TYPE = {
  supportPlan: cc(SYS.carePlanType, 'support-plan', 'Care and support plan', 'Care and support plan'),
  endOfLife: cc(SYS.carePlanType, 'end-of-life', 'End of life care plan', 'End of life care plan'),
  respect: cc(SYS.carePlanType, 'respect', 'ReSPECT form', 'ReSPECT: Recommended Summary Plan for Emergency Care and Treatment'),
  childProtection: cc(SYS.carePlanType, 'child-protection-plan', 'Child protection plan', 'Child protection plan'),
  clinical: cc(SYS.carePlanType, 'clinical', 'Clinical management plan', 'Clinical management plan'),
} as const;
