/**
 * CareTeam (+ its `_include`d members and their organisations) → the care team view model (R68):
 * who is involved, in what role, for which organisation and team, since when, and how to reach
 * them. Pure: no DOM, never throws on malformed input.
 *
 * R68: a member is current only while their team is active (or says no status) and their own
 * period has not ended; everyone else is listed apart with the reason in words, never as current.
 * An entered-in-error team is not shown at all and is counted (H8). A RelatedPerson is a carer, next
 * of kin, or both, each said in words, so a carer is never read as next of kin or the reverse.
 */
import { bool, codings, conceptText, isResource, obj, objects, readReference, sensitivity, str, type FhirResource, type Json } from './read.js';
import { addedBy, containedOf, organisationOf, resolveReference, sourceOrganisation, type ReferenceContext } from './provenance.js';
import { mapTelecom, periodEnded, type TelecomKind } from './patient.js';
import { noneHidden, type HiddenEntries } from './hidden.js';
import { formatPersonName } from '../format/names.js';
import { daysUntil, formatDate } from '../format/dates.js';
import type { Mapped, PatientLoaded, SearchResult } from './section-contract.js';

export type MemberKind = 'professional' | 'organisation' | 'related-person';

/** Why a member is not shown as current (R68). */
export type NotCurrentReason = 'ended' | 'inactive' | 'member-inactive' | 'suspended' | 'proposed' | 'starts';

export interface CareTeamContact {
  kind: TelecomKind;
  /** As recorded (`01632 960 101`). */
  value: string;
  /** `tel:` or `mailto:` only, for a phone number or an email address that reads as one; else absent. */
  href?: string;
  /** The system as recorded when it is not phone or email (fax, pager). */
  system?: string;
}

export interface CareTeamMemberView {
  /** Stable within the answer: `CareTeam id#participant index`. */
  key: string;
  /** The CareTeam's logical id (for R51 reveals). */
  teamId: string;
  kind: MemberKind;
  name?: string;
  role?: string;
  organisation?: string;
  /** The CareTeam's name (`District nursing team`). */
  team?: string;
  contacts: CareTeamContact[];
  from?: string;
  to?: string;
  /** A RelatedPerson recorded as a carer (relationship or participant role). */
  carer: boolean;
  /** A RelatedPerson recorded as next of kin. */
  nextOfKin: boolean;
  /** The RelatedPerson's relationship as recorded (`Son`), beside carer / next of kin. */
  relationship?: string;
  /** Set when the member is not current (R68); absent: current. */
  notCurrent?: NotCurrentReason;
  /** The source organisation in words (R42, R44); undefined: the record does not name it. */
  source?: string;
  /** R51: the team's label, restricted (R) or very restricted (V). */
  sensitivity?: 'R' | 'V';
  /** R72: the team was recorded by the patient or a related person. */
  addedBy?: 'patient' | 'related-person';
}

export interface CareTeamView {
  current: CareTeamMemberView[];
  /** Ended, inactive, suspended or not yet started: listed apart, never as current (R68). */
  notCurrent: CareTeamMemberView[];
  /** Entered-in-error teams, not shown (H8) but counted. */
  hidden: HiddenEntries;
}

const CARER_CODES = new Set(['229774002', '133932002', 'CAREGIVER', 'carer']);
const NEXT_OF_KIN_CODES = new Set(['N', 'NOK', 'NXTOFKIN']);
const CARER_TEXT = /\bcarer\b|\bcare-?giver\b/i;
const NEXT_OF_KIN_TEXT = /next[ -]of[ -]kin/i;

function has(concepts: unknown, codes: Set<string>, text: RegExp): boolean {
  return objects(concepts).some((c) => codings(c).some((x) => (x.code && codes.has(x.code)) || (x.display && text.test(x.display)))
    || text.test(str(c.text) ?? ''));
}

/** The order a reader looks for people in (issue 19): GP, district nurse, social worker, care coordinator, consultant. */
const ROLE_ORDER: RegExp[] = [
  /\bGP\b|general practi/i, /district nurs|community nurs/i, /social worker/i, /care co-?ordinator/i, /consultant/i,
];

