/**
 * CareTeam builders (issue 19, R68): a team of one organisation with its participants, and the
 * patient-owned PractitionerRole a member is reached through (its role code and its own phone or
 * email: the shared roles in organisations.ts carry neither). Each team's `meta.source` is its
 * organisation's system, so its source is named in words (R44).
 */
import { cc, SYS } from '../codes.js';
import { orgRef, practitionerRef, type MockOrganisation, type MockPractitioner } from '../organisations.js';
import type { FhirCodeableConcept, FhirReference, FhirResource } from '../types.js';

export interface CareTeamParticipantOptions {
  member: FhirReference;
  /** The participant's role as a reader names it (`District nurse`), or a coded one. */
  role?: string | FhirCodeableConcept;
  onBehalfOf?: MockOrganisation;
  period?: { start?: string; end?: string };
}

export interface CareTeamOptions {
  id: string;
  subject: FhirReference;
  name: string;
  organisation: MockOrganisation;
  status?: 'proposed' | 'active' | 'suspended' | 'inactive' | 'entered-in-error';
  period?: { start?: string; end?: string };
  participants: CareTeamParticipantOptions[];
  lastUpdated: string;
  /** R51: the team's confidentiality label. */
  security?: 'R' | 'V';
}

const roleConcept = (role: string | FhirCodeableConcept): FhirCodeableConcept => (typeof role === 'string' ? { text: role } : role);

export function careTeamResource(o: CareTeamOptions): FhirResource {
  return {
    resourceType: 'CareTeam',
    id: o.id,
    meta: {
      lastUpdated: o.lastUpdated,
      source: o.organisation.source,
      ...(o.security && { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: o.security }] }),
    },
    status: o.status ?? 'active',
    category: [cc('http://loinc.org', 'LA27976-2', 'Encounter-focused care team')],
    name: o.name,
    subject: o.subject,
    ...(o.period && { period: o.period }),
    participant: o.participants.map((p) => ({
      ...(p.role && { role: [roleConcept(p.role)] }),
      member: p.member,
      ...(p.onBehalfOf && { onBehalfOf: orgRef(p.onBehalfOf) }),
      ...(p.period && { period: p.period }),
    })),
    managingOrganization: [orgRef(o.organisation)],
  };
}

export interface CareRoleOptions {
  id: string;
  practitioner: MockPractitioner;
  role: string;
  /** SNOMED CT occupation, when the role has one. */
  code?: string;
  phone?: string;
  email?: string;
  /** A web page for the service: served to test that no URL is shown as text. */
  url?: string;
  lastUpdated: string;
}

/** A PractitionerRole of one patient's record: how this worker is reached for this person. */
export function careRoleResource(o: CareRoleOptions): FhirResource {
  const telecom = [
    ...(o.phone ? [{ system: 'phone', value: o.phone, use: 'work' }] : []),
    ...(o.email ? [{ system: 'email', value: o.email, use: 'work' }] : []),
    ...(o.url ? [{ system: 'url', value: o.url, use: 'work' }] : []),
  ];
  return {
    resourceType: 'PractitionerRole',
    id: o.id,
    meta: { lastUpdated: o.lastUpdated, source: o.practitioner.org.source },
    active: true,
    practitioner: practitionerRef(o.practitioner),
    organization: orgRef(o.practitioner.org),
    code: [o.code ? cc(SYS.snomed, o.code, o.role, o.role) : { text: o.role }],
    ...(telecom.length && { telecom }),
  };
}

export const careRoleRef = (role: FhirResource, display?: string): FhirReference =>
  ({ reference: `PractitionerRole/${role.id}`, ...(display && { display }) });
