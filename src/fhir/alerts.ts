/**
 * Flags and Consents → the view model of `<icr-alerts>` (REQUIREMENTS §12, R66, R67, R72).
 *
 * R66, H18: a decision about care is current only when its Consent is `active`, its
 * `provision.period` has not ended (London days, `isPast`) and no later one of the same kind
 * replaced it (ReSPECT, DNACPR, preferred place of care: the newest dated one stands). Withdrawn
 * (`inactive`), rejected, draft, superseded and expired ones are listed apart as not in force;
 * entered-in-error ones are not shown, and counted. R67, H19: a Flag coded (or worded) as a child
 * protection plan or looked after status is child protection, with the responsible local authority
 * (the Flag's `author`) and how to contact it. Pure, never throws.
 */
import type { Mapped, PatientLoaded, SearchResult } from './section-contract.js';
import { compareFhirDatesNewestFirst, formatDate, isPast } from '../format/dates.js';
import { translator } from '../i18n/core.js';
import { alertsMessages } from '../i18n/en-GB/alerts.js';
import { codings, conceptText, extensions, isResource, obj, objects, readReference, sensitivity, str, type FhirResource, type Json } from './read.js';
import { addedBy, containedOf, isWords, referenceName, resolveReference, sourceOrganisation } from './provenance.js';
import { noneHidden, type HiddenEntries } from './hidden.js';
import { AUTHORITY_CONTACT_EXTENSION, decisionKind, protectionKind, type DecisionKind, type ProtectionKind } from './alert-codes.js';

export type { DecisionKind, ProtectionKind };

const t = translator(alertsMessages);

/** Why an entry is, or is not, in force. */
export type Standing = 'current' | 'withdrawn' | 'rejected' | 'superseded' | 'expired' | 'draft' | 'inactive';

interface EntryCommon {
  /** `Type/id`, for the reveal of a sensitive entry (R51). */
  id: string;
  resourceType: 'Consent' | 'Flag';
  /** The kind in words ("ReSPECT form", "Child protection plan"). */
  title: string;
  /** The record's own words, when they add to the title. */
  detail?: string;
  standing: Standing;
  /** The standing in words ("Withdrawn", "Expired 3-Dec-2026"); undefined when current. */
  standingText?: string;
  /** The date it was recorded or started, as recorded (sort, timeline). */
  date?: string;
  /** `date` in words, or "Date not recorded". */
  dateText: string;
  /** Who recorded it, in words; undefined: the record does not say. */
  recordedBy?: string;
  /** The source organisation in words (R42, R44). */
  source?: string;
  /** When it ends (provision.period.end, Flag.period.end), as recorded. */
  endsOn?: string;
  /** R72: recorded by the patient or a related person. */
  addedBy?: 'patient' | 'related-person';
  /** R51: restricted (R) or very restricted (V). */
  sensitivity?: 'R' | 'V';
}

export interface DecisionView extends EntryCommon {
  resourceType: 'Consent';
  kind: DecisionKind;
}

export interface LocalAuthority {
  name?: string;
  phone?: string;
  email?: string;
}

export interface AlertView extends EntryCommon {
  resourceType: 'Flag';
  /** Set for child protection (R67); undefined for any other alert. */
  protection?: ProtectionKind;
  category?: string;
  /** R67: the responsible local authority and how to contact it (child protection only). */
  localAuthority?: LocalAuthority;
}

export interface AlertsView {
  /** R67: current child protection plans and looked after status. */
  protection: AlertView[];
  /** R66: current decisions about care, resuscitation first. */
  decisions: DecisionView[];
  /** Other current alerts. */
  alerts: AlertView[];
  /** Withdrawn, rejected, draft, superseded or expired decisions, and ended alerts: never current (H18). */
  notInForce: (DecisionView | AlertView)[];
  /** Entered in error: never shown, counted. */
  hidden: HiddenEntries;
}