function roleRank(m: CareTeamMemberView): number {
  if (m.kind === 'related-person') return ROLE_ORDER.length + (m.carer ? 1 : 2);
  const i = ROLE_ORDER.findIndex((re) => re.test(m.role ?? ''));
  return i < 0 ? ROLE_ORDER.length : i;
}

/** `tel:` from a number with digits, spaces and `+` only; `mailto:` from one address. Never any other scheme. */
function hrefOf(kind: TelecomKind, value: string): string | undefined {
  if (kind === 'email') return /^[^\s@<>"'`:/]+@[^\s@<>"'`/]+\.[^\s@<>"'`/]+$/.test(value) ? `mailto:${value}` : undefined;
  if (kind === 'other') return undefined;
  const digits = value.replace(/[\s()-]/g, '');
  return /^\+?\d{3,20}$/.test(digits) ? `tel:${digits}` : undefined;
}

const LOOKS_LIKE_URL = /^\s*[a-z][a-z0-9+.-]*:\/\/|^\s*www\./i;

/** How to reach them: phones and email as links, a fax or pager as text; a URL is never shown. */
export function contactsOf(telecom: unknown, now: Date): CareTeamContact[] {
  const urls = new Set(objects(telecom).filter((p) => str(p.system) === 'url').map((p) => str(p.value)));
  return mapTelecom(telecom, now)
    .filter((x) => !urls.has(x.value) && !LOOKS_LIKE_URL.test(x.value) && x.system !== 'url')
    .map((x) => {
      const href = hrefOf(x.kind, x.value);
      return { kind: x.kind, value: x.value, ...(href && { href }), ...(x.system && { system: x.system }) };
    });
}

interface Resolved {
  kind: MemberKind;
  name?: string;
  role?: string;
  organisation?: string;
  telecom: unknown[];
  inactive: boolean;
  resource?: FhirResource;
}

/** What a participant's member reference points at, read through its role, person and organisation. */
function resolveMember(participant: Json, ctx: ReferenceContext): Resolved {
  const ref = participant.member;
  const parts = readReference(ref);
  const target = resolveReference(ref, ctx);
  const type = target?.resourceType ?? parts?.type;
  const onBehalfOf = organisationOf(participant.onBehalfOf, ctx, true);
  const orgOf = (r: unknown) => resolveReference(r, ctx);
  if (type === 'PractitionerRole') {
    const person = target ? resolveReference(target.practitioner, ctx) : undefined;
    const org = target ? orgOf(target.organization) : undefined;
    return {
      kind: 'professional',
      name: formatPersonName(person?.name) ?? readReference(target?.practitioner)?.display ?? parts?.display,
      role: objects(target?.code).map(conceptText).find(Boolean) ?? objects(target?.specialty).map(conceptText).find(Boolean),
      organisation: (target ? organisationOf(target.organization, ctx, true) : undefined) ?? onBehalfOf,
      telecom: [target?.telecom, person?.telecom, org?.telecom].map(objects).find((t) => t.length) ?? [],
      inactive: bool(target?.active) === false,
      resource: target,
    };
  }
  if (type === 'Organization') {
    return {
      kind: 'organisation', name: str(target?.name) ?? parts?.display, organisation: undefined,
      telecom: objects(target?.telecom), inactive: bool(target?.active) === false, resource: target,
    };
  }
  if (type === 'RelatedPerson' || type === 'Patient') {
    return {
      kind: 'related-person', name: formatPersonName(target?.name) ?? parts?.display,
      telecom: objects(target?.telecom), inactive: bool(target?.active) === false, resource: target,
    };
  }
  // A Practitioner (or a reference whose type is not said): its own telecom, else its organisation's.
  const org = orgOf(participant.onBehalfOf);
  return {
    kind: 'professional',
    name: formatPersonName(target?.name) ?? parts?.display,
    organisation: onBehalfOf ?? organisationOf(ref, ctx),
    telecom: [target?.telecom, org?.telecom].map(objects).find((t) => t.length) ?? [],
    inactive: bool(target?.active) === false,
    resource: target,
  };
}

function teamReason(status: string | undefined): NotCurrentReason | undefined {
  if (status === 'inactive') return 'inactive';
  if (status === 'suspended') return 'suspended';
  if (status === 'proposed') return 'proposed';
  return undefined;
}

function relationshipText(resource: FhirResource | undefined): string | undefined {
  const texts = objects(resource?.relationship).map(conceptText).filter((x): x is string => !!x)
    .filter((x) => !CARER_TEXT.test(x) && !NEXT_OF_KIN_TEXT.test(x));
  return texts.length ? [...new Set(texts)].join(', ') : undefined;
}

function mapMember(team: FhirResource, participant: Json, index: number, ctx: ReferenceContext, now: Date): CareTeamMemberView | undefined {
  const m = resolveMember(participant, ctx);
  const role = objects(participant.role).map(conceptText).find(Boolean) ?? m.role;
  if (!m.name && !m.organisation && !role) return undefined;
  const period = obj(participant.period);
  const teamPeriod = obj(team.period);
  const related = m.kind === 'related-person';
  const ended = periodEnded(period, now) || periodEnded(teamPeriod, now);
  const starts = (daysUntil(period?.start, now) ?? 0) > 0;
  const notCurrent: NotCurrentReason | undefined = teamReason(str(team.status))
    ?? (ended ? 'ended' : m.inactive ? 'member-inactive' : starts ? 'starts' : undefined);
  const end = str(period?.end) ?? (periodEnded(teamPeriod, now) ? str(teamPeriod?.end) : undefined);
  const source = sourceOrganisation(team, { included: ctx.included });
  const who = addedBy(team);
  return {
    key: `${str(team.id) ?? ''}#${index}`,
    teamId: str(team.id) ?? '',
    kind: m.kind,
    ...(m.name && { name: m.name }),
    ...(role && { role }),
    ...(m.organisation && { organisation: m.organisation }),
    ...(str(team.name) && { team: str(team.name) }),
    contacts: contactsOf(m.telecom, now),
    ...(str(period?.start) && { from: formatDate(period?.start) }),
    ...(end && { to: formatDate(end) }),
    carer: related && (has(m.resource?.relationship, CARER_CODES, CARER_TEXT) || has(participant.role, CARER_CODES, CARER_TEXT)),
    nextOfKin: related && has(m.resource?.relationship, NEXT_OF_KIN_CODES, NEXT_OF_KIN_TEXT),
    ...(related && relationshipText(m.resource) && { relationship: relationshipText(m.resource) }),
    ...(notCurrent && { notCurrent }),
    ...(source && { source }),
    ...(sensitivity(team) && { sensitivity: sensitivity(team) }),
    ...(who && { addedBy: who }),
  };
}

