/**
 * GREENWOOD, Arthur (Mr): a long history (thousands of medications, results and reports across 25
 * years and every source), generated deterministically from a seeded PRNG on first request. It
 * exercises paging (`_count`, next links, `Bundle.total`) and "Showing N of M" (R39).
 */
import { ROUTE, dmd, nhsNumberIdentifier, officialName, patientResource, recordBuilder, snomed, type RecordBuilder } from '../build.js';
import { ORGS, orgRef } from '../organisations.js';
import { createPrng, type Prng } from '../prng.js';
import type { MockOrganisation } from '../organisations.js';
import type { FhirCodeableConcept } from '../types.js';
import type { PatientModule } from './module.js';

const ID = 'pat-arthur-greenwood';

/** How many of each the generator makes (exported for tests). */
export const LONG_HISTORY_COUNTS = {
  MedicationStatement: 1800,
  MedicationRequest: 700,
  DiagnosticReport: 1200,
  /** Two results per report, plus vital signs. */
  Observation: 3000,
  Condition: 150,
} as const;

const DRUGS: Array<{ code: FhirCodeableConcept; text: string; dose: number; unit: string; freq: number }> = [
  { code: dmd('319283006', 'Amlodipine 5mg tablets'), text: 'One tablet once a day', dose: 5, unit: 'mg', freq: 1 },
  { code: dmd('325278007', 'Metformin 500mg tablets'), text: 'One tablet twice a day with meals', dose: 500, unit: 'mg', freq: 2 },
  { code: dmd('320000009', 'Simvastatin 40mg tablets'), text: 'One tablet at night', dose: 40, unit: 'mg', freq: 1 },
  { code: dmd('318906001', 'Ramipril 5mg capsules', 'http://dmd.nhs.uk'), text: 'One capsule once a day', dose: 5, unit: 'mg', freq: 1 },
  { code: dmd('322236009', 'Paracetamol 500mg tablets', 'http://snomed.info/sct'), text: 'Two tablets up to four times a day', dose: 1, unit: 'g', freq: 4 },
  { code: dmd('39732311000001104', 'Amoxicillin 250mg capsules'), text: 'One capsule three times a day', dose: 250, unit: 'mg', freq: 3 },
  { code: dmd('317972000', 'Levothyroxine sodium 25microgram tablets'), text: 'One tablet each morning', dose: 25, unit: 'microgram', freq: 1 },
  { code: dmd('320176004', 'Salbutamol 100micrograms/dose inhaler CFC free'), text: '2 puffs when required', dose: 200, unit: 'microgram', freq: 4 },
  { code: dmd('325425002', 'Prednisolone 5mg tablets'), text: 'Six tablets once a day for 5 days', dose: 30, unit: 'mg', freq: 1 },
  { code: dmd('15517911000001104', 'Apixaban 2.5mg tablets'), text: 'One tablet twice a day', dose: 2.5, unit: 'mg', freq: 2 },
  { code: { coding: [{ system: 'https://formulary.northbridge-general.example/codes', code: 'NGH-7781', display: 'Lactulose 3.35g/5ml oral solution' }] }, text: '15ml twice a day', dose: 15, unit: 'mL', freq: 2 },
];

const LABS: Array<{ code: FhirCodeableConcept; unit: string; ucum?: string; low: number; high: number; mean: number; sd: number; dp: number }> = [
  { code: snomed('1000651000000109', 'Serum potassium level'), unit: 'mmol/L', low: 3.5, high: 5.3, mean: 4.4, sd: 0.6, dp: 1 },
  { code: snomed('1000661000000107', 'Serum sodium level'), unit: 'mmol/L', low: 133, high: 146, mean: 139, sd: 4, dp: 0 },
  { code: snomed('1000731000000107', 'Serum creatinine level'), unit: 'micromol/L', ucum: 'umol/L', low: 59, high: 104, mean: 96, sd: 20, dp: 0 },
  { code: snomed('999791000000106', 'Haemoglobin A1c level - IFCC standardised'), unit: 'mmol/mol', low: 20, high: 42, mean: 52, sd: 8, dp: 0 },
  { code: snomed('1022431000000105', 'Haemoglobin estimation'), unit: 'g/L', low: 130, high: 170, mean: 138, sd: 12, dp: 0 },
  { code: snomed('1022651000000100', 'Platelet count'), unit: '10*9/L', low: 150, high: 400, mean: 250, sd: 70, dp: 0 },
];

