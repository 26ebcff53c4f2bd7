/**
 * What injected faults do to an answer: faults that answer instead of the route (5xx, 429, 401,
 * opted out), and faults that reshape the route's answer afterwards (a `next` link to a foreign
 * origin, truncated or non-JSON bodies, an HTML sign-in page). Which rules apply to a request is
 * the fault registry's business (`../faults.ts`).
 */
import { operationOutcome } from '../outcome.js';
import type { FaultRule, FhirResource } from '../types.js';
import { json, noConsent, unauthorised, type Reply } from './reply.js';

export const FOREIGN_ORIGIN = 'https://evil.example.com';

/** Faults that answer before (instead of) the route. */
export const PRE_FAULTS = new Set(['500', '502', '503', '504', '429', '401', 'network-error', 'opted-out']);

export function preFault(rule: FaultRule): Reply {
  const retryAfter = String(rule.retryAfterSeconds ?? 1);
  switch (rule.fault) {
    case '500':
      return json(500, operationOutcome('error', 'exception', 'Internal server error (injected by the mock ICR)'));
    case '502':
      return { status: 502, text: '<html><body><h1>502 Bad Gateway</h1></body></html>', headers: { 'Content-Type': 'text/html' } };
    case '503':
      return json(503, operationOutcome('error', 'transient', 'The ICR is temporarily unavailable (injected by the mock ICR)', 'SERVICE_UNAVAILABLE'), {
        'Retry-After': retryAfter,
      });
    case '504':
      return { status: 504, text: 'upstream request timeout', headers: { 'Content-Type': 'text/plain' } };
    case '429':
      return json(429, operationOutcome('error', 'throttled', 'Too many requests (injected by the mock ICR)'), { 'Retry-After': retryAfter });
    case '401':
      return unauthorised('Access token expired');
    case 'opted-out':
      return noConsent();
    default:
      return json(500, operationOutcome('error', 'exception', `Unhandled fault ${rule.fault}`));
  }
}

/** Reshape the route's `reply` by the faults in `rules` (`basePath` for the foreign `next` link). */
export function postFaults(reply: Reply, rules: FaultRule[], url: URL, resourceType: string | undefined, basePath: string): Reply {
  let out = reply;
  const isSearchset = (b: unknown): b is FhirResource =>
    typeof b === 'object' && b !== null && (b as FhirResource).resourceType === 'Bundle';
  for (const rule of rules) {
    if (rule.fault === 'foreign-next' && isSearchset(out.body)) {
      const bundle = out.body;
      const links = ((bundle['link'] as Array<{ relation: string; url: string }> | undefined) ?? []).filter((l) => l.relation !== 'next');
      const params = new URLSearchParams(url.searchParams);
      params.set('_offset', String(Number(params.get('_offset') ?? 0) + Number(params.get('_count') ?? 50)));
      links.push({ relation: 'next', url: `${FOREIGN_ORIGIN}${basePath}/${resourceType ?? ''}?${params.toString()}` });
      out = { ...out, body: { ...bundle, link: links } };
    }
  }
  for (const rule of rules) {
    if (rule.fault === 'truncated-json') {
      const full = out.text ?? JSON.stringify(out.body ?? {});
      out = { status: out.status, text: full.slice(0, Math.max(1, Math.floor(full.length / 2))), headers: { ...out.headers } };
    } else if (rule.fault === 'not-json') {
      out = { status: 200, text: 'upstream connect error or disconnect/reset before headers. reset reason: connection termination' };
    } else if (rule.fault === 'html-content-type') {
      out = {
        status: 200,
        text: '<!DOCTYPE html><html lang="en"><head><title>Sign in</title></head><body><h1>Sign in to continue</h1><form method="post"><input name="user"></form></body></html>',
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      };
    }
  }
  return out;
}
