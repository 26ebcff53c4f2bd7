/**
 * HOLLOWAY, Edith (Mrs): an older adult with dementia whose record is mostly social care. She shows
 * every event of REQUIREMENTS §8: assessments (Care Act, carer's, OT, financial), reviews based on a
 * plan, a s42 safeguarding enquiry, DoLS applications (granted, withdrawn, in progress) and
 * authorisations (expired; expiring within 28 days; still marked active but past its end date; the
 * current, long-running one is Margaret Evans's), packages of care, a flag nothing classifies, and care plans including ReSPECT,
 * end of life and one whose review is overdue.
 */
import { CARE_PLAN_TYPE, ROUTE, SOCIAL_CARE, cc, dmd, nhsNumberIdentifier, officialName, patientResource, recordBuilder, snomed, text } from '../build.js';
import { ORGS, PRACTITIONERS, orgRef, practitionerRef } from '../organisations.js';
import type { PatientModule } from './module.js';
import { addEdithHollowayCareTeam } from './care-teams.js';
import { addEdithVisits } from './visits.js';
import { edithDecisions } from './care-decisions.js';

const ID = 'pat-edith-holloway';

export const edithHolloway: PatientModule = {
  id: ID,
  nhsNumber: '9990000018',
  name: 'HOLLOWAY, Edith (Mrs)',
  demonstrates:
    'Older adult with dementia: every social care event (assessments, reviews, s42, DoLS expired / expiring / current, packages of care), ReSPECT and end-of-life plans, an overdue review.',
  build(clock) {
    const b = recordBuilder(ID, 'eh', clock);
    const { adultSocialCare: council, riverside, general, community, pennineVale } = ORGS;

    b.add(
      patientResource({
        id: ID,
        source: riverside,
        lastUpdated: clock.daysAgo(20),
        body: {
          identifier: [nhsNumberIdentifier('9990000018')],
          active: true,
          name: [officialName('HOLLOWAY', ['Edith', 'May'], 'Mrs')],
          telecom: [{ system: 'phone', value: '01632 960789', use: 'home' }],
          gender: 'female',
          birthDate: '1936-05-02',
          address: [{ use: 'home', line: ['The Laurels Care Home', '12 Church Lane'], city: 'NORTHBRIDGE', postalCode: 'NB6 2LH' }],
          contact: [
            {
              relationship: [cc('http://terminology.hl7.org/CodeSystem/v2-0131', 'N', 'Next-of-Kin'), cc('http://terminology.hl7.org/CodeSystem/v3-RoleCode', 'DAU', 'natural daughter')],
              name: { use: 'official', family: 'PARKER', given: ['Susan'], prefix: ['Mrs'] },
              telecom: [{ system: 'phone', value: '07700 900789', use: 'mobile' }],
            },
          ],
          generalPractitioner: [orgRef(riverside), practitionerRef(PRACTITIONERS.hart)],
        },
      }),
    );

    // Clinical background, briefly.
    b.condition({ source: pennineVale, code: snomed('26929004', "Alzheimer's disease"), onset: '2020', recorded: clock.daysAgo(1500) });
    b.condition({ source: riverside, code: snomed('49436004', 'Atrial fibrillation'), onset: '2016-02', recorded: '2016-02-20T10:00:00+00:00' });
    b.condition({ source: general, category: 'encounter-diagnosis', code: snomed('5913000', 'Fracture of neck of femur'), clinical: 'resolved', onset: clock.daysAgo(420), abatement: clock.daysAgo(300), recorded: clock.daysAgo(419) });
    const codeine = b.allergy({ source: riverside, code: snomed('387494007', 'Codeine'), category: ['medication'], type: 'intolerance', criticality: 'low', recorded: '2012-03-01T10:00:00+00:00', reactions: [{ manifestation: snomed('422400008', 'Vomiting'), severity: 'moderate' }] });
    b.allergyList({ source: riverside, date: clock.daysAgo(20), entries: [codeine.id] });
    b.medicationStatement({ source: riverside, medication: { codeable: dmd('319734007', 'Donepezil 10mg tablets') }, status: 'active', effective: { start: '2020-09' }, dateAsserted: clock.daysAgo(20), lastIssueDate: clock.dateDaysAgo(20), dosage: [{ text: 'One tablet at night', timing: { frequency: 1, period: 1, periodUnit: 'd', when: ['HS'] }, route: ROUTE.oral, dose: { value: 10, unit: 'mg' } }] });
    b.medicationStatement({ source: riverside, medication: { codeable: dmd('15517911000001104', 'Apixaban 2.5mg tablets') }, status: 'active', effective: { start: '2016-03' }, dateAsserted: clock.daysAgo(20), lastIssueDate: clock.dateDaysAgo(20), dosage: [{ text: 'One tablet twice a day', timing: { frequency: 2, period: 1, periodUnit: 'd' }, route: ROUTE.oral, dose: { value: 2.5, unit: 'mg' } }] });
    b.observation({ source: community, category: 'vital-signs', code: snomed('27113001', 'Body weight'), effective: clock.daysAgo(35), value: { quantity: 51.3, unit: 'kg' } });

    // ---- Care plans: support plan (review overdue), ReSPECT, end of life.
    const supportPlan = b.carePlan({
      source: council,
      socialCare: true,
      category: [CARE_PLAN_TYPE.supportPlan],
      title: 'Care and support plan',
      description: 'Residential care at The Laurels; daily support with personal care, meals and medication prompts.',
      status: 'active',
      created: clock.daysAgo(400),
      period: { start: clock.dateDaysAgo(400) },
      activities: [
        { code: SOCIAL_CARE.review, status: 'scheduled', scheduledStart: clock.dateDaysAgo(35), description: 'Annual review (overdue)' },
      ],
      note: `Annual review was due ${clock.dateDaysAgo(35)} and has not taken place.`,
    });
    b.carePlan({
      source: riverside,
      category: [CARE_PLAN_TYPE.respect],
      title: 'ReSPECT form',
      description: 'Focus on comfort. Not for cardiopulmonary resuscitation. For ward-based treatment if needed; not for intensive care.',
      status: 'active',
      created: clock.daysAgo(300),
      period: { start: clock.dateDaysAgo(300) },
    });
    b.carePlan({
      source: community,
      category: [CARE_PLAN_TYPE.endOfLife],
      title: 'End of life care plan',
      description: 'Preferred place of care and death: The Laurels. Anticipatory medicines prescribed. Daughter to be called at any hour.',
      status: 'active',
      created: clock.daysAgo(60),
      period: { start: clock.dateDaysAgo(60) },
    });

    // ---- Assessments and reviews (Tasks owned by the council).
    b.task({ source: council, owner: council, code: SOCIAL_CARE.careActAssessment, status: 'completed', authoredOn: clock.daysAgo(430), executionPeriod: { start: clock.daysAgo(425), end: clock.daysAgo(402) }, businessStatus: SOCIAL_CARE.outcome('eligible', 'Eligible needs identified') });
    b.task({ source: council, owner: council, code: SOCIAL_CARE.carerAssessment, status: 'in-progress', authoredOn: clock.daysAgo(40), executionPeriod: { start: clock.daysAgo(21) }, description: "Carer's assessment for daughter (Susan Parker)." });
    b.task({ source: council, owner: council, code: SOCIAL_CARE.otAssessment, status: 'requested', authoredOn: clock.daysAgo(10), dueBy: clock.dateDaysAhead(18), description: 'Seating and pressure care assessment.' });
    b.task({ source: council, owner: council, code: SOCIAL_CARE.financialAssessment, status: 'completed', authoredOn: clock.daysAgo(420), executionPeriod: { start: clock.daysAgo(415), end: clock.daysAgo(398) }, businessStatus: SOCIAL_CARE.outcome('full-cost', 'Assessed to pay the full cost') });
    b.task({ source: council, owner: council, code: SOCIAL_CARE.review, basedOn: [`CarePlan/${supportPlan.id}`], status: 'completed', authoredOn: clock.daysAgo(320), executionPeriod: { start: clock.daysAgo(310), end: clock.daysAgo(310) } });
    b.task({
      source: council,
      owner: council,
      code: SOCIAL_CARE.review,
      basedOn: [`CarePlan/${supportPlan.id}`],
      status: 'requested',
      authoredOn: clock.daysAgo(60),
      dueBy: clock.dateDaysAgo(35),
      description: 'Annual review of care and support plan: overdue.',
    });

    // ---- Safeguarding: concern (Flag) and s42 enquiry (Task).
    b.flag({ source: council, socialCare: true, category: [SOCIAL_CARE.safeguardingCategory], code: SOCIAL_CARE.safeguardingConcern, status: 'active', period: { start: clock.daysAgo(75) } });
    b.task({
      source: council,
      owner: council,
      code: SOCIAL_CARE.s42Enquiry,
      status: 'completed',
      authoredOn: clock.daysAgo(74),
      executionPeriod: { start: clock.daysAgo(74), end: clock.daysAgo(30) },
      businessStatus: SOCIAL_CARE.outcome('risk-reduced', 'Concluded: risk reduced'),
    });

    // ---- DoLS: applications (Task; owner = supervisory body) and authorisations (Flag, Legal status).
    b.task({ source: council, owner: council, requester: community, code: SOCIAL_CARE.dolsApplication, status: 'completed', authoredOn: clock.daysAgo(760), executionPeriod: { start: clock.daysAgo(760), end: clock.daysAgo(720) }, businessStatus: SOCIAL_CARE.outcome('granted', 'Granted') });
    b.task({ source: council, owner: council, requester: community, code: SOCIAL_CARE.dolsApplication, status: 'completed', authoredOn: clock.daysAgo(400), executionPeriod: { start: clock.daysAgo(400), end: clock.daysAgo(352) }, businessStatus: SOCIAL_CARE.outcome('granted', 'Granted') });
    b.task({ source: council, owner: council, requester: general, code: SOCIAL_CARE.dolsApplication, status: 'completed', authoredOn: clock.daysAgo(420), executionPeriod: { start: clock.daysAgo(420), end: clock.daysAgo(405) }, businessStatus: SOCIAL_CARE.outcome('withdrawn', 'Withdrawn (discharged from hospital)') });
    b.task({ source: council, owner: council, requester: community, code: SOCIAL_CARE.dolsApplication, status: 'in-progress', authoredOn: clock.daysAgo(6), businessStatus: SOCIAL_CARE.outcome('awaiting-assessment', 'Awaiting best interests assessment') });
    b.flag({ source: council, socialCare: true, category: [SOCIAL_CARE.legalStatusCategory], code: SOCIAL_CARE.dolsAuthorisation, status: 'inactive', period: { start: clock.dateDaysAgo(720), end: clock.dateDaysAgo(355) } });
    b.flag({ source: council, socialCare: true, category: [SOCIAL_CARE.legalStatusCategory], code: SOCIAL_CARE.dolsAuthorisation, status: 'active', period: { start: clock.dateDaysAgo(352), end: clock.dateDaysAhead(13) } });
    // Status still says active though the period ended: the client must show Expired from the date (R45, H14).
    b.flag({ source: council, socialCare: true, category: [SOCIAL_CARE.legalStatusCategory], code: text('DoLS urgent authorisation (hospital)'), status: 'active', period: { start: clock.dateDaysAgo(27), end: clock.dateDaysAgo(20) } });

    // ---- Packages of care.
    b.episodeOfCare({ source: council, type: [SOCIAL_CARE.packageOfCare, text('Home care: 14 hours a week')], status: 'finished', period: { start: clock.dateDaysAgo(900), end: clock.dateDaysAgo(402) } });
    b.episodeOfCare({ source: council, type: [SOCIAL_CARE.packageOfCare, text('Residential care: The Laurels')], status: 'active', period: { start: clock.dateDaysAgo(400) } });

    // ---- A flag nothing classifies: shown as "Other alert", never dropped.
    b.flag({ source: community, category: [cc('https://community.northbridge-health.example/CodeSystem/alert-type', 'KS01', 'Key safe')], code: text('Key safe by the back door; code held by the district nursing team'), status: 'active', period: { start: clock.daysAgo(500) } });

    addEdithHollowayCareTeam(b);
    addEdithVisits(b);
    edithDecisions(b); // ReSPECT (current), DNACPR (withdrawn), LPA added by her daughter: R66, R72
    return b.resources();
  },
};

