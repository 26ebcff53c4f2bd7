/**
 * Conditions → view model for `<icr-diagnoses>` (R37): code text, clinical and verification
 * status, category, onset and abatement at their own precision (R22), recorder and source.
 * Refuted and entered-in-error are never shown as diagnoses (H8); resolved, inactive and remission
 * go to a separate history. Accepts R4 CodeableConcepts and the STU3 plain codes Synthea sends.
 */
import type { Mapped, PatientLoaded, SearchResult } from './section-contract.js';
import { compareFhirDatesNewestFirst, formatDate, formatQuantity, formatRange } from '../format/index.js';
import { translator } from '../i18n/core.js';
import { diagnosesMessages } from '../i18n/en-GB/diagnoses.js';
import { formatMessages } from '../i18n/en-GB/format.js';
import { codings, conceptText, isResource, obj, objects, readReference, sensitivity, str, type Coding, type FhirResource, type Json } from './read.js';
import { hiddenReason, noneHidden, type HiddenEntries } from './hidden.js';
import { addedBy, sourceOrganisation } from './provenance.js';

const t = translator(diagnosesMessages, formatMessages);

export type CategoryKind = 'problem-list-item' | 'encounter-diagnosis' | 'other';

export interface DiagnosisView {
  id?: string;
  name: string;
  /** The condition's codes, to group the same condition from two sources by (R59). */
  codes: Coding[];
  clinicalStatus?: string;
  verificationStatus?: string;
  /** Differential / provisional / unconfirmed: labelled so it is not read as confirmed. */
  unconfirmed: boolean;
  categories: { kind: CategoryKind; text: string }[];
  onset: string;
  onsetRaw?: string;
  abatement?: string;
  recorder?: string;
  /** The source organisation in words (R42, R44); undefined: the record does not name it. */
  source?: string;
  recorded?: string;
  severity?: string;
  /** R51: restricted (R) or very restricted (V); its detail stays hidden until revealed. */
  sensitivity?: 'R' | 'V';
  /** R72: recorded or asserted by the patient or a related person (a carer). */
  addedBy?: 'patient' | 'related-person';
}

export interface DiagnosesView {
  current: DiagnosisView[];
  history: DiagnosisView[];
  /** Left out: refuted and entered-in-error (R37), counted so the reader knows. */
  hidden: HiddenEntries;
}

/** A status as its code: R4 CodeableConcept or an STU3 plain string. */
function statusCode(value: unknown): string | undefined {
  const s = str(value);
  if (s) return s.toLowerCase();
  return codings(value).find((c) => c.code)?.code?.toLowerCase();
}

function statusText(value: unknown, code: string | undefined, prefix: 'diagnoses.clinical.' | 'diagnoses.verification.'): string | undefined {
  if (!code) return str(obj(value)?.text);
  const key = `${prefix}${code}` as Parameters<typeof t>[0];
  const known = t(key);
  return known !== key ? known : conceptText(value) ?? code;
}

const HISTORY = new Set(['resolved', 'inactive', 'remission']);
const UNCONFIRMED = new Set(['provisional', 'differential', 'unconfirmed']);

function dateish(element: Json, prefix: 'onset' | 'abatement'): { text?: string; raw?: string } {
  const dateTime = element[`${prefix}DateTime`];
  if (dateTime !== undefined) return { text: formatDate(dateTime), raw: str(dateTime) };
  const period = obj(element[`${prefix}Period`]);
  if (period) {
    const start = str(period.start);
    return { text: t('diagnoses.period', { start: formatDate(start), end: period.end ? formatDate(period.end) : t('diagnoses.ongoing') }), raw: start };
  }
  const age = element[`${prefix}Age`];
  if (age !== undefined) return { text: t('diagnoses.atAge', { age: formatQuantity(age) ?? t('format.notRecorded') }) };
  const range = element[`${prefix}Range`];
  if (range !== undefined) return { text: t('diagnoses.atAge', { age: formatRange(range) ?? t('format.notRecorded') }) };
  const text = str(element[`${prefix}String`]);
  if (text) return { text };
  if (prefix === 'abatement' && element.abatementBoolean === true) return { text: t('diagnoses.abated') };
  return {};
}

