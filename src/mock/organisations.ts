/**
 * The fictional organisations that share records through the mock ICR: the kinds of source an ICR
 * joins (GP practices, an acute trust, a mental-health trust, community services, out of hours,
 * the council's adult and children's social care) plus the ambulance service whose paramedics read
 * it. ODS codes are in a `ZZ` range so they look like ODS codes without naming a real body.
 */
import type { FhirReference, FhirResource } from './types.js';

export type OrganisationKind =
  | 'gp-practice'
  | 'acute-trust'
  | 'mental-health-trust'
  | 'community-services'
  | 'out-of-hours'
  | 'adult-social-care'
  | 'childrens-social-care'
  | 'ambulance-trust';

export interface MockOrganisation {
  /** Logical id of the Organization resource. */
  id: string;
  /** ODS code. */
  ods: string;
  name: string;
  kind: OrganisationKind;
  /** `meta.source` of every item this organisation's system contributes. */
  source: string;
  phone: string;
  address: { line: string[]; city: string; postalCode: string };
}

const org = (o: MockOrganisation): MockOrganisation => o;

export const ORGS = {
  riverside: org({
    id: 'org-riverside-medical-practice',
    ods: 'ZZG001',
    name: 'Riverside Medical Practice',
    kind: 'gp-practice',
    source: 'https://gp.riverside-medical.example/fhir/R4',
    phone: '01632 960 101',
    address: { line: ['1 River Walk'], city: 'NORTHBRIDGE', postalCode: 'NB1 2AA' },
  }),
  hillcrest: org({
    id: 'org-hillcrest-surgery',
    ods: 'ZZG002',
    name: 'Hillcrest Surgery',
    kind: 'gp-practice',
    source: 'https://gp.hillcrest-surgery.example/fhir/R4',
    phone: '01632 960 202',
    address: { line: ['42 Hill Road'], city: 'NORTHBRIDGE', postalCode: 'NB4 7QT' },
  }),
  general: org({
    id: 'org-northbridge-general-hospital',
    ods: 'ZZR01',
    name: 'Northbridge General Hospital NHS Foundation Trust',
    kind: 'acute-trust',
    source: 'https://epr.northbridge-general.example/fhir/R4',
    phone: '01632 960 300',
    address: { line: ['Infirmary Lane'], city: 'NORTHBRIDGE', postalCode: 'NB2 3HG' },
  }),
  pennineVale: org({
    id: 'org-pennine-vale-mental-health',
    ods: 'ZZR02',
    name: 'Pennine Vale Mental Health NHS Trust',
    kind: 'mental-health-trust',
    source: 'https://ehr.pennine-vale.example/fhir/R4',
    phone: '01632 960 400',
    address: { line: ['Moorside House', 'Vale Road'], city: 'HOLMBRIDGE', postalCode: 'HB7 1MV' },
  }),
  community: org({
    id: 'org-northbridge-community-health',
    ods: 'ZZR03',
    name: 'Northbridge Community Health Services',
    kind: 'community-services',
    source: 'https://community.northbridge-health.example/fhir/R4',
    phone: '01632 960 500',
    address: { line: ['Unit 5, Canal Side'], city: 'NORTHBRIDGE', postalCode: 'NB3 5CS' },
  }),
  outOfHours: org({
    id: 'org-northbridge-out-of-hours',
    ods: 'ZZN01',
    name: 'Northbridge Out of Hours Service',
    kind: 'out-of-hours',
    source: 'https://ooh.northbridge-urgent-care.example/fhir/R4',
    phone: '01632 960 600',
    address: { line: ['Urgent Care Centre', 'Infirmary Lane'], city: 'NORTHBRIDGE', postalCode: 'NB2 3HG' },
  }),
  adultSocialCare: org({
    id: 'org-northbridge-council-adult-social-care',
    ods: 'ZZL01',
    name: 'Northbridge Council Adult Social Care',
    kind: 'adult-social-care',
    source: 'https://socialcare.northbridge-council.example/adults/fhir/R4',
    phone: '01632 960 700',
    address: { line: ['Civic Centre', 'Market Street'], city: 'NORTHBRIDGE', postalCode: 'NB1 1CC' },
  }),
  childrensServices: org({
    id: 'org-northbridge-council-childrens-services',
    ods: 'ZZL02',
    name: "Northbridge Council Children's Services",
    kind: 'childrens-social-care',
    source: 'https://socialcare.northbridge-council.example/children/fhir/R4',
    phone: '01632 960 800',
    address: { line: ['Civic Centre', 'Market Street'], city: 'NORTHBRIDGE', postalCode: 'NB1 1CC' },
  }),
  ambulance: org({
    id: 'org-northbridge-ambulance-service',
    ods: 'ZZR04',
    name: 'Northbridge Ambulance Service NHS Trust',
    kind: 'ambulance-trust',
    source: 'https://epcr.northbridge-ambulance.example/fhir/R4',
    phone: '01632 960 900',
    address: { line: ['Ambulance HQ', 'Station Road'], city: 'NORTHBRIDGE', postalCode: 'NB5 9AS' },
  }),
} as const;

export type OrgKey = keyof typeof ORGS;

/** Every organisation in the mock ICR's sharing agreement. */
export const SOURCE_ORGANISATIONS: readonly MockOrganisation[] = Object.values(ORGS);

/** ODS codes of the organisations party to the sharing agreement; a token from any other reads nothing. */
export const SHARING_AGREEMENT_ODS: readonly string[] = SOURCE_ORGANISATIONS.map((o) => o.ods);

/** An organisation outside the sharing agreement, for demonstrating that its users read nothing. */
export const OUTSIDE_ORGANISATION = { ods: 'ZZX99', name: 'Westmoor Private Clinic (not in the sharing agreement)' } as const;

