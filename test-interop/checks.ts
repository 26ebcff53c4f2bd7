/**
 * What a clinician checks in each element, computed from the resources the FHIR server holds for
 * the patient. Each check throws (chai) with the missing item named.
 */
import { expect } from '@open-wc/testing';
import { formatDate } from '../src/format/dates.js';
import { displayUnit } from '../src/format/units.js';
import { sensitivity } from '../src/fhir/security.js';
import {
  conceptTexts, normalise, nhsNumberOf, resourcesFor, showsOneOf, visibleText, type InteropData, type Json, type SectionTag,
} from './helpers.js';

type Check = (el: HTMLElement, patient: Json, data: InteropData) => void;

const DATA_STATES = ['loaded', 'empty', 'not-recorded'];

function state(el: HTMLElement): string {
  return el.getAttribute('state') ?? '';
}

function expectDataState(el: HTMLElement, hasData: boolean): void {
  if (hasData) expect(state(el), `${el.localName} state`).to.equal('loaded');
  else expect(DATA_STATES, `${el.localName} state`).to.include(state(el));
}

/** Asserts each item's name is on screen; `items` are [label for the message, texts it may be shown as]. */
function expectShown(el: HTMLElement, items: [string, string[]][]): void {
  const text = visibleText(el);
  const missing = items.filter(([, candidates]) => !showsOneOf(text, candidates)).map(([label, c]) => `${label}: "${c[0]}"`);
  expect(missing, `${el.localName}: items not shown`).to.deep.equal([]);
}

const isEnteredInError = (r: Json) =>
  r.status === 'entered-in-error' || r.verificationStatus?.coding?.some((c: Json) => c?.code === 'entered-in-error');

const GENDER: Record<string, string> = { male: 'male', female: 'female', other: 'other', unknown: 'unknown' };

const banner: Check = (el, patient) => {
  expect(state(el), 'banner state').to.equal('loaded');
  const text = visibleText(el);
  const names: Json[] = patient.name ?? [];
  const families = names.map((n) => n.family).filter((f): f is string => typeof f === 'string');
  if (families.length) expect(showsOneOf(text, families), `family name ${families[0]} in "${text}"`).to.equal(true);
  if (patient.birthDate) expect(text, 'date of birth').to.include(normalise(formatDate(patient.birthDate)));
  if (patient.gender && GENDER[patient.gender]) expect(text, 'gender').to.include(GENDER[patient.gender]);
  const nhs = nhsNumberOf(patient);
  if (nhs) expect(text.replace(/\s/g, ''), 'NHS number').to.include(nhs);
};

function generic(type: string, name: (r: Json) => string[], filter: (r: Json) => boolean = (r) => !isEnteredInError(r)): Check {
  return (el, patient, data) => {
    const items = resourcesFor(data.resources, type, patient.id).filter(filter);
    expectDataState(el, items.length > 0);
    // R51: an item labelled sensitive (e.g. HL7's Condition f202, ActCode TBOO) is marked and its name
    // kept out of the page until revealed; every other item is shown by name.
    const open = items.filter((r) => !sensitivity(r));
    const hidden = items.filter((r) => sensitivity(r));
    expectShown(el, open.map((r) => [`${type}/${r.id}`, name(r)]));
    if (hidden.length) {
      const text = visibleText(el);
      expect(text, `${el.localName}: sensitive items marked`).to.match(/restricted item/);
      const leaked = hidden.filter((r) => name(r).some((n) => n && text.includes(normalise(n))));
      expect(leaked.map((r) => `${type}/${r.id}`), `${el.localName}: sensitive names shown before a reveal`).to.deep.equal([]);
    }
  };
}

/** SNOMED "no known …" codes: shown as a statement, not as an item. */
const NO_KNOWN = new Set(['716186003', '409137002', '428607008', '429625007', '1631000175102']);
const NO_KNOWN_TEXT = ['no known'];

