/**
 * SMITH, Richard (Mr): UK Core's own fictional example patient, grown into a rich record from
 * several sources. He demonstrates the everyday adult: every section populated, every allergy and
 * medication shape, duplicates of the same fact from two sources (R44), report formats and statuses.
 */
import {
  CARE_PLAN_TYPE,
  EXT,
  ROUTE,
  SOCIAL_CARE,
  SYS,
  cc,
  deathNotification,
  dmd,
  minimalPdf,
  nhsNumberIdentifier,
  officialName,
  patientResource,
  recordBuilder,
  snomed,
  text,
} from '../build.js';
import { ORGS, PRACTITIONERS, orgRef, practitionerRef } from '../organisations.js';
import type { PatientModule } from './module.js';

const ID = 'pat-richard-smith';

/** The report whose HTML contains script to prove the widgets sanitise (DOMPurify) before rendering. */
export const HOSTILE_HTML_REPORT = `<!DOCTYPE html><html><body>
<h1>Discharge summary</h1>
<p>Admitted with chest pain; <strong>myocardial infarction excluded</strong>. Troponin normal on two occasions.</p>
<script>window.__icrXss = 'script ran';</script>
<img src="x" onerror="window.__icrXss = 'onerror ran'" alt="">
<p><a href="javascript:window.__icrXss='link ran'">Follow-up details</a></p>
<p>Plan: continue amlodipine; GP to review blood pressure in 4 weeks.</p>
</body></html>`;

