/**
 * KHAN, Amira (Ms): sensitive items (`meta.security` R and V, and an ActCode sensitivity policy:
 * R51) in every section that can hold one, beside ordinary ones, and items
 * the ICR withholds: searchsets carry an OperationOutcome entry (`search.mode: outcome`, R40) and the
 * allergy List carries the UK Core `confidential-items` warning (R41, R50).
 */
import { ROUTE, SOCIAL_CARE, cc, dmd, nhsNumberIdentifier, officialName, patientResource, recordBuilder, snomed, SYS } from '../build.js';
import { ORGS, orgRef } from '../organisations.js';
import type { PatientModule } from './module.js';

const ID = 'pat-amira-khan';

export const amiraKhan: PatientModule = {
  id: ID,
  nhsNumber: '9990111510',
  name: 'KHAN, Amira (Ms)',
  demonstrates:
    'Sensitive items (confidentiality R and V, an ActCode SDV policy) to reveal on demand in every section, and withheld items: outcome warnings in searchsets and a confidential-items List warning.',
  withheld: { AllergyIntolerance: 1, Condition: 2, MedicationStatement: 1, Observation: 1, DiagnosticReport: 2 },
  build(clock) {
    const b = recordBuilder(ID, 'ak', clock);
    const { riverside, general, pennineVale, adultSocialCare } = ORGS;
    b.add(
      patientResource({
        id: ID,
        source: riverside,
        lastUpdated: clock.daysAgo(8),
        body: {
          identifier: [nhsNumberIdentifier('9990111510')],
          active: true,
          name: [officialName('KHAN', ['Amira'], 'Ms')],
          telecom: [{ system: 'phone', value: '07700 900555', use: 'mobile' }],
          gender: 'female',
          birthDate: '1996-09-05',
          address: [{ use: 'home', line: ['Apartment 31', 'The Wharf'], city: 'NORTHBRIDGE', postalCode: 'NB3 1TW' }],
          generalPractitioner: [orgRef(riverside)],
        },
      }),
    );
    const ibuprofen = b.allergy({ source: riverside, code: snomed('387207008', 'Ibuprofen'), category: ['medication'], criticality: 'low', recorded: clock.daysAgo(900), reactions: [{ manifestation: snomed('56018004', 'Wheezing'), severity: 'moderate' }] });
    b.allergyList({ source: riverside, date: clock.daysAgo(8), entries: [ibuprofen.id], warning: 'confidential-items' });

    b.condition({ source: riverside, code: snomed('195967001', 'Asthma'), onset: '2004', recorded: '2010-01-01T10:00:00+00:00' });
    b.condition({ source: pennineVale, code: snomed('21897009', 'Generalized anxiety disorder'), onset: '2022-01', recorded: clock.daysAgo(600), security: 'R' });
    b.condition({ source: general, category: 'encounter-diagnosis', code: snomed('105629000', 'Chlamydial infection'), clinical: 'resolved', onset: clock.daysAgo(40), abatement: clock.daysAgo(20), recorded: clock.daysAgo(38), security: 'V' });

    b.medicationStatement({ source: riverside, medication: { codeable: dmd('320176004', 'Salbutamol 100micrograms/dose inhaler CFC free') }, status: 'active', effective: { start: '2004' }, dateAsserted: clock.daysAgo(8), lastIssueDate: clock.dateDaysAgo(8), dosage: [{ text: '2 puffs when required', asNeeded: true, route: ROUTE.inhaled }] });
    b.medicationStatement({ source: pennineVale, medication: { codeable: dmd('321966001', 'Sertraline 50mg tablets') }, status: 'active', effective: { start: clock.daysAgo(580) }, dateAsserted: clock.daysAgo(30), lastIssueDate: clock.dateDaysAgo(30), dosage: [{ text: 'One tablet each morning', timing: { frequency: 1, period: 1, periodUnit: 'd', when: ['MORN'] }, route: ROUTE.oral, dose: { value: 50, unit: 'mg' } }], security: 'R' });
    b.medicationStatement({ source: general, medication: { codeable: dmd('324125001', 'Doxycycline 100mg capsules') }, status: 'completed', effective: { start: clock.daysAgo(38), end: clock.daysAgo(31) }, dateAsserted: clock.daysAgo(38), dosage: [{ text: 'One capsule twice a day for 7 days', timing: { frequency: 2, period: 1, periodUnit: 'd', boundsDays: 7 }, route: ROUTE.oral, dose: { value: 100, unit: 'mg' } }], security: 'V' });

    const naat = b.observation({ source: general, category: 'laboratory', code: cc(SYS.loinc, '43304-5', 'Chlamydia trachomatis rRNA [Presence] in Specimen by NAA with probe detection'), effective: clock.daysAgo(40), issued: clock.daysAgo(38), value: { concept: snomed('10828004', 'Positive') }, interpretation: 'A', security: 'V' });
    b.observation({ source: riverside, category: 'vital-signs', code: snomed('364075005', 'Heart rate'), effective: clock.daysAgo(8), value: { quantity: 72, unit: 'beats/minute', code: '/min' } });
    b.diagnosticReport({ source: general, category: 'MB', code: cc(SYS.loinc, '43304-5', 'Chlamydia trachomatis rRNA [Presence] in Specimen by NAA with probe detection', 'Chlamydia NAAT'), status: 'final', effective: clock.daysAgo(40), issued: clock.daysAgo(38), results: [naat.id], conclusion: 'Chlamydia trachomatis DETECTED.', security: 'V' });
    b.diagnosticReport({ source: pennineVale, category: cc('https://ehr.pennine-vale.example/CodeSystem/document-type', 'PSY-LTR', 'Psychiatry clinic letter'), code: snomed('371529009', 'History and physical report', 'Psychiatry clinic letter'), status: 'final', effective: clock.daysAgo(200), issued: clock.daysAgo(198), presentedForm: [{ contentType: 'text/plain', text: 'Seen in clinic. Anxiety improving on sertraline 50mg. Continue; review in 6 months.' }], security: 'R' });
    // R51 in the remaining sections: an early-pregnancy scan (R), a domestic-abuse safeguarding
    // concern (V), a perinatal mental health plan (R) and a contact labelled with the ActCode
    // SDV policy (sexual assault, abuse or domestic violence), which counts as restricted.
    const scan = b.imagingStudy({ source: general, started: clock.daysAgo(60, '09:20'), modality: { code: 'US', display: 'Ultrasound' }, description: 'US early pregnancy viability scan', instances: 2, security: 'R' });
    b.diagnosticReport({ source: general, category: 'RAD', code: cc('https://ehr.general.example/CodeSystem/exam-code', 'USEPV', 'Ultrasound early pregnancy viability', 'US early pregnancy viability scan'), status: 'final', effective: clock.daysAgo(60, '09:20'), issued: clock.daysAgo(60, '11:45'), imagingStudies: [scan.id], conclusion: 'Single live intrauterine pregnancy, crown-rump length consistent with 8 weeks 2 days.', security: 'R' });
    b.flag({ source: adultSocialCare, socialCare: true, category: [SOCIAL_CARE.safeguardingCategory], code: SOCIAL_CARE.safeguardingConcern, status: 'active', period: { start: clock.daysAgo(50) }, security: 'V' });
    b.carePlan({ source: pennineVale, category: [snomed('734163000', 'Care plan')], title: 'Perinatal mental health care plan', status: 'active', created: clock.daysAgo(45), period: { start: clock.daysAgo(45) }, security: 'R' });
    b.add({
      resourceType: 'RelatedPerson',
      id: 'ak-related-safe-contact',
      meta: { lastUpdated: clock.daysAgo(50), source: riverside.source, security: [{ system: SYS.actCode, code: 'SDV', display: 'sexual assault, abuse, or domestic violence information sensitivity' }] },
      active: true,
      patient: b.subject,
      relationship: [cc(SYS.v2_0131, 'C', 'Emergency Contact'), cc(SYS.v3RoleCode, 'SIS', 'sister')],
      name: [officialName('KHAN', ['Yasmin'], 'Ms')],
      telecom: [{ system: 'phone', value: '07700 900877', use: 'mobile' }],
    });
    return b.resources();
  },
};
