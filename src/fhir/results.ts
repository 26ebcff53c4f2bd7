/**
 * Observations → view model for `<icr-results>` and for the results inside reports (R36): every
 * value carries its unit (or a visible "unit not recorded"), its reference range, interpretation
 * and `dataAbsentReason`. Pure: no DOM, never throws on malformed input.
 */
import type { Mapped, PatientLoaded, SearchResult } from './section-contract.js';
import { compareFhirDatesNewestFirst, formatDateTime, formatNumber, formatQuantity, formatRange, formatRatio, quantityUnit } from '../format/index.js';
import { translator } from '../i18n/core.js';
import { resultsMessages } from '../i18n/en-GB/results.js';
import {
  anyHasCode, bool, codings, conceptText, isResource, num, obj, objects, readReference, sensitivity, str,
  type FhirResource, type Json,
} from './read.js';
import { highest } from './security.js';
import { sourceOrganisation } from './provenance.js';

const t = translator(resultsMessages);

export type ObservationStatusLabel = 'preliminary' | 'registered' | 'amended' | 'corrected' | 'cancelled' | 'unknown';

export interface ComponentView {
  name: string;
  value: string;
}

export interface ObservationView {
  id?: string;
  name: string;
  /** The value with its unit; for a missing value, the absent reason (R36). */
  value?: string;
  /** Why there is no value (`dataAbsentReason`), as text. */
  absentReason?: string;
  components: ComponentView[];
  range?: string;
  interpretation?: string;
  /** `abnormal` when the interpretation says so (H, L, A, critical…): shown with text and icon. */
  flag?: 'abnormal' | 'critical';
  /** The raw effective/issued date, for sorting; `date` is the formatted one. */
  when?: string;
  date: string;
  /** A status a reader must notice (not final). */
  status?: ObservationStatusLabel;
  /** The numeric value and its unit, for the trend line (only quantities). */
  numeric?: { value: number; unit?: string };
  note?: string;
  /** R51: restricted (R) or very restricted (V). */
  sensitivity?: 'R' | 'V';
  /** The source organisation in words (R42, R44); undefined: the record does not name it. */
  source?: string;
  /** Member observations (a panel such as a full blood count), one level deep. */
  members: ObservationView[];
}

const NOTICED_STATUSES: ObservationStatusLabel[] = ['preliminary', 'registered', 'amended', 'corrected', 'cancelled', 'unknown'];

const INTERPRETATION_CODES: Record<string, { key: Parameters<typeof t>[0]; flag?: 'abnormal' | 'critical' }> = {
  H: { key: 'results.interp.high', flag: 'abnormal' },
  L: { key: 'results.interp.low', flag: 'abnormal' },
  HH: { key: 'results.interp.criticalHigh', flag: 'critical' },
  LL: { key: 'results.interp.criticalLow', flag: 'critical' },
  HU: { key: 'results.interp.veryHigh', flag: 'critical' },
  LU: { key: 'results.interp.veryLow', flag: 'critical' },
  A: { key: 'results.interp.abnormal', flag: 'abnormal' },
  AA: { key: 'results.interp.criticalAbnormal', flag: 'critical' },
  N: { key: 'results.interp.normal' },
  POS: { key: 'results.interp.positive', flag: 'abnormal' },
  NEG: { key: 'results.interp.negative' },
  DET: { key: 'results.interp.detected', flag: 'abnormal' },
  ND: { key: 'results.interp.notDetected' },
};

/** The value of an element that has `value[x]` (an Observation or one of its components). */
export function valueText(element: Json): string | undefined {
  if (element.valueQuantity !== undefined) return formatQuantity(element.valueQuantity);
  if (element.valueCodeableConcept !== undefined) return conceptText(element.valueCodeableConcept);
  if (element.valueString !== undefined) return str(element.valueString);
  if (element.valueBoolean !== undefined) {
    const b = bool(element.valueBoolean);
    return b === undefined ? undefined : t(b ? 'results.yes' : 'results.no');
  }
  if (element.valueInteger !== undefined) {
    // A count or score has no unit in FHIR: shown with the same visible note, never bare (R36).
    return formatQuantity({ value: element.valueInteger });
  }
  if (element.valueRange !== undefined) return formatRange(element.valueRange);
  if (element.valueRatio !== undefined) return formatRatio(element.valueRatio);
  if (element.valueDateTime !== undefined) return formatDateTime(element.valueDateTime);
  if (element.valueTime !== undefined) return str(element.valueTime);
  if (element.valuePeriod !== undefined) {
    const p = obj(element.valuePeriod);
    return p ? t('results.period', { start: formatDateTime(p.start), end: formatDateTime(p.end) }) : undefined;
  }
  if (element.valueSampledData !== undefined) return t('results.sampledData');
  return undefined;
}

function absentText(element: Json): string | undefined {
  if (element.dataAbsentReason === undefined) return undefined;
  return conceptText(element.dataAbsentReason) ?? codings(element.dataAbsentReason).find((c) => c.code)?.code ?? t('results.absent.unknown');
}

