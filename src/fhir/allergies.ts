/**
 * AllergyIntolerance (+ the UK Core allergies List) → the view model of <icr-allergies>
 * (R24–R29). The summary is decided here, once, by the rules of R24: an empty result is "not
 * recorded", never "no known allergies" (R25); NKDA is never NKA (R26).
 */
import type { SearchResult } from './section-contract.js';
import type { ConflictSubject } from './conflicts.js';
import { hiddenReason, noneHidden, type HiddenEntries } from './hidden.js';
import { translator } from '../i18n/core.js';
import { allergiesMessages } from '../i18n/en-GB/allergies.js';
import {
  codings, conceptText, firstCode, hasCode, isCoded, objects, obj, readReference,
  sensitivity, str, strings, type Coding, type FhirResource,
} from './read.js';
import { addedBy, containedOf, referenceName, resolveReference, sourceOrganisation } from './provenance.js';

const t = translator(allergiesMessages);

export const SNOMED = 'http://snomed.info/sct';
export const NKA = '716186003';
export const NKDA = '409137002';
/** Other "no known …" situations: statements, never allergies, never NKA. */
const OTHER_NEGATIONS = ['716184000', '429625007', '428607008', '428197003', '1003774007', '1003773001'];
/** GP2GP transfer-degraded codes: they say an allergy was recorded, not to what (never grouped by, R59). */
export const TRANSFER_DEGRADED = ['196461000000101', '196471000000108'];
export const ALLERGY_LIST_CODE = '886921000000105';

export type AllergySummary = 'known' | 'nka' | 'nkda' | 'not-recorded';

export interface Reaction {
  manifestations: string[];
  severity?: 'mild' | 'moderate' | 'severe';
  description?: string;
  onset?: string;
}

export interface AllergyItem {
  id: string;
  /** The agent as recorded (R27): code text, else display. */
  agent: string;
  /** Coded agents are shown bold, free text normal. */
  coded: boolean;
  codes: Coding[];
  categories: string[];
  type?: string;
  criticality?: string;
  clinicalStatus?: string;
  verificationStatus?: string;
  reactions: Reaction[];
  onset?: string;
  lastUpdated?: string;
  /** `recordedDate` as recorded: the date this source recorded the allergy (R59 names it per source). */
  recorded?: string;
  recorder?: string;
  /** The source organisation in words (R42, R44); undefined: the record does not name it. */
  organisation?: string;
  notes: string[];
  transferDegraded: boolean;
  sensitivity?: 'R' | 'V';
  /** R72: recorded or asserted by the patient or a related person (a carer). */
  addedBy?: 'patient' | 'related-person';
}

export interface NegationItem {
  id: string;
  code: string;
  text: string;
}

export interface AllergiesView {
  summary: AllergySummary;
  /** Active (or no clinicalStatus), sorted by agent (R29). */
  active: AllergyItem[];
  /** Resolved or inactive: the collapsed history, never shown as active (R27). */
  history: AllergyItem[];
  /** "No known …" statements found (NKA, NKDA, NKLA…). */
  negations: NegationItem[];
  /** The summary came from a List with emptyReason nilknown. */
  nkaFromList: boolean;
  /** An NKA statement was found alongside active allergies (shown as a warning). */
  contradiction: boolean;
  /** Refuted and entered-in-error entries: never shown (H8), counted so the reader knows (R27). */
  hidden: HiddenEntries;
}

const SEVERITIES = ['mild', 'moderate', 'severe'] as const;

function statusCode(concept: unknown): string | undefined {
  return firstCode(concept);
}

function onsetOf(r: FhirResource): string | undefined {
  const period = obj(r.onsetPeriod);
  return str(r.onsetDateTime) ?? str(period?.start) ?? str(r.onsetString);
}

/** The recorder's (or asserter's) name as today, and whether it is an organisation rather than a person. */
function whoRecorded(owner: FhirResource, ref: unknown, included: readonly FhirResource[]): { name?: string; type?: string } {
  const parts = readReference(ref);
  if (!parts) return {};
  const ctx = { included, contained: containedOf(owner) };
  return { name: referenceName(ref, ctx), type: parts.type ?? resolveReference(ref, ctx)?.resourceType };
}

