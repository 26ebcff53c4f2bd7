/**
 * Immunisations (issue 19 point 5, R71): Immunization → vaccinations with their date at its own
 * precision (R22), vaccine, dose number and series when recorded, and source. Pure, never throws.
 *
 * - `not-done` (R4) or `notGiven: true` (STU3, as Synthea sends) is "Not given" with its reason
 *   (`statusReason`, STU3 `explanation.reasonNotGiven`); a missing reason is said as not recorded,
 *   never left blank, so a vaccination not given is never read as given, nor as refused.
 * - Entered in error is not shown, and counted (H8).
 * - A record the giver did not make (`primarySource: false`: from the person's recall, a school
 *   record) says where it came from; a sub-potent dose says it may need repeating.
 * - The date: `occurrenceDateTime` (R4), `date` (STU3), else `occurrenceString` shown as words.
 */
import type { Mapped, PatientLoaded, SearchResult } from './section-contract.js';
import { compareFhirDatesNewestFirst, formatDate } from '../format/dates.js';
import { translator } from '../i18n/core.js';
import { immunisationsMessages } from '../i18n/en-GB/immunisations.js';
import { bool, codings, conceptText, isResource, num, obj, objects, str, type Coding, type FhirResource } from './read.js';
import { sensitivity } from './security.js';
import { addedBy, containedOf, isWords, organisationOf, sourceOrganisation } from './provenance.js';
import { noneHidden, type HiddenEntries } from './hidden.js';

const t = translator(immunisationsMessages);

export interface ImmunisationItem {
  /** `Immunization/{id}`. */
  id: string;
  /** The vaccine in words: its text, else a coding's display, else its code; never blank. */
  vaccine: string;
  codes: Coding[];
  /** R71: false when the vaccination was not given (not-done). */
  given: boolean;
  /** R71: why it was not given, as recorded; undefined: not recorded (said so in words). */
  notGivenReason?: string;
  /** FHIR date or dateTime as recorded (sorting, ranges); undefined when only words or nothing. */
  date?: string;
  /** The date for a reader: at its own precision (R22), the recorded words, or "Date not recorded". */
  dateText: string;
  /** "2 of 3", "1", "Booster" (shown after the word "Dose"): only when recorded. */
  dose?: string;
  /** The series (schedule) the dose belongs to, when recorded. */
  series?: string;
  /** The diseases the dose protects against, when recorded. */
  targetDisease?: string;
  site?: string;
  route?: string;
  lotNumber?: string;
  /** Not recorded by the one who gave it: where the record came from instead ("Recalled by the person"). */
  reportedFrom?: string;
  /** Sub-potent (a partial or ineffective dose): may need repeating. */
  subpotent: boolean;
  /** The organisation that gave it, in words; undefined: the record does not say. */
  source?: string;
  sensitivity?: 'R' | 'V';
  /** R72: recorded by the patient or by a carer. */
  addedBy?: 'patient' | 'related-person';
}

export interface ImmunisationsView {
  /** Newest first; an entry with no readable date last, in the order received. */
  items: ImmunisationItem[];
  /** Entered in error: never shown, counted (H8). */
  hidden: HiddenEntries;
}

type Key = Parameters<typeof t>[0];

function isNotGiven(r: FhirResource): boolean {
  return str(r.status) === 'not-done' || bool(r.notGiven) === true;
}

function vaccineName(concept: unknown): string {
  const c = codings(concept);
  return conceptText(concept) ?? c.find((x) => x.code)?.code ?? t('immunisations.unnamedVaccine');
}

/** "2 of 3", "2", "Booster" (a recorded word kept as recorded); the label "Dose" is the reader's. */
function doseText(applied: Record<string, unknown> | undefined): string | undefined {
  if (!applied) return undefined;
  const n = num(applied.doseNumberPositiveInt) ?? str(applied.doseNumberString) ?? num(applied.doseSequence);
  const of = num(applied.seriesDosesPositiveInt) ?? str(applied.seriesDosesString) ?? num(applied.seriesDoses);
  if (n === undefined) return undefined;
  if (typeof n === 'string' && !/^\d+$/.test(n)) return n;
  return of !== undefined ? t('immunisations.doseOf', { dose: String(n), of: String(of) }) : String(n);
}