const DECISION_ORDER: DecisionKind[] = ['dnacpr', 'respect', 'adrt', 'lpa-health', 'lpa-finance', 'preferred-place', 'other'];
/** Kinds where a later record replaces the earlier; several ADRTs or LPAs may all be in force at once. */
const ONE_AT_A_TIME: DecisionKind[] = ['respect', 'dnacpr', 'preferred-place'];

function names(refs: unknown, ctx: { included: readonly FhirResource[]; contained: FhirResource[] }): string | undefined {
  const named = objects(refs).map((r) => referenceName(r, ctx)).filter(isWords);
  return named.length ? [...new Set(named)].join(', ') : undefined;
}

function dateText(value: string | undefined): string {
  return value ? formatDate(value) : t('alerts.dateNotRecorded');
}

function endStanding(end: string | undefined, now: Date): Standing | undefined {
  return end && isPast(end, now) ? 'expired' : undefined;
}

function standingText(standing: Standing, endsOn: string | undefined): string | undefined {
  if (standing === 'current') return undefined;
  if (standing === 'expired') return t('alerts.standing.expired', { date: formatDate(endsOn) });
  return t(`alerts.standing.${standing}`);
}

function decisionStanding(status: string | undefined, end: string | undefined, now: Date): Standing {
  if (status === 'inactive') return 'withdrawn';
  if (status === 'rejected') return 'rejected';
  if (status === 'draft' || status === 'proposed') return 'draft';
  return endStanding(end, now) ?? 'current';
}

export function mapConsent(r: FhirResource, included: readonly FhirResource[], now: Date): DecisionView {
  const ctx = { included, contained: containedOf(r) };
  const kind = decisionKind(r);
  const provision = obj(r.provision);
  const endsOn = str(obj(provision?.period)?.end);
  const standing = decisionStanding(str(r.status), endsOn, now);
  const title = t(`alerts.kind.${kind}`);
  const words = [...objects(provision?.code), ...objects(r.category)].map(conceptText).find((w) => w && w !== title);
  const date = str(r.dateTime);
  const who = addedBy(r);
  return {
    id: `Consent/${str(r.id) ?? ''}`, resourceType: 'Consent', kind, title, detail: words,
    standing, standingText: standingText(standing, endsOn), date, dateText: dateText(date),
    recordedBy: names(r.performer, ctx), source: sourceOrganisation(r, { included }), endsOn,
    sensitivity: sensitivity(r), ...(who && { addedBy: who }),
  };
}

function telecom(points: Json[], system: 'phone' | 'email'): string | undefined {
  return points.filter((c) => str(c.system) === system).map((c) => str(c.value)).find(Boolean);
}

/**
 * R67: the Flag's author is the responsible local authority. Its contact: the flag's own
 * authority-contact extensions first (the ICR's copy for the duty desk), else the telecom of the
 * Organization when it is in the answer (contained or included).
 */
function localAuthority(r: FhirResource, included: readonly FhirResource[]): LocalAuthority {
  const ctx = { included, contained: containedOf(r) };
  const resolved = resolveReference(r.author, ctx);
  const org = resolved?.resourceType === 'Organization' ? resolved : undefined;
  const name = str(org?.name) ?? readReference(r.author)?.display;
  const own = extensions(r, AUTHORITY_CONTACT_EXTENSION).map((e) => obj(e.valueContactPoint)).filter((c): c is Json => !!c);
  const points = [...own, ...objects(org?.telecom)];
  const phone = telecom(points, 'phone');
  const email = telecom(points, 'email');
  return { ...(isWords(name) && { name }), ...(phone && { phone }), ...(email && { email }) };
}

