/**
 * Issue 21: by NHS number, a section's search is sent together with the patient lookup, chained on
 * the identifier (`AllergyIntolerance?patient.identifier=https://fhir.nhs.uk/Id/nhs-number|…`), so
 * the record takes one round trip instead of two. This module holds what the client needs to decide
 * whether an answer to such a search may be used at all; the client (`client.ts`) runs it.
 *
 * Safety: a chained answer is only ever *raw material*. Nothing of it is shown before the lookup has
 * answered with exactly one patient, and then every resource passes the R9 guard against the
 * patient the lookup returned (client.ts, `searchChained`). A server that does not do chained
 * searches must not be able to cause harm or a false wrong-patient state, so:
 * - we ask for strict handling (`Prefer: handling=strict`): a server that knows the header refuses an
 *   unknown parameter (400 with an OperationOutcome) rather than ignore it;
 * - a 2xx whose Bundle `self` link lacks the chained parameter means the server ignored it (its
 *   answer may be anyone's records): never used, never guarded (that would be a false wrong-patient);
 * either makes the endpoint "unsupported" for the life of the page (in memory), and the section
 * falls back to the two-step path (lookup, then `patient={id}`).
 */
import { isObject, objects, str } from '../fhir/read.js';
import { NHS_NUMBER_SYSTEM } from '../format/nhs-number.js';
import type { Failure } from './icr-outcome.js';

/** Asks the server to refuse, not ignore, a search parameter it does not support (FHIR R4 3.1.1.5.7). */
export const STRICT_HANDLING = { Prefer: 'handling=strict' } as const;

/** The code of the (internal, never shown) failure for an answer that did not apply the chain. */
export const CHAIN_NOT_APPLIED = 'CHAIN_NOT_APPLIED';

/** Endpoints that refused or ignored a chained search: they get the two-step path from then on. */
const unsupported = new Set<string>();

export function isChainUnsupported(endpoint: string): boolean {
  return unsupported.has(endpoint);
}

export function markChainUnsupported(endpoint: string): void {
  unsupported.add(endpoint);
}

/** Forget what was learnt about every endpoint (tests; a host's "refresh" need not). */
export function forgetChainSupport(): void {
  unsupported.clear();
}

/** The chained parameter for a search whose patient parameter is `patientParam`. */
export function chainedParam(patientParam = 'patient'): string {
  return `${patientParam}.identifier`;
}

export function nhsIdentifierToken(nhsNumber: string): string {
  return `${NHS_NUMBER_SYSTEM}|${nhsNumber}`;
}

/**
 * Whether a searchset page says the server applied the chain: its `self` link carries the chained
 * parameter with the NHS number asked for. No `self` link, or one without it, is "ignored".
 */
export function selfCarriesChain(body: unknown, param: string, nhsNumber: string, base: string): boolean {
  if (!isObject(body)) return false;
  const self = str(objects(body.link).find((l) => l.relation === 'self')?.url);
  if (!self) return false;
  let url: URL;
  try {
    url = new URL(self, `${base}/`);
  } catch {
    return false;
  }
  return url.searchParams.getAll(param).some((value) => value === nhsIdentifierToken(nhsNumber) || value === nhsNumber);
}

/** The failure for a page that did not apply the chain. */
export function chainNotApplied(): Failure {
  return { kind: 'bad-response', code: CHAIN_NOT_APPLIED, detail: 'The server did not apply the chained search' };
}

/**
 * Whether a failed chained search says the server does not do chained searches (remembered per
 * endpoint): the strict refusal (400, or 422 / 501 from servers that answer so), or the ignored
 * parameter. Any other failure (403, 5xx, a timeout) is not remembered, and the section asks again
 * by `patient={id}` all the same: its state never comes from a chained failure.
 */
export function refusesChain(failure: Failure): boolean {
  return failure.code === CHAIN_NOT_APPLIED || failure.status === 400 || failure.status === 422 || failure.status === 501;
}