const allergies: Check = (el, patient, data) => {
  const items = resourcesFor(data.resources, 'AllergyIntolerance', patient.id).filter((r) => !isEnteredInError(r));
  expectDataState(el, items.length > 0);
  expectShown(el, items.map((r) => {
    const noKnown = (r.code?.coding ?? []).some((c: Json) => NO_KNOWN.has(c?.code));
    return [`AllergyIntolerance/${r.id}`, noKnown ? [...conceptTexts(r.code), ...NO_KNOWN_TEXT] : conceptTexts(r.code)];
  }));
};

/** The medication's names: its code, or the referenced (or contained) Medication's code. */
function medicationNames(r: Json, all: Json[]): string[] {
  if (r.medicationCodeableConcept) return conceptTexts(r.medicationCodeableConcept);
  const ref = r.medicationReference?.reference;
  const names: string[] = [];
  if (typeof r.medicationReference?.display === 'string') names.push(r.medicationReference.display);
  if (typeof ref === 'string') {
    const med = ref.startsWith('#')
      ? (r.contained ?? []).find((c: Json) => `#${c.id}` === ref)
      : all.find((m) => m.resourceType === 'Medication' && ref.endsWith(`Medication/${m.id}`));
    if (med) {
      names.push(...conceptTexts(med.code));
      // A Medication with no code is named by its ingredients.
      if (!med.code) for (const i of med.ingredient ?? []) names.push(...conceptTexts(i.itemCodeableConcept));
    }
  }
  return names;
}

const medications: Check = (el, patient, data) => {
  const items = [
    ...resourcesFor(data.resources, 'MedicationStatement', patient.id),
    ...resourcesFor(data.resources, 'MedicationRequest', patient.id),
  ].filter((r) => !isEnteredInError(r));
  expectDataState(el, items.length > 0);
  expectShown(el, items.map((r) => [`${r.resourceType}/${r.id}`, medicationNames(r, data.resources)]));
};

const STATUS_WORDS: Record<string, string[]> = {
  registered: ['registered'], partial: ['partial', 'preliminary'], preliminary: ['preliminary'], amended: ['amended', 'corrected'],
  corrected: ['corrected', 'amended'], appended: ['appended', 'amended'], cancelled: ['cancelled'], unknown: ['unknown'],
};

/** Both report elements together show every report of the patient once (R34): title, and status unless final. */
function reports(el: HTMLElement, patient: Json, data: InteropData): void {
  const items = resourcesFor(data.resources, 'DiagnosticReport', patient.id).filter((r) => !isEnteredInError(r));
  const provider = el.parentElement!;
  const radiology = provider.querySelector('icr-radiology-reports') as HTMLElement | null;
  const pathology = provider.querySelector('icr-pathology-reports') as HTMLElement | null;
  for (const e of [radiology, pathology]) if (e) expect(DATA_STATES, `${e.localName} state`).to.include(state(e));
  const text = `${radiology ? visibleText(radiology) : ''} ${pathology ? visibleText(pathology) : ''}`;
  const missing = items.filter((r) => {
    const title = conceptTexts(r.code);
    const code = (r.code?.coding ?? []).map((c: Json) => c?.code).filter(Boolean);
    if (!showsOneOf(text, title.length ? title : code)) return true;
    const words = STATUS_WORDS[r.status];
    return words ? !showsOneOf(text, words) : false;
  }).map((r) => `DiagnosticReport/${r.id} "${conceptTexts(r.code)[0]}" (${r.status})`);
  expect(missing, 'reports not shown with their title and status').to.deep.equal([]);
}

