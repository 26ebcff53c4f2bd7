/**
 * The grouping rules of each section (R59, R60): what makes two entries the same fact, which details
 * are compared, and which member leads (the one that calls for more care). The mechanism is
 * src/fhir/grouping.ts; docs/icr-contract.md ("Grouping across sources") says the same in words.
 *
 * "Calls for more care": the summary line reads as if the finding is present, current and certain,
 * so a reader who acts on it alone errs towards caution. Active over resolved or inactive, high
 * criticality over low, severe over mild, confirmed over unconfirmed (an allergy one source
 * confirmed is to be avoided; a condition one source confirmed is present), a current medicine over
 * a stopped one. A dose has no safer side, so a differing dose is never summarised: each source's
 * dose is shown in its place. Every other value is shown beside it as a difference, never dropped.
 */
import type { AllergyItem } from '../fhir/allergies.js';
import type { MedicationItem } from '../fhir/medications.js';
import type { DiagnosisView } from '../fhir/diagnoses.js';
import type { ContactPerson } from '../fhir/contact.js';
import { TRANSFER_DEGRADED as ALLERGY_DEGRADED } from '../fhir/allergies.js';
import { TRANSFER_DEGRADED as MEDICATION_DEGRADED } from '../fhir/medications.js';
import { careRank, conceptKey, groupEntries, type EntryGroup, type GroupRules } from '../fhir/grouping.js';
import { compareFhirDatesNewestFirst, formatDate } from '../format/dates.js';
import { translator } from '../i18n/core.js';
import { allergiesMessages } from '../i18n/en-GB/allergies.js';
import { medicationsMessages } from '../i18n/en-GB/medications.js';
import { groupingMessages } from '../i18n/en-GB/grouping.js';

const t = translator(allergiesMessages, medicationsMessages, groupingMessages);
type MessageKey = Parameters<typeof t>[0];

function label(prefix: string, code: string | undefined): string | undefined {
  if (!code) return undefined;
  const key = `${prefix}.${code}` as MessageKey;
  const text = t(key);
  return text === key ? code : text;
}

const date = (value: string | undefined) => (value ? formatDate(value) : undefined);
const joined = (values: (string | undefined)[]) => values.filter(Boolean).join('; ') || undefined;

// ---- Allergies: the same substance (or allergy) code -------------------------------------------

const CRITICALITY = ['high', 'unable-to-assess', 'low'];
const SEVERITY = ['severe', 'moderate', 'mild'];
const VERIFICATION = ['confirmed', 'presumed', 'unconfirmed'];

/** An allergy with no clinical status is read as active (R27), as the mapper lists it. */
const allergyActive = (a: AllergyItem) => a.clinicalStatus !== 'resolved' && a.clinicalStatus !== 'inactive';
const worstSeverity = (a: AllergyItem) =>
  a.reactions.map((r) => r.severity).filter(Boolean).sort((x, y) => careRank(x, SEVERITY) - careRank(y, SEVERITY))[0];

export const ALLERGY_RULES: GroupRules<AllergyItem> = {
  key: (a) => (a.coded && !a.transferDegraded ? conceptKey(a.codes, ALLERGY_DEGRADED) : undefined),
  sensitive: (a) => !!a.sensitivity,
  source: (a) => ({ source: a.organisation, date: date(a.recorded ?? a.lastUpdated), ...(a.addedBy && { addedBy: a.addedBy }) }),
  fields: [
    { name: 'clinicalStatus', value: (a) => label('allergies.status', a.clinicalStatus) },
    { name: 'verificationStatus', value: (a) => label('allergies.verification', a.verificationStatus) },
    { name: 'criticality', value: (a) => label('allergies.criticality', a.criticality) },
    { name: 'severity', value: (a) => label('allergies.severity', worstSeverity(a)) },
    { name: 'type', value: (a) => label('allergies.type', a.type) },
    { name: 'reaction', value: (a) => joined([...new Set(a.reactions.flatMap((r) => r.manifestations))].sort()) },
  ],
  order: (a, b) => Number(allergyActive(b)) - Number(allergyActive(a))
    || careRank(a.criticality, CRITICALITY) - careRank(b.criticality, CRITICALITY)
    || careRank(worstSeverity(a), SEVERITY) - careRank(worstSeverity(b), SEVERITY)
    || careRank(a.verificationStatus, VERIFICATION) - careRank(b.verificationStatus, VERIFICATION),
};

/**
 * The summary line of an allergy group: the lead, with the criticality and verification that call
 * for more care among all members (the lead is already active if any member is), and every
 * member's notes.
 */
function summariseAllergy(group: EntryGroup<AllergyItem>): EntryGroup<AllergyItem> {
  if (group.members.length < 2) return group;
  const pick = (values: (string | undefined)[], order: string[]) =>
    values.filter(Boolean).sort((x, y) => careRank(x, order) - careRank(y, order))[0];
  const lead: AllergyItem = {
    ...group.lead,
    criticality: pick(group.members.map((m) => m.criticality), CRITICALITY),
    verificationStatus: pick(group.members.map((m) => m.verificationStatus), VERIFICATION),
    // Every source's notes, each once: a note says what the record's codes cannot.
    notes: [...new Set(group.members.flatMap((m) => m.notes))],
  };
  return { ...group, lead };
}

/** Allergies (active and history together, so a resolved record joins an active one) → groups. */
export function groupAllergies(active: AllergyItem[], history: AllergyItem[]): { active: EntryGroup<AllergyItem>[]; history: EntryGroup<AllergyItem>[] } {
  const groups = groupEntries([...active, ...history], ALLERGY_RULES).map(summariseAllergy);
  return { active: groups.filter((g) => allergyActive(g.lead)), history: groups.filter((g) => !allergyActive(g.lead)) };
}