const PANELS: Array<{ code: FhirCodeableConcept; category: string; labs: [number, number] }> = [
  { code: snomed('252167001', 'Urea and electrolytes'), category: 'LAB', labs: [0, 1] },
  { code: snomed('252167001', 'Urea and electrolytes'), category: 'CH', labs: [0, 2] },
  { code: snomed('26604007', 'Full blood count'), category: 'HM', labs: [4, 5] },
  { code: snomed('43396009', 'Haemoglobin A1c measurement'), category: 'LAB', labs: [3, 2] },
];

const CONDITIONS: FhirCodeableConcept[] = [
  snomed('59621000', 'Essential hypertension'),
  snomed('44054006', 'Type 2 diabetes mellitus'),
  snomed('65363002', 'Otitis media'),
  snomed('233604007', 'Pneumonia'),
  snomed('68566005', 'Urinary tract infectious disease'),
  snomed('239873007', 'Osteoarthritis of knee'),
  snomed('49436004', 'Atrial fibrillation'),
  snomed('43116000', 'Eczema'),
];

const DAYS = 25 * 365;
const hhmm = (p: Prng): string => `${String(p.int(7, 21)).padStart(2, '0')}:${String(p.int(0, 11) * 5).padStart(2, '0')}`;
const round = (v: number, dp: number): number => Number(v.toFixed(dp));

function labValue(p: Prng, lab: (typeof LABS)[number]): number {
  // Box-Muller: roughly normal around the mean.
  const u = Math.max(p.next(), 1e-9);
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * p.next());
  return Math.max(0, round(lab.mean + z * lab.sd, lab.dp));
}