/** Results: for each test (code), the latest value with its unit. */
const results: Check = (el, patient, data) => {
  const obs = resourcesFor(data.resources, 'Observation', patient.id).filter((r) => !isEnteredInError(r) && hasCategory(r, ['laboratory', 'vital-signs']));
  expectDataState(el, obs.length > 0);
  const text = visibleText(el);
  const latest = new Map<string, Json>();
  for (const o of obs) {
    const key = (o.code?.coding ?? []).map((c: Json) => `${c?.system}|${c?.code}`).sort().join(',') || normalise(o.code?.text ?? '');
    const prev = latest.get(key);
    if (!prev || when(o) > when(prev)) latest.set(key, o);
  }
  const missing: string[] = [];
  for (const o of latest.values()) {
    if (!showsOneOf(text, conceptTexts(o.code))) missing.push(`Observation/${o.id} name "${conceptTexts(o.code)[0]}"`);
    const unit = o.valueQuantity?.unit ?? o.valueQuantity?.code;
    // R36: a UCUM code is shown as people read it (kg/m2 → kg/m², 10*3/uL → ×10³/µL): either form counts.
    const readable = displayUnit(o.valueQuantity?.unit, o.valueQuantity?.code, String(o.valueQuantity?.value ?? ''));
    if (typeof unit === 'string' && !text.includes(normalise(unit)) && !(readable && text.includes(normalise(readable)))) {
      missing.push(`Observation/${o.id} unit "${unit}"`);
    }
  }
  expect(missing, 'latest results not shown').to.deep.equal([]);
};

function hasCategory(r: Json, codes: string[]): boolean {
  return (r.category ?? []).some((c: Json) => (c?.coding ?? []).some((x: Json) => codes.includes(x?.code)));
}

function when(o: Json): string {
  return String(o.effectiveDateTime ?? o.effectivePeriod?.start ?? o.effectiveInstant ?? o.issued ?? '');
}

const carePlans: Check = (el, patient, data) => {
  const items = resourcesFor(data.resources, 'CarePlan', patient.id).filter((r) => !isEnteredInError(r));
  expectDataState(el, items.length > 0);
  expectShown(el, items.map((r) => [`CarePlan/${r.id}`, [r.title, r.description, ...(r.category ?? []).flatMap(conceptTexts)].filter((x): x is string => typeof x === 'string')]));
};

/** Contact details: each current contact person of the Patient, by family name. */
const contactDetails: Check = (el, patient) => {
  expect(DATA_STATES, 'contact details state').to.include(state(el));
  const current = (patient.contact ?? []).filter((c: Json) => !c?.period?.end || String(c.period.end) > new Date().toISOString());
  const restricted = (patient.meta?.security ?? []).some((c: Json) => c?.code === 'R');
  if (restricted) return;
  expectShown(el, current.filter((c: Json) => typeof c?.name?.family === 'string').map((c: Json) => [`contact ${c.name.family}`, [c.name.family]]));
};

/**
 * Care team (R68): a data state; each member of a team that is not entered in error is shown by the
 * name its reference displays (current or under "Not currently involved"); a team with a current
 * member (active or no status, period not ended) is loaded. The fixtures hold CareTeams only
 * contained in CarePlans (HL7 examples), so against them this checks the search and the states.
 */
const careTeam: Check = (el, patient, data) => {
  const teams = resourcesFor(data.resources, 'CareTeam', patient.id).filter((r) => !isEnteredInError(r));
  const now = new Date().toISOString();
  const ended = (p: Json | undefined) => typeof p?.end === 'string' && p.end < now;
  const current = teams.some((t) => (!t.status || t.status === 'active') && !ended(t.period)
    && (t.participant ?? []).some((p: Json) => !ended(p?.period)));
  expect(DATA_STATES, 'care team state').to.include(state(el));
  if (current) expect(state(el), 'care team state').to.equal('loaded');
  el.shadowRoot?.querySelectorAll('details').forEach((d) => { (d as HTMLDetailsElement).open = true; });
  expectShown(el, teams.flatMap((t) => (t.participant ?? [])
    .filter((p: Json) => typeof p?.member?.display === 'string')
    .map((p: Json) => [`CareTeam/${t.id} ${p.member.display}`, [p.member.display]] as [string, string[]])));
};

/**
 * Encounters (issue 19): every Encounter and Appointment not entered in error is in the list, counted
 * by what the element renders (the current/upcoming entries, and the past list's set size, R63: a
 * long list renders a page at a time, so its aria-setsize is the whole). Past ones are not all in the DOM.
 */
