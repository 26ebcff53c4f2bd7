/**
 * MedicationStatement + MedicationRequest (+ Medication, contained or `_include`d) → the view
 * model of <icr-medications> (R30–R33, R44). Pure; never throws; never drops an item because its
 * code system is unknown (R32) or its Medication cannot be found.
 */
import type { SearchResult } from './section-contract.js';
import { formatQuantity, formatRatio } from '../format/quantity.js';
import { isPast } from '../format/dates.js';
import { translator } from '../i18n/core.js';
import { medicationsMessages } from '../i18n/en-GB/medications.js';
import { dosageLines, type DosageView } from './dosage.js';
import type { ConflictSubject } from './conflicts.js';
import { noneHidden, type HiddenEntries } from './hidden.js';
import {
  codings, conceptText, hasCode, isResource, obj, objects,
  readReference, sensitivity, str, type Coding, type FhirResource,
} from './read.js';
import { addedBy, containedOf, referenceName, resolveReference, sourceOrganisation } from './provenance.js';

const t = translator(medicationsMessages);
type MessageKey = Parameters<typeof t>[0];

export type MedicationResourceType = 'MedicationStatement' | 'MedicationRequest';

export interface MedicationItem {
  /** `MedicationStatement/abc`: unique across both resource types. */
  key: string;
  id: string;
  resourceType: MedicationResourceType;
  /** The product as recorded (text or display), never truncated (R30, R32, R43). */
  name: string;
  /** Generic (ingredient) name in lower case, when it differs from the product name (R30). */
  generic?: string;
  /** Brand, upper case, when the product name is not the generic name. */
  brand?: string;
  form?: string;
  strength?: string;
  dosage: DosageView[];
  status: string;
  statusLabel: string;
  current: boolean;
  start?: string;
  end?: string;
  lastIssue?: string;
  asserted?: string;
  /** When this source recorded it: the statement's `dateAsserted`, the prescription's `authoredOn` (R59). */
  recorded?: string;
  prescriber?: string;
  /** The source organisation in words (R42, R44); undefined: the record does not name it. */
  organisation?: string;
  informationSource?: string;
  reason?: string;
  /**
   * Why it was stopped, held, not taken or cancelled (`statusReason`, R33): what tells a prescriber
   * whether to restart. As recorded (text, else display).
   */
  statusReason?: string;
  sensitivity?: 'R' | 'V';
  /** R72: recorded by the patient or a related person (a carer) as the information source. */
  addedBy?: 'patient' | 'related-person';
  transferDegraded: boolean;
  /** For sorting by date: last issue, else start, else authored/asserted. */
  sortDate?: string;
  /** Codes and ingredient names, for the conflict cues. */
  codes: Coding[];
  ingredients: string[];
}

export interface MedicationsView {
  current: MedicationItem[];
  past: MedicationItem[];
  /** Entered-in-error statements and prescriptions: never shown (H8), counted so the gap shows. */
  hidden: HiddenEntries;
}

/** The GP2GP transfer-degraded medication code: it names no medicine (never grouped by, R59). */
export const TRANSFER_DEGRADED = '196421000000109';
const LAST_ISSUE_SUFFIX = 'MedicationStatementLastIssueDate';
const CURRENT: Record<MedicationResourceType, string[]> = {
  MedicationStatement: ['active', 'intended', 'on-hold', 'unknown'],
  MedicationRequest: ['active', 'on-hold', 'unknown'],
};
const KNOWN_STATUSES = ['active', 'intended', 'on-hold', 'completed', 'stopped', 'not-taken', 'cancelled', 'ended', 'draft', 'unknown'];

/** Finds the resource a reference points at: contained (`#id`) or among the included ones. */
function resolve(owner: FhirResource, ref: unknown, included: readonly FhirResource[]): FhirResource | undefined {
  return resolveReference(ref, { included, contained: containedOf(owner) });
}

function whoText(owner: FhirResource, ref: unknown, included: readonly FhirResource[]): string | undefined {
  return referenceName(ref, { included, contained: containedOf(owner) });
}

interface Product {
  name?: string;
  codes: Coding[];
  form?: string;
  strength?: string;
  ingredients: string[];
}

function productOf(resource: FhirResource, included: readonly FhirResource[]): Product {
  const concept = obj(resource.medicationCodeableConcept);
  if (concept) return { name: conceptText(concept), codes: codings(concept), ingredients: [] };
  const ref = resource.medicationReference;
  const med = resolve(resource, ref, included);
  if (!med || med.resourceType !== 'Medication') {
    return { name: readReference(ref)?.display, codes: [], ingredients: [] };
  }
  const ingredients: string[] = [];
  const strengths: string[] = [];
  for (const ing of objects(med.ingredient)) {
    const item = conceptText(ing.itemCodeableConcept) ?? conceptText(resolve(med, ing.itemReference, included)?.code) ?? readReference(ing.itemReference)?.display;
    if (item) ingredients.push(item);
    const strength = formatRatio(ing.strength);
    if (strength) strengths.push(strength);
  }
  return {
    // R32: never blank if anything names it. The reference's display is what was prescribed; the
    // ingredients name the product only when nothing else does.
    name: conceptText(med.code) ?? readReference(ref)?.display ?? (ingredients.length ? ingredients.join(' + ') : undefined),
    codes: codings(med.code),
    form: conceptText(med.form),
    strength: strengths.length ? strengths.join(' + ') : formatQuantity(med.amount),
    ingredients,
  };
}

