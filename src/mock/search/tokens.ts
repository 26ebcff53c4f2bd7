/**
 * Token matching for search parameters: the tokens (system + code) a FHIR value holds, and a
 * matcher for `code`, `system|code`, `|code` and `system|`, with a comma meaning OR.
 */
import type { FhirResource } from '../types.js';
import type { Extract } from './params.js';

interface Token {
  system?: string;
  code: string;
}

/** The tokens (system + code) a value holds: string, Coding, CodeableConcept, or arrays of them. */
export function tokensOf(value: unknown): Token[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [{ code: value }];
  if (Array.isArray(value)) return value.flatMap(tokensOf);
  if (typeof value === 'object') {
    const v = value as { coding?: unknown; system?: unknown; code?: unknown };
    if (Array.isArray(v.coding)) return tokensOf(v.coding);
    if (typeof v.code === 'string') return [{ ...(typeof v.system === 'string' ? { system: v.system } : {}), code: v.code }];
  }
  return [];
}

export function tokenMatcher(extract: Extract, raw: string): (r: FhirResource) => boolean {
  const wanted = raw.split(',').map((alt) => {
    const bar = alt.indexOf('|');
    if (bar < 0) return { code: alt };
    const system = alt.slice(0, bar);
    const code = alt.slice(bar + 1);
    return { system, code };
  });
  return (r) => {
    const have = tokensOf(extract(r));
    return wanted.some((w) =>
      have.some((h) => {
        if (w.system === undefined) return h.code === w.code;
        if (w.system === '') return h.system === undefined && h.code === w.code;
        if (w.code === '') return h.system === w.system;
        return h.system === w.system && h.code === w.code;
      }),
    );
  };
}
