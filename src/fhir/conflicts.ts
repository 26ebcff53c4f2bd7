/**
 * Conflict cues between current medications and recorded allergies: exact matches only. With no
 * terminology server, a match is the same dm+d/SNOMED code or the same normalised ingredient name;
 * the absence of a cue never means there is no conflict (the cue text says so).
 */
import type { Coding } from './read.js';

/** What the conflict finder needs of one item. */
export interface ConflictSubject {
  id: string;
  resourceType: string;
  text: string;
  codes: Coding[];
  /** Ingredient / substance names already known for the item (e.g. Medication.ingredient). */
  names: string[];
  /** R51: a sensitive item's name must not appear in the other section's cue until it is revealed. */
  sensitivity?: 'R' | 'V';
}

export interface ConflictMatch {
  allergy: { id: string; text: string; sensitivity?: 'R' | 'V' };
  medication: { id: string; resourceType: string; text: string; sensitivity?: 'R' | 'V' };
  basis: 'code' | 'name';
}

const SNOMED_LIKE = [
  'http://snomed.info/sct',
  'https://dmd.nhs.uk',
  'http://dmd.nhs.uk',
  'https://fhir.nhs.uk/Id/dmd',
];

/** dm+d identifiers are SNOMED identifiers, so the systems compare as one. */
function codeKeys(codes: Coding[]): Set<string> {
  const keys = new Set<string>();
  for (const c of codes) {
    if (!c.code) continue;
    const system = c.system && SNOMED_LIKE.includes(c.system.toLowerCase()) ? 'sct' : (c.system ?? '');
    if (system === '') continue;
    keys.add(`${system}|${c.code}`);
  }
  return keys;
}

/**
 * A name reduced to its substance: lower case, parenthesised qualifiers and everything from the
 * first digit (strength, form) removed. `Amoxicillin 250mg capsules` → `amoxicillin`.
 */
export function normaliseSubstance(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const base = name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[0-9]/)[0]
    .replace(/[^a-z\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return base.length >= 3 ? base : undefined;
}

function nameKeys(subject: ConflictSubject): Set<string> {
  const keys = new Set<string>();
  for (const n of [subject.text, ...subject.names, ...subject.codes.map((c) => c.display)]) {
    const k = normaliseSubstance(n);
    if (k) keys.add(k);
  }
  return keys;
}

/** Every (allergy, medication) pair with a shared code or normalised name. Pure. */
export function findConflicts(allergies: ConflictSubject[], medications: ConflictSubject[]): ConflictMatch[] {
  const matches: ConflictMatch[] = [];
  const medKeys = medications.map((m) => ({ m, codes: codeKeys(m.codes), names: nameKeys(m) }));
  for (const a of allergies) {
    const aCodes = codeKeys(a.codes);
    const aNames = nameKeys(a);
    for (const { m, codes, names } of medKeys) {
      const byCode = [...aCodes].some((k) => codes.has(k));
      const byName = !byCode && [...aNames].some((k) => names.has(k));
      if (byCode || byName) {
        matches.push({
          allergy: { id: a.id, text: a.text, ...(a.sensitivity && { sensitivity: a.sensitivity }) },
          medication: { id: m.id, resourceType: m.resourceType, text: m.text, ...(m.sensitivity && { sensitivity: m.sensitivity }) },
          basis: byCode ? 'code' : 'name',
        });
      }
    }
  }
  return matches;
}

