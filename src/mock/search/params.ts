/**
 * What each resource type may be searched by: its token parameters (and the element each reads),
 * the types whose searches must name a patient, and the `_include`s supported. The capability
 * statement and the search parser both read these tables, so the two cannot disagree.
 */
import type { FhirResource } from '../types.js';

/** Reads the element a search parameter matches from a resource. */
export type Extract = (r: FhirResource) => unknown;

const medicationCode: Extract = (r) => {
  if (r['medicationCodeableConcept']) return r['medicationCodeableConcept'];
  const ref = (r['medicationReference'] as { reference?: string } | undefined)?.reference;
  if (ref?.startsWith('#')) {
    const contained = (r['contained'] as FhirResource[] | undefined)?.find((c) => `#${c.id}` === ref);
    return contained?.['code'];
  }
  return undefined;
};

/** Token search parameters per resource type (beyond `patient`/`subject`). */
export const TOKEN_PARAMS: Record<string, Record<string, Extract>> = {
  Patient: {},
  RelatedPerson: {},
  Organization: {},
  Practitioner: {},
  PractitionerRole: {},
  Medication: { code: (r) => r['code'] },
  AllergyIntolerance: {
    'clinical-status': (r) => r['clinicalStatus'],
    'verification-status': (r) => r['verificationStatus'],
    category: (r) => r['category'],
    type: (r) => r['type'],
    criticality: (r) => r['criticality'],
    code: (r) => r['code'],
  },
  List: { code: (r) => r['code'], status: (r) => r['status'] },
  MedicationStatement: { status: (r) => r['status'], category: (r) => r['category'], code: medicationCode },
  MedicationRequest: {
    status: (r) => r['status'],
    intent: (r) => r['intent'],
    category: (r) => r['category'],
    code: medicationCode,
  },
  Condition: {
    'clinical-status': (r) => r['clinicalStatus'],
    'verification-status': (r) => r['verificationStatus'],
    category: (r) => r['category'],
    code: (r) => r['code'],
  },
  Observation: { category: (r) => r['category'], code: (r) => r['code'], status: (r) => r['status'] },
  DiagnosticReport: { category: (r) => r['category'], code: (r) => r['code'], status: (r) => r['status'] },
  ImagingStudy: { status: (r) => r['status'], modality: (r) => r['modality'] },
  Task: { code: (r) => r['code'], status: (r) => r['status'], 'business-status': (r) => r['businessStatus'] },
  Flag: {},
  EpisodeOfCare: { status: (r) => r['status'], type: (r) => r['type'] },
  CarePlan: { category: (r) => r['category'], status: (r) => r['status'], intent: (r) => r['intent'] },
  CareTeam: { status: (r) => r['status'], category: (r) => r['category'] },
  Encounter: { status: (r) => r['status'], class: (r) => (r['class'] ? { coding: [r['class']] } : undefined), type: (r) => r['type'] },
  Appointment: { status: (r) => r['status'], 'service-type': (r) => r['serviceType'] },
  Immunization: { status: (r) => r['status'], 'vaccine-code': (r) => r['vaccineCode'] },
  Consent: { category: (r) => r['category'], status: (r) => r['status'] },
  DocumentReference: { type: (r) => r['type'], category: (r) => r['category'], status: (r) => r['status'] },
  // Read only (`Binary/<id>`), behind the documents policy: a search matches nothing.
  Binary: {},
};

/** Types whose searches must name a patient (a real ICR refuses population-wide searches). */
export const PATIENT_SCOPED = new Set([
  'RelatedPerson',
  'AllergyIntolerance',
  'List',
  'MedicationStatement',
  'MedicationRequest',
  'Condition',
  'Observation',
  'DiagnosticReport',
  'ImagingStudy',
  'Task',
  'Flag',
  'EpisodeOfCare',
  'CarePlan',
  'CareTeam',
  'Encounter',
  'Appointment',
  'Immunization',
  'Consent',
  'DocumentReference',
]);

/** `_include` values supported, per type, and the element each follows. */
export const INCLUDES: Record<string, Record<string, Extract>> = {
  Patient: { 'Patient:general-practitioner': (r) => r['generalPractitioner'] },
  MedicationStatement: { 'MedicationStatement:medication': (r) => r['medicationReference'] },
  MedicationRequest: { 'MedicationRequest:medication': (r) => r['medicationReference'] },
  DiagnosticReport: { 'DiagnosticReport:result': (r) => r['result'] },
  // R44: allergies and conditions name their source through a PractitionerRole (R4 allows no
  // Organization there); the elements include it, and its organisation with `_include:iterate`.
  AllergyIntolerance: {
    'AllergyIntolerance:recorder': (r) => r['recorder'],
    'AllergyIntolerance:asserter': (r) => r['asserter'],
  },
  Condition: { 'Condition:recorder': (r) => r['recorder'], 'Condition:asserter': (r) => r['asserter'] },
  // R68: every member of the team (R4's `participant` parameter is CareTeam.participant.member).
  CareTeam: { 'CareTeam:participant': (r) => ((r['participant'] as { member?: unknown }[] | undefined) ?? []).map((p) => p?.member) },
};

/** `_include:iterate` values supported: followed from the included resources of their type. */
export const ITERATE_INCLUDES: Record<string, Record<string, Extract>> = {
  PractitionerRole: { 'PractitionerRole:organization': (r) => r['organization'] },
};

export const SUPPORTED_TYPES: readonly string[] = Object.keys(TOKEN_PARAMS);
