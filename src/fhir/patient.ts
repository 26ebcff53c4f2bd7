/**
 * Patient → banner view model (R1–R17, R58). Pure: no DOM, never throws on malformed input.
 * Strings a clinician reads are formatted here (names, dates, ages, NHS number); labels are
 * left to the element's catalogue, so the view model carries kinds (`home`, `male`), not words.
 */
import {
  bool, codings, conceptText, extensions, isResource, obj, objects, readReference, securityCodes, str, strings,
  type FhirResource, type Json,
} from './read.js';
import { containedOf, resolveReference } from './provenance.js';
import { formatPatientName } from '../format/names.js';
import { formatDate, isPast } from '../format/dates.js';
import { formatAge, formatAgeAtDeath } from '../format/age.js';
import { findNhsNumber, formatNhsNumber, isValidNhsNumber, nhsNumberWithoutSpaces, spokenNhsNumber } from '../format/nhs-number.js';
import { formatPostcode } from '../format/postcode.js';

export type Gender = 'male' | 'female' | 'other' | 'unknown';
export type AddressKind = 'home' | 'temp' | 'work' | 'billing' | 'other';
export type TelecomKind = 'home' | 'work' | 'mobile' | 'phone' | 'email' | 'other';

export interface AddressLine {
  kind: AddressKind;
  /** One line, comma-separated, postcode upper case with its space (R10). */
  text: string;
  /** `From 01-Jan-2020 to 31-Dec-2024` parts, formatted; absent when not recorded. */
  from?: string;
  to?: string;
}

export interface TelecomLine {
  kind: TelecomKind;
  value: string;
  /** The system as recorded when it is not phone or email (fax, sms, url, …). */
  system?: string;
}

export interface NhsNumberView {
  /** `991 200 3888` when valid; the value as recorded otherwise. */
  display: string;
  /** Digit groups for screen readers (R17). */
  spoken: string;
  valid: boolean;
  /** Ten digits to copy; only for a valid number (R14: an invalid one is never used). */
  copy?: string;
  /** R16: set only when the verification status is other than 01. */
  verification?: { code: string; display?: string };
}

export interface DeathView {
  /** `dd-Mmm-yyyy` (or the partial precision recorded); undefined when only "deceased" is known. */
  date?: string;
  ageAtDeath?: string;
}

export interface BannerView {
  name?: string;
  /** `dd-Mmm-yyyy` of the birth date; undefined when absent. */
  born?: string;
  /** R4: age for a living patient, in the CUI bands. */
  age?: string;
  gender?: Gender;
  nhsNumber?: NhsNumberView;
  deceased?: DeathView;
  /** R6: PDS death notification status 1 (informal) or 2 (formal); `U` alone is not a death. */
  deathNotification?: { code: string; display?: string };
  /** R11: PDS restricted (meta.security R): address, telecom and GP were removed at source. */
  restricted: boolean;
  addresses: AddressLine[];
  telecom: TelecomLine[];
  /** The registered GP practice (or GP) as named by the record. */
  gp?: string;
}

const DEATH_NOTIFICATION_URL = 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-DeathNotificationStatus';
const BIRTH_TIME_URL = 'http://hl7.org/fhir/StructureDefinition/patient-birthTime';
const PDS_RESTRICTED_CODES = new Set(['R', 'V', 'REDACTED']);

/** R11: PDS marks a restricted (S-flagged) record with `meta.security` code R. */
export function isRestricted(patient: unknown): boolean {
  return securityCodes(patient).some((c) => c.code !== undefined && PDS_RESTRICTED_CODES.has(c.code));
}

/** True when the period has ended before `now` (an open or unreadable end counts as current). */
export function periodEnded(period: unknown, now: Date): boolean {
  return isPast(obj(period)?.end, now) === true;
}

function addressKind(address: Json): AddressKind {
  const use = str(address.use);
  if (use === undefined || use === 'home') return 'home';
  if (use === 'temp' || use === 'work' || use === 'billing') return use;
  return 'other';
}

/** One line, comma-separated (R10): lines, district, city, county, postcode, country; or `text`. */
export function addressText(address: unknown): string | undefined {
  const a = obj(address);
  if (!a) return undefined;
  const parts = [...strings(a.line), str(a.district), str(a.city), str(a.state), formatPostcode(a.postalCode), str(a.country)];
  const joined = parts.filter((p): p is string => !!p).join(', ');
  return joined || str(a.text);
}

function periodParts(period: unknown): Pick<AddressLine, 'from' | 'to'> {
  const p = obj(period);
  const from = p && str(p.start) ? formatDate(p.start) : undefined;
  const to = p && str(p.end) ? formatDate(p.end) : undefined;
  return { ...(from && { from }), ...(to && { to }) };
}

