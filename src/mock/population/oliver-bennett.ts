/**
 * BENNETT, Oliver (Master): a child of about four years and one month (date of birth computed from
 * today, so the banner always reads `4y 1m`), known to children's social care: a child in need
 * assessment, a child protection plan (CarePlan) and its flag.
 */
import { CARE_PLAN_TYPE, ROUTE, SOCIAL_CARE, cc, dmd, nhsNumberIdentifier, officialName, patientResource, recordBuilder, snomed } from '../build.js';
import { ORGS, PRACTITIONERS, orgRef, practitionerRef } from '../organisations.js';
import type { PatientModule } from './module.js';
import { addOliverBennettCareTeam } from './care-teams.js';
import { addOliverVisits } from './visits.js';
import { oliverProtection } from './care-decisions.js';

const ID = 'pat-oliver-bennett';

export const oliverBennett: PatientModule = {
  id: ID,
  nhsNumber: '9990010145',
  name: 'BENNETT, Oliver (Master)',
  demonstrates: "Child aged 4y 1m: egg allergy (List warns data in transit), asthma, growth, children's social care (child in need assessment, child protection plan and flag).",
  build(clock) {
    const b = recordBuilder(ID, 'ob', clock);
    const { hillcrest, general, childrensServices: council, community, outOfHours } = ORGS;
    const birthDate = clock.dateYearsAgo(4, 1, 3);

    b.add(
      patientResource({
        id: ID,
        source: hillcrest,
        lastUpdated: clock.daysAgo(9),
        body: {
          identifier: [nhsNumberIdentifier('9990010145')],
          active: true,
          name: [officialName('BENNETT', ['Oliver', 'James'], 'Master')],
          telecom: [{ system: 'phone', value: '07700 900321', use: 'mobile' }],
          gender: 'male',
          birthDate,
          address: [{ use: 'home', line: ['27 Foundry Street'], city: 'NORTHBRIDGE', postalCode: 'NB3 8FS' }],
          contact: [
            {
              relationship: [cc('http://terminology.hl7.org/CodeSystem/v3-RoleCode', 'MTH', 'mother')],
              name: { use: 'official', family: 'BENNETT', given: ['Kayleigh'], prefix: ['Miss'] },
              telecom: [{ system: 'phone', value: '07700 900321', use: 'mobile' }],
            },
          ],
          generalPractitioner: [orgRef(hillcrest), practitionerRef(PRACTITIONERS.okoye)],
        },
      }),
    );
    b.add({
      resourceType: 'RelatedPerson',
      id: 'ob-related-mother',
      meta: { lastUpdated: clock.daysAgo(9), source: hillcrest.source },
      active: true,
      patient: b.subject,
      relationship: [cc('http://terminology.hl7.org/CodeSystem/v3-RoleCode', 'MTH', 'mother')],
      name: [officialName('BENNETT', ['Kayleigh'], 'Miss')],
      telecom: [{ system: 'phone', value: '07700 900321', use: 'mobile' }],
    });

    const egg = b.allergy({
      source: hillcrest,
      code: snomed('213020009', 'Allergy to egg protein'),
      category: ['food'],
      criticality: 'high',
      recorded: clock.daysAgo(1100),
      reactions: [{ manifestation: snomed('126485001', 'Urticaria'), severity: 'moderate' }, { manifestation: snomed('56018004', 'Wheezing'), severity: 'severe' }],
    });
    // He joined Hillcrest recently: the GP2GP record transfer is still in transit (R41).
    b.allergyList({ source: hillcrest, date: clock.daysAgo(9), entries: [egg.id], warning: 'data-in-transit' });
    b.condition({ source: hillcrest, code: snomed('195967001', 'Asthma'), onset: clock.dateDaysAgo(500).slice(0, 7), recorded: clock.daysAgo(500) });
    b.condition({ source: general, category: 'encounter-diagnosis', code: snomed('4120002', 'Bronchiolitis'), clinical: 'resolved', onset: clock.dateDaysAgo(1300), abatement: clock.dateDaysAgo(1290), recorded: clock.daysAgo(1300) });
    b.medicationRequest({ source: hillcrest, medication: { codeable: dmd('320176004', 'Salbutamol 100micrograms/dose inhaler CFC free') }, status: 'active', course: 'continuous', authoredOn: clock.daysAgo(45), dosage: [{ text: '2 puffs via spacer when required for wheeze', asNeeded: true, route: ROUTE.inhaled, dose: { value: 200, unit: 'microgram', code: 'ug' } }] });
    b.medicationRequest({ source: outOfHours, medication: { codeable: dmd('42104811000001107', 'Prednisolone 10mg/ml oral solution') }, status: 'completed', course: 'acute', authoredOn: clock.daysAgo(120, '23:10'), dosage: [{ text: '1.6ml (16mg) once a day for 3 days', timing: { frequency: 1, period: 1, periodUnit: 'd', boundsDays: 3 }, route: ROUTE.oral, dose: { value: 16, unit: 'mg' } }] });
    [[1000, 13.1, 90.2], [640, 14.6, 97.5], [200, 16.2, 103.4]].forEach(([days, kg, cm]) => {
      b.observation({ source: community, category: 'vital-signs', code: snomed('27113001', 'Body weight'), effective: clock.daysAgo(days!), value: { quantity: kg!, unit: 'kg' } });
      b.observation({ source: community, category: 'vital-signs', code: snomed('50373000', 'Body height'), effective: clock.daysAgo(days!), value: { quantity: cm!, unit: 'cm' } });
    });

    // Children's social care.
    b.task({ source: council, owner: council, code: SOCIAL_CARE.childInNeedAssessment, status: 'completed', authoredOn: clock.daysAgo(210), executionPeriod: { start: clock.daysAgo(208), end: clock.daysAgo(170) }, businessStatus: SOCIAL_CARE.outcome('section-47', 'Progressed to child protection enquiry (s47)') });
    const cpp = b.carePlan({
      source: council,
      socialCare: true,
      category: [CARE_PLAN_TYPE.childProtection],
      title: 'Child protection plan',
      description: 'Category: neglect. Core group meets every 6 weeks; lead social worker Mark Lowe.',
      status: 'active',
      created: clock.daysAgo(150),
      period: { start: clock.dateDaysAgo(150) },
    });
    b.task({ source: council, owner: council, code: SOCIAL_CARE.review, basedOn: [`CarePlan/${cpp.id}`], status: 'completed', authoredOn: clock.daysAgo(70), executionPeriod: { start: clock.daysAgo(60), end: clock.daysAgo(60) }, description: 'Review child protection conference' });
    // The plan's CP-IS flag (also the social care flag): the local authority and its duty desk (R67).
    oliverProtection(b, clock.dateDaysAgo(150));

    addOliverBennettCareTeam(b);
    addOliverVisits(b);
    return b.resources();
  },
};