export function orgRef(o: MockOrganisation): FhirReference {
  return { reference: `Organization/${o.id}`, display: o.name };
}

export interface MockPractitioner {
  id: string;
  sdsUserId: string;
  family: string;
  given: string;
  prefix: string;
  org: MockOrganisation;
}

const prac = (p: MockPractitioner): MockPractitioner => p;

export const PRACTITIONERS = {
  hart: prac({ id: 'prac-amelia-hart', sdsUserId: '900000000101', family: 'HART', given: 'Amelia', prefix: 'Dr', org: ORGS.riverside }),
  okoye: prac({ id: 'prac-samuel-okoye', sdsUserId: '900000000102', family: 'OKOYE', given: 'Samuel', prefix: 'Dr', org: ORGS.hillcrest }),
  price: prac({ id: 'prac-helen-price', sdsUserId: '900000000103', family: 'PRICE', given: 'Helen', prefix: 'Dr', org: ORGS.general }),
  asante: prac({ id: 'prac-kwame-asante', sdsUserId: '900000000104', family: 'ASANTE', given: 'Kwame', prefix: 'Dr', org: ORGS.pennineVale }),
  fairbanks: prac({ id: 'prac-lucy-fairbanks', sdsUserId: '900000000105', family: 'FAIRBANKS', given: 'Lucy', prefix: 'Ms', org: ORGS.community }),
  booth: prac({ id: 'prac-ian-booth', sdsUserId: '900000000106', family: 'BOOTH', given: 'Ian', prefix: 'Dr', org: ORGS.outOfHours }),
  dunn: prac({ id: 'prac-rachel-dunn', sdsUserId: '900000000107', family: 'DUNN', given: 'Rachel', prefix: 'Ms', org: ORGS.adultSocialCare }),
  lowe: prac({ id: 'prac-mark-lowe', sdsUserId: '900000000108', family: 'LOWE', given: 'Mark', prefix: 'Mr', org: ORGS.childrensServices }),
  reid: prac({ id: 'prac-jordan-reid', sdsUserId: '900000000109', family: 'REID', given: 'Jordan', prefix: 'Mr', org: ORGS.ambulance }),
  wells: prac({ id: 'prac-nadia-wells', sdsUserId: '900000000110', family: 'WELLS', given: 'Nadia', prefix: 'Dr', org: ORGS.general }),
} as const;

/** The practitioner who records for an organisation unless an item names another. */
export function defaultPractitioner(o: MockOrganisation): MockPractitioner {
  const found = Object.values(PRACTITIONERS).find((p) => p.org.id === o.id);
  if (!found) throw new Error(`no practitioner for ${o.id}`);
  return found;
}

export function practitionerName(p: MockPractitioner): string {
  return `${p.prefix} ${p.given} ${p.family.charAt(0)}${p.family.slice(1).toLowerCase()}`;
}

/**
 * AllergyIntolerance and Condition may not reference an Organization as recorder or asserter in R4,
 * so their source organisation travels through a PractitionerRole whose display names both.
 */
export function practitionerRoleRef(p: MockPractitioner): FhirReference {
  return { reference: `PractitionerRole/${practitionerRoleId(p)}`, display: `${practitionerName(p)}, ${p.org.name}` };
}

export function practitionerRoleId(p: MockPractitioner): string {
  return p.id.replace(/^prac-/, 'role-');
}

export function practitionerRef(p: MockPractitioner): FhirReference {
  return { reference: `Practitioner/${p.id}`, display: practitionerName(p) };
}

const ORG_TYPE = 'http://terminology.hl7.org/CodeSystem/organization-type';

export function organisationResource(o: MockOrganisation): FhirResource {
  const council = o.kind === 'adult-social-care' || o.kind === 'childrens-social-care';
  return {
    resourceType: 'Organization',
    id: o.id,
    meta: { lastUpdated: '2024-01-01T09:00:00+00:00', source: o.source },
    identifier: [{ use: 'official', system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: o.ods }],
    active: true,
    type: [
      council
        ? { coding: [{ system: ORG_TYPE, code: 'govt', display: 'Government' }], text: 'Local authority' }
        : { coding: [{ system: ORG_TYPE, code: 'prov', display: 'Healthcare Provider' }] },
    ],
    name: o.name,
    telecom: [{ system: 'phone', value: o.phone, use: 'work' }],
    address: [{ use: 'work', ...o.address, country: 'ENGLAND' }],
  };
}

export function practitionerResource(p: MockPractitioner): FhirResource {
  return {
    resourceType: 'Practitioner',
    id: p.id,
    meta: { lastUpdated: '2024-01-01T09:00:00+00:00', source: p.org.source },
    identifier: [{ system: 'https://fhir.nhs.uk/Id/sds-user-id', value: p.sdsUserId }],
    active: true,
    name: [{ use: 'official', family: p.family, given: [p.given], prefix: [p.prefix] }],
  };
}

export function practitionerRoleResource(p: MockPractitioner): FhirResource {
  return {
    resourceType: 'PractitionerRole',
    id: practitionerRoleId(p),
    meta: { lastUpdated: '2024-01-01T09:00:00+00:00', source: p.org.source },
    active: true,
    practitioner: practitionerRef(p),
    organization: orgRef(p.org),
  };
}

/** The shared (not patient-owned) resources: Organization, Practitioner, PractitionerRole. */
export function sharedResources(): FhirResource[] {
  return [
    ...SOURCE_ORGANISATIONS.map(organisationResource),
    ...Object.values(PRACTITIONERS).map(practitionerResource),
    ...Object.values(PRACTITIONERS).map(practitionerRoleResource),
  ];
}
