/**
 * Who a piece of text belongs to. For every patient of the mock population: the strings that
 * identify them (formatted NHS number, banner name) and the record strings found in their record
 * and nobody else's (drug names, diagnoses, addresses, report text …), each tagged with the
 * resource types it occurs in. A rendered element whose text contains another patient's marker
 * showed the wrong patient (H1); a marker from a type the role may not read is a wrong-role render
 * (H11). One regular expression scans a whole element's text in a single pass.
 */
import { POPULATION } from '../../../src/mock/population/index.js';
import { PopulationStore } from '../../../src/mock/store.js';
import { sharedResources } from '../../../src/mock/organisations.js';
import { enGB } from '../../../src/i18n/en-GB/index.js';
import { formatNhsNumber } from '../../../src/format/nhs-number.js';
import type { FhirResource } from '../../../src/mock/index.js';

export interface Marker {
  text: string;
  patientId: string;
  /** Resource types of that patient's record the string occurs in (`Patient` for identity). */
  types: Set<string>;
}

export interface Found {
  marker: Marker;
  at: number;
}

/** Leaf keys whose strings are codes, links or encodings rather than text anyone reads. */
const NOT_TEXT = new Set([
  'resourceType', 'id', 'reference', 'system', 'url', 'fullUrl', 'profile', 'data', 'contentType', 'language',
  'status', 'code', 'use', 'gender', 'intent', 'priority', 'mode', 'unit', 'comparator', 'periodUnit', 'criticality',
  'severity', 'type', 'version', 'lastUpdated', 'source',
]);

const DATE_LIKE = /^[\d\s\-:T.+Z/]+$/;

function leaves(value: unknown, key: string, out: string[]): void {
  if (typeof value === 'string') {
    if (!NOT_TEXT.has(key)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) leaves(v, key, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leaves(v, k, out);
  }
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export class MarkerIndex {
  readonly markers: Marker[] = [];
  readonly byPatient = new Map<string, Marker[]>();
  private readonly pattern: RegExp;
  private readonly byText = new Map<string, Marker>();

  constructor(perTypeLimit = 40) {
    const store = new PopulationStore(POPULATION, Date.now);
    const shared = clean(JSON.stringify(sharedResources()));
    const ui = clean(JSON.stringify(Object.values(enGB)));
    const blobs = new Map<string, string>();
    const records = new Map<string, FhirResource[]>();
    for (const m of POPULATION) {
      const record = store.record(m.id)!;
      const all = [...record.byType.values()].flat();
      records.set(m.id, all);
      blobs.set(m.id, clean(JSON.stringify(all)));
    }
    for (const m of POPULATION) {
      const candidates = new Map<string, Set<string>>();
      for (const r of records.get(m.id)!) {
        const found: string[] = [];
        leaves(r, '', found);
        for (const raw of found) {
          const text = clean(raw);
          if (text.length < 6 || !/\p{L}/u.test(text) || DATE_LIKE.test(text)) continue;
          const types = candidates.get(text) ?? new Set<string>();
          types.add(r.resourceType);
          candidates.set(text, types);
        }
      }
      const perType = new Map<string, number>();
      const mine: Marker[] = [
        { text: clean(formatNhsNumber(m.nhsNumber)), patientId: m.id, types: new Set(['Patient']) },
        { text: clean(m.name), patientId: m.id, types: new Set(['Patient']) },
      ];
      // Longest first: the most distinctive strings make the best markers.
      for (const [text, types] of [...candidates].sort((a, b) => b[0].length - a[0].length)) {
        if (text.length > 120) continue;
        if (shared.includes(text) || ui.includes(text)) continue;
        if (POPULATION.some((o) => o.id !== m.id && blobs.get(o.id)!.includes(text))) continue;
        const type = [...types][0]!;
        const used = perType.get(type) ?? 0;
        if (used >= perTypeLimit) continue;
        perType.set(type, used + 1);
        mine.push({ text, patientId: m.id, types });
      }
      this.byPatient.set(m.id, mine);
      this.markers.push(...mine);
    }
    for (const marker of this.markers) this.byText.set(marker.text, marker);
    const escaped = [...this.byText.keys()].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.pattern = new RegExp(escaped.join('|'), 'g');
  }

  /** Every marker in `text` (compared in lower case, whitespace collapsed). */
  scan(text: string): Found[] {
    const found: Found[] = [];
    for (const match of clean(text).matchAll(this.pattern)) {
      const marker = this.byText.get(match[0]);
      if (marker) found.push({ marker, at: match.index ?? 0 });
    }
    return found;
  }
}
