/**
 * R9 wrong-patient guard: every resource returned for a patient must point at that patient.
 * A single mismatch condemns the whole answer (the caller shows no clinical data at all), because
 * a server that mixed one record up may have mixed up others we cannot see.
 */
import { isObject, objects, readReference, str, type FhirResource } from '../fhir/read.js';
import { NHS_NUMBER_SYSTEM, nhsNumberWithoutSpaces } from '../format/nhs-number.js';

export interface PatientIdentity {
  id: string;
  nhsNumber?: string;
}

/** Where each resource type names its patient (FHIR R4). */
const PATIENT_FIELDS: Record<string, string[]> = {
  AllergyIntolerance: ['patient'],
  CarePlan: ['subject'],
  Consent: ['patient'],
  Condition: ['subject'],
  DiagnosticReport: ['subject'],
  EpisodeOfCare: ['patient'],
  Flag: ['subject'],
  ImagingStudy: ['subject'],
  List: ['subject'],
  MedicationRequest: ['subject'],
  MedicationStatement: ['subject'],
  Observation: ['subject'],
  RelatedPerson: ['patient'],
  Task: ['for'],
};

function referencesPatient(value: unknown, who: PatientIdentity): boolean {
  const ref = readReference(value);
  if (!ref) return false;
  if (ref.id !== undefined) return (ref.type === undefined || ref.type === 'Patient') && ref.id === who.id;
  const ident = ref.identifier;
  return !!who.nhsNumber && ident?.system === NHS_NUMBER_SYSTEM && ident?.value === who.nhsNumber;
}

/** True when the resource is about `who`; false when it names nobody or someone else. */
export function belongsTo(resource: FhirResource, who: PatientIdentity): boolean {
  if (resource.resourceType === 'Patient') return isSamePatient(resource, who);
  // An Appointment names its patient among its participants (R4 has no subject there).
  if (resource.resourceType === 'Appointment') return objects(resource.participant).some((p) => referencesPatient(p.actor, who));
  const fields = PATIENT_FIELDS[resource.resourceType] ?? ['subject', 'patient'];
  return fields.some((field) => referencesPatient(resource[field], who));
}

/** A Patient is the same person when its id matches, or (looked up by NHS number) it carries it. */
export function isSamePatient(patient: FhirResource, who: Partial<PatientIdentity>): boolean {
  if (who.id !== undefined && str(patient.id) === who.id) return true;
  if (who.id === undefined && who.nhsNumber) {
    return objects(patient.identifier).some(
      (i) => i.system === NHS_NUMBER_SYSTEM && nhsNumberWithoutSpaces(str(i.value)) === who.nhsNumber,
    );
  }
  return false;
}

/** The first resource that is not for `who`, if any. */
export function findStranger(resources: FhirResource[], who: PatientIdentity): FhirResource | undefined {
  return resources.find((r) => !isObject(r) || !belongsTo(r, who));
}
