/**
 * Structured FHIR Dosage → the dose-and-frequency text of the medication line (R30, H9).
 * Numbers go through src/format/quantity.ts (no trailing zeros, a leading zero before decimals,
 * never a bare number without its unit). `dosage.text` is kept verbatim beside it (R33).
 */
import { formatNumber, formatQuantity, formatRange, formatRatio } from '../format/quantity.js';
import { translator } from '../i18n/core.js';
import { medicationsMessages } from '../i18n/en-GB/medications.js';
import { bool, conceptText, num, obj, objects, str } from './read.js';

const t = translator(medicationsMessages);
type MessageKey = Parameters<typeof t>[0];

export interface DosageView {
  /** Dose, frequency, when required and route built from the structured fields, if any. */
  structured?: string;
  /** `dosage.text` exactly as recorded. */
  text?: string;
  /** The parts on their own, for comparing two sources' records of one medicine (R60). */
  dose?: string;
  frequency?: string;
  route?: string;
}

const UNITS = ['s', 'min', 'h', 'd', 'wk', 'mo', 'a'] as const;
type Unit = (typeof UNITS)[number];

function unitWord(unit: Unit, plural: boolean): string {
  return t(`dosage.${plural ? 'units' : 'unit'}.${unit}` as MessageKey);
}

function timesText(frequency: number, max?: number): string {
  if (max !== undefined && max !== frequency) return t('dosage.timesRange', { n: formatNumber(frequency)!, max: formatNumber(max)! });
  if (frequency === 1) return t('dosage.once');
  if (frequency === 2) return t('dosage.twice');
  return t('dosage.times', { n: formatNumber(frequency)! });
}

/** `3 times a day`, `every 4 hours`, `1 to 2 times a day`, `twice every 3 days`. */
export function frequencyText(timing: unknown): string | undefined {
  const tm = obj(timing);
  if (!tm) return undefined;
  const repeat = obj(tm.repeat);
  const code = conceptText(tm.code);
  if (!repeat) return code;
  const frequency = num(repeat.frequency);
  const frequencyMax = num(repeat.frequencyMax);
  const period = num(repeat.period);
  const periodMax = num(repeat.periodMax);
  const unitText = str(repeat.periodUnit);
  const unit = UNITS.includes(unitText as Unit) ? (unitText as Unit) : undefined;
  if (period === undefined || unit === undefined) return code;
  if (frequency === undefined || (frequency === 1 && frequencyMax === undefined)) {
    if (periodMax !== undefined && periodMax !== period) {
      return t('dosage.everyRange', { period: formatNumber(period)!, max: formatNumber(periodMax)!, unit: unitWord(unit, true) });
    }
    if (period === 1 && frequency === 1) return t('dosage.perUnit', { times: t('dosage.once'), unit: unitWord(unit, false) });
    return period === 1 ? t('dosage.every', { unit: unitWord(unit, false) }) : t('dosage.everyPeriod', { period: formatNumber(period)!, unit: unitWord(unit, true) });
  }
  const times = timesText(frequency, frequencyMax);
  return period === 1
    ? t('dosage.perUnit', { times, unit: unitWord(unit, false) })
    : t('dosage.perPeriod', { times, period: formatNumber(period)!, unit: unitWord(unit, true) });
}

function doseText(dosage: Record<string, unknown>): string | undefined {
  for (const dr of objects(dosage.doseAndRate)) {
    const dose = formatQuantity(dr.doseQuantity) ?? formatRange(dr.doseRange);
    if (dose) return dose;
  }
  return undefined;
}

function rateText(dosage: Record<string, unknown>): string | undefined {
  for (const dr of objects(dosage.doseAndRate)) {
    const rate = formatRatio(dr.rateRatio) ?? formatRange(dr.rateRange) ?? formatQuantity(dr.rateQuantity);
    if (rate) return rate;
  }
  return undefined;
}

/** One Dosage → its structured text and verbatim text. Never throws. */
export function dosageView(value: unknown): DosageView {
  const dosage = obj(value);
  if (!dosage) return {};
  const parts: string[] = [];
  const dose = doseText(dosage);
  const frequency = frequencyText(dosage.timing);
  if (dose) parts.push(dose);
  const rate = rateText(dosage);
  if (rate) parts.push(t('dosage.rate', { rate }));
  if (frequency) parts.push(frequency);
  const asNeededFor = conceptText(dosage.asNeededCodeableConcept);
  if (asNeededFor) parts.push(t('dosage.asNeededFor', { reason: asNeededFor }));
  else if (bool(dosage.asNeededBoolean)) parts.push(t('dosage.asNeeded'));
  const route = conceptText(dosage.route);
  // Route alone says nothing about the dose; it is added only to a dose or frequency.
  if (parts.length && route) parts.push(t('dosage.route', { route }));
  const max = formatRatio(dosage.maxDosePerPeriod);
  if (parts.length && max) parts.push(t('dosage.max', { max }));
  return {
    structured: dose || frequency || rate ? parts.join(', ') : undefined,
    text: typeof dosage.text === 'string' && dosage.text.trim() ? dosage.text : undefined,
    ...(dose && { dose }),
    ...(frequency && { frequency }),
    ...(route && { route }),
  };
}

/** Several Dosage entries (sequence order), each as one line. */
export function dosageLines(value: unknown): DosageView[] {
  return objects(value)
    .map((d, i) => ({ d, seq: num(d.sequence) ?? i }))
    .sort((a, b) => a.seq - b.seq)
    .map(({ d }) => dosageView(d))
    .filter((d) => d.structured || d.text);
}
