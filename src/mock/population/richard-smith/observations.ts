/**
 * Richard Smith's results: histories over time, ranges, H/L interpretations, absent data, a value
 * without a unit, vital signs. Returns the laboratory results that his reports cite.
 */
import { SYS, cc, snomed, type RecordBuilder } from '../../build.js';
import { ORGS } from '../../organisations.js';
import type { FhirResource } from '../../types.js';

/** The results the reports (U&E, FBC, INR) list in `DiagnosticReport.result`. */
export interface ReportedResults {
  potassium: FhirResource;
  sodium: FhirResource;
  creatinine: FhirResource;
  hb: FhirResource;
  wbc: FhirResource;
  nrbc: FhirResource;
  inr: FhirResource;
}

/** Laboratory results and vital signs; returns the results his reports cite. */
export function addObservations(b: RecordBuilder): ReportedResults {
  const { clock } = b;
  const { riverside, general, outOfHours, community, ambulance } = ORGS;

  const hba1c = [58, 61, 54, 49, 47];
  hba1c.forEach((v, i) =>
    b.observation({
      source: general,
      category: 'laboratory',
      code: snomed('999791000000106', 'Haemoglobin A1c level - IFCC standardised'),
      effective: clock.daysAgo(720 - i * 170, '08:40'),
      issued: clock.daysAgo(720 - i * 170, '15:02'),
      value: { quantity: v, unit: 'mmol/mol' },
      range: { low: 20, high: 42, unit: 'mmol/mol' },
      interpretation: v > 42 ? 'H' : 'N',
    }),
  );
  const potassium = b.observation({ source: general, category: 'laboratory', code: snomed('1000651000000109', 'Serum potassium level'), effective: clock.daysAgo(30, '08:30'), issued: clock.daysAgo(30, '13:20'), value: { quantity: 3.1, unit: 'mmol/L' }, range: { low: 3.5, high: 5.3, unit: 'mmol/L' }, interpretation: 'L' });
  const sodium = b.observation({ source: general, category: 'laboratory', code: snomed('1000661000000107', 'Serum sodium level'), effective: clock.daysAgo(30, '08:30'), issued: clock.daysAgo(30, '13:20'), value: { quantity: 139, unit: 'mmol/L' }, range: { low: 133, high: 146, unit: 'mmol/L' }, interpretation: 'N' });
  const creatinine = b.observation({ source: general, category: 'laboratory', code: snomed('1000731000000107', 'Serum creatinine level'), effective: clock.daysAgo(30, '08:30'), issued: clock.daysAgo(30, '13:20'), status: 'amended', value: { quantity: 104, unit: 'micromol/L', code: 'umol/L' }, range: { low: 59, high: 104, unit: 'micromol/L', code: 'umol/L' }, note: 'Amended: haemolysed sample repeated.' });
  const hb = b.observation({ source: general, category: 'laboratory', code: snomed('1022431000000105', 'Haemoglobin estimation'), effective: clock.daysAgo(30, '08:30'), issued: clock.daysAgo(30, '11:02'), value: { quantity: 128, unit: 'g/L' }, range: { low: 130, high: 170, unit: 'g/L' }, interpretation: 'L' });
  const wbc = b.observation({ source: general, category: 'laboratory', code: snomed('1022541000000102', 'Total white blood count'), effective: clock.daysAgo(30, '08:30'), issued: clock.daysAgo(30, '11:02'), value: { quantity: 7.2, unit: '10*9/L' }, range: { low: 4, high: 11, unit: '10*9/L' } });
  const nrbc = b.observation({
    source: general,
    category: 'laboratory',
    code: snomed('58571000237106', 'Nucleated red blood cell count in blood'),
    effective: clock.daysAgo(30, '08:30'),
    issued: clock.daysAgo(30, '11:02'),
    dataAbsent: { code: 'as-text', display: 'As Text', text: 'Specimen unsatisfactory for evaluation' },
  });
  const inr = b.observation({ source: community, category: 'laboratory', code: cc(SYS.loinc, '6301-6', 'INR in Platelet poor plasma by Coagulation assay', 'INR'), effective: clock.daysAgo(14, '10:15'), value: { quantity: 2.4 }, range: { low: 2, high: 3, text: 'Target 2.0 to 3.0' } });
  b.observation({ source: general, category: 'laboratory', code: snomed('1001371000000100', 'Plasma C reactive protein'), effective: clock.daysAgo(203, '19:00'), value: { quantity: 5, unit: 'mg/L', comparator: '<' }, range: { high: 5, unit: 'mg/L' } });
  // Recorded just before midnight UTC on the night the clocks went forward: Europe/London shows 01-Apr-2024 00:30 (R21).
  b.observation({ source: outOfHours, category: 'vital-signs', code: snomed('364075005', 'Heart rate'), effective: '2024-03-31T23:30:00Z', value: { quantity: 112, unit: 'beats/minute', code: '/min' }, range: { low: 60, high: 100, unit: 'beats/minute', code: '/min' }, interpretation: 'H' });
  [
    [700, 152, 94],
    [400, 148, 90],
    [203, 162, 98],
    [60, 138, 86],
    [12, 132, 82],
  ].forEach(([days, sys, dia]) =>
    b.observation({
      source: days === 203 ? general : riverside,
      category: 'vital-signs',
      code: { coding: [{ system: SYS.snomed, code: '75367002', display: 'Blood pressure' }, { system: SYS.loinc, code: '85354-9', display: 'Blood pressure panel with all children optional' }] },
      effective: clock.daysAgo(days!, '09:30'),
      components: [
        { code: snomed('271649006', 'Systolic blood pressure'), value: sys!, unit: 'mmHg', ucum: 'mm[Hg]' },
        { code: snomed('271650006', 'Diastolic blood pressure'), value: dia!, unit: 'mmHg', ucum: 'mm[Hg]' },
      ],
      interpretation: sys! >= 140 ? 'H' : 'N',
    }),
  );
  [96.4, 95.1, 93.8, 92.2].forEach((kg, i) =>
    b.observation({ source: riverside, category: 'vital-signs', code: snomed('27113001', 'Body weight'), effective: clock.daysAgo(700 - i * 220, '09:35'), value: { quantity: kg, unit: 'kg' } }),
  );
  b.observation({ source: ambulance, category: 'vital-signs', code: snomed('431314004', 'Peripheral oxygen saturation'), effective: clock.daysAgo(95, '03:05'), value: { quantity: 94, unit: '%' }, range: { low: 96, high: 100, unit: '%' }, interpretation: 'L' });
  b.observation({ source: ambulance, category: 'vital-signs', code: snomed('86290005', 'Respiratory rate'), effective: clock.daysAgo(95, '03:05'), value: { quantity: 22, unit: 'breaths/minute', code: '/min' }, range: { low: 12, high: 20, unit: 'breaths/minute', code: '/min' }, interpretation: 'H' });
  b.observation({ source: ambulance, category: 'vital-signs', code: snomed('276885007', 'Core body temperature'), effective: clock.daysAgo(95, '03:05'), value: { quantity: 37.8, unit: 'degrees C', code: 'Cel' } });
  return { potassium, sodium, creatinine, hb, wbc, nrbc, inr };
}
