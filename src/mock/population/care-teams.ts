/**
 * The care teams of the synthetic population (issue 19, R68), kept apart from the patients' own
 * files so a patient module gains one line. Richard Smith: his GP, a district nurse, a consultant,
 * a consultant whose involvement ended, an inactive falls team, and his wife, his next of kin, who is
 * also his carer. Edith Holloway: her social worker, her GP and her daughter, her carer (not her
 * next of kin). Oliver Bennett (a child on a plan): his allocated social worker and his GP. Harold
 * Walker (died): his closed end-of-life team, so no one is current.
 */
import type { RecordBuilder } from '../build.js';
import { cc, snomed, SYS } from '../codes.js';
import { ORGS, PRACTITIONERS } from '../organisations.js';
import { careRoleRef, careRoleResource, careTeamResource } from '../builders/care-team.js';

const CARER = snomed('229774002', 'Carer');

export function addRichardSmithCareTeam(b: RecordBuilder): void {
  const { clock, subject } = b;
  const { riverside, community, general } = ORGS;
  const lastUpdated = clock.daysAgo(20);
  const gp = b.add(careRoleResource({
    id: 'rs-ctrole-gp', practitioner: PRACTITIONERS.hart, role: 'General practitioner', code: '62247001',
    phone: '01632 960 101', email: 'riverside.practice@nhs.example', lastUpdated,
  }));
  const nurse = b.add(careRoleResource({
    id: 'rs-ctrole-district-nurse', practitioner: PRACTITIONERS.fairbanks, role: 'District nurse', code: '158981000',
    phone: '01632 960 512', lastUpdated,
  }));
  const consultant = b.add(careRoleResource({
    id: 'rs-ctrole-cardiology', practitioner: PRACTITIONERS.price, role: 'Consultant cardiologist',
    phone: '01632 960 345', url: 'https://northbridge-general.example/cardiology', lastUpdated,
  }));
  const formerConsultant = b.add(careRoleResource({
    id: 'rs-ctrole-respiratory', practitioner: PRACTITIONERS.wells, role: 'Consultant respiratory physician', phone: '01632 960 377', lastUpdated,
  }));
  b.add({
    resourceType: 'Practitioner', id: 'rs-prac-grace-holt', meta: { lastUpdated, source: community.source }, active: true,
    name: [{ use: 'official', family: 'HOLT', given: ['Grace'], prefix: ['Ms'] }],
  });

  b.add(careTeamResource({
    id: 'rs-careteam-gp', subject, name: 'Riverside Medical Practice', organisation: riverside, lastUpdated,
    participants: [{ member: careRoleRef(gp), role: 'GP', period: { start: clock.dateDaysAgo(3650) } }],
  }));
  b.add(careTeamResource({
    id: 'rs-careteam-district-nursing', subject, name: 'District nursing team (North)', organisation: community, lastUpdated,
    participants: [{ member: careRoleRef(nurse), role: 'District nurse', period: { start: clock.dateDaysAgo(90) } }],
  }));
  b.add(careTeamResource({
    id: 'rs-careteam-hospital', subject, name: 'Cardiology outpatients', organisation: general, lastUpdated,
    participants: [
      { member: careRoleRef(consultant), role: 'Consultant', period: { start: clock.dateDaysAgo(400) } },
      // R68: his respiratory consultant discharged him: listed apart, never as current.
      { member: careRoleRef(formerConsultant), role: 'Consultant', period: { start: clock.dateDaysAgo(900), end: clock.dateDaysAgo(120) } },
    ],
  }));
  b.add(careTeamResource({
    id: 'rs-careteam-falls', subject, name: 'Falls prevention service', organisation: community, status: 'inactive', lastUpdated,
    period: { start: clock.dateDaysAgo(700), end: clock.dateDaysAgo(500) },
    participants: [{ member: { reference: 'Practitioner/rs-prac-grace-holt' }, role: 'Physiotherapist', onBehalfOf: community }],
  }));
  b.add(careTeamResource({
    id: 'rs-careteam-family', subject, name: 'Family and carers', organisation: riverside, lastUpdated,
    participants: [
      // His wife (his next of kin, on the record already) cares for him: both are said (R68).
      { member: { reference: 'RelatedPerson/rs-related-joy-smith' }, role: CARER, period: { start: clock.dateDaysAgo(200) } },
    ],
  }));
}

