/**
 * FHIR search over the in-memory population: the parameters each type supports, token matching
 * (`system|code`, comma = OR), `_count`/`_offset` paging, `_sort` and `_include`. Anything it does not
 * support is refused with 400, as a strict FHIR server does, so a widget cannot come to rely on a
 * parameter the mock silently ignored.
 */
import { isValidNhsNumber } from './nhs-number.js';
import { operationOutcome } from './outcome.js';
import type { FhirResource } from './types.js';

export const DEFAULT_COUNT = 50;
export const MAX_COUNT = 1000;

type Extract = (r: FhirResource) => unknown;

const medicationCode: Extract = (r) => {
  if (r['medicationCodeableConcept']) return r['medicationCodeableConcept'];
  const ref = (r['medicationReference'] as { reference?: string } | undefined)?.reference;
  if (ref?.startsWith('#')) {
    const contained = (r['contained'] as FhirResource[] | undefined)?.find((c) => `#${c.id}` === ref);
    return contained?.['code'];
  }
  return undefined;
};

/** Token search parameters per resource type (beyond `patient`/`subject`). */
const TOKEN_PARAMS: Record<string, Record<string, Extract>> = {
  Patient: {},
  RelatedPerson: {},
  Organization: {},
  Practitioner: {},
  PractitionerRole: {},
  Medication: { code: (r) => r['code'] },
  AllergyIntolerance: {
    'clinical-status': (r) => r['clinicalStatus'],
    'verification-status': (r) => r['verificationStatus'],
    category: (r) => r['category'],
    type: (r) => r['type'],
    criticality: (r) => r['criticality'],
    code: (r) => r['code'],
  },
  List: { code: (r) => r['code'], status: (r) => r['status'] },
  MedicationStatement: { status: (r) => r['status'], category: (r) => r['category'], code: medicationCode },
  MedicationRequest: {
    status: (r) => r['status'],
    intent: (r) => r['intent'],
    category: (r) => r['category'],
    code: medicationCode,
  },
  Condition: {
    'clinical-status': (r) => r['clinicalStatus'],
    'verification-status': (r) => r['verificationStatus'],
    category: (r) => r['category'],
    code: (r) => r['code'],
  },
  Observation: { category: (r) => r['category'], code: (r) => r['code'], status: (r) => r['status'] },
  DiagnosticReport: { category: (r) => r['category'], code: (r) => r['code'], status: (r) => r['status'] },
  ImagingStudy: { status: (r) => r['status'], modality: (r) => r['modality'] },
  Task: { code: (r) => r['code'], status: (r) => r['status'], 'business-status': (r) => r['businessStatus'] },
  Flag: {},
  EpisodeOfCare: { status: (r) => r['status'], type: (r) => r['type'] },
  CarePlan: { category: (r) => r['category'], status: (r) => r['status'], intent: (r) => r['intent'] },
};

/** Types whose searches must name a patient (a real ICR refuses population-wide searches). */
const PATIENT_SCOPED = new Set([
  'RelatedPerson',
  'AllergyIntolerance',
  'List',
  'MedicationStatement',
  'MedicationRequest',
  'Condition',
  'Observation',
  'DiagnosticReport',
  'ImagingStudy',
  'Task',
  'Flag',
  'EpisodeOfCare',
  'CarePlan',
]);

/** `_include` values supported, per type, and the element each follows. */
export const INCLUDES: Record<string, Record<string, Extract>> = {
  Patient: { 'Patient:general-practitioner': (r) => r['generalPractitioner'] },
  MedicationStatement: { 'MedicationStatement:medication': (r) => r['medicationReference'] },
  MedicationRequest: { 'MedicationRequest:medication': (r) => r['medicationReference'] },
  DiagnosticReport: { 'DiagnosticReport:result': (r) => r['result'] },
};

export const SUPPORTED_TYPES: readonly string[] = Object.keys(TOKEN_PARAMS);

const COMMON_PARAMS = new Set(['_count', '_offset', '_include', '_sort', '_summary', '_format', '_id']);

export type SortKey = 'date' | '-date' | '_lastUpdated' | '-_lastUpdated';

