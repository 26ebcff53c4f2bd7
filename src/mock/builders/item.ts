/**
 * What every item builder shares: the options common to all items (source, security, social-care tag,
 * note), the `meta` they produce, and the per-record context (subject reference, clock, id counters).
 * Kept in one place so that every item carries its source (R42, R44) and labels the same way.
 */
import type { Clock } from '../clock.js';
import { coding, SOCIAL_CARE_TAG, SYS } from '../codes.js';
import type { MockOrganisation } from '../organisations.js';
import type { FhirCoding, FhirMeta, FhirReference } from '../types.js';

export type Confidentiality = 'R' | 'V';

const CONFIDENTIALITY_DISPLAY: Record<Confidentiality, string> = { R: 'restricted', V: 'very restricted' };

export function securityLabel(code: Confidentiality): FhirCoding {
  return coding(SYS.confidentiality, code, CONFIDENTIALITY_DISPLAY[code]);
}

export function quantity(value: number, unit?: string, code?: string): Record<string, unknown> {
  if (unit === undefined) return { value };
  return { value, unit, system: SYS.ucum, code: code ?? unit };
}

export interface ItemOptions {
  /** Logical id; generated (`<prefix>-<kind>-<n>`) when absent. */
  id?: string;
  /** The organisation whose system holds the item. */
  source: MockOrganisation;
  /** `meta.security` confidentiality (R51). */
  security?: Confidentiality;
  /** `meta.lastUpdated`; defaults to the item's main date. */
  lastUpdated?: string;
  /** Tag the item as social care (set by default on Task, EpisodeOfCare and social-care Flags). */
  socialCare?: boolean;
  note?: string;
}

/** The record an item is built into: who it is about, the clock, and its id sequence. */
export interface ItemContext {
  readonly subject: FhirReference;
  readonly clock: Clock;
  /** The record's id prefix (e.g. `rs`). */
  readonly idPrefix: string;
  /** `explicit` if given, else the next `<prefix>-<kind>-<n>`. */
  nextId(kind: string, explicit?: string): string;
  /** How many ids of `kind` have been generated so far. */
  generated(kind: string): number;
}

export function metaFor(o: ItemOptions, fallbackDate: string, socialCareDefault = false): FhirMeta {
  const meta: FhirMeta = { lastUpdated: o.lastUpdated ?? fallbackDate, source: o.source.source };
  if (o.security) meta.security = [securityLabel(o.security)];
  if (o.socialCare ?? socialCareDefault) meta.tag = [SOCIAL_CARE_TAG];
  return meta;
}

/** A dateTime for meta.lastUpdated from a value that may be a partial date. */
export function asInstant(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value}-01-01T00:00:00+00:00`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01T00:00:00+00:00`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00+00:00`;
  return value;
}

export function notes(o: ItemOptions): Record<string, unknown> {
  return o.note ? { note: [{ text: o.note }] } : {};
}
