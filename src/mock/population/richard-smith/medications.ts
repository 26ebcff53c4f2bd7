/**
 * Richard Smith's medications: statements and requests in every shape the widgets read (coded,
 * referenced, contained, a local formulary code), every status, and a duplicate across sources.
 */
import { ROUTE, SYS, dmd, snomed, text, type RecordBuilder } from '../../build.js';
import { ORGS } from '../../organisations.js';

/** Statements (one naming a Medication resource), then requests (likewise). */
export function addMedications(b: RecordBuilder): void {
  const { clock } = b;
  const { riverside, general, outOfHours, pennineVale, community, ambulance } = ORGS;

  const amlodipineMed = b.medication({ id: 'rs-med-amlodipine', source: riverside, code: dmd('319283006', 'Amlodipine 5mg tablets'), form: snomed('385055001', 'Tablet') });
  b.medicationStatement({
    source: riverside,
    medication: { reference: amlodipineMed.id, display: 'Amlodipine 5mg tablets' },
    status: 'active',
    effective: { start: '2019-03-21' },
    dateAsserted: clock.daysAgo(12),
    lastIssueDate: clock.dateDaysAgo(12),
    reason: snomed('59621000', 'Essential hypertension'),
    dosage: [{ text: 'One tablet once a day', timing: { frequency: 1, period: 1, periodUnit: 'd' }, route: ROUTE.oral, dose: { value: 1, unit: 'tablet', code: '{tablet}' } }],
  });
  // The same medicine recorded by the hospital on admission, at a different dose: one entry naming
  // both sources, with "Dose differs between sources" (R59, R60). The hospital codes it as SNOMED CT,
  // the GP's Medication as dm+d: the same concept id, so they are grouped.
  b.medicationStatement({
    source: general,
    category: 'inpatient',
    medication: { codeable: dmd('319283006', 'Amlodipine 5mg tablets', SYS.snomed) },
    status: 'active',
    effective: { start: clock.daysAgo(203) },
    dateAsserted: clock.daysAgo(203, '16:30'),
    dosage: [{ text: '10mg ONCE daily (morning)', timing: { frequency: 1, period: 1, periodUnit: 'd', when: ['MORN'] }, route: ROUTE.oral, dose: { value: 10, unit: 'mg' } }],
  });
  b.medicationStatement({
    source: riverside,
    medication: { codeable: dmd('325278007', 'Metformin 500mg tablets', SYS.dmdHttp) },
    status: 'active',
    effective: { start: '2019' },
    dateAsserted: clock.daysAgo(12),
    lastIssueDate: clock.dateDaysAgo(12),
    reason: snomed('44054006', 'Type 2 diabetes mellitus'),
    dosage: [
      {
        text: 'One tablet twice a day with meals',
        timing: { frequency: 2, period: 1, periodUnit: 'd' },
        route: ROUTE.oral,
        dose: { value: 500, unit: 'mg' },
        additionalInstruction: [snomed('311504000', 'With or after food')],
      },
    ],
  });
  b.medicationStatement({
    source: riverside,
    medication: { contained: { code: dmd('18616211000001106', 'Timoptol 0.5% eye drops (DE Pharmaceuticals)'), form: snomed('385124005', 'Eye drops') } },
    status: 'active',
    effective: { start: clock.daysAgo(380) },
    dateAsserted: clock.daysAgo(40),
    lastIssueDate: clock.dateDaysAgo(40),
    dosage: [{ text: 'One drop into both eyes twice a day', timing: { frequency: 2, period: 1, periodUnit: 'd' }, route: ROUTE.ocular, dose: { value: 1, unit: 'drop', code: '[drp]' } }],
  });
  b.medicationStatement({
    source: riverside,
    medication: { codeable: dmd('320000009', 'Simvastatin 40mg tablets') },
    status: 'stopped',
    statusReason: snomed('62014003', 'Adverse reaction to drug', 'Muscle aches'),
    effective: { start: '2019-03', end: clock.daysAgo(300) },
    dateAsserted: clock.daysAgo(300),
    dosage: [{ text: 'One tablet at night', timing: { frequency: 1, period: 1, periodUnit: 'd', when: ['HS'] }, route: ROUTE.oral, dose: { value: 40, unit: 'mg' } }],
  });
  b.medicationStatement({
    source: outOfHours,
    medication: { codeable: dmd('39732311000001104', 'Amoxicillin 250mg capsules') },
    status: 'entered-in-error',
    effective: { start: clock.daysAgo(90) },
    dateAsserted: clock.daysAgo(90, '21:36'),
    note: 'Entered in error: patient is allergic to penicillin.',
    dosage: [{ text: '2 capsules three times a day' }],
  });
  b.medicationStatement({
    source: pennineVale,
    medication: { codeable: { coding: [{ system: 'https://formulary.pennine-vale.example/codes', code: 'PV-00412', display: 'Melatonin 2mg modified-release tablets (Trust formulary)' }] } },
    status: 'completed',
    effective: { start: clock.daysAgo(500), end: clock.daysAgo(440) },
    dateAsserted: clock.daysAgo(440),
    dosage: [{ text: 'ONE tablet at bedtime for sleep (review after 4 weeks)', timing: { frequency: 1, period: 1, periodUnit: 'd', when: ['HS'] } }],
  });
  b.medicationStatement({
    source: ambulance,
    medication: { codeable: dmd('322236009', 'Paracetamol 500mg tablets', SYS.snomed) },
    status: 'completed',
    effective: clock.daysAgo(95, '03:12'),
    dateAsserted: clock.daysAgo(95, '03:15'),
    dosage: [{ text: '1g given orally by paramedic', route: ROUTE.oral, dose: { value: 1, unit: 'g' } }],
  });
  const salbutamolMed = b.medication({ id: 'rs-med-salbutamol', source: general, code: dmd('320176004', 'Salbutamol 100micrograms/dose inhaler CFC free') });
  b.medicationRequest({
    source: riverside,
    medication: { codeable: dmd('325278007', 'Metformin 500mg tablets') },
    status: 'active',
    course: 'continuous',
    authoredOn: clock.daysAgo(12, '09:10'),
    dosage: [{ text: 'One tablet twice a day with meals', timing: { frequency: 2, period: 1, periodUnit: 'd' }, route: ROUTE.oral, dose: { value: 500, unit: 'mg' } }],
    dispense: { start: clock.dateDaysAgo(12), end: clock.dateDaysAhead(168), repeats: 5, quantity: { value: 56, unit: 'tablet' } },
  });
  b.medicationRequest({
    source: general,
    category: 'discharge',
    medication: { reference: salbutamolMed.id, display: 'Salbutamol 100micrograms/dose inhaler CFC free' },
    status: 'active',
    course: 'continuous',
    authoredOn: clock.daysAgo(198, '15:00'),
    dosage: [
      {
        text: '1-2 puffs when required for breathlessness, up to 4 times a day',
        timing: { frequency: 4, period: 1, periodUnit: 'd' },
        asNeeded: snomed('267036007', 'Dyspnoea'),
        route: ROUTE.inhaled,
        dose: { low: 100, high: 200, unit: 'microgram', code: 'ug' },
        maxDosePerPeriod: { value: 8, unit: 'puff', periodHours: 24 },
      },
    ],
  });
  b.medicationRequest({
    source: outOfHours,
    medication: { codeable: dmd('325425002', 'Prednisolone 5mg tablets') },
    status: 'completed',
    course: 'acute',
    authoredOn: clock.daysAgo(90, '22:05'),
    dosage: [{ text: 'Take 8 tablets (40mg) once a day for 5 days', timing: { frequency: 1, period: 1, periodUnit: 'd', boundsDays: 5 }, route: ROUTE.oral, dose: { value: 40, unit: 'mg' } }],
    dispense: { start: clock.dateDaysAgo(90), quantity: { value: 40, unit: 'tablet' } },
  });
  b.medicationRequest({
    source: community,
    medication: { codeable: dmd('330151000000101', 'Enoxaparin sodium 40mg/0.4ml solution for injection pre-filled syringes') },
    status: 'stopped',
    statusReason: text('Course complete after discharge'),
    course: 'acute',
    authoredOn: clock.daysAgo(198, '16:00'),
    dosage: [{ text: '40mg subcutaneously once daily for 14 days', timing: { frequency: 1, period: 1, periodUnit: 'd' }, route: ROUTE.subcut, dose: { value: 40, unit: 'mg' } }],
  });
  b.medicationRequest({
    source: riverside,
    medication: { codeable: dmd('317972000', 'Levothyroxine sodium 25microgram tablets') },
    status: 'active',
    course: 'continuous',
    authoredOn: clock.daysAgo(60),
    dosage: [{ text: 'HALF a tablet (12.5 micrograms) each morning', timing: { frequency: 1, period: 1, periodUnit: 'd', when: ['MORN'] }, route: ROUTE.oral, dose: { value: 12.5, unit: 'microgram', code: 'ug' } }],
  });
  // On hold with the reason a prescriber needs before restarting it (R33).
  b.medicationRequest({
    source: riverside,
    medication: { codeable: dmd('318906001', 'Ramipril 5mg capsules') },
    status: 'on-hold',
    statusReason: text('Held: acute kidney injury; restart when eGFR is back to baseline'),
    course: 'continuous',
    authoredOn: clock.daysAgo(20),
    dosage: [{ text: 'One capsule once a day', timing: { frequency: 1, period: 1, periodUnit: 'd' }, route: ROUTE.oral, dose: { value: 5, unit: 'mg' } }],
  });
}
