/**
 * Where an item came from, in words (R42, R44). One way to resolve a reference (contained `#id`, an
 * `_include`d resource, `urn:uuid:`) and one way to name an item's source organisation, used by
 * every mapper, so no section shows a `meta.source` URL, a URN, an id or "Organization/123" where
 * a clinician expects the name of a GP practice or a trust.
 *
 * A source organisation is, in this order of preference:
 * 1. the Organization a recorder/asserter/performer/informationSource/… reference points at,
 *    `_include`d or contained (its `name`), else that reference's `display`;
 * 2. the organisation of a PractitionerRole it points at (`PractitionerRole.organization`, itself
 *    resolved the same way), or of the one role found for a Practitioner it points at;
 * 3. `meta.source`, but only when it matches an Organization known from the answer (its own
 *    `meta.source`, an identifier, or the address of one of its Endpoints). A bare `meta.source`
 *    is a system's address, not a name a reader can check, and is never shown.
 * Otherwise the source is not known, and the element says "Source not named".
 */
import { translator } from '../i18n/core.js';
import { stateMessages } from '../i18n/en-GB/state.js';
import { isResource, obj, objects, readReference, str, strings, type FhirResource } from './read.js';
import { formatPersonName } from '../format/names.js';

const t = translator(stateMessages);

/** What a reference can resolve against: the searchset's `_include`d resources and the owner's contained ones. */
export interface ReferenceContext {
  included?: readonly FhirResource[];
  contained?: readonly FhirResource[];
}

/** Index of `_include`d resources by `Type/id` and by id, built once per array (lists can be long). */
interface Index {
  byTypeId: Map<string, FhirResource>;
  byId: Map<string, FhirResource>;
  /** Normalised `meta.source` / identifier / endpoint address → organisation name (undefined: ambiguous). */
  bySource: Map<string, string | undefined>;
}

const indexes = new WeakMap<readonly FhirResource[], Index>();

function indexOf(included: readonly FhirResource[]): Index {
  let index = indexes.get(included);
  if (index) return index;
  index = { byTypeId: new Map(), byId: new Map(), bySource: new Map() };
  for (const r of included) {
    if (!isResource(r)) continue;
    const id = str(r.id);
    if (!id) continue;
    index.byTypeId.set(`${r.resourceType}/${id}`, r);
    if (!index.byId.has(id)) index.byId.set(id, r);
  }
  // Set before the source keys: an Organization's endpoints resolve through this same index.
  indexes.set(included, index);
  for (const r of included) if (isResource(r) && r.resourceType === 'Organization') addSourceKeys(index, r, { included });
  return index;
}

/** `meta.source` may carry a request id after `#`; a trailing slash is not a different system. */
function normaliseSource(value: string | undefined): string | undefined {
  const v = value?.split('#')[0].replace(/\/+$/, '').trim();
  return v ? v.toLowerCase() : undefined;
}

function addSourceKeys(index: Index, org: FhirResource, ctx: ReferenceContext): void {
  const name = str(org.name);
  if (!name) return;
  const keys = [
    str(obj(org.meta)?.source),
    ...objects(org.identifier).flatMap((i) => {
      const value = str(i.value);
      const system = str(i.system);
      return value ? [value, system ? `${system}|${value}` : undefined] : [];
    }),
    ...objects(org.endpoint).map((e) => {
      const endpoint = resolveReference(e, ctx);
      return endpoint?.resourceType === 'Endpoint' ? str(endpoint.address) : undefined;
    }),
  ];
  for (const key of keys.map(normaliseSource)) {
    if (!key) continue;
    // Two organisations claiming one system: naming either could be wrong, so name neither.
    if (index.bySource.has(key) && index.bySource.get(key) !== name) index.bySource.set(key, undefined);
    else index.bySource.set(key, name);
  }
}

/**
 * The resource a Reference points at: a contained one for `#id`, else an `_include`d one by
 * `Type/id` (relative or absolute, `_history` ignored) or by `urn:uuid:id`. Undefined when it is
 * not in the answer.
 */
export function resolveReference(ref: unknown, ctx: ReferenceContext): FhirResource | undefined {
  const parts = readReference(ref);
  const reference = parts?.reference;
  if (!reference) return undefined;
  if (reference.startsWith('#')) {
    const id = reference.slice(1);
    return (ctx.contained ?? []).filter(isResource).find((r) => r.id === id);
  }
  if (!ctx.included?.length) return undefined;
  const index = indexOf(ctx.included);
  if (reference.startsWith('urn:uuid:')) return index.byId.get(reference.slice('urn:uuid:'.length));
  if (!parts.id) return undefined;
  return parts.type ? index.byTypeId.get(`${parts.type}/${parts.id}`) : index.byId.get(parts.id);
}

