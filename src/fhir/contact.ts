/**
 * Patient + RelatedPerson + Organization → contact details view model (R10, R11, R42, R44).
 * Pure: no DOM, never throws on malformed input. Every item carries its source; items that
 * appear in more than one source are listed once per source here, never merged silently (R44);
 * the section (src/sections/contact-details.ts) then shows the same person once, naming every
 * record and the differences (R59, R60).
 */
import {
  bool, codings, conceptText, extensions, isResource, obj, objects, sensitivity, str,
  type FhirResource, type Json,
} from './read.js';
import {
  containedOf, organisationOf, resolveReference, sourceNames, sourceOrganisation, type ReferenceContext,
} from './provenance.js';
import { formatPersonName } from '../format/names.js';
import { formatDate } from '../format/dates.js';
import { translator } from '../i18n/core.js';
import { contactMessages } from '../i18n/en-GB/contact.js';
import type { Mapped, PatientLoaded, SearchResult } from './section-contract.js';
import {
  addressText, gpName, isRestricted, mapAddresses, mapTelecom, periodEnded,
  type AddressLine, type TelecomLine,
} from './patient.js';

const t = translator(contactMessages);
type MessageKey = Parameters<typeof t>[0];

export interface Sourced {
  /** The organisation the item came from, in words (R44); undefined: the record does not name it. */
  source?: string;
}

export type ContactAddress = AddressLine & Sourced;
export type ContactTelecom = TelecomLine & Sourced;

export interface LanguageNeed extends Sourced {
  /** The language or method as recorded (`British Sign Language, Makaton vocabulary`). */
  language: string;
  preferred: boolean;
  /** `Poor (Expressed spoken)`. */
  proficiency?: string;
}

export interface ContactPreferences extends Sourced {
  method?: string;
  /** `Mon, Wed, Fri; morning`. */
  times?: string;
  writtenFormat?: string;
}

export interface ContactPerson extends Sourced {
  origin: 'patient-contact' | 'related-person';
  /** The RelatedPerson's logical id (a contact on the Patient has none). */
  id?: string;
  /** R51: a RelatedPerson labelled restricted (R) or very restricted (V); hidden until revealed. */
  sensitivity?: 'R' | 'V';
  name?: string;
  relationship?: string;
  /** UK Core ContactRank: 1 is the first to contact. */
  rank?: number;
  organisation?: string;
  telecom: TelecomLine[];
  address?: string;
  preferences?: ContactPreferences;
  from?: string;
  to?: string;
}

export interface ContactDetailsView {
  /** R11: address, telecom and GP removed at source; show "restricted", never refill. */
  restricted: boolean;
  addresses: ContactAddress[];
  telecom: ContactTelecom[];
  preferences?: ContactPreferences;
  languages: LanguageNeed[];
  /** `true`/`false` only when the record says so. */
  interpreterRequired?: boolean;
  contacts: ContactPerson[];
  gp?: { name: string } & Sourced;
  /** The Patient resource's own source, for what it says without an item of its own (interpreter). */
  patientSource?: string;
  /** Every distinct source named on the items, for the section footer (R42). */
  sources: string[];
}

const CONTACT_PREFERENCE_URL = 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ContactPreference';
const CONTACT_RANK_URL = 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ContactRank';
const INTERPRETER_URLS = [
  'http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired',
  'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-InterpreterRequired',
];
const PROFICIENCY_URL = 'http://hl7.org/fhir/StructureDefinition/patient-proficiency';

const WHEN: Record<string, MessageKey> = {
  MORN: 'contact.when.morning', AFT: 'contact.when.afternoon', EVE: 'contact.when.evening', NIGHT: 'contact.when.night',
};

/**
 * Where a resource came from, in words: its managing organisation, else the organisation its
 * `meta.source` is known to belong to (R44). Never the `meta.source` URL itself.
 */
export function sourceOf(resource: unknown, included: readonly FhirResource[] = []): string | undefined {
  return sourceOrganisation(resource, { included });
}

/** Every display of a concept (the Makaton example codes BSL and Makaton side by side). */
function allDisplays(concept: unknown): string | undefined {
  const c = obj(concept);
  if (!c) return undefined;
  const displays = [...new Set(codings(c).map((x) => x.display).filter((d): d is string => !!d))];
  return str(c.text) ?? (displays.length ? displays.join(', ') : codings(c).find((x) => x.code)?.code);
}

