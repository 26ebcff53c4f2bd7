/**
 * A mutation fuzzer for FHIR JSON: takes a resource (or a whole search answer) and breaks it the
 * ways real feeds break: a field dropped, nulled, of the wrong type, huge, deeply nested; unknown
 * codes and systems; invalid dates; duplicate ids; references to nowhere. Seeded (see run.ts),
 * so any failing case replays from its seed and case number.
 */
import type { Rng } from './run.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const OPERATORS = ['drop', 'null', 'wrong-type', 'huge', 'deep', 'unknown-code', 'invalid-date', 'duplicate-id', 'dangling-reference', 'empty', 'odd-key'] as const;
export type Operator = (typeof OPERATORS)[number];

export interface Mutation {
  operator: Operator;
  path: string;
}

type Path = (string | number)[];

const DATE_KEY = /(date|Date|DateTime|Instant|start|end|issued|authoredOn|recorded|lastUpdated|created|onset|abatement|birthDate|deceased|effective|period|time)$/;

const INVALID_DATES: Json[] = [
  '', ' ', '2024-13-45', '2024-02-30', '0000-00-00', '99999-01-01', '-0001-01-01', 'yesterday', '2024-1-1', '01/02/2024',
  '2024-03-31T25:61:61Z', '2024-03-31T23:30:00+25:00', '2024-03-31T23:30', 'T', '2024-W13', '1e9', 'NaN', '2024-03-31T23:30:00.123456789123Z',
  '2024-03-31T23:30:00Z2024', '\u0000', '2024\u2010-03-31', '١٩٧٠-٠١-٠١', 1711927800000, 2024, -1, true, {}, [],
];

const UNKNOWN_CODES: Json[] = ['x', 'UNKNOWN', '', '-1', 'entered_in_error', 'ACTIVE', 'Active ', 'final\u0000', '🦄', 'active,resolved', '*', 'null', '__proto__', 'constructor', 'toString'];
const UNKNOWN_SYSTEMS: Json[] = ['http://example.org/unknown', 'urn:oid:1.2.3.4.5', '', 'javascript:alert(1)', 'snomed', 'http://snomed.info/sct/', 'https://dmd.nhs.uk', 'http://dmd.nhs.uk', 'HTTP://SNOMED.INFO/SCT', 'urn:uuid:00000000-0000-0000-0000-000000000000'];
const DANGLING: Json[] = [
  'Medication/nowhere', '#missing', 'urn:uuid:6f1b5f8e-0000-4000-8000-000000000000', 'http://elsewhere.example/fhir/Patient/x', '',
  'Patient/', '/', 'Organization/../../Patient/pat-edith-holloway', 'Practitioner/🦄', 'Medication/' + 'x'.repeat(300), 'Patient/pat-gareth-brown',
  'DiagnosticReport/x/_history/', '#', 'Observation/a/b/c', 'javascript:alert(1)//Medication/1',
];
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', '\u0000', 'length'];

function wrongTypeFor(value: Json, rng: Rng): Json {
  const options: Json[] = [0, -1, 1.5e308, 'text', '', true, false, {}, [], [null], [[]], { value: {} }, [1, 'two', { three: 3 }]];
  const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const others = options.filter((o) => (Array.isArray(o) ? 'array' : o === null ? 'null' : typeof o) !== kind);
  return rng.pick(others);
}

function deep(depth: number, rng: Rng): Json {
  let v: Json = rng.chance(0.5) ? 'bottom' : {};
  const useArray = rng.chance(0.5);
  for (let i = 0; i < depth; i++) v = useArray ? [v] : i % 2 ? { extension: [v] } : { coding: v };
  return v;
}

function huge(value: Json, rng: Rng, limits: { string: number; array: number }): Json {
  // Copies, not one shared object: over the wire every item is its own (a later mutation of one
  // item must not silently become a mutation of all of them).
  if (Array.isArray(value) && value.length) return Array.from({ length: limits.array }, () => structuredClone(value[0]!));
  if (typeof value === 'number') return rng.pick([1e308, -1e308, Number.MAX_SAFE_INTEGER * 1000, 1e-308]);
  const unit = typeof value === 'string' && value.length ? value : 'x';
  return unit.repeat(Math.ceil(limits.string / unit.length)).slice(0, limits.string);
}

/**
 * Paths in `root` (objects, arrays and leaves), root excluded: every one down to depth 16, at
 * most 4,000 (a resource already made huge or deep by an earlier mutation is not walked whole).
 */
function paths(root: Json, skip: (path: Path) => boolean): Path[] {
  const out: Path[] = [];
  const walk = (v: Json, path: Path) => {
    if (out.length >= 4000) return;
    if (path.length && !skip(path)) out.push(path);
    if (path.length >= 16) return;
    if (Array.isArray(v)) v.slice(0, 200).forEach((c, i) => walk(c, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...path, k]);
  };
  walk(root, []);
  return out;
}