/** Every participant of every CareTeam, current first in the order a reader looks for them. */
export function mapCareTeamResources(resources: readonly unknown[], included: readonly FhirResource[] = [], now = new Date()): CareTeamView {
  const view: CareTeamView = { current: [], notCurrent: [], hidden: noneHidden() };
  for (const team of resources.filter(isResource).filter((r) => r.resourceType === 'CareTeam')) {
    if (str(team.status) === 'entered-in-error') {
      view.hidden.enteredInError++;
      continue;
    }
    const ctx: ReferenceContext = { included, contained: containedOf(team) };
    objects(team.participant).forEach((p, i) => {
      const member = mapMember(team, p, i, ctx, now);
      if (member) (member.notCurrent ? view.notCurrent : view.current).push(member);
    });
  }
  const order = (a: CareTeamMemberView, b: CareTeamMemberView) => roleRank(a) - roleRank(b);
  view.current = view.current.map((m, i) => ({ m, i })).sort((a, b) => order(a.m, b.m) || a.i - b.i).map(({ m }) => m);
  return view;
}

/**
 * The section's map. No CareTeam at all is "not recorded" (the ICR holds none: it does not mean no
 * one is involved); teams with no one current is "empty", with the people no longer involved.
 */
export function mapCareTeam(results: (SearchResult | undefined)[], patient?: Pick<PatientLoaded, 'included'>, now = new Date()): Mapped<CareTeamView> {
  const answer = results[0];
  const view = mapCareTeamResources(answer?.matches ?? [], [...(answer?.included ?? []), ...(patient?.included ?? [])], now);
  const count = view.current.length + view.notCurrent.length;
  const kind = view.current.length ? 'loaded' : count || view.hidden.enteredInError ? 'empty' : 'not-recorded';
  return { kind, view, count: view.current.length };
}