function interpretationOf(resource: Json): { text?: string; flag?: 'abnormal' | 'critical' } {
  const concepts = objects(resource.interpretation);
  const texts: string[] = [];
  let flag: 'abnormal' | 'critical' | undefined;
  for (const concept of concepts) {
    const code = codings(concept).find((c) => c.code && INTERPRETATION_CODES[c.code.toUpperCase()])?.code?.toUpperCase();
    const known = code ? INTERPRETATION_CODES[code] : undefined;
    const text = str(concept.text) ?? (known ? t(known.key) : conceptText(concept)) ?? codings(concept).find((c) => c.code)?.code;
    if (text) texts.push(text);
    if (known?.flag === 'critical' || (known?.flag === 'abnormal' && flag !== 'critical')) flag = known.flag;
  }
  return { text: texts.length ? texts.join(', ') : undefined, flag };
}

function rangeText(resource: Json): string | undefined {
  const parts = objects(resource.referenceRange).map((r) => {
    const bounds = formatRange({ low: r.low, high: r.high });
    const text = str(r.text);
    const applies = [conceptText(r.type), ...objects(r.appliesTo).map(conceptText)].filter(Boolean).join(', ');
    const main = bounds && text && text !== bounds ? `${bounds} (${text})` : bounds ?? text;
    return main && applies ? `${main} [${applies}]` : main;
  });
  const list = parts.filter((p): p is string => !!p);
  return list.length ? list.join('; ') : undefined;
}

export function observationStatus(value: unknown): ObservationStatusLabel | undefined {
  const status = str(value) as ObservationStatusLabel | undefined;
  return status && NOTICED_STATUSES.includes(status) ? status : undefined;
}

export function observationName(resource: Json): string {
  return conceptText(resource.code) ?? codings(resource.code).find((c) => c.code)?.code ?? t('results.unnamed');
}

function effectiveOf(resource: Json): string | undefined {
  return str(resource.effectiveDateTime) ?? str(resource.effectiveInstant) ?? str(obj(resource.effectivePeriod)?.start) ?? str(resource.issued);
}

/** The id an Observation is referred to by: `Observation/x`, `urn:uuid:x`, or `#x` for contained. */
export function referenceId(value: unknown): string | undefined {
  const ref = readReference(value);
  if (!ref) return undefined;
  if (ref.id) return ref.id;
  const reference = ref.reference;
  if (reference?.startsWith('urn:uuid:')) return reference.slice('urn:uuid:'.length);
  if (reference?.startsWith('#')) return reference.slice(1);
  return undefined;
}

/**
 * `lookup`: resources by id, for `hasMember`; `included`: the answer's resources (and any known
 * from elsewhere) that name the source organisation.
 */
export function mapObservation(
  resource: FhirResource, lookup?: Map<string, FhirResource>, depth = 0, included: readonly FhirResource[] = [],
): ObservationView {
  const interp = interpretationOf(resource);
  const value = valueText(resource);
  const absent = value === undefined ? absentText(resource) : undefined;
  const quantity = obj(resource.valueQuantity);
  const numeric = quantity && num(quantity.value) !== undefined && formatNumber(quantity.value) !== undefined
    ? { value: num(quantity.value)!, unit: quantityUnit(quantity) } // as the values show it (R36)
    : undefined;
  const components = objects(resource.component).map((c) => ({
    name: conceptText(c.code) ?? t('results.unnamed'),
    value: valueText(c) ?? (absentText(c) ? t('results.absent', { reason: absentText(c)! }) : t('results.noValue')),
  }));
  const members = depth > 0 || !lookup ? [] : objects(resource.hasMember)
    .map((m) => lookup.get(referenceId(m) ?? ''))
    .filter((m): m is FhirResource => !!m && m.resourceType === 'Observation' && str(m.status) !== 'entered-in-error')
    .map((m) => mapObservation(m, lookup, depth + 1, included));
  const when = effectiveOf(resource);
  return {
    id: str(resource.id),
    name: observationName(resource),
    value,
    absentReason: absent,
    components,
    range: rangeText(resource),
    interpretation: interp.text,
    flag: interp.flag,
    when,
    date: formatDateTime(when),
    status: observationStatus(resource.status),
    numeric,
    note: objects(resource.note).map((n) => str(n.text)).filter(Boolean).join(' ') || undefined,
    sensitivity: sensitivity(resource),
    source: sourceOrganisation(resource, { included }),
    members,
  };
}

/** Index resources by id (and so by `Observation/id` and `urn:uuid:id` references). */
export function indexById(resources: FhirResource[]): Map<string, FhirResource> {
  const map = new Map<string, FhirResource>();
  for (const r of resources) {
    const id = str(r.id);
    if (id) map.set(id, r);
  }
  return map;
}

// ---------------------------------------------------------------------------------------------
// <icr-results>: latest value per test, with its history.

export type ResultsCategory = 'laboratory' | 'vital-signs' | 'other';

