/** Reads the error code and text of an OperationOutcome (ICR-API.md: Spine-ErrorOrWarningCode). */
import { codings, isObject, obj, objects, str } from '../fhir/read.js';

export interface OutcomeIssue {
  severity?: string;
  code?: string;
  /** The first `details.coding.code`, e.g. ACCESS_DENIED, NO_PATIENT_CONSENT. */
  detailCode?: string;
  text?: string;
}

export function readIssues(body: unknown): OutcomeIssue[] {
  if (!isObject(body) || body.resourceType !== 'OperationOutcome') return [];
  return objects(body.issue).map((issue) => {
    const details = issue.details;
    return {
      severity: str(issue.severity),
      code: str(issue.code),
      detailCode: codings(details).find((c) => c.code)?.code,
      text: str(isObject(details) ? details.text : undefined) ?? str(issue.diagnostics),
    };
  });
}

/** The one-line text a clinician can read for an OperationOutcome, if it has any. */
export function outcomeText(issues: OutcomeIssue[]): string | undefined {
  const texts = issues.map((i) => i.text).filter((t): t is string => !!t);
  return texts.length ? texts.join('; ') : undefined;
}

/**
 * The code systems a National RBAC job role (R-code, R48) is coded in: the SDS job role code (its
 * codes may be compound, `S0030:G0100:R8000`) and the older UK Core job role name.
 */
export const JOB_ROLE_SYSTEMS = [
  'https://fhir.nhs.uk/CodeSystem/NHSDigital-SDS-JobRoleCode',
  'https://fhir.nhs.uk/CodeSystem/England-SDS-JobRoleCode',
  'https://fhir.hl7.org.uk/CodeSystem/UKCore-SDSJobRoleName',
];

const ROLE_CODE = /\bR\d{4}\b/g;

/** The R-code of a job role coding (the last one of a compound SDS code). */
function roleOf(code: string | undefined): string | undefined {
  return code?.match(ROLE_CODE)?.pop();
}

/**
 * The job role a 403 says it refused (R49), read tolerantly because ICRs put it in different places:
 * a coding in a job role system anywhere in the issue (an extension's `valueCoding` or
 * `valueCodeableConcept`, or `details.coding`), else an R-code the text gives next to "role".
 * Undefined when the answer does not say; the caller then says only "not available for your role".
 */
export function deniedRole(body: unknown): string | undefined {
  if (!isObject(body) || body.resourceType !== 'OperationOutcome') return undefined;
  const issues = objects(body.issue);
  for (const issue of issues) {
    const coded = [
      ...objects(issue.extension).flatMap((e) => [...(isObject(e.valueCoding) ? [e.valueCoding] : []), ...objects(obj(e.valueCodeableConcept)?.coding)]),
      ...objects(obj(issue.details)?.coding),
    ].find((c) => JOB_ROLE_SYSTEMS.includes(str(c.system) ?? '') && roleOf(str(c.code)));
    if (coded) return roleOf(str(coded.code));
  }
  for (const issue of issues) {
    for (const text of [str(issue.diagnostics), str(obj(issue.details)?.text)]) {
      const named = text && /\brole\b/i.test(text) ? roleOf(text.match(/\brole\s+(R\d{4})\b/i)?.[1] ?? text) : undefined;
      if (named) return named;
    }
  }
  return undefined;
}
