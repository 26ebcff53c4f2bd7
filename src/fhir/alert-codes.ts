/**
 * How `<icr-alerts>` recognises a decision about care (Consent) and a child protection flag (Flag):
 * by code first (the ICR's local systems, and the SNOMED CT concepts named in docs/icr-contract.md),
 * then by the record's own words. Recognition only chooses the heading and the words: a Consent or
 * Flag that fits nothing is still shown ("Other recorded decision", "Alert"), never dropped.
 */
import { codings, conceptText, objects, type Json } from './read.js';

export const CARE_DECISION_SYSTEM = 'https://icr.example.nhs.uk/CodeSystem/care-decision';
export const CP_IS_SYSTEM = 'https://icr.example.nhs.uk/CodeSystem/cp-is';
/** R67: the responsible local authority's duty contact on a CP-IS flag (valueContactPoint), when its Organization is not in the answer. */
export const AUTHORITY_CONTACT_EXTENSION = 'https://icr.example.nhs.uk/StructureDefinition/responsible-authority-contact';
const SNOMED = 'http://snomed.info/sct';
/** The social care vocabulary's own child protection plan flag (src/fhir/social-care-codes.ts): the same fact. */
const SOCIAL_CARE_EVENT_SYSTEM = 'https://icr.example.nhs.uk/CodeSystem/social-care-event';

export type DecisionKind = 'respect' | 'dnacpr' | 'adrt' | 'lpa-health' | 'lpa-finance' | 'preferred-place' | 'other';
export type ProtectionKind = 'child-protection-plan' | 'looked-after' | 'unborn-child-protection-plan';

const DECISION_CODES: { system: string; code: string; kind: DecisionKind }[] = [
  { system: CARE_DECISION_SYSTEM, code: 'respect', kind: 'respect' },
  { system: CARE_DECISION_SYSTEM, code: 'dnacpr', kind: 'dnacpr' },
  { system: CARE_DECISION_SYSTEM, code: 'adrt', kind: 'adrt' },
  { system: CARE_DECISION_SYSTEM, code: 'lpa-health-welfare', kind: 'lpa-health' },
  { system: CARE_DECISION_SYSTEM, code: 'lpa-property-finance', kind: 'lpa-finance' },
  { system: CARE_DECISION_SYSTEM, code: 'preferred-place-of-care', kind: 'preferred-place' },
  // SNOMED CT findings a GP system sends for a DNACPR decision.
  { system: SNOMED, code: '450476008', kind: 'dnacpr' }, // Not for attempted cardiopulmonary resuscitation
  { system: SNOMED, code: '304253006', kind: 'dnacpr' }, // Not for resuscitation
];

const PROTECTION_CODES: { system: string; code: string; kind: ProtectionKind }[] = [
  { system: CP_IS_SYSTEM, code: 'child-protection-plan', kind: 'child-protection-plan' },
  { system: CP_IS_SYSTEM, code: 'looked-after-child', kind: 'looked-after' },
  { system: CP_IS_SYSTEM, code: 'unborn-child-protection-plan', kind: 'unborn-child-protection-plan' },
  { system: SOCIAL_CARE_EVENT_SYSTEM, code: 'child-protection-plan', kind: 'child-protection-plan' },
];

function byCode<K>(table: { system: string; code: string; kind: K }[], concepts: unknown[]): K | undefined {
  for (const c of concepts.flatMap((concept) => codings(concept))) {
    const row = table.find((r) => r.system === c.system && r.code === c.code);
    if (row) return row.kind;
  }
  return undefined;
}

/** The words of a decision, when no code says what it is (an uncoded DNACPR is still a DNACPR). */
function decisionFromText(text: string): DecisionKind | undefined {
  if (/\brespect\b/i.test(text)) return 'respect';
  if (/dnacpr|\bdnar?\b|do not attempt (cardiopulmonary )?resuscitation|not for (attempted )?(cardiopulmonary )?resuscitation/i.test(text)) return 'dnacpr';
  if (/advance decision|\badrt\b/i.test(text)) return 'adrt';
  if (/lasting power of attorney|\blpa\b/i.test(text)) return /propert|financ/i.test(text) ? 'lpa-finance' : 'lpa-health';
  if (/preferred place/i.test(text)) return 'preferred-place';
  return undefined;
}

/** What a Consent records: from `category`, then `provision.code`, then their words. */
export function decisionKind(consent: Json): DecisionKind {
  const concepts = [...objects(consent.category), ...objects((consent.provision as Json | undefined)?.code)];
  const coded = byCode(DECISION_CODES, concepts);
  if (coded) return coded;
  const words = concepts.map(conceptText).filter(Boolean).join(' ');
  return decisionFromText(words) ?? 'other';
}

/** A Flag that says a child is on a protection plan or looked after (CP-IS, R67); undefined for any other alert. */
export function protectionKind(flag: Json): ProtectionKind | undefined {
  const coded = byCode(PROTECTION_CODES, [flag.code]);
  if (coded) return coded;
  const words = conceptText(flag.code) ?? '';
  if (/unborn/i.test(words) && /protection plan/i.test(words)) return 'unborn-child-protection-plan';
  if (/child protection plan/i.test(words)) return 'child-protection-plan';
  if (/looked[ -]after child|child looked after/i.test(words)) return 'looked-after';
  return undefined;
}