export const richardSmith: PatientModule = {
  id: ID,
  nhsNumber: '9912003888',
  name: 'SMITH, Richard (Mr)',
  demonstrates:
    'Living adult with a rich record from seven sources: every allergy, medication, result and report shape, duplicates across sources, communication needs.',
  build(clock) {
    const b = recordBuilder(ID, 'rs', clock);
    const { riverside, general, outOfHours, pennineVale, community, adultSocialCare, ambulance } = ORGS;

    b.add(
      patientResource({
        id: ID,
        source: riverside,
        lastUpdated: clock.daysAgo(12),
        body: {
          extension: [
            {
              url: EXT.ethnicCategory,
              valueCodeableConcept: cc('https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland', 'G', 'Mixed - Any other mixed background'),
            },
            { url: EXT.interpreterRequired, valueBoolean: true },
            {
              url: EXT.contactPreference,
              extension: [
                { url: 'PreferredContactMethod', valueCodeableConcept: cc('https://fhir.hl7.org.uk/CodeSystem/UKCore-PreferredContactMethod', '3', 'Telephone') },
                {
                  url: 'PreferredWrittenCommunicationFormat',
                  valueCodeableConcept: cc('https://fhir.hl7.org.uk/CodeSystem/UKCore-PreferredWrittenCommunicationFormat', '11', 'Large print'),
                },
              ],
            },
            // As in the UK Core example: a death notification that was removed (U) does not mean deceased (R6).
            deathNotification('U', '2019-08-01T00:00:00+00:00'),
          ],
          identifier: [nhsNumberIdentifier('9912003888', '01')],
          active: true,
          name: [officialName('SMITH', ['Richard'], 'Mr'), { use: 'usual', given: ['Rich'], family: 'SMITH' }],
          telecom: [
            { system: 'email', value: 'richard.smith@example.com', use: 'home' },
            { system: 'phone', value: '07700 900123', use: 'mobile' },
            { system: 'phone', value: '01632 960123', use: 'work' },
            { system: 'phone', value: '01632 960456', use: 'home' },
          ],
          gender: 'male',
          birthDate: '1970-09-11',
          address: [
            { use: 'home', type: 'physical', line: ['4 Sandmoor Drive', 'Alwoodley'], city: 'NORTHBRIDGE', postalCode: 'nb17 7df' },
            {
              use: 'temp',
              type: 'physical',
              line: ['Flat 2', '18 Harbour View'],
              city: 'SEABURY',
              postalCode: 'SB3 9QA',
              period: { start: clock.dateDaysAgo(20), end: clock.dateDaysAhead(40) },
            },
          ],
          contact: [
            {
              relationship: [cc(SYS.v2_0131, 'N', 'Next-of-Kin'), cc(SYS.v3RoleCode, 'WIFE', 'wife')],
              name: { use: 'official', family: 'SMITH', given: ['Joy'], prefix: ['Mrs'] },
              telecom: [{ system: 'phone', value: '07700 900456', use: 'mobile' }],
              address: { use: 'home', line: ['4 Sandmoor Drive', 'Alwoodley'], city: 'NORTHBRIDGE', postalCode: 'NB17 7DF' },
              gender: 'female',
            },
          ],
          communication: [
            { language: cc('urn:ietf:bcp:47', 'pl', 'Polish'), preferred: true },
            {
              language: {
                coding: [
                  { system: 'urn:ietf:bcp:47', code: 'bfi', display: 'British Sign Language' },
                  { system: SYS.snomed, code: '703963007', display: 'Makaton vocabulary' },
                ],
                text: 'Makaton',
              },
            },
          ],
          generalPractitioner: [orgRef(riverside), practitionerRef(PRACTITIONERS.hart)],
        },
      }),
    );
    b.add({
      resourceType: 'RelatedPerson',
      id: 'rs-related-joy-smith',
      meta: { lastUpdated: clock.daysAgo(400), source: riverside.source },
      active: true,
      patient: b.subject,
      relationship: [cc(SYS.v2_0131, 'N', 'Next-of-Kin'), cc(SYS.v3RoleCode, 'WIFE', 'wife')],
      name: [officialName('SMITH', ['Joy'], 'Mrs')],
      telecom: [
        { system: 'phone', value: '07700 900456', use: 'mobile' },
        { system: 'phone', value: '01632 960456', use: 'home' },
      ],
      gender: 'female',
      address: [{ use: 'home', line: ['4 Sandmoor Drive', 'Alwoodley'], city: 'NORTHBRIDGE', postalCode: 'NB17 7DF' }],
    });

    // ---- Allergies: drug, food, environment; resolved, refuted, entered-in-error, degraded, duplicate.
    const penicillinGp = b.allergy({
      source: riverside,
      code: snomed('764146007', 'Penicillin'),
      category: ['medication'],
      type: 'allergy',
      criticality: 'high',
      recorded: '2003-05-14T11:20:00+01:00',
      onset: '2003',
      reactions: [{ manifestation: snomed('39579001', 'Anaphylaxis'), severity: 'severe', description: 'Collapsed after first dose of amoxicillin' }],
    });
    const penicillinAcute = b.allergy({
      source: general,
      code: snomed('764146007', 'Penicillin'),
      category: ['medication'],
      type: 'allergy',
      criticality: 'high',
      recorded: clock.daysAgo(200, '14:05'),
      reactions: [{ manifestation: snomed('39579001', 'Anaphylaxis'), severity: 'severe' }],
      note: 'Patient reports anaphylaxis to penicillin (recorded again on admission).',
    });
    const peanut = b.allergy({
      source: outOfHours,
      code: snomed('91935009', 'Allergy to peanut'),
      category: ['food'],
      type: 'allergy',
      criticality: 'high',
      recorded: clock.daysAgo(90, '21:40'),
      reactions: [
        { manifestation: snomed('126485001', 'Urticaria'), severity: 'moderate' },
        { manifestation: snomed('41291007', 'Angioedema'), severity: 'moderate' },
      ],
    });
    const dustMite = b.allergy({
      source: riverside,
      code: snomed('260147004', 'House dust mite'),
      category: ['environment'],
      type: 'allergy',
      criticality: 'low',
      recorded: '2011-10-03T09:00:00+01:00',
      reactions: [{ manifestation: snomed('61582004', 'Allergic rhinitis'), severity: 'mild' }],
    });
    const codeineNoReaction = b.allergy({
      source: community,
      code: snomed('387494007', 'Codeine'),
      category: ['medication'],
      type: 'intolerance',
      clinical: null,
      recorded: clock.daysAgo(700),
    });
    const resolved = b.allergy({
      source: riverside,
      code: snomed('387207008', 'Ibuprofen'),
      category: ['medication'],
      type: 'intolerance',
      clinical: 'resolved',
      recorded: '2009-02-11T10:00:00+00:00',
      reactions: [{ manifestation: snomed('422587007', 'Nausea'), severity: 'mild' }],
      note: 'Tolerated ibuprofen in 2020 without symptoms.',
    });
    const refuted = b.allergy({
      source: general,
      code: snomed('111088007', 'Latex'),
      category: ['environment'],
      clinical: 'inactive',
      verification: 'refuted',
      recorded: clock.daysAgo(200, '14:10'),
      note: 'Skin-prick testing negative; latex allergy refuted.',
    });
    const eie = b.allergy({
      source: outOfHours,
      code: snomed('372687004', 'Amoxicillin'),
      category: ['medication'],
      verification: 'entered-in-error',
      recorded: clock.daysAgo(90, '21:35'),
    });
    const degraded = b.allergy({
      source: riverside,
      code: snomed('196461000000101', 'Transfer-degraded drug allergy', 'Septrin'),
      category: ['medication'],
      recorded: '2015-06-30T12:00:00+01:00',
      reactions: [{ manifestation: text('Rash'), severity: 'mild' }],
    });
    b.allergyList({
      source: riverside,
      date: clock.daysAgo(12),
      entries: [penicillinGp, penicillinAcute, peanut, dustMite, codeineNoReaction, resolved, refuted, eie, degraded].map((r) => r.id),
    });

    // ---- Medications
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
    // The same medicine recorded by the hospital on admission (a duplicate across sources: never merged, R44).
    b.medicationStatement({
      source: general,
      category: 'inpatient',
      medication: { codeable: dmd('319283006', 'Amlodipine 5mg tablets', SYS.snomed) },
      status: 'active',
      effective: { start: clock.daysAgo(203) },
      dateAsserted: clock.daysAgo(203, '16:30'),
      dosage: [{ text: '5mg ONCE daily (morning)', timing: { frequency: 1, period: 1, periodUnit: 'd', when: ['MORN'] }, route: ROUTE.oral, dose: { value: 5, unit: 'mg' } }],
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

    // ---- Conditions
    b.condition({ source: riverside, code: snomed('59621000', 'Essential hypertension'), onset: '2019-03', recorded: '2019-03-21T10:00:00+00:00' });
    b.condition({ source: general, category: 'encounter-diagnosis', code: snomed('59621000', 'Essential hypertension'), onset: '2019-03', recorded: clock.daysAgo(203, '16:00') });
    b.condition({ source: riverside, code: snomed('44054006', 'Type 2 diabetes mellitus'), onset: '2019', recorded: '2019-11-02T10:00:00+00:00', severity: snomed('6736007', 'Moderate') });
    b.condition({ source: riverside, code: snomed('195967001', 'Asthma'), clinical: 'resolved', onset: '1982', abatement: '1995', recorded: '2001-01-01T09:00:00+00:00' });
    b.condition({ source: general, category: 'encounter-diagnosis', code: snomed('194828000', 'Angina'), clinical: 'inactive', verification: 'refuted', recorded: clock.daysAgo(200, '11:00'), note: 'Chest pain not cardiac: angina excluded.' });
    b.condition({ source: outOfHours, category: 'encounter-diagnosis', code: snomed('65363002', 'Otitis media'), verification: 'entered-in-error', recorded: clock.daysAgo(90, '21:30') });
    b.condition({ source: pennineVale, code: snomed('35489007', 'Depressive disorder'), clinical: 'remission', onset: '2021-06', recorded: clock.daysAgo(500), security: 'R' });
    b.condition({ source: community, code: snomed('239873007', 'Osteoarthritis of knee'), onset: '2022-11-14', recorded: clock.daysAgo(150) });
    b.condition({ source: general, category: 'encounter-diagnosis', code: snomed('233604007', 'Pneumonia'), clinical: 'resolved', onset: clock.daysAgo(205), abatement: clock.daysAgo(190), recorded: clock.daysAgo(204) });

    // ---- Observations: histories over time, ranges, H/L, absent data, a value without a unit.
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

    // ---- Reports: RAD (+ImagingStudy), LAB, HM, MB, an unknown category; every status; presentedForm kinds.
    const ct = b.imagingStudy({ source: general, started: clock.daysAgo(201, '10:05'), modality: { code: 'CT', display: 'Computed Tomography' }, description: 'CT chest with contrast', bodySite: snomed('51185008', 'Thoracic structure'), instances: 3 });
    b.diagnosticReport({
      source: general,
      category: 'RAD',
      code: snomed('169069000', 'Computed tomography of chest'),
      status: 'final',
      effective: clock.daysAgo(201, '10:05'),
      issued: clock.daysAgo(201, '16:40'),
      imagingStudies: [ct.id],
      conclusion: 'Right lower lobe consolidation in keeping with pneumonia. No pulmonary embolus.',
      presentedForm: [{ contentType: 'text/plain', title: 'CT chest report', text: 'CT CHEST WITH CONTRAST\n\nFindings: right lower lobe consolidation. No pulmonary embolus. Heart size normal.\n\nConclusion: pneumonia. Suggest follow-up chest X-ray in 6 weeks.' }],
    });
    b.diagnosticReport({
      source: general,
      category: 'RAD',
      code: snomed('399208008', 'Plain chest X-ray'),
      status: 'preliminary',
      effective: clock.daysAgo(3, '11:20'),
      issued: clock.daysAgo(3, '12:05'),
      conclusion: 'Preliminary: resolution of right lower lobe changes. Awaiting consultant report.',
    });
    b.diagnosticReport({
      source: general,
      category: 'LAB',
      code: snomed('252167001', 'Urea and electrolytes'),
      status: 'amended',
      effective: clock.daysAgo(30, '08:30'),
      issued: clock.daysAgo(29, '09:10'),
      results: [potassium.id, sodium.id, creatinine.id],
      conclusion: 'Low potassium. Creatinine amended after repeat sample.',
    });
    b.diagnosticReport({
      source: general,
      category: 'HM',
      code: snomed('26604007', 'Full blood count'),
      status: 'corrected',
      effective: clock.daysAgo(30, '08:30'),
      issued: clock.daysAgo(30, '11:02'),
      results: [hb.id, wbc.id, nrbc.id],
      conclusion: 'Mild anaemia. Corrected: nucleated RBC count unavailable (specimen unsatisfactory).',
      presentedForm: [{ contentType: 'application/pdf', title: 'Full blood count.pdf', text: minimalPdf(['Northbridge General Hospital - Haematology', 'Full blood count', 'Haemoglobin 128 g/L (130-170) LOW', 'White cell count 7.2 x10^9/L (4.0-11.0)']) }],
    });
    b.diagnosticReport({
      source: general,
      category: 'MB',
      code: snomed('117010004', 'Urine culture'),
      status: 'final',
      effective: clock.daysAgo(60, '09:00'),
      issued: clock.daysAgo(58, '14:30'),
      conclusion: 'No significant growth.',
      presentedForm: [{ contentType: 'text/plain', text: 'MSU: no significant bacterial growth after 48 hours. White cells <10/uL.' }],
    });
    b.diagnosticReport({
      source: community,
      category: 'HM',
      code: cc(SYS.loinc, '6301-6', 'INR in Platelet poor plasma by Coagulation assay', 'INR monitoring'),
      status: 'final',
      effective: clock.daysAgo(14, '10:15'),
      issued: clock.daysAgo(14, '10:40'),
      results: [inr.id],
    });
    b.diagnosticReport({
      source: general,
      category: 'OTH',
      code: snomed('29303009', 'Electrocardiographic procedure', 'Resting 12-lead ECG'),
      status: 'final',
      effective: clock.daysAgo(203, '15:10'),
      issued: clock.daysAgo(203, '15:30'),
      conclusion: 'Sinus tachycardia 104/min. No acute ischaemic changes.',
    });
    b.diagnosticReport({
      source: general,
      category: cc('https://epr.northbridge-general.example/CodeSystem/report-type', 'DISCH', 'Discharge summary'),
      code: snomed('373942005', 'Discharge summary'),
      status: 'final',
      effective: clock.daysAgo(198, '12:00'),
      issued: clock.daysAgo(198, '12:00'),
      presentedForm: [{ contentType: 'text/html', title: 'Discharge summary', text: HOSTILE_HTML_REPORT }],
    });
    b.diagnosticReport({
      source: general,
      category: 'LAB',
      code: snomed('252150008', 'Fasting lipid profile'),
      status: 'partial',
      effective: clock.daysAgo(2, '08:45'),
      issued: clock.daysAgo(1, '17:20'),
      conclusion: 'Partial: total cholesterol reported; HDL and triglycerides to follow.',
      presentedForm: [{ contentType: 'text/plain', text: 'Total cholesterol 5.9 mmol/L (desirable < 5.0). Remaining tests in progress.' }],
    });
    b.diagnosticReport({
      source: general,
      category: 'LAB',
      code: snomed('26958001', 'Liver function test'),
      status: 'entered-in-error',
      effective: clock.daysAgo(31, '08:30'),
      issued: clock.daysAgo(31, '13:00'),
      conclusion: 'Report issued against the wrong patient; withdrawn.',
    });

    // ---- Social care and care plans (a few, so every section has data for him).
    const reablementPlan = b.carePlan({
      source: adultSocialCare,
      socialCare: true,
      category: [CARE_PLAN_TYPE.supportPlan],
      title: 'Reablement support plan',
      description: 'Six weeks of reablement after discharge: washing, dressing and meal preparation.',
      status: 'completed',
      created: clock.daysAgo(199),
      period: { start: clock.dateDaysAgo(198), end: clock.dateDaysAgo(156) },
    });
    b.task({
      source: adultSocialCare,
      owner: adultSocialCare,
      code: SOCIAL_CARE.otAssessment,
      status: 'completed',
      authoredOn: clock.daysAgo(199),
      executionPeriod: { start: clock.daysAgo(197), end: clock.daysAgo(197) },
      description: 'Home OT assessment after discharge: bath board and stair rail provided.',
    });
    b.task({
      source: adultSocialCare,
      owner: adultSocialCare,
      code: SOCIAL_CARE.review,
      basedOn: [`CarePlan/${reablementPlan.id}`],
      status: 'completed',
      authoredOn: clock.daysAgo(160),
      executionPeriod: { start: clock.daysAgo(156), end: clock.daysAgo(156) },
    });
    b.episodeOfCare({
      source: adultSocialCare,
      type: [SOCIAL_CARE.packageOfCare],
      status: 'finished',
      period: { start: clock.dateDaysAgo(198), end: clock.dateDaysAgo(156) },
    });
    b.flag({
      source: community,
      category: [cc('https://community.northbridge-health.example/CodeSystem/alert-type', 'LW02', 'Lone worker')],
      code: text('Two dogs at the property: ask for them to be shut away before visiting'),
      status: 'active',
      period: { start: clock.daysAgo(150) },
    });
    b.carePlan({
      source: riverside,
      category: [CARE_PLAN_TYPE.clinical],
      title: 'Diabetes care plan',
      description: 'Annual review, retinal screening, foot checks; HbA1c target 48 mmol/mol.',
      status: 'active',
      created: clock.daysAgo(400),
      period: { start: clock.dateDaysAgo(400) },
      activities: [{ code: snomed('401191002', 'Diabetic foot examination'), status: 'scheduled', scheduledStart: clock.dateDaysAhead(30) }],
    });
    return b.resources();
  },
};
