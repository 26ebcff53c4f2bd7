/**
 * Safe readers for FHIR JSON that may be malformed. Everything from the record is `unknown` until
 * one of these has checked its shape, so a mapper never throws on a wrong type, a null or a
 * missing field: it gets `undefined` or an empty array and decides what the clinician sees.
 */

/** A FHIR resource as received: only `resourceType` is trusted, and only after `isResource`. */
export interface FhirResource {
  resourceType: string;
  id?: string;
  [key: string]: unknown;
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isResource(value: unknown): value is FhirResource {
  return isObject(value) && typeof value.resourceType === 'string' && value.resourceType !== '';
}

/** A non-empty string, trimmed; anything else is undefined. */
export function str(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** An array of objects: a single object becomes a one-item array, non-objects are dropped. */
export function objects(value: unknown): Json[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

/** An array of non-empty strings; a lone string becomes a one-item array. */
export function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(str).filter((s): s is string => s !== undefined);
}

export function obj(value: unknown): Json | undefined {
  return isObject(value) ? value : undefined;
}

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export function codings(concept: unknown): Coding[] {
  return objects(obj(concept)?.coding).map((c) => ({
    system: str(c.system),
    code: str(c.code),
    display: str(c.display),
  }));
}

/** True when a CodeableConcept carries `code` (optionally in `system`). */
export function hasCode(concept: unknown, code: string, system?: string): boolean {
  return codings(concept).some((c) => c.code === code && (system === undefined || c.system === system));
}

/** True when any of the CodeableConcepts carries `code`. */
export function anyHasCode(concepts: unknown, code: string, system?: string): boolean {
  return objects(concepts).some((c) => hasCode(c, code, system));
}

/**
 * The text a clinician should read for a CodeableConcept: `text` first (it is what was recorded),
 * else the first coding display. R32: an unknown code system is never a reason to show nothing.
 */
export function conceptText(concept: unknown): string | undefined {
  const c = obj(concept);
  if (!c) return undefined;
  return str(c.text) ?? codings(c).find((x) => x.display)?.display;
}

/** Whether the concept is coded (has a coding with a code), as opposed to free text only. */
export function isCoded(concept: unknown): boolean {
  return codings(concept).some((c) => c.code !== undefined);
}

/** The first code of a CodeableConcept (optionally from `system`). */
export function firstCode(concept: unknown, system?: string): string | undefined {
  return codings(concept).find((c) => c.code && (system === undefined || c.system === system))?.code;
}

export interface ReferenceParts {
  reference?: string;
  type?: string;
  id?: string;
  display?: string;
  identifier?: { system?: string; value?: string };
}

/** Splits a Reference into its parts: `Patient/123`, absolute URLs and `_history` are understood. */
export function readReference(value: unknown): ReferenceParts | undefined {
  const ref = obj(value);
  if (!ref) return undefined;
  const reference = str(ref.reference);
  const identifier = obj(ref.identifier);
  const parts: ReferenceParts = {
    reference,
    display: str(ref.display),
    type: str(ref.type),
    identifier: identifier ? { system: str(identifier.system), value: str(identifier.value) } : undefined,
  };
  if (reference && !reference.startsWith('#')) {
    const match = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(reference);
    if (match) {
      parts.type = parts.type ?? match[1];
      parts.id = match[2];
    }
  }
  return parts;
}

/** Finds a contained resource by a `#id` reference. */
export function containedById(resource: FhirResource, reference: string | undefined): FhirResource | undefined {
  if (!reference?.startsWith('#')) return undefined;
  const id = reference.slice(1);
  return objects(resource.contained).filter(isResource).find((r) => r.id === id);
}

/** The extensions of an element with the given URL. */
export function extensions(element: unknown, url: string): Json[] {
  return objects(obj(element)?.extension).filter((e) => e.url === url);
}

/** `meta.security` codes (e.g. confidentiality R / V). */
export function securityCodes(resource: unknown): Coding[] {
  return objects(obj(obj(resource)?.meta)?.security).map((c) => ({
    system: str(c.system),
    code: str(c.code),
    display: str(c.display),
  }));
}

/** R51: the one sensitivity table and reader (confidentiality R/V and ActCode sensitivity policies). */
export { CONFIDENTIALITY_SYSTEM, sensitivity, type SensitivityLevel } from './security.js';
