/** Reads the error code and text of an OperationOutcome (ICR-API.md: Spine-ErrorOrWarningCode). */
import { codings, isObject, objects, str } from '../fhir/read.js';

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