function generate(b: RecordBuilder, p: Prng): void {
  const clock = b.clock;
  const sources: MockOrganisation[] = [ORGS.riverside, ORGS.general, ORGS.community, ORGS.outOfHours, ORGS.pennineVale];

  for (let i = 0; i < LONG_HISTORY_COUNTS.MedicationStatement; i++) {
    const drug = p.pick(DRUGS);
    const start = p.int(30, DAYS);
    const active = start < 400 && p.chance(0.08);
    b.medicationStatement({
      source: p.pick(sources),
      medication: { codeable: drug.code },
      status: active ? 'active' : p.chance(0.9) ? 'completed' : 'stopped',
      effective: active ? { start: clock.daysAgo(start) } : { start: clock.daysAgo(start), end: clock.daysAgo(Math.max(1, start - p.int(5, 28))) },
      dateAsserted: clock.daysAgo(Math.max(1, start - 1), hhmm(p)),
      dosage: [{ text: drug.text, timing: { frequency: drug.freq, period: 1, periodUnit: 'd' }, route: ROUTE.oral, dose: { value: drug.dose, unit: drug.unit } }],
    });
  }
  for (let i = 0; i < LONG_HISTORY_COUNTS.MedicationRequest; i++) {
    const drug = p.pick(DRUGS);
    const days = p.int(1, DAYS);
    b.medicationRequest({
      source: p.pick([ORGS.riverside, ORGS.outOfHours, ORGS.general]),
      medication: { codeable: drug.code },
      status: days < 200 && p.chance(0.1) ? 'active' : 'completed',
      course: p.chance(0.6) ? 'continuous' : 'acute',
      authoredOn: clock.daysAgo(days, hhmm(p)),
      dosage: [{ text: drug.text, timing: { frequency: drug.freq, period: 1, periodUnit: 'd' }, route: ROUTE.oral, dose: { value: drug.dose, unit: drug.unit } }],
    });
  }
  for (let i = 0; i < LONG_HISTORY_COUNTS.DiagnosticReport; i++) {
    const panel = p.pick(PANELS);
    const days = p.int(1, DAYS);
    const time = hhmm(p);
    const results = panel.labs.map((li) => {
      const lab = LABS[li]!;
      const value = labValue(p, lab);
      return b.observation({
        source: ORGS.general,
        category: 'laboratory',
        code: lab.code,
        effective: clock.daysAgo(days, time),
        value: { quantity: value, unit: lab.unit, ...(lab.ucum ? { code: lab.ucum } : {}) },
        range: { low: lab.low, high: lab.high, unit: lab.unit, ...(lab.ucum ? { code: lab.ucum } : {}) },
        ...(value > lab.high ? { interpretation: 'H' as const } : value < lab.low ? { interpretation: 'L' as const } : {}),
      }).id;
    });
    b.diagnosticReport({
      source: ORGS.general,
      category: panel.category,
      code: panel.code,
      status: p.chance(0.02) ? 'amended' : 'final',
      effective: clock.daysAgo(days, time),
      issued: clock.daysAgo(Math.max(0, days - 1), '16:00'),
      results,
    });
  }
  const vitals = LONG_HISTORY_COUNTS.Observation - 2 * LONG_HISTORY_COUNTS.DiagnosticReport;
  for (let i = 0; i < vitals; i++) {
    const days = p.int(1, DAYS);
    if (i % 2 === 0) {
      b.observation({ source: p.pick(sources), category: 'vital-signs', code: snomed('27113001', 'Body weight'), effective: clock.daysAgo(days, hhmm(p)), value: { quantity: round(84 + p.next() * 12, 1), unit: 'kg' } });
    } else {
      b.observation({ source: p.pick(sources), category: 'vital-signs', code: snomed('364075005', 'Heart rate'), effective: clock.daysAgo(days, hhmm(p)), value: { quantity: p.int(55, 105), unit: 'beats/minute', code: '/min' }, range: { low: 60, high: 100, unit: 'beats/minute', code: '/min' } });
    }
  }
  for (let i = 0; i < LONG_HISTORY_COUNTS.Condition; i++) {
    const days = p.int(1, DAYS);
    b.condition({
      source: p.pick(sources),
      category: p.chance(0.7) ? 'encounter-diagnosis' : 'problem-list-item',
      code: p.pick(CONDITIONS),
      clinical: p.chance(0.8) ? 'resolved' : 'active',
      recorded: clock.daysAgo(days, hhmm(p)),
    });
  }
}

export const arthurGreenwood: PatientModule = {
  id: ID,
  nhsNumber: '9990101388',
  name: 'GREENWOOD, Arthur (Mr)',
  demonstrates: 'Long history: 2,500 medications, 3,000 results, 1,200 reports and 150 diagnoses over 25 years (paging, "Showing N of M").',
  build(clock) {
    const b = recordBuilder(ID, 'ag', clock);
    b.add(
      patientResource({
        id: ID,
        source: ORGS.riverside,
        lastUpdated: clock.daysAgo(1),
        body: {
          identifier: [nhsNumberIdentifier('9990101388')],
          active: true,
          name: [officialName('GREENWOOD', ['Arthur'], 'Mr')],
          telecom: [{ system: 'phone', value: '01632 960333', use: 'home' }],
          gender: 'male',
          birthDate: '1948-03-17',
          address: [{ use: 'home', line: ['7 Beck Side'], city: 'NORTHBRIDGE', postalCode: 'NB7 3BS' }],
          generalPractitioner: [orgRef(ORGS.riverside)],
        },
      }),
    );
    const penicillin = b.allergy({ source: ORGS.riverside, code: snomed('764146007', 'Penicillin'), category: ['medication'], criticality: 'high', recorded: '2001-04-04T10:00:00+01:00', reactions: [{ manifestation: snomed('126485001', 'Urticaria'), severity: 'moderate' }] });
    b.allergyList({ source: ORGS.riverside, date: clock.daysAgo(1), entries: [penicillin.id] });
    generate(b, createPrng(0x1c0ffee));
    return b.resources();
  },
};