/** Where a record not made by the giver came from (`reportOrigin`), in words. */
function reportedFrom(r: FhirResource): string | undefined {
  if (bool(r.primarySource) !== false) return undefined;
  const code = codings(r.reportOrigin).find((c) => c.code)?.code;
  const known = code ? t(`immunisations.origin.${code}` as Key) : undefined;
  if (known && known !== `immunisations.origin.${code}`) return known;
  return conceptText(r.reportOrigin) ?? t('immunisations.origin.unknown');
}

/** The giver's organisation: a performer's actor (R4) or the STU3 `practitioner`, else the record's own source. */
function giver(r: FhirResource, included: readonly FhirResource[]): string | undefined {
  const ctx = { included, contained: containedOf(r) };
  for (const p of [...objects(r.performer), ...objects(r.practitioner)]) {
    const name = organisationOf(p.actor, ctx);
    if (isWords(name)) return name;
  }
  const located = organisationOf(r.location, ctx);
  return isWords(located) ? located : sourceOrganisation(r, { included });
}

export function toImmunisation(r: unknown, included: readonly FhirResource[] = []): ImmunisationItem | undefined {
  if (!isResource(r) || r.resourceType !== 'Immunization' || str(r.status) === 'entered-in-error') return undefined;
  const given = !isNotGiven(r);
  const applied = objects(r.protocolApplied)[0] ?? objects(r.vaccinationProtocol)[0];
  const date = str(r.occurrenceDateTime) ?? str(r.date);
  const words = str(r.occurrenceString);
  const reason = conceptText(r.statusReason) ?? objects(obj(r.explanation)?.reasonNotGiven).map(conceptText).find(Boolean);
  const targets = objects(applied?.targetDisease).map(conceptText).filter(Boolean);
  const who = addedBy(r);
  return {
    id: `Immunization/${str(r.id) ?? ''}`,
    vaccine: vaccineName(r.vaccineCode),
    codes: codings(r.vaccineCode),
    given,
    ...(!given && reason && { notGivenReason: reason }),
    date,
    dateText: date ? formatDate(date) : words ?? t('immunisations.dateNotRecorded'),
    dose: doseText(applied),
    series: str(applied?.series),
    targetDisease: targets.length ? targets.join(', ') : undefined,
    site: conceptText(r.site),
    route: conceptText(r.route),
    lotNumber: str(r.lotNumber),
    reportedFrom: reportedFrom(r),
    subpotent: bool(r.isSubpotent) === true,
    source: giver(r, included),
    sensitivity: sensitivity(r),
    ...(who && { addedBy: who }),
  };
}

/** Immunization results → the view model, newest first (a partial date sorts by its start). */
export function mapImmunisations(results: (SearchResult | undefined)[], patient?: Pick<PatientLoaded, 'included'>): Mapped<ImmunisationsView> {
  const [answer] = results;
  const included = [...(answer?.included ?? []), ...(patient?.included ?? [])];
  const matches = (answer?.matches ?? []).filter((r) => isResource(r) && r.resourceType === 'Immunization');
  const hidden = noneHidden();
  hidden.enteredInError = matches.filter((r) => str((r as FhirResource).status) === 'entered-in-error').length;
  const items = matches
    .map((r) => toImmunisation(r, included))
    .filter((i): i is ImmunisationItem => !!i)
    .map((item, i) => ({ item, i }))
    .sort((a, b) => compareFhirDatesNewestFirst(a.item.date, b.item.date) || a.i - b.i)
    .map(({ item }) => item);
  return { kind: items.length ? 'loaded' : 'empty', view: { items, hidden }, count: items.length, warnings: [] };
}