/** The contained resources of `resource`, for a ReferenceContext. */
export function containedOf(resource: unknown): FhirResource[] {
  return objects(obj(resource)?.contained).filter(isResource);
}

/** The name of what a reference points at: its `display`, else the resolved resource's name. */
export function referenceName(ref: unknown, ctx: ReferenceContext): string | undefined {
  const parts = readReference(ref);
  if (!parts) return undefined;
  if (parts.display) return parts.display;
  const target = resolveReference(ref, ctx);
  if (!target) return undefined;
  return target.resourceType === 'Organization' ? str(target.name) : formatPersonName(target.name);
}

/** The type a reference points at, from `type`, the reference itself, or what it resolved to. */
function referenceType(ref: unknown, target: FhirResource | undefined): string | undefined {
  return readReference(ref)?.type ?? target?.resourceType;
}

/**
 * The organisation named by a reference. `organisationOnly` for elements that can only point at an
 * Organization (managingOrganization, Task.owner, …): there an untyped display is an organisation's.
 */
export function organisationOf(ref: unknown, ctx: ReferenceContext, organisationOnly = false, depth = 0): string | undefined {
  const parts = readReference(ref);
  if (!parts) return undefined;
  const target = resolveReference(ref, ctx);
  const type = referenceType(ref, target);
  if (type === 'Organization' || (organisationOnly && type === undefined)) {
    return str(target?.name) ?? parts.display;
  }
  if (depth > 0) return undefined;
  if (type === 'PractitionerRole' && target) {
    // A contained role's own references resolve among the same contained resources.
    return organisationOf(target.organization, ctx, true, depth + 1);
  }
  if (type === 'Practitioner' && parts.id && ctx.included?.length) {
    const roles = ctx.included.filter((r) => r.resourceType === 'PractitionerRole'
      && readReference(r.practitioner)?.id === parts.id && r.organization !== undefined);
    const names = [...new Set(roles.map((r) => organisationOf(r.organization, ctx, true, depth + 1)).filter(Boolean))];
    if (names.length === 1) return names[0];
  }
  return undefined;
}

/** Where, on each resource type, its source organisation is recorded, most telling first. */
const SOURCE_ELEMENTS: Record<string, { path: string[]; organisationOnly?: boolean }[]> = {
  AllergyIntolerance: [{ path: ['recorder'] }, { path: ['asserter'] }],
  Condition: [{ path: ['asserter'] }, { path: ['recorder'] }],
  MedicationStatement: [{ path: ['informationSource'] }],
  MedicationRequest: [{ path: ['informationSource'] }, { path: ['requester'] }, { path: ['dispenseRequest', 'performer'], organisationOnly: true }],
  Observation: [{ path: ['performer'] }],
  DiagnosticReport: [{ path: ['performer'] }, { path: ['resultsInterpreter'] }],
  Task: [{ path: ['owner'], organisationOnly: true }, { path: ['requester'] }],
  Flag: [{ path: ['author'], organisationOnly: true }],
  EpisodeOfCare: [{ path: ['managingOrganization'], organisationOnly: true }],
  CarePlan: [{ path: ['author'], organisationOnly: true }, { path: ['contributor'], organisationOnly: true }],
  Patient: [{ path: ['managingOrganization'], organisationOnly: true }],
  RelatedPerson: [{ path: ['managingOrganization'], organisationOnly: true }],
  CareTeam: [{ path: ['managingOrganization'], organisationOnly: true }],
  // R66: the organisation that holds a decision about care (ReSPECT, DNACPR, ADRT, LPA).
  Consent: [{ path: ['organization'], organisationOnly: true }, { path: ['performer'] }],
  DocumentReference: [{ path: ['author'] }, { path: ['custodian'], organisationOnly: true }],
};

function at(resource: FhirResource, path: string[]): unknown {
  let value: unknown = resource;
  for (const key of path) value = obj(value)?.[key];
  return value;
}

/**
 * An Organization known from the answer whose `meta.source`, identifier or endpoint address is
 * this resource's `meta.source`; undefined when none (or more than one) matches.
 */
export function organisationBySource(resource: unknown, ctx: ReferenceContext): string | undefined {
  const key = normaliseSource(str(obj(obj(resource)?.meta)?.source));
  if (!key) return undefined;
  for (const org of ctx.contained ?? []) {
    if (org.resourceType !== 'Organization') continue;
    const index: Index = { byTypeId: new Map(), byId: new Map(), bySource: new Map() };
    addSourceKeys(index, org, ctx);
    const name = index.bySource.get(key);
    if (name) return name;
  }
  return ctx.included?.length ? indexOf(ctx.included).bySource.get(key) : undefined;
}

