/**
 * The searches two sections send alike. The medications and allergies sections each read the
 * other's list (conflict cues both ways); sending the very same query lets the client ask once per
 * page and both map the same answer (R34). Defined once here, so the two can never drift apart
 * into two requests.
 */
import type { SectionQuery } from '../fhir/section-contract.js';
import { recorderIncludes } from '../fhir/provenance.js';

export const MEDICATION_QUERIES: SectionQuery[] = [
  { resourceType: 'MedicationStatement', params: { _include: 'MedicationStatement:medication' } },
  { resourceType: 'MedicationRequest', params: { _include: 'MedicationRequest:medication' } },
];

/** R44: the recorder's PractitionerRole and its organisation name each allergy's source. */
export const ALLERGY_QUERY: SectionQuery = { resourceType: 'AllergyIntolerance', params: recorderIncludes('AllergyIntolerance') };
