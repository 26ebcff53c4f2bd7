/**
 * Who may read what: the mock ICR's access policy, as data. A real ICR decides this on the server
 * (R47); the widgets only see the answer (200, or 403 ACCESS_DENIED for the section: R49).
 *
 * | section       | resource types                                        | R8000 | R8001 | R1070 | R9570 | R8010 |
 * |---------------|-------------------------------------------------------|-------|-------|-------|-------|-------|
 * | demographics  | Patient, RelatedPerson, Organization, Practitioner(Role) | yes | yes   | yes   | yes   | yes   |
 * | allergies     | AllergyIntolerance, List                              | yes   | yes   | yes   | yes   | -     |
 * | medications   | MedicationStatement, MedicationRequest, Medication    | yes   | yes   | yes   | -     | -     |
 * | diagnoses     | Condition                                             | yes   | yes   | yes   | -     | -     |
 * | results       | Observation                                           | yes   | yes   | yes   | -     | -     |
 * | reports       | DiagnosticReport, ImagingStudy                        | yes   | yes   | -     | -     | -     |
 * | social-care   | Task, EpisodeOfCare                                   | yes   | -     | -     | yes   | -     |
 * | care-plans    | CarePlan                                              | yes   | yes   | yes   | yes   | -     |
 * | care-team     | CareTeam                                              | yes   | yes   | yes   | yes   | -     |
 * | encounters    | Encounter, Appointment                                | yes   | yes   | yes   | yes   | yes   |
 * | immunisations | Immunization                                          | yes   | yes   | yes   | -     | -     |
 * | alerts        | Flag, Consent                                         | yes   | yes   | yes   | yes   | -     |
 * | documents     | DocumentReference, Binary                             | yes   | yes   | yes   | -     | -     |
 *
 * Why: clerical staff need to identify and contact the patient, nothing clinical. A paramedic needs
 * what changes emergency treatment (allergies, medicines, diagnoses, results, and care plans because
 * ReSPECT and end-of-life plans live there) but not reports or social care case events. A senior
 * social worker sees social care, care plans, contact details and allergies (for visits), not the
 * medical record. Nurses see the clinical record but not social care case events. The care team
 * (who is involved: GP, district nurse, social worker, a mental health or sexual health team) is
 * read by every caring role, to reach the right worker on a visit, but not by clerical staff: which
 * services are involved is itself clinical information.
 * Encounters (issue 19): every role, clerical included: booking, reminding and arranging transport
 * need appointments and stays, and a visit's date and place are not clinical detail. Immunisations
 * are clinical: doctors, nurses and paramedics (a tetanus status at an injury); not social workers or
 * clerical staff (vaccination status is a health record, not needed to arrange care). Alerts and decisions
 * about care (Flag, Consent: ReSPECT, DNACPR, child protection) go to every clinical and social care
 * role, as they change what anyone arriving at the person does (R66, R67); clerical staff do not see
 * them. Flag is governed here, not by social care: the social care section still needs its Tasks.
 * Letters and summaries are clinical: a clerical role sees none (issue 19), and a document's
 * Binary follows it.
 */
import { ORGS, SHARING_AGREEMENT_ODS } from './organisations.js';
import type { IcrSection, MockRole, MockRoleCode } from './types.js';

export const ROLES: readonly MockRole[] = [
  {
    code: 'R8000',
    name: 'Clinical Practitioner Access Role',
    description: 'Doctor or other clinician: the whole shared record.',
    defaultOrg: ORGS.general.ods,
  },
  {
    code: 'R8001',
    name: 'Nurse Access Role',
    description: 'Nurse: the clinical record and care plans, not social care case events.',
    defaultOrg: ORGS.community.ods,
  },
  {
    code: 'R1070',
    name: 'Paramedic',
    description: 'Paramedic: allergies, medicines, diagnoses, results and care plans (ReSPECT); no reports or social care.',
    defaultOrg: ORGS.ambulance.ods,
  },
  {
    code: 'R9570',
    name: 'Senior Social Worker (adults)',
    description: 'Social worker: social care events, care plans, contact details and allergies; not the medical record.',
    defaultOrg: ORGS.adultSocialCare.ods,
  },
  {
    code: 'R8010',
    name: 'Clerical Access Role',
    description: 'Clerical: identity and contact details only; every clinical section is denied.',
    defaultOrg: ORGS.riverside.ods,
  },
];

export const ROLE_CODES: readonly MockRoleCode[] = ROLES.map((r) => r.code);

/** Section → the roles that may read it. */
export const SECTION_POLICY: Readonly<Record<IcrSection, readonly MockRoleCode[]>> = {
  demographics: ['R8000', 'R8001', 'R1070', 'R9570', 'R8010'],
  allergies: ['R8000', 'R8001', 'R1070', 'R9570'],
  medications: ['R8000', 'R8001', 'R1070'],
  diagnoses: ['R8000', 'R8001', 'R1070'],
  results: ['R8000', 'R8001', 'R1070'],
  reports: ['R8000', 'R8001'],
  'social-care': ['R8000', 'R9570'],
  'care-plans': ['R8000', 'R8001', 'R1070', 'R9570'],
  'care-team': ['R8000', 'R8001', 'R1070', 'R9570'],
  encounters: ['R8000', 'R8001', 'R1070', 'R9570', 'R8010'],
  immunisations: ['R8000', 'R8001', 'R1070'],
  alerts: ['R8000', 'R8001', 'R1070', 'R9570'],
  documents: ['R8000', 'R8001', 'R1070'],
};

/** Resource type → the section whose policy governs it. A type not listed here is not served. */
export const RESOURCE_SECTION: Readonly<Record<string, IcrSection>> = {
  Patient: 'demographics',
  RelatedPerson: 'demographics',
  Organization: 'demographics',
  Practitioner: 'demographics',
  PractitionerRole: 'demographics',
  AllergyIntolerance: 'allergies',
  List: 'allergies',
  MedicationStatement: 'medications',
  MedicationRequest: 'medications',
  Medication: 'medications',
  Condition: 'diagnoses',
  Observation: 'results',
  DiagnosticReport: 'reports',
  ImagingStudy: 'reports',
  Task: 'social-care',
  Flag: 'alerts',
  EpisodeOfCare: 'social-care',
  CarePlan: 'care-plans',
  CareTeam: 'care-team',
  Encounter: 'encounters',
  Appointment: 'encounters',
  Immunization: 'immunisations',
  Consent: 'alerts',
  DocumentReference: 'documents',
  Binary: 'documents',
};

export function isKnownRole(code: unknown): code is MockRoleCode {
  return typeof code === 'string' && (ROLE_CODES as readonly string[]).includes(code);
}

/** May a user with this role read resources of this type? Unknown roles and types read nothing. */
export function mayRead(role: string | undefined, resourceType: string): boolean {
  const section = RESOURCE_SECTION[resourceType];
  if (!section || !isKnownRole(role)) return false;
  return SECTION_POLICY[section].includes(role);
}

/** Is the organisation party to the ICR's sharing agreement? */
export function inSharingAgreement(ods: unknown): boolean {
  return typeof ods === 'string' && SHARING_AGREEMENT_ODS.includes(ods);
}