export interface ParsedSearch {
  type: string;
  /** The patient named by `patient`/`subject` (bare id). */
  patientId?: string;
  /** `Patient?identifier=`: the NHS number asked for (and whether a system was given). */
  nhsNumber?: string;
  /** `Patient?identifier=` with a system other than the NHS number: matches nothing. */
  foreignIdentifier?: boolean;
  ids?: string[];
  filters: Array<(r: FhirResource) => boolean>;
  count: number;
  offset: number;
  includes: string[];
  sort: SortKey;
  summaryCount: boolean;
}

export type ParseResult = { ok: true; search: ParsedSearch } | { ok: false; status: number; outcome: FhirResource };

const bad = (diagnostics: string, spine: 'INVALID_PARAMETER' | 'INVALID_SEARCH_DATA' = 'INVALID_PARAMETER'): ParseResult => ({
  ok: false,
  status: 400,
  outcome: operationOutcome('error', spine === 'INVALID_PARAMETER' ? 'not-supported' : 'invalid', diagnostics, spine),
});

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

function tokenMatcher(extract: Extract, raw: string): (r: FhirResource) => boolean {
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

function patientIdFrom(value: string): string | undefined {
  const m = /^(?:.*\/)?Patient\/([A-Za-z0-9\-.]{1,64})$/.exec(value) ?? /^([A-Za-z0-9\-.]{1,64})$/.exec(value);
  return m?.[1];
}

function nonNegativeInt(value: string): number | undefined {
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

/** Parse and validate the query of a search on `type`. */
export function parseSearch(type: string, params: URLSearchParams): ParseResult {
  const tokenParams = TOKEN_PARAMS[type];
  if (!tokenParams) return bad(`Resource type ${type} is not supported by this server`);
  const search: ParsedSearch = {
    type,
    filters: [],
    count: DEFAULT_COUNT,
    offset: 0,
    includes: [],
    sort: '-date',
    summaryCount: false,
  };
  const patientRefs: string[] = [];

  for (const [name, value] of params) {
    const [base, modifier] = name.split(':') as [string, string | undefined];
    if (modifier !== undefined) return bad(`Search modifier "${name}" is not supported`);
    if (value === '' && base !== '_include') return bad(`Search parameter ${name} has no value`);

    if (base === '_count') {
      const n = nonNegativeInt(value);
      if (n === undefined) return bad(`_count must be a non-negative integer, not "${value}"`);
      search.count = Math.min(n, MAX_COUNT);
    } else if (base === '_offset') {
      const n = nonNegativeInt(value);
      if (n === undefined) return bad(`_offset must be a non-negative integer, not "${value}"`);
      search.offset = n;
    } else if (base === '_include') {
      if (!INCLUDES[type]?.[value]) return bad(`_include=${value} is not supported on ${type}`);
      search.includes.push(value);
    } else if (base === '_sort') {
      if (!['date', '-date', '_lastUpdated', '-_lastUpdated'].includes(value)) return bad(`_sort=${value} is not supported`);
      search.sort = value as SortKey;
    } else if (base === '_summary') {
      if (value !== 'count' && value !== 'false') return bad(`_summary=${value} is not supported`);
      search.summaryCount = value === 'count';
    } else if (base === '_format') {
      // Acceptability is checked with the Accept header; the parameter itself is allowed.
    } else if (base === '_id') {
      search.ids = value.split(',');
    } else if ((base === 'patient' || base === 'subject') && PATIENT_SCOPED.has(type)) {
      const id = patientIdFrom(value);
      if (!id) return bad(`${base}=${value} is not a Patient reference`, 'INVALID_SEARCH_DATA');
      patientRefs.push(id);
    } else if (base === 'identifier' && type === 'Patient') {
      const bar = value.indexOf('|');
      const system = bar >= 0 ? value.slice(0, bar) : undefined;
      const nhs = bar >= 0 ? value.slice(bar + 1) : value;
      if (system !== undefined && system !== 'https://fhir.nhs.uk/Id/nhs-number') {
        search.foreignIdentifier = true;
      } else if (!isValidNhsNumber(nhs)) {
        return bad(`Invalid NHS number "${nhs}"`, 'INVALID_SEARCH_DATA');
      } else {
        search.nhsNumber = nhs;
      }
    } else if (tokenParams[base]) {
      search.filters.push(tokenMatcher(tokenParams[base]!, value));
    } else {
      return bad(`Search parameter "${name}" is not supported on ${type}`);
    }
    if (COMMON_PARAMS.has(base) && base !== '_include' && params.getAll(base).length > 1) {
      return bad(`Search parameter ${base} may appear only once`);
    }
  }

  if (new Set(patientRefs).size > 1) return bad('A search may name only one patient', 'INVALID_SEARCH_DATA');
  if (patientRefs[0]) search.patientId = patientRefs[0];
  if (PATIENT_SCOPED.has(type) && !search.patientId) {
    return bad(`A ${type} search must name the patient (patient=…)`, 'INVALID_SEARCH_DATA');
  }
  if (type === 'Patient' && !search.nhsNumber && !search.foreignIdentifier && !search.ids) {
    return bad('A Patient search needs identifier=https://fhir.nhs.uk/Id/nhs-number|{NHS number} or _id', 'INVALID_SEARCH_DATA');
  }
  if (type === 'Medication' && !search.ids) return bad('A Medication search needs _id', 'INVALID_SEARCH_DATA');
  return { ok: true, search };
}

/** The date a resource is sorted by (the clinically meaningful one, else meta.lastUpdated). */
export function dateOf(r: FhirResource): string | undefined {
  const period = (p: unknown): string | undefined => (p as { start?: string } | undefined)?.start;
  const pick = (...values: unknown[]): string | undefined => values.find((v): v is string => typeof v === 'string');
  switch (r.resourceType) {
    case 'AllergyIntolerance':
      return pick(r['recordedDate'], r['onsetDateTime']);
    case 'MedicationStatement':
      return pick(r['effectiveDateTime'], period(r['effectivePeriod']), r['dateAsserted']);
    case 'MedicationRequest':
      return pick(r['authoredOn']);
    case 'Condition':
      return pick(r['recordedDate'], r['onsetDateTime']);
    case 'Observation':
      return pick(r['effectiveDateTime'], period(r['effectivePeriod']), r['issued']);
    case 'DiagnosticReport':
      return pick(r['effectiveDateTime'], r['issued']);
    case 'ImagingStudy':
      return pick(r['started']);
    case 'Task':
      return pick(r['authoredOn'], period(r['executionPeriod']));
    case 'Flag':
    case 'EpisodeOfCare':
      return pick(period(r['period']));
    case 'CarePlan':
      return pick(r['created'], period(r['period']));
    case 'List':
      return pick(r['date']);
    default:
      return r.meta?.lastUpdated;
  }
}

const sortInstants = new WeakMap<FhirResource, number>();

function instant(value: string | undefined): number {
  if (!value) return Number.NEGATIVE_INFINITY;
  const t = Date.parse(/^\d{4}$/.test(value) ? `${value}-01-01` : /^\d{4}-\d{2}$/.test(value) ? `${value}-01` : value);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

export function sortResources(resources: FhirResource[], sort: SortKey): FhirResource[] {
  const byUpdated = sort.endsWith('_lastUpdated');
  const desc = sort.startsWith('-');
  const keyed = resources.map((r, i) => {
    if (byUpdated) return { r, i, t: instant(r.meta?.lastUpdated) };
    // Resources never change once built, so their sort instant is computed once.
    let t = sortInstants.get(r);
    if (t === undefined) {
      t = instant(dateOf(r));
      sortInstants.set(r, t);
    }
    return { r, i, t };
  });
  keyed.sort((a, b) => (a.t === b.t ? a.i - b.i : desc ? b.t - a.t : a.t - b.t));
  return keyed.map((k) => k.r);
}

/** The patient a resource belongs to (its subject / patient / for reference), as a bare id. */
export function patientIdOf(r: FhirResource): string | undefined {
  if (r.resourceType === 'Patient') return r.id;
  for (const element of ['subject', 'patient', 'for']) {
    const ref = (r[element] as { reference?: string } | undefined)?.reference;
    if (ref?.startsWith('Patient/')) return ref.slice('Patient/'.length);
  }
  return undefined;
}
