/**
 * The one renderer of a fact recorded by several sources (R59, R60), shared by the allergies,
 * medications, diagnoses and contact-details elements: the sources line ("Recorded by 2 sources:
 * Riverside Medical Practice, 14-May-2003 · Northbridge General Hospital, 17-May-2026") and each
 * difference that matters, in words, with an icon and a border of its own (never colour alone, R56).
 * A group of one renders nothing here: the entry looks as it always did.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { isGrouped, type EntryGroup, type GroupDifference, type GroupSource } from '../../fhir/grouping.js';
import { sourceText } from '../../fhir/provenance.js';
import { translator } from '../../i18n/core.js';
import { groupingMessages } from '../../i18n/en-GB/grouping.js';
import { icon } from './section-states.js';

const t = translator(groupingMessages);
type MessageKey = Parameters<typeof t>[0];

export const entryGroupStyles = css`
  .group-sources { margin: 0.25rem 0 0; }
  .more-sources summary { cursor: pointer; min-height: 24px; }
  .more-sources ul { margin: 0.25rem 0; padding-left: 1.25rem; }
  .group-sources-label { color: var(--_secondary); }
  .group-sources .date { white-space: nowrap; }
  ul.differences { list-style: none; margin: 0.25rem 0; padding: 0; }
  li.difference {
    display: flex; gap: 0.25rem; align-items: flex-start;
    margin: 0.25rem 0; padding: 0.25rem;
    border: 2px solid var(--_warning); border-left-width: 6px;
  }
  li.difference .icon { width: 1.25em; height: 1.25em; flex: none; }
`;

function fieldName(field: string): string {
  const key = `grouping.field.${field}` as MessageKey;
  const text = t(key);
  return text === key ? field : text;
}

/**
 * "Riverside Medical Practice (medication statement, 12-Nov-2026)": the source, then what and when.
 * `dated`: some source of the group has a date, so one without says "date not recorded"; a kind of
 * record that never carries one (a contact) is not told so for every source.
 */
function sourceWords(s: GroupSource, dated: boolean): TemplateResult | string {
  // R72: a record the patient or a carer added says so inside the group too.
  const who = s.addedBy ? t(`grouping.addedBy.${s.addedBy}`) : undefined;
  const about = [s.detail, who].filter(Boolean).join(', ');
  const date = s.date ?? (dated ? t('grouping.dateNotRecorded') : undefined);
  if (!about && !date) return sourceText(s.source);
  // R18: the date is one unbreakable run, so a narrow line never splits "18-May-" from "2026".
  return html`${sourceText(s.source)} (${about}${about && date ? ', ' : ''}${date ? html`<span class="date">${date}</span>` : nothing})`;
}

/** How many sources a group names inline; the rest are one "and N more" disclosure away (a long history). */
const SHOWN_SOURCES = 4;
/** How many sources a difference names for one value before "and N more". */
const SHOWN_PER_VALUE = 3;

/**
 * "Recorded by 2 sources:" when each record is from another organisation, else "234 records from 5
 * sources:" (a long prescribing history, or a statement and a prescription from one practice).
 */
function heading(sources: readonly GroupSource[]): string {
  const organisations = new Set(sources.map((s) => sourceText(s.source))).size;
  return organisations === sources.length
    ? t('grouping.sources', { count: organisations })
    : t('grouping.recordsFrom', { count: organisations, records: sources.length });
}

/**
 * R59: every source of the group with its own date; nothing for an entry from one record. A long
 * history of the same medicine (hundreds of records) names the newest few inline and the rest
 * behind a disclosure, so the entry stays short and every source stays reachable.
 */
