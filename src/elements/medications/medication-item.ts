/** Render helpers for one medication (R30–R33, R44, R51) and its conflict cue. */
import { html, nothing, type TemplateResult } from 'lit';
import { medicationEndKind, type MedicationItem } from '../../fhir/medications.js';
import type { ConflictMatch } from '../../fhir/conflicts.js';
import { formatDate } from '../../format/dates.js';
import { translator } from '../../i18n/core.js';
import { medicationsMessages } from '../../i18n/en-GB/medications.js';
import { icon } from '../shared/section-states.js';
import { sourceText } from '../../fhir/provenance.js';
import { nameOrHidden, type RenderSensitive } from '../shared/sensitive.js';
import { isGrouped, type EntryGroup, type GroupDifference } from '../../fhir/grouping.js';
import { DOSE_FIELDS } from '../../sections/grouping.js';
import { renderDifferenceList, renderDifferences, renderGroupSources } from '../shared/entry-group.js';
import { renderFacts } from '../shared/facts.js';

const t = translator(medicationsMessages);

const STATUS_REASON_LABELS = ['stopped', 'on-hold', 'not-taken', 'cancelled'] as const;

/** "Reason stopped", "Reason on hold", …: the label names the status the reason explains. */
function statusReasonLabel(status: string): string {
  const known = STATUS_REASON_LABELS.find((s) => s === status);
  return t(known ? `medications.statusReason.${known}` : 'medications.statusReason.other');
}

const END_LABELS = { ended: 'medications.end', due: 'medications.end.due', planned: 'medications.end.planned' } as const;

/** "Ended" only for an end that has passed (London day); "Due to end" / "Planned end" before it. */
function endLabel(m: MedicationItem, now: Date): string {
  return t(END_LABELS[medicationEndKind(m, now) ?? 'ended']);
}

/**
 * R30: generic (lower case, bold), BRAND, the product as recorded, form, strength; dose bold.
 * `dose`: what stands in the dose's place instead (a group whose sources record different doses, R60).
 */
function medicationLine(m: MedicationItem, dose?: TemplateResult | typeof nothing): TemplateResult {
  // Brand, form and strength are text, not elements of their own (issue 21 point 4: a light row).
  const after = [m.form, m.strength].filter(Boolean).map((x) => `, ${x}`).join('');
  return html`<p class="med-line">${m.generic ? html`<strong class="generic">${m.generic}</strong> ` : nothing}${m.brand ? `${m.brand} ` : nothing}<strong class="name">${m.name}</strong>${after}</p>
  ${dose !== undefined ? dose : m.dosage.length
    ? m.dosage.map((d) => html`<p class="dose"><strong>${d.structured ?? d.text}</strong>${d.structured && d.text ? ` · ${t('medications.instructions')}: ${d.text}` : nothing}</p>`)
    : html`<p class="dose">${t('medications.dosage.none')}</p>`}`;
}

/** A medicine's whole dose line as one source recorded it: structured, then its own words. */
function doseLine(m: MedicationItem): string | undefined {
  const lines = m.dosage.map((d) => (d.structured && d.text ? `${d.structured} (${d.text})` : d.structured ?? d.text));
  return lines.filter(Boolean).join('; ') || undefined;
}

/**
 * R60: when the sources differ in dose, frequency or route, each source's whole dose line, under
 * the first of those that differs ("Dose differs between sources: GP 5 mg, once a day · …"), so
 * no part of any source's instructions is lost and none stands alone as the dose.
 */
function doseDifference(group: EntryGroup<MedicationItem>): GroupDifference | undefined {
  const first = DOSE_FIELDS.find((f) => group.differences.some((d) => d.field === f));
  if (!first) return undefined;
  return { field: first, values: group.members.map((m, i) => ({ ...group.sources[i], value: doseLine(m) })) };
}

/**
 * One medicine, or one group of records of the same medicine (R59): with `group` holding more than
 * one record, `m` is its lead (a current one if any is), the sources line replaces the one record's
 * source and date asserted, and a dose, frequency or route that differs is shown for every source
 * where the dose would be, never the lead's alone (R60, H16).
 */
export function renderMedication(
  m: MedicationItem,
  conflicts: ConflictMatch[],
  sensitive: RenderSensitive,
  position: { index: number; size: number },
  group?: EntryGroup<MedicationItem>,
  now: Date = new Date(),
): TemplateResult {
  const grouped = !!group && isGrouped(group);
  const doseDiffers = group ? doseDifference(group) : undefined;
  const dose = doseDiffers ? renderDifferenceList([doseDiffers]) : undefined;
  // The status line is the row's own first line of text, not a paragraph of its own (one element fewer a row).
  return html`<li class="item" part="item" data-key=${m.key} aria-posinset=${position.index + 1} aria-setsize=${position.size}>
    <strong class="status" data-status=${m.status}>${m.statusLabel}</strong> · ${t(m.resourceType === 'MedicationRequest' ? 'medications.kind.request' : 'medications.kind.statement')}
    ${sensitive({ sensitivity: m.sensitivity, resourceType: m.resourceType, id: m.id }, () => html`
      ${m.statusReason ? html`<p class="status-reason" part="status-reason"><span class="label">${statusReasonLabel(m.status)}:</span> <strong>${m.statusReason}</strong></p>` : nothing}
      ${medicationLine(m, dose)}
      ${group ? renderDifferences(group, { except: DOSE_FIELDS }) : nothing}
      ${m.transferDegraded ? html`<p class="degraded" role="note">${icon('alert')}<span>${t('medications.transferDegraded')}</span></p>` : nothing}
      ${conflicts.map((c) => html`<p class="conflict" part="conflict" role="note">${icon('alert')}<span>${t('medications.conflict', { allergy: nameOrHidden(c.allergy.text, c.allergy.sensitivity) })}</span></p>`)}
      ${renderFacts([
        { label: t('medications.start'), value: m.start ? formatDate(m.start) : undefined },
        { label: endLabel(m, now), value: m.end ? formatDate(m.end) : undefined },
        { label: t('medications.lastIssue'), value: m.lastIssue ? formatDate(m.lastIssue) : undefined },
        { label: t('medications.asserted'), value: m.asserted && !grouped ? formatDate(m.asserted) : undefined },
        { label: t('medications.prescriber'), value: m.prescriber },
        { label: t('medications.informationSource'), value: m.informationSource },
        { label: t('medications.source'), value: grouped ? undefined : sourceText(m.organisation) },
        { label: t('medications.reason'), value: m.reason },
      ])}
      ${group ? renderGroupSources(group) : nothing}`)}
  </li>`;
}
