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

const t = translator(medicationsMessages);

function row(name: string, value: string | undefined): TemplateResult | typeof nothing {
  if (!value) return nothing;
  return html`<div class="row"><dt>${name}</dt><dd>${value}</dd></div>`;
}

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
  return html`<p class="med-line">
    ${m.generic ? html`<strong class="generic">${m.generic}</strong> ` : nothing}${m.brand ? html`<span class="brand">${m.brand}</span> ` : nothing}
    <strong class="name">${m.name}</strong>${m.form ? html`<span class="form">, ${m.form}</span>` : nothing}${m.strength ? html`<span class="strength">, ${m.strength}</span>` : nothing}
  </p>
  ${dose !== undefined ? dose : m.dosage.length
    ? m.dosage.map((d) => html`<p class="dose">
        ${d.structured ? html`<strong>${d.structured}</strong>` : html`<strong class="verbatim">${d.text}</strong>`}
        ${d.structured && d.text ? html`<br /><span class="instructions">${t('medications.instructions')}: <span class="verbatim">${d.text}</span></span>` : nothing}
      </p>`)
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
  return html`<li class="item" part="item" data-key=${m.key} aria-posinset=${position.index + 1} aria-setsize=${position.size}>
    <p class="status-line"><strong class="status" data-status=${m.status}>${m.statusLabel}</strong>
      <span class="kind"> · ${t(m.resourceType === 'MedicationRequest' ? 'medications.kind.request' : 'medications.kind.statement')}</span></p>
    ${sensitive({ sensitivity: m.sensitivity, resourceType: m.resourceType, id: m.id }, () => html`
      ${m.statusReason ? html`<p class="status-reason" part="status-reason"><span class="label">${statusReasonLabel(m.status)}:</span> <strong>${m.statusReason}</strong></p>` : nothing}
      ${medicationLine(m, dose)}
      ${group ? renderDifferences(group, { except: DOSE_FIELDS }) : nothing}
      ${m.transferDegraded ? html`<p class="degraded" role="note">${icon('alert')}<span>${t('medications.transferDegraded')}</span></p>` : nothing}
      ${conflicts.map((c) => html`<p class="conflict" part="conflict" role="note">${icon('alert')}<span>${t('medications.conflict', { allergy: nameOrHidden(c.allergy.text, c.allergy.sensitivity) })}</span></p>`)}
      <dl>
        ${row(t('medications.start'), m.start ? formatDate(m.start) : undefined)}
        ${row(endLabel(m, now), m.end ? formatDate(m.end) : undefined)}
        ${row(t('medications.lastIssue'), m.lastIssue ? formatDate(m.lastIssue) : undefined)}
        ${row(t('medications.asserted'), m.asserted && !grouped ? formatDate(m.asserted) : undefined)}
        ${row(t('medications.prescriber'), m.prescriber)}
        ${row(t('medications.informationSource'), m.informationSource)}
        ${grouped ? nothing : row(t('medications.source'), sourceText(m.organisation))}
        ${row(t('medications.reason'), m.reason)}
      </dl>
      ${group ? renderGroupSources(group) : nothing}`)}
  </li>`;
}