function timesText(timing: unknown): string | undefined {
  const repeat = obj(obj(timing)?.repeat);
  if (!repeat) return undefined;
  const days = (Array.isArray(repeat.dayOfWeek) ? repeat.dayOfWeek : [])
    .map(str).filter((d): d is string => !!d).map((d) => d.charAt(0).toUpperCase() + d.slice(1).toLowerCase());
  const when = (Array.isArray(repeat.when) ? repeat.when : []).map(str).filter((w): w is string => !!w)
    .map((w) => (WHEN[w] ? t(WHEN[w]) : w));
  const parts = [days.join(', '), when.join(', ')].filter((p) => p !== '');
  return parts.length ? parts.join('; ') : undefined;
}

/** UK Core ContactPreference: method, times and written format, each as recorded. */
export function contactPreferences(resource: unknown, source?: string): ContactPreferences | undefined {
  const ext = extensions(resource, CONTACT_PREFERENCE_URL)[0];
  if (!ext) return undefined;
  const part = (url: string): Json | undefined => objects(ext.extension).find((e) => e.url === url);
  const method = conceptText(part('PreferredContactMethod')?.valueCodeableConcept);
  const times = timesText(part('PreferredContactTimes')?.valueTiming);
  const writtenFormat = conceptText(part('PreferredWrittenCommunicationFormat')?.valueCodeableConcept);
  if (!method && !times && !writtenFormat) return undefined;
  return { ...(method && { method }), ...(times && { times }), ...(writtenFormat && { writtenFormat }), ...(source && { source }) };
}

function proficiency(communication: Json): string | undefined {
  const ext = extensions(communication, PROFICIENCY_URL)[0];
  if (!ext) return undefined;
  const part = (url: string) => obj(objects(ext.extension).find((e) => e.url === url)?.valueCoding);
  const level = str(part('level')?.display) ?? str(part('level')?.code);
  const type = str(part('type')?.display) ?? str(part('type')?.code);
  if (level && type) return `${level} (${type})`;
  return level ?? type;
}

function relationshipText(value: unknown): string | undefined {
  const texts = objects(value).map(conceptText).filter((x): x is string => !!x);
  return texts.length ? [...new Set(texts)].join(', ') : undefined;
}

