/**
 * Builder for the results section: Observation (laboratory, vital signs, ...) with its value,
 * reference range, interpretation, absent-data reason and components.
 */
import { cc, coding, SYS } from '../codes.js';
import { orgRef } from '../organisations.js';
import type { FhirCodeableConcept, FhirResource } from '../types.js';
import { metaFor, notes, quantity, type ItemContext, type ItemOptions } from './item.js';

export type ObservationValue =
  | { quantity: number; unit?: string; code?: string; comparator?: '<' | '<=' | '>=' | '>' }
  | { string: string }
  | { concept: FhirCodeableConcept };

export interface ObservationOptions extends ItemOptions {
  code: FhirCodeableConcept;
  category: 'laboratory' | 'vital-signs' | 'social-history' | 'survey' | 'exam';
  effective: string;
  issued?: string;
  status?: 'registered' | 'preliminary' | 'final' | 'amended' | 'corrected' | 'cancelled' | 'entered-in-error';
  value?: ObservationValue;
  range?: { low?: number; high?: number; unit?: string; code?: string; text?: string };
  interpretation?: 'H' | 'L' | 'N' | 'HH' | 'LL' | 'A';
  dataAbsent?: { code: string; display: string; text?: string };
  components?: Array<{ code: FhirCodeableConcept; value: number; unit: string; ucum?: string }>;
}

const INTERPRETATION_DISPLAY: Record<string, string> = {
  H: 'High',
  L: 'Low',
  N: 'Normal',
  HH: 'Critical high',
  LL: 'Critical low',
  A: 'Abnormal',
};

export function observationResource(ctx: ItemContext, o: ObservationOptions): FhirResource {
  const r: FhirResource = {
    resourceType: 'Observation',
    id: ctx.nextId('obs', o.id),
    meta: metaFor(o, o.issued ?? o.effective),
    status: o.status ?? 'final',
    category: [cc(SYS.observationCategory, o.category, {
      laboratory: 'Laboratory',
      'vital-signs': 'Vital Signs',
      'social-history': 'Social History',
      survey: 'Survey',
      exam: 'Exam',
    }[o.category])],
    code: o.code,
    subject: ctx.subject,
    effectiveDateTime: o.effective,
  };
  if (o.issued) r['issued'] = o.issued;
  r['performer'] = [orgRef(o.source)];
  if (o.value && 'quantity' in o.value) {
    const q = quantity(o.value.quantity, o.value.unit, o.value.code);
    if (o.value.comparator) q['comparator'] = o.value.comparator;
    r['valueQuantity'] = q;
  } else if (o.value && 'string' in o.value) r['valueString'] = o.value.string;
  else if (o.value && 'concept' in o.value) r['valueCodeableConcept'] = o.value.concept;
  if (o.dataAbsent) {
    const dar: FhirCodeableConcept = { coding: [coding(SYS.dataAbsentReason, o.dataAbsent.code, o.dataAbsent.display)] };
    if (o.dataAbsent.text) dar.text = o.dataAbsent.text;
    r['dataAbsentReason'] = dar;
  }
  if (o.interpretation) {
    r['interpretation'] = [cc(SYS.interpretation, o.interpretation, INTERPRETATION_DISPLAY[o.interpretation])];
  }
  Object.assign(r, notes(o));
  if (o.range) {
    const range: Record<string, unknown> = {};
    if (o.range.low !== undefined) range['low'] = quantity(o.range.low, o.range.unit, o.range.code);
    if (o.range.high !== undefined) range['high'] = quantity(o.range.high, o.range.unit, o.range.code);
    if (o.range.text) range['text'] = o.range.text;
    r['referenceRange'] = [range];
  }
  if (o.components) {
    r['component'] = o.components.map((c) => ({ code: c.code, valueQuantity: quantity(c.value, c.unit, c.ucum) }));
  }
  return r;
}