/** Generic in lower case and brand in upper case, only when ingredients make it certain (R30). */
function genericAndBrand(name: string, ingredients: string[]): { generic?: string; brand?: string } {
  if (ingredients.length === 0) return {};
  const generic = ingredients.map((i) => i.toLowerCase()).join(' + ');
  if (generic === name.toLowerCase()) return {};
  const first = name.split(/[\s(]/)[0] ?? '';
  const isGeneric = ingredients.some((i) => name.toLowerCase().startsWith(i.toLowerCase().split(/\s/)[0]));
  if (isGeneric || !/^[A-Za-z][A-Za-z-]+$/.test(first)) return { generic };
  return { generic, brand: first.toUpperCase() };
}

function periodOf(resource: FhirResource): { start?: string; end?: string } {
  const period = obj(resource.effectivePeriod) ?? obj(obj(resource.dispenseRequest)?.validityPeriod);
  return {
    start: str(period?.start) ?? str(resource.effectiveDateTime),
    end: str(period?.end),
  };
}

/**
 * `statusReason`: 0..* CodeableConcept on a MedicationStatement, 0..1 on a MedicationRequest; either
 * shape is read. Uncoded text is kept: a free-text reason is as much the clinician's word as a code.
 */
function statusReasonOf(resource: FhirResource): string | undefined {
  const reasons = [resource.statusReason].flat().map(conceptText).filter((r): r is string => !!r);
  return reasons.length ? [...new Set(reasons)].join('; ') : undefined;
}

function mapItem(resource: FhirResource, included: readonly FhirResource[]): MedicationItem | undefined {
  const resourceType = resource.resourceType as MedicationResourceType;
  const status = str(resource.status) ?? 'unknown';
  if (status === 'entered-in-error') return undefined; // H8: never shown as if it were valid
  const product = productOf(resource, included);
  const name = product.name ?? t('medications.unnamed');
  const id = str(resource.id) ?? '';
  const statusKey = KNOWN_STATUSES.includes(status) ? status : 'unknown';
  const { start, end } = periodOf(resource);
  const lastIssue = objects(resource.extension)
    .filter((e) => typeof e.url === 'string' && e.url.endsWith(LAST_ISSUE_SUFFIX))
    .map((e) => str(e.valueDateTime) ?? str(e.valueDate))
    .find(Boolean);
  const isRequest = resourceType === 'MedicationRequest';
  const authored = str(resource.authoredOn);
  const asserted = str(resource.dateAsserted);
  const organisation = sourceOrganisation(resource, { included });
  const item: MedicationItem = {
    key: `${resourceType}/${id}`,
    id,
    resourceType,
    name,
    ...genericAndBrand(name, product.ingredients),
    form: product.form,
    strength: product.strength,
    dosage: dosageLines(isRequest ? resource.dosageInstruction : resource.dosage),
    status,
    statusLabel: t(`medications.status.${statusKey}` as MessageKey),
    current: CURRENT[resourceType].includes(status),
    start: start ?? (isRequest ? authored : undefined),
    end,
    lastIssue,
    asserted,
    recorded: asserted ?? authored,
    prescriber: isRequest ? whoText(resource, resource.requester, included) : undefined,
    organisation,
    informationSource: isRequest ? undefined : whoText(resource, resource.informationSource, included),
    reason: objects(resource.reasonCode).map(conceptText).filter(Boolean).join(', ') || undefined,
    statusReason: statusReasonOf(resource),
    sensitivity: sensitivity(resource),
    ...(addedBy(resource) && { addedBy: addedBy(resource) }),
    transferDegraded: hasCode({ coding: product.codes }, TRANSFER_DEGRADED),
    sortDate: lastIssue ?? start ?? authored ?? asserted,
    codes: product.codes,
    ingredients: product.ingredients,
  };
  return item;
}

const COLLATOR = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

export function byName(a: MedicationItem, b: MedicationItem): number {
  return COLLATOR.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Maps the answers of the MedicationStatement and MedicationRequest searches. `known`: resources
 * known from elsewhere in the answer (the Patient's GP practice), to name sources by.
 */
export function mapMedications(results: (SearchResult | undefined)[], known: readonly FhirResource[] = []): MedicationsView {
  const included = [...results.flatMap((r) => r?.included ?? []), ...known].filter(isResource);
  const resources = results
    .flatMap((r) => r?.matches ?? [])
    .filter((r) => r.resourceType === 'MedicationStatement' || r.resourceType === 'MedicationRequest');
  const hidden = noneHidden();
  const items: MedicationItem[] = [];
  for (const resource of resources) {
    const item = mapItem(resource, included);
    if (item) items.push(item);
    else hidden.enteredInError++;
  }
  items.sort(byName);
  return { current: items.filter((i) => i.current), past: items.filter((i) => !i.current), hidden };
}

/** Current medications as conflict subjects. */
export function medicationConflictSubjects(view: MedicationsView): ConflictSubject[] {
  return view.current.map((m) => ({
    id: m.key,
    resourceType: m.resourceType,
    text: m.name,
    codes: m.codes,
    names: m.ingredients,
    sensitivity: m.sensitivity,
  }));
}

/**
 * How a medicine's end date reads against the clock: `ended` once its London day (or instant) has
 * passed; before then `due` for a current medicine ("Due to end …") and `planned` for one no longer
 * current ("Planned end …"). Never "Ended" for a date still to come: an active prescription that
 * read "Ended 30-Jun-2027" would tell a clinician it had stopped. Undefined with no (readable) end.
 */
export type MedicationEndKind = 'ended' | 'due' | 'planned';
export function medicationEndKind(m: Pick<MedicationItem, 'end' | 'current'>, now: Date): MedicationEndKind | undefined {
  if (!m.end) return undefined;
  const past = isPast(m.end, now);
  if (past === undefined) return 'ended'; // unreadable: shown as recorded (Invalid date "…") under the plain label
  if (past) return 'ended';
  return m.current ? 'due' : 'planned';
}