function get(root: Json, path: Path): Json {
  let v: Json = root;
  for (const p of path) v = (v as Record<string | number, Json>)[p]!;
  return v;
}

function parentOf(root: Json, path: Path): { parent: Json[] | Record<string, Json>; key: string | number } {
  return { parent: get(root, path.slice(0, -1)) as Json[] | Record<string, Json>, key: path[path.length - 1]! };
}

function set(root: Json, path: Path, value: Json): void {
  const { parent, key } = parentOf(root, path);
  (parent as Record<string | number, Json>)[key] = value;
}

export interface MutateOptions {
  /** Paths never touched (e.g. a searchset match's resourceType, which the client has checked). */
  protect?: (path: Path) => boolean;
  limits?: { string: number; array: number; depth: number };
  /** Ids of other resources in the same answer, for duplicate-id. */
  otherIds?: string[];
}

/** Mutates `resource` in place with one operator at one random path; returns what it did. */
export function mutateOnce(resource: Json, rng: Rng, options: MutateOptions = {}): Mutation {
  const limits = options.limits ?? { string: 200_000, array: 3000, depth: 600 };
  const all = paths(resource, options.protect ?? (() => false));
  const operator = rng.pick(OPERATORS);
  const label = (p: Path) => p.join('.');
  if (!all.length) return { operator, path: '(nothing to mutate)' };
  const pick = (filter: (p: Path) => boolean): Path | undefined => {
    const some = all.filter(filter);
    return some.length ? rng.pick(some) : undefined;
  };
  const key = (p: Path) => String(p[p.length - 1]);
  switch (operator) {
    case 'drop': {
      const p = rng.pick(all);
      const { parent, key: k } = parentOf(resource, p);
      if (Array.isArray(parent)) parent.splice(k as number, 1);
      else delete parent[k as string];
      return { operator, path: label(p) };
    }
    case 'null': {
      const p = rng.pick(all);
      set(resource, p, null);
      return { operator, path: label(p) };
    }
    case 'wrong-type': {
      const p = rng.pick(all);
      set(resource, p, wrongTypeFor(get(resource, p), rng));
      return { operator, path: label(p) };
    }
    case 'huge': {
      const p = pick((q) => { const v = get(resource, q); return typeof v === 'string' || Array.isArray(v) || typeof v === 'number'; }) ?? rng.pick(all);
      set(resource, p, huge(get(resource, p), rng, limits));
      return { operator, path: label(p) };
    }
    case 'deep': {
      const p = rng.pick(all);
      set(resource, p, deep(limits.depth, rng));
      return { operator, path: label(p) };
    }
    case 'unknown-code': {
      const p = pick((q) => ['code', 'system', 'status', 'use', 'gender', 'intent', 'category', 'criticality', 'severity', 'unit'].includes(key(q)) && typeof get(resource, q) === 'string');
      if (!p) return mutateOnce(resource, rng, options);
      set(resource, p, key(p) === 'system' ? rng.pick(UNKNOWN_SYSTEMS) : rng.pick(UNKNOWN_CODES));
      return { operator, path: label(p) };
    }
    case 'invalid-date': {
      const p = pick((q) => { const v = get(resource, q); return DATE_KEY.test(key(q)) || (typeof v === 'string' && /^\d{4}(-\d\d)?(-\d\d)?(T.*)?$/.test(v)); });
      if (!p) return mutateOnce(resource, rng, options);
      set(resource, p, rng.pick(INVALID_DATES));
      return { operator, path: label(p) };
    }
    case 'duplicate-id': {
      const other = options.otherIds?.length ? rng.pick(options.otherIds) : 'duplicate';
      if (resource && typeof resource === 'object' && !Array.isArray(resource)) resource['id'] = other;
      return { operator, path: `id=${other}` };
    }
    case 'dangling-reference': {
      const p = pick((q) => key(q) === 'reference');
      if (!p) return mutateOnce(resource, rng, options);
      set(resource, p, rng.pick(DANGLING));
      return { operator, path: label(p) };
    }
    case 'empty': {
      const p = rng.pick(all);
      const v = get(resource, p);
      set(resource, p, Array.isArray(v) ? [] : typeof v === 'string' ? '' : v && typeof v === 'object' ? {} : v);
      return { operator, path: label(p) };
    }
    case 'odd-key': {
      const p = pick((q) => { const v = get(resource, q); return !!v && typeof v === 'object' && !Array.isArray(v); });
      const target = (p ? get(resource, p) : resource) as Record<string, Json>;
      if (!target || typeof target !== 'object' || Array.isArray(target)) return mutateOnce(resource, rng, options);
      Object.defineProperty(target, rng.pick(ODD_KEYS), { value: wrongTypeFor(null, rng), enumerable: true, configurable: true, writable: true });
      return { operator, path: p ? label(p) : '(root)' };
    }
  }
}