// ---- Medicines: the same dm+d / SNOMED CT concept ---------------------------------------------

export const MEDICATION_RULES: GroupRules<MedicationItem> = {
  key: (m) => (m.transferDegraded ? undefined : conceptKey(m.codes, [MEDICATION_DEGRADED])),
  sensitive: (m) => !!m.sensitivity,
  source: (m) => ({
    source: m.organisation,
    date: date(m.recorded),
    detail: t(m.resourceType === 'MedicationRequest' ? 'medications.kind.request' : 'medications.kind.statement'),
    ...(m.addedBy && { addedBy: m.addedBy }),
  }),
  fields: [
    // The reason travels with the status (R33): "Stopped (Muscle aches)" is what a prescriber needs.
    { name: 'status', value: (m) => (m.statusReason ? `${m.statusLabel} (${m.statusReason})` : m.statusLabel) },
    // The product as each source named it: a VTM-coded pair can be two strengths (H15).
    { name: 'product', value: (m) => m.name },
    { name: 'dose', value: (m) => joined(m.dosage.map((d) => d.dose ?? (d.structured ? undefined : d.text))) },
    { name: 'frequency', value: (m) => joined(m.dosage.map((d) => d.frequency)) },
    { name: 'route', value: (m) => joined(m.dosage.map((d) => d.route)) },
  ],
  order: (a, b) => Number(b.current) - Number(a.current) || compareFhirDatesNewestFirst(a.sortDate, b.sortDate),
};

/** Current and past together: a group is current when any member is (its lead is then current). */
export function groupMedications(current: MedicationItem[], past: MedicationItem[]): { current: EntryGroup<MedicationItem>[]; past: EntryGroup<MedicationItem>[] } {
  const groups = groupEntries([...current, ...past], MEDICATION_RULES);
  return { current: groups.filter((g) => g.lead.current), past: groups.filter((g) => !g.lead.current) };
}

/** The fields of a medicine's dose line: when one differs, the element shows each source's line instead. */
export const DOSE_FIELDS = ['dose', 'frequency', 'route'];

// ---- Conditions: the same SNOMED CT code ------------------------------------------------------

export const CONDITION_RULES: GroupRules<DiagnosisView> = {
  key: (d) => conceptKey(d.codes),
  sensitive: (d) => !!d.sensitivity,
  source: (d) => ({ source: d.source, date: d.recorded, ...(d.addedBy && { addedBy: d.addedBy }) }),
  fields: [
    { name: 'clinicalStatus', value: (d) => d.clinicalStatus },
    { name: 'verificationStatus', value: (d) => d.verificationStatus },
  ],
  order: (a, b) => Number(a.unconfirmed) - Number(b.unconfirmed),
};

/**
 * Current and history together: a group is current when any member is, and its lead is then a
 * current one; it reads as confirmed when any member is (the difference says who is not sure).
 */
export function groupConditions(current: DiagnosisView[], history: DiagnosisView[]): { current: EntryGroup<DiagnosisView>[]; history: EntryGroup<DiagnosisView>[] } {
  const isCurrent = new Set(current);
  const rules: GroupRules<DiagnosisView> = {
    ...CONDITION_RULES,
    order: (a, b) => Number(isCurrent.has(b)) - Number(isCurrent.has(a)) || CONDITION_RULES.order!(a, b),
  };
  const groups = groupEntries([...current, ...history], rules).map((g) => {
    if (g.members.length < 2) return g;
    // Every record's category (problem list and encounter diagnosis), each once.
    const categories = g.members.flatMap((m) => m.categories).filter((c, i, all) => all.findIndex((d) => d.text === c.text) === i);
    return { ...g, lead: { ...g.lead, categories } };
  });
  // The lead object is replaced, so placement is decided by the record it was made from.
  const placed = (g: EntryGroup<DiagnosisView>) => isCurrent.has(g.members[0]);
  return { current: groups.filter(placed), history: groups.filter((g) => !placed(g)) };
}

// ---- Contacts: the same person -----------------------------------------------------------------

const squash = (s: string | undefined) => s?.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() || undefined;
/** A phone compares by its digits (`07700 900456` is `07700900456`), an email in lower case. */
const telecomKeys = (c: ContactPerson) => new Set(c.telecom.map((x) => (x.kind === 'email' ? x.value.trim().toLowerCase() : x.value.replace(/\D/g, ''))).filter(Boolean));

/**
 * A contact is the same person only with the same name and the same relationship (both recorded,
 * compared without case or punctuation) and at least one phone number or email address in common.
 * A name alone is not enough: two people can share one (a mother and daughter, both "Mrs J Smith").
 */
export const CONTACT_RULES: GroupRules<ContactPerson> = {
  key: (c) => {
    const name = squash(c.name);
    const relationship = squash(c.relationship);
    return name && relationship && c.telecom.length ? `person|${name}|${relationship}` : undefined;
  },
  sensitive: (c) => !!c.sensitivity,
  source: (c) => ({ source: c.source, detail: t(`grouping.kind.${c.origin}`), ...(c.from && { date: c.from }) }),
  fields: [
    { name: 'telecom', value: (c) => joined(c.telecom.map((x) => x.value)) },
    { name: 'address', value: (c) => c.address },
  ],
  // The lead is the record with the most ways to reach the person; the others' differences are listed.
  order: (a, b) => b.telecom.length - a.telecom.length,
  agrees: (a, b) => {
    const theirs = telecomKeys(b);
    return [...telecomKeys(a)].some((k) => theirs.has(k));
  },
};

export function groupContacts(contacts: ContactPerson[]): EntryGroup<ContactPerson>[] {
  return groupEntries(contacts, CONTACT_RULES);
}
