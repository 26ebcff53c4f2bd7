/**
 * The HTTP edge of the mock ICR: what a route produces (`Reply`) and how it becomes a Fetch API
 * Response (FHIR JSON content type, no caching, echoed request ids, CORS), content negotiation,
 * and the refusals (401, 403) that routes and injected faults share.
 */
import { operationOutcome, withDeniedRole } from '../outcome.js';
import { ROLES } from '../policy.js';

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** What a route produces before it becomes a Response (so faults can still reshape it). */
export interface Reply {
  status: number;
  body?: unknown;
  /** A non-JSON body (faults). */
  text?: string;
  headers?: Record<string, string>;
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers ? { status, body, headers } : { status, body };
}

export function unauthorised(reason: string): Reply {
  return json(401, operationOutcome('error', 'login', reason, 'ACCESS_DENIED', 'Access Denied - Unauthorised'), {
    'WWW-Authenticate': `Bearer error="invalid_token", error_description="${reason}"`,
  });
}

export function noConsent(): Reply {
  return json(
    403,
    operationOutcome('error', 'forbidden', 'This person has opted out of sharing their record through the Integrated Care Record', 'NO_PATIENT_CONSENT'),
  );
}

/** 403 ACCESS_DENIED; with the user's role, coded too, so a viewer can name it in words (R49). */
export function accessDenied(diagnostics: string, role?: string): Reply {
  const outcome = operationOutcome('error', 'forbidden', diagnostics, 'ACCESS_DENIED');
  const known = ROLES.find((r) => r.code === role);
  return json(403, known ? withDeniedRole(outcome, { code: known.code, display: known.name }) : outcome);
}

/** Whether the client accepts FHIR JSON (`_format` and the Accept header). */
export function acceptable(request: Request, url: URL): boolean {
  const format = url.searchParams.get('_format');
  if (format && !['json', 'application/json', 'application/fhir+json'].includes(format)) return false;
  const accept = request.headers.get('accept');
  if (!accept) return true;
  return accept
    .split(',')
    .map((part) => part.split(';')[0]!.trim().toLowerCase())
    .some((type) => ['application/fhir+json', 'application/json', 'application/*', '*/*'].includes(type));
}

export function corsHeaders(request: Request): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': request.headers.get('origin') ?? '*',
    'Access-Control-Allow-Methods': 'GET, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Accept, Prefer, X-Request-ID, X-Correlation-ID, X-Mock-Fault',
    'Access-Control-Expose-Headers': 'Retry-After, WWW-Authenticate, X-Request-ID, X-Correlation-ID',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

export function toResponse(reply: Reply, request: Request, cors: Record<string, string>): Response {
  const headers = new Headers(cors);
  headers.set('Content-Type', FHIR_JSON);
  headers.set('Cache-Control', 'no-store');
  for (const name of ['x-request-id', 'x-correlation-id']) {
    const value = request.headers.get(name);
    if (value) headers.set(name === 'x-request-id' ? 'X-Request-ID' : 'X-Correlation-ID', value);
  }
  for (const [k, v] of Object.entries(reply.headers ?? {})) headers.set(k, v);
  const body = request.method === 'HEAD' ? null : (reply.text ?? JSON.stringify(reply.body));
  return new Response(body, { status: reply.status, headers });
}