export function renderGroupSources(group: EntryGroup<unknown>): TemplateResult | typeof nothing {
  if (!isGrouped(group)) return nothing;
  const dated = group.sources.some((s) => s.date);
  const words = group.sources.map((s) => sourceWords(s, dated));
  const inline = words.slice(0, SHOWN_SOURCES);
  const rest = words.slice(SHOWN_SOURCES);
  return html`<div class="group-sources" part="group-sources" data-sources=${group.sources.length}>
    <span class="group-sources-label">${heading(group.sources)}</span>
    ${inline.map((w, i) => html`${i ? ' · ' : ''}<span class="group-sources-item">${w}</span>`)}
    ${rest.length ? html`<details class="more-sources"><summary>${t('grouping.moreSources', { count: rest.length })}</summary>
      <ul>${rest.map((w) => html`<li class="group-sources-item">${w}</li>`)}</ul></details>` : nothing}
  </div>`;
}

/** What kind of record, and R72 who added it, without the date (a difference names the value, not when). */
function aboutOf(v: GroupSource): string {
  return [v.detail, v.addedBy ? t(`grouping.addedBy.${v.addedBy}`) : undefined].filter(Boolean).join(', ');
}

interface ValueSource { source: string; about: string; count: number }

/** The members' values, one per distinct value (in member order), each with the sources that recorded it. */
function byValue(d: GroupDifference): { value?: string; sources: ValueSource[] }[] {
  const out: { value?: string; sources: ValueSource[] }[] = [];
  for (const v of d.values) {
    let entry = out.find((e) => e.value === v.value);
    if (!entry) out.push((entry = { value: v.value, sources: [] }));
    const source = sourceText(v.source);
    const about = aboutOf(v);
    const known = entry.sources.find((x) => x.source === source && x.about === about);
    if (known) known.count++;
    else entry.sources.push({ source, about, count: 1 });
  }
  return out;
}

/** "RUH Bath (Medication statement, 4 records), GP, and 3 more": bounded however long the history. */
function sourcesOfValue(sources: ValueSource[]): string {
  const named = sources.slice(0, SHOWN_PER_VALUE).map((x) => {
    const about = [x.about, x.count > 1 ? t('grouping.records', { count: x.count }) : ''].filter(Boolean).join(', ');
    return about ? `${x.source} (${about})` : x.source;
  });
  const others = sources.slice(SHOWN_PER_VALUE).reduce((n, x) => n + x.count, 0);
  return [...named, ...(others ? [t('grouping.moreSources', { count: others })] : [])].join(', ');
}

/** "Dose differs between sources: GP: 5 mg · RUH Bath: 10 mg"; each value once, with who recorded it. */
function renderDifference(d: GroupDifference): TemplateResult {
  return html`<li class="difference" data-field=${d.field}>${icon('alert')}<span>
    <strong>${t('grouping.differs', { field: fieldName(d.field) })}</strong>
    ${byValue(d).map((v, i) => html`${i ? ' · ' : ''}<span class="difference-value">${sourcesOfValue(v.sources)}: <strong>${v.value ?? t('grouping.notRecorded')}</strong></span>`)}
  </span></li>`;
}

/**
 * R60: the differences between the group's sources, in the group itself. `only` keeps those fields
 * (a medicine's dose line shows its own where the dose would be), `except` leaves them out.
 */
export function renderDifferences(group: EntryGroup<unknown>, options: { only?: readonly string[]; except?: readonly string[] } = {}): TemplateResult | typeof nothing {
  return renderDifferenceList(group.differences.filter((d) => (!options.only || options.only.includes(d.field)) && !options.except?.includes(d.field)));
}

/** Differences an element composed itself (a medicine's whole dose line per source), the same way. */
export function renderDifferenceList(differences: readonly GroupDifference[]): TemplateResult | typeof nothing {
  if (!differences.length) return nothing;
  return html`<ul class="differences" part="differences" role="list">${differences.map(renderDifference)}</ul>`;
}

/** True when the group's members disagree on any of `fields`. */
export function differsIn(group: EntryGroup<unknown>, fields: readonly string[]): boolean {
  return group.differences.some((d) => fields.includes(d.field));
}