function mapAllergy(r: FhirResource, included: readonly FhirResource[]): AllergyItem {
  const recorder = whoRecorded(r, r.recorder, included);
  return {
    id: str(r.id) ?? '',
    agent: conceptText(r.code) ?? objects(r.reaction).map((x) => conceptText(x.substance)).find(Boolean) ?? t('allergies.noAgent'),
    coded: isCoded(r.code) && !TRANSFER_DEGRADED.some((c) => hasCode(r.code, c)),
    codes: codings(r.code),
    categories: strings(r.category),
    type: str(r.type),
    criticality: str(r.criticality),
    clinicalStatus: statusCode(r.clinicalStatus),
    verificationStatus: statusCode(r.verificationStatus),
    reactions: objects(r.reaction).map((x) => {
      const sev = str(x.severity);
      return {
        manifestations: objects(x.manifestation).map(conceptText).filter((s): s is string => !!s),
        severity: SEVERITIES.find((s) => s === sev),
        description: str(x.description),
        onset: str(x.onset),
      };
    }),
    onset: onsetOf(r),
    lastUpdated: str(obj(r.meta)?.lastUpdated) ?? str(r.lastOccurrence) ?? str(r.recordedDate),
    recorded: str(r.recordedDate),
    recorder: recorder.type === 'Organization' ? undefined : recorder.name,
    organisation: sourceOrganisation(r, { included }),
    notes: objects(r.note).map((n) => str(n.text)).filter((s): s is string => !!s),
    transferDegraded: TRANSFER_DEGRADED.some((c) => hasCode(r.code, c)),
    sensitivity: sensitivity(r),
    ...(addedBy(r) && { addedBy: addedBy(r) }),
  };
}

function negationCode(r: FhirResource): string | undefined {
  return [NKA, NKDA, ...OTHER_NEGATIONS].find((c) => hasCode(r.code, c, SNOMED) || hasCode(r.code, c));
}

const byAgent = (a: AllergyItem, b: AllergyItem) =>
  a.agent.localeCompare(b.agent, 'en-GB', { sensitivity: 'base' }) || a.id.localeCompare(b.id);

/**
 * `results[0]` AllergyIntolerance search; `results[1]` the allergies List (optional, may be
 * undefined when it failed). Anything else in `results` is ignored here. `known`: resources known
 * from elsewhere in the answer (the Patient's `_include`d GP practice), to name sources by.
 */
export function mapAllergies(results: (SearchResult | undefined)[], known: readonly FhirResource[] = []): AllergiesView {
  const allergyResult = results[0];
  const listResult = results[1];
  const included = [...results.flatMap((r) => r?.included ?? []), ...known];
  const resources = (allergyResult?.matches ?? []).filter((r) => r.resourceType === 'AllergyIntolerance');
  const active: AllergyItem[] = [];
  const history: AllergyItem[] = [];
  const negations: NegationItem[] = [];
  const hidden = noneHidden();
  for (const r of resources) {
    const verification = statusCode(r.verificationStatus);
    const clinical = statusCode(r.clinicalStatus);
    // H8: entered-in-error is never shown; refuted is not an allergy (R24, R29). Counted, not silent.
    const reason = hiddenReason(verification);
    if (reason) {
      hidden[reason]++;
      continue;
    }
    const negation = negationCode(r);
    if (negation) {
      if (clinical === undefined || clinical === 'active') {
        negations.push({ id: str(r.id) ?? '', code: negation, text: conceptText(r.code) ?? negation });
      }
      continue;
    }
    const item = mapAllergy(r, included);
    if (clinical === 'resolved' || clinical === 'inactive') history.push(item);
    else active.push(item);
  }
  active.sort(byAgent);
  history.sort(byAgent);

  const lists = (listResult?.matches ?? []).filter((r) => r.resourceType === 'List' && hasCode(r.code, ALLERGY_LIST_CODE));
  const nkaFromList = lists.some((l) => (l.entry === undefined || objects(l.entry).length === 0) && hasCode(l.emptyReason, 'nilknown'));
  const hasNka = negations.some((n) => n.code === NKA);
  const hasNkda = negations.some((n) => n.code === NKDA);

  let summary: AllergySummary;
  if (active.length) summary = 'known';
  else if (hasNka || nkaFromList) summary = 'nka';
  else if (hasNkda) summary = 'nkda';
  else summary = 'not-recorded';
  return {
    summary,
    active,
    history,
    negations: negations.sort((a, b) => a.text.localeCompare(b.text)),
    nkaFromList: nkaFromList && !hasNka && summary === 'nka',
    contradiction: active.length > 0 && (hasNka || nkaFromList),
    hidden,
  };
}

/** Active drug (or uncategorised) allergies as conflict subjects. */
export function allergyConflictSubjects(view: AllergiesView): ConflictSubject[] {
  return view.active
    .filter((a) => a.categories.length === 0 || a.categories.includes('medication') || a.categories.includes('biologic'))
    .map((a) => ({ id: `AllergyIntolerance/${a.id}`, resourceType: 'AllergyIntolerance', text: a.agent, codes: a.codes, names: [], sensitivity: a.sensitivity }));
}
