/**
 * Richard Smith's social care and care plans: a few items (reablement after discharge, a lone
 * worker flag, a diabetes plan), so every section has data for him.
 */
import { CARE_PLAN_TYPE, SOCIAL_CARE, cc, snomed, text, type RecordBuilder } from '../../build.js';
import { ORGS } from '../../organisations.js';

/** Care plans, social care events, a package of care and a flag. */
export function addSocialCareAndPlans(b: RecordBuilder): void {
  const { clock } = b;
  const { riverside, community, adultSocialCare } = ORGS;

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
}
