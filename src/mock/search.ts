/**
 * FHIR search over the in-memory population: the parameters each type supports, token matching
 * (`system|code`, comma = OR), `_count`/`_offset` paging, `_sort` and `_include`. Anything it does not
 * support is refused with 400, as a strict FHIR server does, so a widget cannot come to rely on a
 * parameter the mock silently ignored.
 *
 * This file parses and validates a search; beside it in `search/` are what each type may be searched
 * by (`params.ts`), token matching (`tokens.ts`) and the order of results (`sort.ts`).
 */
import { isValidNhsNumber } from './nhs-number.js';
import { operationOutcome } from './outcome.js';
import { INCLUDES, ITERATE_INCLUDES, PATIENT_SCOPED, TOKEN_PARAMS } from './search/params.js';
import type { SortKey } from './search/sort.js';
import { tokenMatcher } from './search/tokens.js';
import type { ChainedSearchMode, FhirResource } from './types.js';

export { INCLUDES, ITERATE_INCLUDES, SUPPORTED_TYPES } from './search/params.js';
export { dateOf, sortResources, type SortKey } from './search/sort.js';
export { tokensOf } from './search/tokens.js';

export const DEFAULT_COUNT = 50;
export const MAX_COUNT = 1000;

const COMMON_PARAMS = new Set(['_count', '_offset', '_include', '_sort', '_summary', '_format', '_id']);

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
  /** `_include:iterate` values (`PractitionerRole:organization`), followed from included resources. */
  iterates: string[];
  sort: SortKey;
  summaryCount: boolean;
  /** `patient.identifier=` / `subject.identifier=` (chained): the NHS number whose records are asked for. */
  chainedNhsNumber?: string;
  /** Parameters the search dropped without a word (the `ignore` chained-search mode): left out of `self`. */
  ignored: string[];
}

export type ParseResult = { ok: true; search: ParsedSearch } | { ok: false; status: number; outcome: FhirResource };

const bad = (diagnostics: string, spine: 'INVALID_PARAMETER' | 'INVALID_SEARCH_DATA' = 'INVALID_PARAMETER'): ParseResult => ({
  ok: false,
  status: 400,
  outcome: operationOutcome('error', spine === 'INVALID_PARAMETER' ? 'not-supported' : 'invalid', diagnostics, spine),
});

function patientIdFrom(value: string): string | undefined {
  const m = /^(?:.*\/)?Patient\/([A-Za-z0-9\-.]{1,64})$/.exec(value) ?? /^([A-Za-z0-9\-.]{1,64})$/.exec(value);
  return m?.[1];
}

function nonNegativeInt(value: string): number | undefined {
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

/** Parse and validate the query of a search on `type`. */
export function parseSearch(type: string, params: URLSearchParams, chained: ChainedSearchMode = 'supported'): ParseResult {
  const tokenParams = TOKEN_PARAMS[type];
  if (!tokenParams) return bad(`Resource type ${type} is not supported by this server`);
  const search: ParsedSearch = {
    type,
    filters: [],
    count: DEFAULT_COUNT,
    offset: 0,
    includes: [],
    iterates: [],
    sort: '-date',
    summaryCount: false,
    ignored: [],
  };
  const patientRefs: string[] = [];

  for (const [name, value] of params) {
    const [base, modifier] = name.split(':') as [string, string | undefined];
    if (base === '_include' && modifier === 'iterate') {
      const [fromType] = value.split(':');
      if (!fromType || !ITERATE_INCLUDES[fromType]?.[value]) return bad(`_include:iterate=${value} is not supported`);
      search.iterates.push(value);
      continue;
    }
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
    } else if ((base === 'patient.identifier' || base === 'subject.identifier') && PATIENT_SCOPED.has(type) && chained !== 'refuse') {
      // Chained on the patient's identifier (issue 21); `refuse` falls through to "not supported".
      if (chained === 'ignore') {
        search.ignored.push(name);
        continue;
      }
      const bar = value.indexOf('|');
      const nhs = bar >= 0 ? value.slice(bar + 1) : value;
      if (bar >= 0 && value.slice(0, bar) !== 'https://fhir.nhs.uk/Id/nhs-number') {
        return bad(`${base} supports the NHS number system only`, 'INVALID_SEARCH_DATA');
      }
      if (!isValidNhsNumber(nhs)) return bad(`Invalid NHS number "${nhs}"`, 'INVALID_SEARCH_DATA');
      search.chainedNhsNumber = nhs;
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
  if (search.patientId && search.chainedNhsNumber) return bad('A search may name only one patient', 'INVALID_SEARCH_DATA');
  if (PATIENT_SCOPED.has(type) && !search.patientId && !search.chainedNhsNumber && !search.ignored.length) {
    return bad(`A ${type} search must name the patient (patient=…)`, 'INVALID_SEARCH_DATA');
  }
  if (type === 'Patient' && !search.nhsNumber && !search.foreignIdentifier && !search.ids) {
    return bad('A Patient search needs identifier=https://fhir.nhs.uk/Id/nhs-number|{NHS number} or _id', 'INVALID_SEARCH_DATA');
  }
  if (type === 'Medication' && !search.ids) return bad('A Medication search needs _id', 'INVALID_SEARCH_DATA');
  return { ok: true, search };
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