export function mapFlag(r: FhirResource, included: readonly FhirResource[], now: Date): AlertView {
  const period = obj(r.period);
  const endsOn = str(period?.end);
  const status = str(r.status);
  const standing: Standing = status === 'inactive' ? 'inactive' : endStanding(endsOn, now) ?? 'current';
  const protection = protectionKind(r);
  const words = conceptText(r.code);
  const title = protection ? t(`alerts.kind.${protection}`) : words ?? t('alerts.kind.alert');
  const date = str(period?.start);
  const who = addedBy(r);
  return {
    id: `Flag/${str(r.id) ?? ''}`, resourceType: 'Flag', title, detail: protection && words !== title ? words : undefined,
    standing, standingText: standingText(standing, endsOn), date, dateText: dateText(date),
    recordedBy: names(r.author, { included, contained: containedOf(r) }), source: sourceOrganisation(r, { included }), endsOn,
    category: objects(r.category).map(conceptText).find(Boolean),
    sensitivity: sensitivity(r), ...(who && { addedBy: who }),
    ...(protection && { protection, localAuthority: localAuthority(r, included) }),
  };
}

/** R66: of several current ReSPECT forms (or DNACPRs, or preferred places), the newest dated one stands. */
function markSuperseded(decisions: DecisionView[]): void {
  for (const d of decisions) {
    if (d.standing !== 'current' || !d.date || !ONE_AT_A_TIME.includes(d.kind)) continue;
    const later = decisions.some((o) => o !== d && o.kind === d.kind && o.standing === 'current' && o.date
      && compareFhirDatesNewestFirst(o.date, d.date) < 0);
    if (later) d.standing = 'superseded';
  }
  for (const d of decisions) if (d.standing === 'superseded') d.standingText = standingText('superseded', d.endsOn);
}

/** Consent scopes that are not decisions about care: agreements to share records, to take part in research. */
const NOT_CARE_SCOPES = ['patient-privacy', 'research'];

/**
 * A privacy or research consent (the UK Core and HL7 examples are such) is not a decision about
 * care and is not listed; one that says nothing of its scope is (never dropped silently).
 */
function isAboutCare(r: FhirResource): boolean {
  const scopes = codings(r.scope).map((c) => c.code);
  return decisionKind(r) !== 'other' || !scopes.some((c) => c && NOT_CARE_SCOPES.includes(c));
}

const newestFirst = (a: { date?: string }, b: { date?: string }) => compareFhirDatesNewestFirst(a.date, b.date);

/** Flag and Consent answers (in the order of the section's queries) → the view model. */
export function mapAlerts(results: (SearchResult | undefined)[], patient: Pick<PatientLoaded, 'included'> | undefined, now: Date): Mapped<AlertsView> {
  const included = [...results.flatMap((r) => r?.included ?? []), ...(patient?.included ?? [])];
  const hidden = noneHidden();
  const flags: AlertView[] = [];
  const decisions: DecisionView[] = [];
  const seen = new Set<string>();
  for (const r of results.flatMap((x) => x?.matches ?? []).filter(isResource)) {
    if (r.resourceType !== 'Flag' && r.resourceType !== 'Consent') continue;
    const key = `${r.resourceType}/${str(r.id) ?? ''}`;
    if (str(r.id) && seen.has(key)) continue; // the same resource twice (paging overlap)
    seen.add(key);
    if (str(r.status) === 'entered-in-error') {
      hidden.enteredInError++;
      continue;
    }
    if (r.resourceType === 'Flag') flags.push(mapFlag(r, included, now));
    else if (isAboutCare(r)) decisions.push(mapConsent(r, included, now));
  }
  markSuperseded(decisions);
  const rank = (d: DecisionView) => DECISION_ORDER.indexOf(d.kind);
  const current = <T extends { standing: Standing }>(list: T[]) => list.filter((x) => x.standing === 'current');
  const view: AlertsView = {
    protection: current(flags).filter((f) => f.protection).sort(newestFirst),
    decisions: current(decisions).sort((a, b) => rank(a) - rank(b) || newestFirst(a, b)),
    alerts: current(flags).filter((f) => !f.protection).sort(newestFirst),
    notInForce: [...decisions, ...flags].filter((x) => x.standing !== 'current').sort(newestFirst),
    hidden,
  };
  const count = view.protection.length + view.decisions.length + view.alerts.length + view.notInForce.length;
  return { kind: count ? 'loaded' : 'empty', view, count };
}