/**
 * The name of the organisation `resource` came from, in words, or undefined when the record does
 * not say (the element then shows "Source not named"). `included`: the answer's `_include`d
 * resources and any other Organizations known from it (the Patient answer's GP practice).
 */
export function sourceOrganisation(resource: unknown, lookup: { included?: readonly FhirResource[] } = {}): string | undefined {
  // An Organization's own record is not "from" an organisation a reader needs named (nor from itself).
  if (!isResource(resource) || resource.resourceType === 'Organization') return undefined;
  const ctx: ReferenceContext = { included: lookup.included, contained: containedOf(resource) };
  for (const element of SOURCE_ELEMENTS[resource.resourceType] ?? []) {
    for (const ref of objects(at(resource, element.path))) {
      // Observation.performer, CarePlan.contributor and the like are arrays: the first named wins.
      const name = organisationOf(ref, ctx, element.organisationOnly);
      if (isWords(name)) return name;
    }
  }
  const bySource = organisationBySource(resource, ctx);
  return isWords(bySource) ? bySource : undefined;
}

/** The words for a source: its name, else "Source not named" (never a URL, a URN or an id). */
export function sourceText(name: string | undefined): string {
  return name ?? t('state.sourceNotNamed');
}

/**
 * A text that IS an address rather than a name: a URL, a URN or a bare FHIR `Type/id`. Anchored, so
 * an organisation's display is shown as recorded even when it mentions a web address (recorded text
 * is never dropped), while a `meta.source` or a reference can never stand in for a name.
 */
const NOT_WORDS = /^\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/|[uU][rR][nN]:|[A-Z][a-zA-Z]+\/[A-Za-z0-9.-]+\s*$)/;

/** True when a text reads as a name, not a URL, a URN or a FHIR `Type/id` (defence for source lines). */
export function isWords(text: string | undefined): text is string {
  return !!text && !NOT_WORDS.test(text);
}

/** Distinct source names for a section's "Source: …" line, in words only. */
export function sourceNames(names: readonly (string | undefined)[]): string[] {
  return [...new Set(names.filter(isWords))];
}

/**
 * The search parameters that bring the PractitionerRole an item names its person by (R4 lets
 * AllergyIntolerance and Condition name no Organization there) and, iterating, that role's
 * organisation, so the item's source can be named in words (R44) rather than "Source not named".
 * R4 defines `recorder` as a search parameter of AllergyIntolerance but not of Condition, whose
 * person is searchable only as `asserter`: a server refuses `Condition:recorder` (Medplum does).
 */
export function recorderIncludes(type: 'AllergyIntolerance' | 'Condition'): Record<string, string> {
  const include = type === 'Condition' ? 'Condition:asserter' : 'AllergyIntolerance:recorder';
  return { _include: include, '_include:iterate': 'PractitionerRole:organization' };
}

/** Who recorded or asserted an item, where a patient or a related person can be the author (R72). */
const AUTHOR_ELEMENTS: Record<string, string[]> = {
  AllergyIntolerance: ['recorder', 'asserter'],
  Condition: ['asserter', 'recorder'],
  MedicationStatement: ['informationSource'],
  MedicationRequest: ['informationSource', 'requester'],
  // R72 in <icr-alerts>: an alert the person raised, a preference they recorded themselves.
  Flag: ['author'],
  Consent: ['performer'],
  DocumentReference: ['author'],
  // R4 Immunization names no recorder; R5's `informationSource` (Patient, RelatedPerson) says who told.
  Immunization: ['informationSource'],
};

/**
 * R72: `patient` when the item was recorded or asserted by the patient, `related-person` by a
 * related person (a carer), from the type of its recorder/asserter/informationSource reference (or
 * of what a contained reference resolves to); undefined when a professional or an organisation did,
 * or the record does not say.
 */
export function addedBy(resource: unknown): 'patient' | 'related-person' | undefined {
  if (!isResource(resource)) return undefined;
  const ctx: ReferenceContext = { contained: containedOf(resource) };
  for (const path of AUTHOR_ELEMENTS[resource.resourceType] ?? []) {
    for (const ref of objects(resource[path])) {
      const type = readReference(ref)?.type ?? resolveReference(ref, ctx)?.resourceType;
      if (type === 'Patient') return 'patient';
      if (type === 'RelatedPerson') return 'related-person';
    }
  }
  return undefined;
}
