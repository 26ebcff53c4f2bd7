/** OperationOutcome shapes for the mock's errors and warnings, coded as NHS APIs code them. */
import type { FhirResource } from './types.js';

export const SPINE_ERROR_SYSTEM = 'https://fhir.nhs.uk/CodeSystem/Spine-ErrorOrWarningCode';

export type SpineCode =
  | 'ACCESS_DENIED'
  | 'NO_PATIENT_CONSENT'
  | 'RESOURCE_NOT_FOUND'
  | 'INVALID_PARAMETER'
  | 'INVALID_SEARCH_DATA'
  | 'BAD_REQUEST'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'SERVICE_UNAVAILABLE';

const SPINE_DISPLAY: Record<SpineCode, string> = {
  ACCESS_DENIED: 'Access has been denied to process this request',
  NO_PATIENT_CONSENT: 'Patient has not provided consent to share data',
  RESOURCE_NOT_FOUND: 'Resource not found',
  INVALID_PARAMETER: 'Invalid parameter',
  INVALID_SEARCH_DATA: 'Invalid search data',
  BAD_REQUEST: 'Bad request',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  SERVICE_UNAVAILABLE: 'Service unavailable',
};

/** FHIR issue-type codes the mock uses. */
export type IssueType =
  | 'login'
  | 'forbidden'
  | 'not-found'
  | 'invalid'
  | 'not-supported'
  | 'exception'
  | 'transient'
  | 'throttled'
  | 'suppressed'
  | 'value';

export function operationOutcome(
  severity: 'fatal' | 'error' | 'warning' | 'information',
  code: IssueType,
  diagnostics: string,
  spine?: SpineCode,
  displayOverride?: string,
): FhirResource {
  const issue: Record<string, unknown> = { severity, code };
  if (spine) {
    issue['details'] = {
      coding: [{ system: SPINE_ERROR_SYSTEM, code: spine, display: displayOverride ?? SPINE_DISPLAY[spine] }],
    };
  } else {
    issue['details'] = { text: diagnostics };
  }
  issue['diagnostics'] = diagnostics;
  return { resourceType: 'OperationOutcome', id: `oo-${code}-${spine ?? 'none'}`.toLowerCase(), issue: [issue] };
}

/** The SDS job role code system a National RBAC role (R-code) is coded in. */
export const JOB_ROLE_SYSTEM = 'https://fhir.nhs.uk/CodeSystem/NHSDigital-SDS-JobRoleCode';

/**
 * The mock's extension on an ACCESS_DENIED issue naming the job role refused, as a coding in the
 * SDS job role system: the widgets look for that system, not for this URL, so another ICR may put
 * the role elsewhere in the issue (e.g. `details.coding`) and still be understood.
 */
export const DENIED_ROLE_EXTENSION = 'https://icr.mock.nhs.uk/fhir/StructureDefinition/denied-job-role';

/** An OperationOutcome whose issues also say, coded, which job role was refused (R48, R49). */
export function withDeniedRole(outcome: FhirResource, role: { code: string; display?: string }): FhirResource {
  const coding = { system: JOB_ROLE_SYSTEM, code: role.code, ...(role.display && { display: role.display }) };
  const issues = Array.isArray(outcome['issue']) ? (outcome['issue'] as Record<string, unknown>[]) : [];
  return { ...outcome, issue: issues.map((i) => ({ ...i, extension: [{ url: DENIED_ROLE_EXTENSION, valueCoding: coding }] })) };
}

/** The searchset warning for items the ICR holds but did not return (R40, R50). */
export function withheldOutcome(resourceType: string, count: number): FhirResource {
  const items = count === 1 ? '1 item' : `${count} items`;
  return {
    resourceType: 'OperationOutcome',
    id: `withheld-${resourceType.toLowerCase()}`,
    issue: [
      {
        severity: 'warning',
        code: 'suppressed',
        details: { text: `${items} withheld` },
        diagnostics: `${items} withheld from this ${resourceType} search: excluded due to confidentiality and/or patient preferences.`,
      },
    ],
  };
}
