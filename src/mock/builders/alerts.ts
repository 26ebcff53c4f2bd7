/**
 * Builders for `<icr-alerts>`: decisions about care as Consent (ReSPECT, DNACPR, ADRT, LPA,
 * preferred place of care) and the Child Protection Information Sharing flag, in the shapes
 * docs/icr-contract.md ("Alerts and decisions about care") describes. They take the patient's
 * RecordBuilder and add what they build, so a patient module gains them in one line each.
 */
import { cc, coding, SOCIAL_CARE, SYS } from '../codes.js';
import { orgRef, type MockOrganisation } from '../organisations.js';
import type { FhirCodeableConcept, FhirReference, FhirResource } from '../types.js';
import type { RecordBuilder } from './record.js';
import { asInstant, metaFor, type ItemOptions } from './item.js';

export const CARE_DECISION_SYSTEM = 'https://icr.example.nhs.uk/CodeSystem/care-decision';
export const CP_IS_SYSTEM = 'https://icr.example.nhs.uk/CodeSystem/cp-is';
/** The responsible local authority's duty contact, carried on the CP-IS flag (valueContactPoint). */
export const AUTHORITY_CONTACT_EXTENSION = 'https://icr.example.nhs.uk/StructureDefinition/responsible-authority-contact';
const CONSENT_SCOPE = 'http://terminology.hl7.org/CodeSystem/consentscope';
const LOINC_PATIENT_CONSENT = coding(SYS.loinc, '59284-0', 'Patient Consent');

export type CareDecisionCode = 'respect' | 'dnacpr' | 'adrt' | 'lpa-health-welfare' | 'lpa-property-finance' | 'preferred-place-of-care';

const DECISION_DISPLAY: Record<CareDecisionCode, string> = {
  respect: 'ReSPECT: Recommended Summary Plan for Emergency Care and Treatment',
  dnacpr: 'Do not attempt cardiopulmonary resuscitation',
  adrt: 'Advance decision to refuse treatment',
  'lpa-health-welfare': 'Lasting power of attorney for health and welfare',
  'lpa-property-finance': 'Lasting power of attorney for property and financial affairs',
  'preferred-place-of-care': 'Preferred place of care',
};

/** The decision as its category: the ICR's code, with SNOMED CT 450476008 beside a DNACPR. */
export function careDecision(code: CareDecisionCode): FhirCodeableConcept {
  const codings = [coding(CARE_DECISION_SYSTEM, code, DECISION_DISPLAY[code]), LOINC_PATIENT_CONSENT];
  if (code === 'dnacpr') codings.splice(1, 0, coding(SYS.snomed, '450476008', 'Not for attempted cardiopulmonary resuscitation'));
  return { coding: codings };
}

export interface ConsentOptions extends ItemOptions {
  id: string;
  decision: CareDecisionCode;
  status: 'draft' | 'proposed' | 'active' | 'rejected' | 'inactive' | 'entered-in-error';
  /** When it was recorded (Consent.dateTime). */
  dateTime: string;
  /** Who recorded it: a practitioner, or the person or a carer (R72). */
  performer: FhirReference;
  /** What it says, in words (provision.code text): "CPR not to be attempted", "Home". */
  says?: string;
  /** provision.period: a time-limited decision ends (R66 "expired"). */
  period?: { start?: string; end?: string };
}

export function addConsent(b: RecordBuilder, o: ConsentOptions): FhirResource {
  const provision: Record<string, unknown> = { type: o.decision === 'dnacpr' || o.decision === 'adrt' ? 'deny' : 'permit' };
  if (o.period) provision['period'] = o.period;
  if (o.says) provision['code'] = [{ text: o.says }];
  const treatment = o.decision === 'lpa-property-finance' ? 'treatment' : 'adr';
  return b.add({
    resourceType: 'Consent',
    id: o.id,
    meta: metaFor(o, asInstant(o.dateTime)),
    status: o.status,
    scope: cc(CONSENT_SCOPE, treatment, treatment === 'adr' ? 'Advanced Care Directive' : 'Treatment'),
    category: [careDecision(o.decision)],
    patient: b.subject,
    dateTime: o.dateTime,
    performer: [o.performer],
    organization: [orgRef(o.source)],
    provision,
  });
}

export interface ChildProtectionOptions extends ItemOptions {
  id: string;
  kind: 'child-protection-plan' | 'looked-after-child' | 'unborn-child-protection-plan';
  /** The responsible local authority: its name and contact are carried in the flag (CP-IS does). */
  authority: MockOrganisation;
  /** A duty desk email, beside the authority's phone. */
  email?: string;
  start: string;
  end?: string;
  status?: 'active' | 'inactive' | 'entered-in-error';
}

const CP_IS_DISPLAY = {
  'child-protection-plan': 'Child protection plan',
  'looked-after-child': 'Looked after child',
  'unborn-child-protection-plan': 'Unborn child protection plan',
} as const;

/**
 * The CP-IS flag. The code keeps the social care vocabulary's own child protection plan coding
 * beside the CP-IS one, so `<icr-social-care-events>` reads it as it did. The author is the
 * responsible local authority; its duty phone and email ride on the flag as extensions, because the
 * Flag search (shared with social care) brings no `_include` of the Organization.
 */
export function addChildProtectionFlag(b: RecordBuilder, o: ChildProtectionOptions): FhirResource {
  const codings = [coding(CP_IS_SYSTEM, o.kind, CP_IS_DISPLAY[o.kind])];
  if (o.kind === 'child-protection-plan') codings.push(...(SOCIAL_CARE.childProtectionPlan.coding ?? []));
  const telecom: { system: string; value: string; use: string }[] = [{ system: 'phone', value: o.authority.phone, use: 'work' }];
  if (o.email) telecom.push({ system: 'email', value: o.email, use: 'work' });
  return b.add({
    resourceType: 'Flag',
    id: o.id,
    meta: metaFor({ ...o, socialCare: o.socialCare ?? true }, asInstant(o.start)),
    extension: telecom.map((contact) => ({ url: AUTHORITY_CONTACT_EXTENSION, valueContactPoint: contact })),
    status: o.status ?? 'active',
    category: [SOCIAL_CARE.safeguardingCategory],
    code: { coding: codings, text: CP_IS_DISPLAY[o.kind] },
    subject: b.subject,
    period: o.end ? { start: o.start, end: o.end } : { start: o.start },
    author: orgRef(o.authority),
  });
}