/** Current addresses (not `old`, period not ended), usual first then temporary, then the rest. */
export function mapAddresses(value: unknown, now: Date): AddressLine[] {
  const order: AddressKind[] = ['home', 'temp', 'work', 'billing', 'other'];
  return objects(value)
    .filter((a) => str(a.use) !== 'old' && !periodEnded(a.period, now))
    .map((a) => ({ kind: addressKind(a), text: addressText(a), ...periodParts(a.period) }))
    .filter((a): a is AddressLine => a.text !== undefined)
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

const TELECOM_ORDER: TelecomKind[] = ['home', 'work', 'mobile', 'phone', 'email', 'other'];

function telecomKind(point: Json): TelecomKind {
  const system = str(point.system);
  const use = str(point.use);
  if (system === 'email') return 'email';
  if (system === 'phone' || system === 'sms' || system === undefined) {
    if (use === 'home' || use === 'work' || use === 'mobile') return use;
    return system === 'sms' ? 'mobile' : 'phone';
  }
  return 'other';
}

/** R10: current contact points in CUI order: Home, Work, Mobile, (other phones), Email, others. */
export function mapTelecom(value: unknown, now: Date): TelecomLine[] {
  return objects(value)
    .filter((p) => str(p.use) !== 'old' && !periodEnded(p.period, now))
    .map((p): TelecomLine | undefined => {
      const v = str(p.value);
      if (!v) return undefined;
      const kind = telecomKind(p);
      const otherSystem = conceptText(extensions(p._system, 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-OtherContactSystem')[0]?.valueCodeableConcept);
      return { kind, value: v, ...(kind === 'other' && { system: otherSystem ?? str(p.system) ?? 'other' }) };
    })
    .filter((p): p is TelecomLine => p !== undefined)
    .map((p, i) => ({ p, i }))
    .sort((a, b) => TELECOM_ORDER.indexOf(a.p.kind) - TELECOM_ORDER.indexOf(b.p.kind) || a.i - b.i)
    .map(({ p }) => p);
}

/** The registered GP practice: an included Organization's name, else the reference's display. */
export function gpName(patient: FhirResource, included: readonly FhirResource[] = []): string | undefined {
  const ctx = { included, contained: containedOf(patient) };
  const refs = objects(patient.generalPractitioner).map((raw) => ({ raw, ref: readReference(raw)! }));
  const named = refs.map(({ raw, ref }) => {
    const found = resolveReference(raw, ctx);
    const name = found?.resourceType === 'Organization' ? str(found.name) : undefined;
    const isOrg = ref.type === 'Organization' || found?.resourceType === 'Organization';
    return { name: name ?? ref.display ?? (ref.identifier?.value && isOrg ? ref.identifier.value : undefined), isOrg };
  }).filter((r) => r.name);
  return (named.find((r) => r.isOrg) ?? named[0])?.name;
}

function gender(value: unknown): Gender | undefined {
  const g = str(value);
  return g === 'male' || g === 'female' || g === 'other' || g === 'unknown' ? g : undefined;
}

function nhsNumberView(identifiers: unknown): NhsNumberView | undefined {
  const nhs = findNhsNumber(identifiers);
  if (!nhs) return undefined;
  const verification = nhs.verificationCode && nhs.verificationCode !== '01'
    ? { code: nhs.verificationCode, ...(nhs.verificationDisplay && { display: nhs.verificationDisplay }) }
    : undefined;
  return {
    display: nhs.valid ? formatNhsNumber(nhs.value) : nhs.value,
    spoken: spokenNhsNumber(nhs.value),
    valid: nhs.valid,
    ...(nhs.valid && { copy: nhs.value }),
    ...(verification && { verification }),
  };
}

/**
 * R8, R73: the NHS number a host asked for, as a whole-record failure shows it: 3-3-4 and read
 * digit by digit when valid (spaces ignored, as the client ignores them before checking it, R14);
 * exactly as given, to be flagged, when not (R13).
 */
export function requestedNhsNumberView(given: string): NhsNumberView {
  const digits = nhsNumberWithoutSpaces(given) ?? '';
  return isValidNhsNumber(digits)
    ? { display: formatNhsNumber(digits), spoken: spokenNhsNumber(digits), valid: true }
    : { display: given, spoken: given, valid: false };
}

function deathNotification(patient: FhirResource): BannerView['deathNotification'] {
  const ext = extensions(patient, DEATH_NOTIFICATION_URL)[0];
  const status = objects(ext?.extension).find((e) => e.url === 'deathNotificationStatus');
  const coding = codings(status?.valueCodeableConcept).find((c) => c.code);
  return coding?.code ? { code: coding.code, ...(coding.display && { display: coding.display }) } : undefined;
}

function birthTime(patient: FhirResource): unknown {
  return extensions(patient._birthDate, BIRTH_TIME_URL)[0]?.valueDateTime;
}

/** R5, R6: deceased on deceasedBoolean true or any deceasedDateTime; a PDS `U` alone is not a death. */
function death(patient: FhirResource): DeathView | undefined {
  const when = str(patient.deceasedDateTime);
  if (!when && bool(patient.deceasedBoolean) !== true) return undefined;
  if (!when) return {};
  const ageAtDeath = formatAgeAtDeath(patient.birthDate, when, birthTime(patient));
  return { date: formatDate(when), ...(ageAtDeath && { ageAtDeath }) };
}

/** The banner's view of a Patient at `now` (the clock the age is measured against). */
export function mapPatientBanner(patient: unknown, now: Date, included: readonly FhirResource[] = []): BannerView {
  if (!isResource(patient)) return { restricted: false, addresses: [], telecom: [] };
  const restricted = isRestricted(patient);
  const deceased = death(patient);
  const born = str(patient.birthDate) ? formatDate(patient.birthDate) : undefined;
  const age = deceased || !born ? undefined : formatAge(patient.birthDate, now, birthTime(patient));
  const name = formatPatientName(patient.name);
  const g = gender(patient.gender);
  const nhsNumber = nhsNumberView(patient.identifier);
  const notification = deathNotification(patient);
  const gp = restricted ? undefined : gpName(patient, included);
  return {
    ...(name && { name }),
    ...(born && { born }),
    ...(age && { age }),
    ...(g && { gender: g }),
    ...(nhsNumber && { nhsNumber }),
    ...(deceased && { deceased }),
    ...(notification && notification.code !== 'U' && { deathNotification: notification }),
    restricted,
    // R11: a restricted record never shows (or refills) address, telecom or GP.
    addresses: restricted ? [] : mapAddresses(patient.address, now),
    telecom: restricted ? [] : mapTelecom(patient.telecom, now),
    ...(gp && { gp }),
  };
}