export interface TestHistory {
  key: string;
  name: string;
  category: ResultsCategory;
  latest: ObservationView;
  /** Newest first, including the latest. */
  history: ObservationView[];
  /** Points for the trend line, oldest first; only when every value is a number in one unit. */
  trend?: {
    values: number[];
    unit?: string;
    /** Each value's raw and formatted date, oldest first, beside `values` (the chart's axis and labels). */
    points?: { when?: string; date: string }[];
    /** The newest numeric reference range in the trend's unit, to shade on the chart; left out when not recorded. */
    low?: number;
    high?: number;
  };
  /**
   * R51: the highest level of any observation of the test (and their panel members). The whole
   * test (name, latest value, trend line, history) is hidden at that level until revealed.
   */
  sensitivity?: 'R' | 'V';
  /** Ids of the test's sensitive observations, newest first: one reveal event each. */
  sensitiveIds: string[];
}

export interface ResultsView {
  tests: TestHistory[];
  /** Entries marked entered-in-error, left out (R35/H8). */
  enteredInError: number;
}

function testKey(resource: Json): string {
  const coded = codings(resource.code).find((c) => c.code);
  if (coded) return `${coded.system ?? ''}|${coded.code}`;
  return `text|${observationName(resource).toLowerCase()}`;
}

function categoryOf(resource: Json): ResultsCategory {
  if (anyHasCode(resource.category, 'laboratory')) return 'laboratory';
  if (anyHasCode(resource.category, 'vital-signs')) return 'vital-signs';
  return 'other';
}

/**
 * The reference range to shade on a trend: the newest observation's first range whose bounds are
 * plain numbers in the trend's own unit (a bound in another unit is never drawn on this axis).
 */
function numericRange(list: { resource: FhirResource; view: ObservationView }[], unit: string | undefined): { low?: number; high?: number } {
  const newest = [...list].sort((a, b) => compareFhirDatesNewestFirst(a.view.when, b.view.when));
  for (const { resource } of newest) {
    const range = objects(resource.referenceRange)[0];
    if (!range) continue;
    const bound = (q: unknown) => {
      const o = obj(q);
      const value = typeof o?.value === 'number' ? o.value : undefined;
      const own = str(o?.unit);
      return value !== undefined && (own === undefined || own === unit) ? value : undefined;
    };
    const low = bound(range.low);
    const high = bound(range.high);
    if (low !== undefined || high !== undefined) return { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) };
  }
  return {};
}

export function mapResultsResources(resources: unknown[], known: readonly FhirResource[] = []): ResultsView {
  const observations = resources.filter(isResource).filter((r) => r.resourceType === 'Observation');
  const included = [...resources.filter(isResource), ...known];
  const lookup = indexById(observations);
  let enteredInError = 0;
  const groups = new Map<string, { resource: FhirResource; view: ObservationView }[]>();
  for (const resource of observations) {
    if (str(resource.status) === 'entered-in-error') {
      enteredInError++;
      continue;
    }
    const key = testKey(resource);
    const list = groups.get(key) ?? [];
    list.push({ resource, view: mapObservation(resource, lookup, 0, included) });
    groups.set(key, list);
  }
  const tests: TestHistory[] = [...groups.entries()].map(([key, list]) => {
    const history = list.map((e) => e.view).sort((a, b) => compareFhirDatesNewestFirst(a.when, b.when));
    const units = new Set(history.map((h) => h.numeric?.unit));
    const numericAll = history.every((h) => h.numeric);
    const oldestFirst = [...history].reverse();
    const trend = history.length > 1 && numericAll && units.size === 1
      ? {
        values: oldestFirst.map((h) => h.numeric!.value), unit: history[0].numeric!.unit,
        points: oldestFirst.map((h) => ({ when: h.when, date: h.date })),
        ...numericRange(list, history[0].numeric!.unit),
      }
      : undefined;
    const labelled = history.flatMap((h) => [h, ...h.members]).filter((h) => h.sensitivity);
    return {
      key, name: history[0].name, category: categoryOf(list[0].resource), latest: history[0], history, trend,
      sensitivity: highest(labelled.map((h) => h.sensitivity)),
      sensitiveIds: [...new Set(labelled.map((h) => h.id ?? key))],
    };
  });
  tests.sort((a, b) => compareFhirDatesNewestFirst(a.latest.when, b.latest.when) || a.name.localeCompare(b.name));
  return { tests, enteredInError };
}

/** R36 rule in one place: the text that stands for an observation's value. */
export function displayValue(o: ObservationView): string {
  if (o.value !== undefined) return o.value;
  if (o.absentReason) return t('results.absent', { reason: o.absentReason });
  if (o.components.length) return o.components.map((c) => `${c.name} ${c.value}`).join('; ');
  if (o.members.length) return t('results.panel', { count: o.members.length });
  return t('results.noValue');
}

/** `patient`: its `_include`d resources (the GP practice) help name sources (R44). */
export function mapResults(results: (SearchResult | undefined)[], patient?: Pick<PatientLoaded, 'included'>): Mapped<ResultsView> {
  const view = mapResultsResources(results[0]?.matches ?? [], [...(results[0]?.included ?? []), ...(patient?.included ?? [])]);
  const count = view.tests.length;
  return { kind: count ? 'loaded' : 'empty', view, count };
}