function rank(element: unknown): number | undefined {
  const value = extensions(element, CONTACT_RANK_URL)[0]?.valuePositiveInt;
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

function period(value: unknown): Pick<ContactPerson, 'from' | 'to'> {
  const p = obj(value);
  return {
    ...(str(p?.start) && { from: formatDate(p?.start) }),
    ...(str(p?.end) && { to: formatDate(p?.end) }),
  };
}

function patientContact(contact: Json, now: Date, restricted: boolean, ctx: ReferenceContext, source?: string): ContactPerson | undefined {
  if (periodEnded(contact.period, now)) return undefined;
  const person: ContactPerson = {
    origin: 'patient-contact',
    name: formatPersonName(contact.name),
    relationship: relationshipText(contact.relationship),
    rank: rank(contact),
    organisation: organisationOf(contact.organization, ctx, true),
    // R11: on a restricted record a contact's address or phone could lead to the patient.
    telecom: restricted ? [] : mapTelecom(contact.telecom, now),
    address: restricted ? undefined : addressText(contact.address),
    ...period(contact.period),
    ...(source && { source }),
  };
  return person.name || person.organisation || person.telecom.length || person.address ? person : undefined;
}

function relatedPerson(
  resource: FhirResource, now: Date, restricted: boolean, included: readonly FhirResource[], fallback?: string,
): ContactPerson | undefined {
  if (bool(resource.active) === false || periodEnded(resource.period, now)) return undefined;
  const source = sourceOf(resource, included) ?? fallback;
  const address = restricted ? undefined : mapAddresses(resource.address, now)[0]?.text;
  const person: ContactPerson = {
    origin: 'related-person',
    id: str(resource.id),
    sensitivity: sensitivity(resource),
    name: formatPersonName(resource.name),
    relationship: relationshipText(resource.relationship),
    telecom: restricted ? [] : mapTelecom(resource.telecom, now),
    ...(address && { address }),
    ...(contactPreferences(resource, source) && { preferences: contactPreferences(resource, source) }),
    ...period(resource.period),
    ...(source && { source }),
  };
  return person.name || person.telecom.length || person.address ? person : undefined;
}

const tidy = <T extends object>(item: T): T =>
  Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as T;

/** The contact details of `patient` at `now`, with its RelatedPersons and `_include`d resources. */
export function mapContactDetails(
  patient: unknown,
  relatedPersons: readonly unknown[] = [],
  included: readonly FhirResource[] = [],
  now: Date = new Date(),
): ContactDetailsView {
  if (!isResource(patient)) return { restricted: false, addresses: [], telecom: [], languages: [], contacts: [], sources: [] };
  const restricted = isRestricted(patient);
  const source = sourceOf(patient, included);
  const ctx: ReferenceContext = { included, contained: containedOf(patient) };
  const withSource = <T extends object>(item: T): T & Sourced => (source ? { ...item, source } : item);

  const languages = objects(patient.communication)
    .map((c): LanguageNeed | undefined => {
      const language = allDisplays(c.language);
      if (!language) return undefined;
      const level = proficiency(c);
      return withSource({ language, preferred: bool(c.preferred) === true, ...(level && { proficiency: level }) });
    })
    .filter((l): l is LanguageNeed => !!l);
  const interpreterExt = INTERPRETER_URLS.flatMap((url) => extensions(patient, url))[0];
  const interpreterRequired = bool(interpreterExt?.valueBoolean);

  const contacts = [
    ...objects(patient.contact).map((c) => patientContact(c, now, restricted, ctx, source)),
    ...relatedPersons.filter(isResource).filter((r) => r.resourceType === 'RelatedPerson')
      .map((r) => relatedPerson(r, now, restricted, included, source)),
  ]
    .filter((c): c is ContactPerson => !!c)
    .map(tidy)
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.rank ?? Infinity) - (b.c.rank ?? Infinity) || a.i - b.i)
    .map(({ c }) => c);

  const gp = restricted ? undefined : gpName(patient, included);
  const gpOrg = objects(patient.generalPractitioner).map((ref) => resolveReference(ref, ctx))
    .find((r) => r?.resourceType === 'Organization');
  const gpSource = sourceOf(gpOrg, included) ?? source;

  const preferences = contactPreferences(patient, source);
  const view: ContactDetailsView = {
    restricted,
    addresses: restricted ? [] : mapAddresses(patient.address, now).map(withSource),
    telecom: restricted ? [] : mapTelecom(patient.telecom, now).map(withSource),
    ...(preferences && { preferences }),
    languages,
    ...(interpreterRequired !== undefined && { interpreterRequired }),
    contacts,
    ...(gp && { gp: { name: gp, ...(gpSource && { source: gpSource }) } }),
    ...(source && { patientSource: source }),
    sources: [],
  };
  view.sources = sourceNames([source, ...contacts.map((c) => c.source), view.gp?.source]);
  return view;
}

/** True when the view has nothing at all to show (the section then says "Not recorded"). */
export function isContactDetailsEmpty(view: ContactDetailsView): boolean {
  return !view.restricted && !view.addresses.length && !view.telecom.length && !view.preferences
    && !view.languages.length && view.interpreterRequired === undefined && !view.contacts.length && !view.gp;
}

/** The section's pure map: Patient (+ its _include-d GP) and RelatedPersons → view model. */
export function mapContactSection(results: (SearchResult | undefined)[], patient: PatientLoaded, now = new Date()): Mapped<ContactDetailsView> {
  const related = results[0];
  const view = mapContactDetails(patient.patient, related?.matches ?? [], [...patient.included, ...(related?.included ?? [])], now);
  const count = view.addresses.length + view.telecom.length + view.languages.length + view.contacts.length + (view.gp ? 1 : 0);
  return {
    kind: isContactDetailsEmpty(view) ? 'not-recorded' : 'loaded',
    view,
    count,
    // H3: a failed RelatedPerson search must not read as "no other contacts".
    warnings: related ? [] : [{ kind: 'search-outcome', text: t('contact.relatedUnavailable') }],
  };
}