function categoryKind(concept: Json): CategoryKind {
  const codes = codings(concept).map((c) => c.code);
  if (codes.includes('problem-list-item')) return 'problem-list-item';
  if (codes.includes('encounter-diagnosis') || codes.includes('439401001')) return 'encounter-diagnosis';
  return 'other';
}

function personName(value: unknown): string | undefined {
  const ref = readReference(value);
  return ref?.display ?? ref?.identifier?.value;
}

export function mapCondition(resource: FhirResource, included: readonly FhirResource[] = []): DiagnosisView {
  const clinical = statusCode(resource.clinicalStatus);
  const verification = statusCode(resource.verificationStatus);
  const onset = dateish(resource, 'onset');
  const abatement = dateish(resource, 'abatement');
  const categories = objects(resource.category).map((c) => {
    const kind = categoryKind(c);
    return { kind, text: kind === 'other' ? conceptText(c) ?? t('diagnoses.category.other') : t(`diagnoses.category.${kind}`) };
  });
  const unique = categories.filter((c, i) => categories.findIndex((d) => d.text === c.text) === i);
  const source = sourceOrganisation(resource, { included });
  return {
    id: str(resource.id),
    name: conceptText(resource.code) ?? codings(resource.code).find((c) => c.code)?.code ?? t('diagnoses.unnamed'),
    codes: codings(resource.code),
    clinicalStatus: statusText(resource.clinicalStatus, clinical, 'diagnoses.clinical.'),
    verificationStatus: statusText(resource.verificationStatus, verification, 'diagnoses.verification.'),
    unconfirmed: !!verification && UNCONFIRMED.has(verification),
    categories: unique,
    onset: onset.text ?? t('format.notRecorded'),
    onsetRaw: onset.raw ?? str(resource.recordedDate),
    abatement: abatement.text,
    recorder: personName(resource.recorder),
    source,
    recorded: resource.recordedDate !== undefined || resource.assertedDate !== undefined
      ? formatDate(resource.recordedDate ?? resource.assertedDate) : undefined,
    severity: conceptText(resource.severity),
    sensitivity: sensitivity(resource),
    ...(addedBy(resource) && { addedBy: addedBy(resource) }),
  };
}

/** Where a condition goes: shown as current, in the history, or not at all (R37). */
export function placeCondition(resource: Json): 'current' | 'history' | 'excluded' {
  const verification = statusCode(resource.verificationStatus);
  if (verification === 'refuted' || verification === 'entered-in-error') return 'excluded';
  const clinical = statusCode(resource.clinicalStatus);
  if (clinical && HISTORY.has(clinical)) return 'history';
  if (!clinical && (resource.abatementDateTime !== undefined || resource.abatementPeriod !== undefined
    || resource.abatementString !== undefined || resource.abatementAge !== undefined || resource.abatementBoolean === true)) return 'history';
  return 'current';
}

export function mapDiagnosesResources(resources: unknown[], included: readonly FhirResource[] = []): DiagnosesView {
  const view: DiagnosesView = { current: [], history: [], hidden: noneHidden() };
  for (const resource of resources.filter(isResource).filter((r) => r.resourceType === 'Condition')) {
    const place = placeCondition(resource);
    if (place === 'excluded') view.hidden[hiddenReason(statusCode(resource.verificationStatus)) ?? 'enteredInError']++;
    else view[place].push(mapCondition(resource, included));
  }
  const order = (a: DiagnosisView, b: DiagnosisView) => compareFhirDatesNewestFirst(a.onsetRaw, b.onsetRaw) || a.name.localeCompare(b.name);
  view.current.sort(order);
  view.history.sort(order);
  return view;
}

/** `patient`: its `_include`d resources (the GP practice) help name sources (R44). */
export function mapDiagnoses(results: (SearchResult | undefined)[], patient?: Pick<PatientLoaded, 'included'>): Mapped<DiagnosesView> {
  const view = mapDiagnosesResources(results[0]?.matches ?? [], [...(results[0]?.included ?? []), ...(patient?.included ?? [])]);
  const count = view.current.length + view.history.length;
  return { kind: count ? 'loaded' : 'empty', view, count };
}
