/** Reading what an ICR answered: a searchset's matches, includes and outcomes; Spine codes; NHS numbers. */
import type { FhirResource } from '../../src/mock/index.js';

export interface Entry {
  fullUrl: string;
  resource: FhirResource;
  search?: { mode: string };
}

export interface Bundle extends FhirResource {
  type: string;
  total?: number;
  link?: Array<{ relation: string; url: string }>;
  entry?: Entry[];
}

export const matches = (b: Bundle): FhirResource[] => (b.entry ?? []).filter((e) => e.search?.mode === 'match').map((e) => e.resource);
export const includes = (b: Bundle): FhirResource[] => (b.entry ?? []).filter((e) => e.search?.mode === 'include').map((e) => e.resource);
export const outcomes = (b: Bundle): FhirResource[] => (b.entry ?? []).filter((e) => e.search?.mode === 'outcome').map((e) => e.resource);

/** The Spine error code of an OperationOutcome body. */
export function spineCode(body: unknown): string | undefined {
  const issue = (body as { issue?: Array<{ details?: { coding?: Array<{ system?: string; code?: string }> } }> }).issue?.[0];
  return issue?.details?.coding?.find((c) => c.system === 'https://fhir.nhs.uk/CodeSystem/Spine-ErrorOrWarningCode')?.code;
}

/** NHS number Modulus 11, written independently of the mock's own implementation. */
export function modulus11(nhs: string): boolean {
  if (!/^\d{10}$/.test(nhs)) return false;
  const digits = [...nhs].map(Number);
  const sum = digits.slice(0, 9).reduce((acc, d, i) => acc + d * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === digits[9];
}
