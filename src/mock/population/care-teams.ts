/**
 * The care teams of the synthetic population (issue 19, R68), kept apart from the patients' own
 * files so a patient module gains one line. Richard Smith: his GP, a district nurse, a consultant,
 * a consultant whose involvement ended, an inactive falls team, his son as carer and his wife as
 * next of kin. Oliver Bennett (a child on a plan): his allocated social worker and his GP.
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
  b.add({
    resourceType: 'RelatedPerson', id: 'rs-related-daniel-smith', meta: { lastUpdated, source: riverside.source }, active: true,
    patient: subject, relationship: [cc(SYS.v3RoleCode, 'SON', 'natural son'), CARER],
    name: [{ use: 'official', family: 'SMITH', given: ['Daniel'], prefix: ['Mr'] }],
    telecom: [{ system: 'phone', value: '07700 900789', use: 'mobile' }],
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
      { member: { reference: 'RelatedPerson/rs-related-daniel-smith' }, role: 'Carer', period: { start: clock.dateDaysAgo(200) } },
      { member: { reference: 'RelatedPerson/rs-related-joy-smith' } },
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