const encounters: Check = (el, patient, data) => {
  const items = ['Encounter', 'Appointment'].flatMap((type) => resourcesFor(data.resources, type, patient.id)).filter((r) => !isEnteredInError(r));
  expectDataState(el, items.length > 0);
  const root = el.shadowRoot!;
  const upcoming = root.querySelectorAll('[part="upcoming"] [part="visit"]').length;
  const past = Number(root.querySelector('[part="past"] [part="visit"]')?.getAttribute('aria-setsize') ?? 0);
  expect(upcoming + past, 'encounters: every Encounter and Appointment listed').to.equal(items.length);
};

const socialCare: Check = (el) => {
  expect(DATA_STATES, 'social care state').to.include(state(el));
};

/** R66: Flags and Consents answer (the HL7 and UK Core Consent examples are privacy consents, left out). */
const alerts: Check = (el) => {
  expect(DATA_STATES, 'alerts state').to.include(state(el));
};

/**
 * Documents (R70): every DocumentReference not entered in error is listed (counted by the list's set
 * size, R63: a long list renders a page at a time), and each superseded one on screen is marked so.
 */
const documents: Check = (el, patient, data) => {
  const docs = resourcesFor(data.resources, 'DocumentReference', patient.id).filter((r) => !isEnteredInError(r));
  expectDataState(el, docs.length > 0);
  const root = el.shadowRoot!;
  const listed = Number(root.querySelector('[part~="document"]')?.getAttribute('aria-setsize') ?? 0);
  expect(listed, 'documents: every DocumentReference not entered in error listed').to.equal(docs.length);
  root.querySelectorAll('[part~="document"][data-status="superseded"]').forEach((li) => {
    expect(li.querySelector('[data-superseded]'), `documents: superseded ${li.getAttribute('data-id')} marked`).to.exist;
  });
  const superseded = docs.filter((d) => d.status === 'superseded').map((d) => d.id);
  const shownIds = [...root.querySelectorAll('[part~="document"]')].map((li) => li.getAttribute('data-id'));
  for (const id of superseded) if (shownIds.includes(id)) expect(root.querySelector(`[part~="document"][data-id="${CSS.escape(id)}"]`)?.getAttribute('data-status'), `documents: ${id} status`).to.equal('superseded');
};

/**
 * Immunisations (R71): every Immunization not entered in error is listed (the list's set size, R63),
 * and each one not given that is on screen says "Not given", never reads as given.
 */
const immunisations: Check = (el, patient, data) => {
  const items = resourcesFor(data.resources, 'Immunization', patient.id).filter((r) => !isEnteredInError(r));
  expectDataState(el, items.length > 0);
  const root = el.shadowRoot!;
  const listed = Number(root.querySelector('[part~="immunisation"]')?.getAttribute('aria-setsize') ?? 0);
  expect(listed, 'immunisations: every Immunization not entered in error listed').to.equal(items.length);
  const notGiven = new Set(items.filter((r) => r.status === 'not-done' || r.notGiven === true).map((r) => `Immunization/${r.id}`));
  root.querySelectorAll('[part~="immunisation"]').forEach((li) => {
    const id = li.getAttribute('data-id') ?? '';
    expect(li.getAttribute('data-given'), `immunisations: ${id} given or not`).to.equal(notGiven.has(id) ? 'false' : 'true');
    if (notGiven.has(id)) expect(li.querySelector('[data-not-given]'), `immunisations: ${id} says Not given`).to.exist;
  });
};

export const CHECKS: Record<SectionTag, Check> = {
  'icr-patient-banner': banner,
  'icr-contact-details': contactDetails,
  'icr-allergies': allergies,
  'icr-medications': medications,
  'icr-social-care-events': socialCare,
  'icr-care-plans': carePlans,
  'icr-radiology-reports': reports,
  'icr-pathology-reports': reports,
  'icr-results': results,
  'icr-diagnoses': generic('Condition', (r) => conceptTexts(r.code)),
  'icr-care-team': careTeam,
  'icr-encounters': encounters,
  'icr-alerts': alerts,
  'icr-documents': documents,
  'icr-immunisations': immunisations,
};
