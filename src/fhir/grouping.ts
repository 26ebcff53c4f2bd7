/**
 * One entry per fact, every source kept (R59, R60; hazards H15 a wrong merge, H16 a hidden
 * difference). The one grouping mechanism of the library: pure, over display-ready items, used by
 * the allergies, medications, diagnoses and contact-details sections (src/sections/). The rules and
 * their limits are written out in docs/icr-contract.md, "Grouping across sources".
 *
 * - Two entries are one only when their keys are equal. For a coded fact the key is its set of
 *   SNOMED CT / dm+d codes (`conceptKey`): the same concept, whichever organisation recorded it.
 *   No code, a local code only, or a code that names no concept of its own (a transfer-degraded
 *   record) gives no key, and an entry with no key is never grouped (R59).
 * - A sensitive entry (R51) is never grouped: a group names its concept and every source in view,
 *   which would say what the hidden entry is and where it came from. It stays an entry of its own,
 *   collapsed behind its reveal.
 * - Entered-in-error and refuted entries never reach here (the mappers leave them out, counted).
 * - The members' details that matter are compared field by field; every field whose values differ
 *   (one source's "not recorded" included) is a difference, listed with each source's own value in
 *   the group itself (R60).
 *   The lead (the member the summary line is drawn from) is the one that calls for more care, as the
 *   section's `order` says, so the summary never shows the less safe value silently.
 */
import type { Coding } from './read.js';

/** dm+d identifiers are SNOMED CT identifiers (the UK drug extension), so these systems compare as one. */
const SNOMED_NAMESPACE = [
  'http://snomed.info/sct',
  'https://dmd.nhs.uk',
  'http://dmd.nhs.uk',
  'https://fhir.nhs.uk/id/dmd',
];

/**
 * The concept an entry's codes name: its SNOMED CT and dm+d codes, sorted, as one key; undefined
 * (never grouped) when it has none, or when any of them is in `vague` (codes that say "something
 * was recorded" rather than what, such as the GP2GP transfer-degraded codes: two degraded records
 * of different drugs share that code).
 */
export function conceptKey(codes: readonly Coding[], vague: readonly string[] = []): string | undefined {
  const national = new Set<string>();
  for (const c of codes) {
    const code = c.code?.trim();
    const system = c.system?.trim().toLowerCase();
    if (!code || !system || !SNOMED_NAMESPACE.includes(system)) continue;
    if (vague.includes(code)) return undefined;
    national.add(code);
  }
  return national.size ? `sct|${[...national].sort().join('+')}` : undefined;
}

/** One source of a group, in words: the organisation, the date it recorded the fact, what kind of record. */
export interface GroupSource {
  /** The organisation in words; undefined: the record does not name it ("Source not named"). */
  source?: string;
  /** The date this source recorded or asserted the fact, display-ready; undefined: not recorded. */
  date?: string;
  /** What kind of record it is, where a source can hold two (a statement and a prescription). */
  detail?: string;
  /** R72: this record was added by the patient or a related person (a carer): said wherever it appears. */
  addedBy?: 'patient' | 'related-person';
}

/** One member's value of a field that differs, with the source it came from. */
export interface DifferenceValue extends GroupSource {
  /** The value as displayed; undefined: this source did not record it. */
  value?: string;
}

/** A field whose recorded values differ between the members (R60). */
export interface GroupDifference {
  /** The field's name (`dose`, `criticality`, …): the element says it in words. */
  field: string;
  /** One value per member, in member order. */
  values: DifferenceValue[];
}

export interface EntryGroup<T> {
  /** The concept key; undefined for an entry that is never grouped. */
  key?: string;
  /** The member the summary line is drawn from: the one that calls for more care. */
  lead: T;
  /** Every member, the lead first, then in the order the section listed them. */
  members: T[];
  /** One per member, in member order: the sources line says every one with its own date (R59). */
  sources: GroupSource[];
  /** Fields with different recorded values, in the order of the section's `fields` (R60). */
  differences: GroupDifference[];
}

export interface GroupRules<T> {
  /** The grouping key; undefined: never grouped (text only, local code, transfer-degraded). */
  key(item: T): string | undefined;
  /** R51: a sensitive item is never grouped. */
  sensitive(item: T): boolean;
  /** Where the item came from, with its date. */
  source(item: T): GroupSource;
  /** The fields that matter, compared across members; `value` as displayed. */
  fields: readonly { name: string; value(item: T): string | undefined }[];
  /** Orders members so the one that calls for more care comes first (stable: ties keep list order). */
  order?(a: T, b: T): number;
  /**
   * Optional second check for keys that are not codes (a contact): `candidate` joins a group only
   * when it agrees with every member already in it.
   */
  agrees?(candidate: T, member: T): boolean;
}

function differencesOf<T>(members: readonly T[], sources: readonly GroupSource[], rules: GroupRules<T>): GroupDifference[] {
  const out: GroupDifference[] = [];
  for (const field of rules.fields) {
    const values = members.map((m) => field.value(m) || undefined);
    // "Not recorded" counts as a value: a resolved status one source recorded and another did not
    // is still a difference the reader must see (H16). Nothing recorded anywhere is none.
    if (values.every((v) => v === undefined) || new Set(values).size < 2) continue;
    out.push({ field: field.name, values: values.map((value, i) => ({ ...sources[i], value })) });
  }
  return out;
}

/**
 * `items` (in the section's display order) → groups, in the order of each group's first item. An
 * item with no key, or a sensitive one, is a group of one. Pure; never reorders ungrouped items.
 */
export function groupEntries<T>(items: readonly T[], rules: GroupRules<T>): EntryGroup<T>[] {
  const buckets: { key?: string; members: T[] }[] = [];
  const open = new Map<string, { key?: string; members: T[] }[]>();
  for (const item of items) {
    const key = rules.sensitive(item) ? undefined : rules.key(item);
    if (key === undefined) {
      buckets.push({ members: [item] });
      continue;
    }
    const candidates = open.get(key) ?? [];
    const joined = candidates.find((b) => !rules.agrees || b.members.every((m) => rules.agrees!(item, m)));
    if (joined) {
      joined.members.push(item);
      continue;
    }
    const bucket = { key, members: [item] };
    buckets.push(bucket);
    open.set(key, [...candidates, bucket]);
  }
  return buckets.map(({ key, members }) => {
    const ordered = rules.order ? members.map((m, i) => ({ m, i })).sort((a, b) => rules.order!(a.m, b.m) || a.i - b.i).map((x) => x.m) : members;
    const sources = ordered.map((m) => rules.source(m));
    return {
      ...(key !== undefined && { key }),
      lead: ordered[0],
      members: ordered,
      sources,
      differences: ordered.length > 1 ? differencesOf(ordered, sources, rules) : [],
    };
  });
}

/** True when the group holds the same fact from more than one record. */
export function isGrouped(group: EntryGroup<unknown>): boolean {
  return group.members.length > 1;
}

/** A rank for "calls for more care": the index in `worstFirst`, unknown values after the known ones. */
export function careRank(value: string | undefined, worstFirst: readonly string[]): number {
  const i = value === undefined ? -1 : worstFirst.indexOf(value);
  return i === -1 ? worstFirst.length : i;
}