export function addOliverBennettCareTeam(b: RecordBuilder): void {
  const { clock, subject } = b;
  const { hillcrest, childrensServices } = ORGS;
  const lastUpdated = clock.daysAgo(14);
  const socialWorker = b.add(careRoleResource({
    id: 'ob-ctrole-social-worker', practitioner: PRACTITIONERS.lowe, role: 'Social worker', code: '106328005',
    phone: '01632 960 811', email: 'childrens.duty@northbridge.example', lastUpdated,
  }));
  const gp = b.add(careRoleResource({
    id: 'ob-ctrole-gp', practitioner: PRACTITIONERS.okoye, role: 'General practitioner', code: '62247001', phone: '01632 960 202', lastUpdated,
  }));
  b.add(careTeamResource({
    id: 'ob-careteam-childrens-social-care', subject, name: 'Safeguarding and family support (East)', organisation: childrensServices, lastUpdated,
    participants: [{ member: careRoleRef(socialWorker), role: 'Allocated social worker', onBehalfOf: childrensServices, period: { start: clock.dateDaysAgo(210) } }],
  }));
  b.add(careTeamResource({
    id: 'ob-careteam-gp', subject, name: 'Hillcrest Surgery', organisation: hillcrest, lastUpdated,
    participants: [{ member: careRoleRef(gp), role: 'GP' }],
  }));
}

/** Harold Walker died 45 days ago: his end-of-life team closed, so no one is current ("empty", R68). */
export function addHaroldWalkerCareTeam(b: RecordBuilder): void {
  const { clock, subject } = b;
  const { community, riverside } = ORGS;
  const lastUpdated = clock.daysAgo(44);
  const nurse = b.add(careRoleResource({
    id: 'hw-ctrole-district-nurse', practitioner: PRACTITIONERS.fairbanks, role: 'District nurse', code: '158981000', phone: '01632 960 512', lastUpdated,
  }));
  const gp = b.add(careRoleResource({
    id: 'hw-ctrole-gp', practitioner: PRACTITIONERS.hart, role: 'General practitioner', code: '62247001', phone: '01632 960 101', lastUpdated,
  }));
  b.add(careTeamResource({
    id: 'hw-careteam-end-of-life', subject, name: 'End of life care team', organisation: community, status: 'inactive', lastUpdated,
    period: { start: clock.dateDaysAgo(120), end: clock.dateDaysAgo(45) },
    participants: [
      { member: careRoleRef(nurse), role: 'District nurse', period: { start: clock.dateDaysAgo(120), end: clock.dateDaysAgo(45) } },
      { member: careRoleRef(gp), role: 'GP', onBehalfOf: riverside, period: { start: clock.dateDaysAgo(120), end: clock.dateDaysAgo(45) } },
    ],
  }));
}

/** Edith Holloway (dementia): her adult social worker, her GP, and her daughter Susan, her carer. */
export function addEdithHollowayCareTeam(b: RecordBuilder): void {
  const { clock, subject } = b;
  const { adultSocialCare, riverside } = ORGS;
  const lastUpdated = clock.daysAgo(30);
  const socialWorker = b.add(careRoleResource({
    id: 'eh-ctrole-social-worker', practitioner: PRACTITIONERS.dunn, role: 'Social worker', code: '106328005', phone: '01632 960 744', lastUpdated,
  }));
  const gp = b.add(careRoleResource({
    id: 'eh-ctrole-gp', practitioner: PRACTITIONERS.hart, role: 'General practitioner', code: '62247001', phone: '01632 960 101', lastUpdated,
  }));
  b.add({
    resourceType: 'RelatedPerson', id: 'eh-related-susan-parker', meta: { lastUpdated, source: adultSocialCare.source }, active: true,
    patient: subject, relationship: [cc(SYS.v3RoleCode, 'DAU', 'natural daughter'), CARER],
    name: [{ use: 'official', family: 'PARKER', given: ['Susan'], prefix: ['Mrs'] }],
    telecom: [{ system: 'phone', value: '07700 900654', use: 'mobile' }],
  });
  b.add(careTeamResource({
    id: 'eh-careteam-adult-social-care', subject, name: 'Older people and dementia team', organisation: adultSocialCare, lastUpdated,
    participants: [
      { member: careRoleRef(socialWorker), role: 'Social worker', period: { start: clock.dateDaysAgo(400) } },
      { member: { reference: 'RelatedPerson/eh-related-susan-parker' }, role: CARER, period: { start: clock.dateDaysAgo(900) } },
    ],
  }));
  b.add(careTeamResource({
    id: 'eh-careteam-gp', subject, name: 'Riverside Medical Practice', organisation: riverside, lastUpdated,
    participants: [{ member: careRoleRef(gp), role: 'GP' }],
  }));
}
