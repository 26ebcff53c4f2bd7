/** Render helpers for one medication (R30–R33, R44, R51) and its conflict cue. */
import { html, nothing, type TemplateResult } from 'lit';
import type { MedicationItem } from '../../fhir/medications.js';
import type { ConflictMatch } from '../../fhir/conflicts.js';
import { formatDate } from '../../format/dates.js';
import { translator } from '../../i18n/core.js';
import { medicationsMessages } from '../../i18n/en-GB/medications.js';
import { icon } from '../shared/section-states.js';
import { sourceText } from '../../fhir/provenance.js';
import { renderSensitive, type SensitiveReveals } from '../shared/sensitive.js';

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

/** R30: generic (lower case, bold), BRAND, the product as recorded, form, strength; dose bold. */
function medicationLine(m: MedicationItem): TemplateResult {
  return html`<p class="med-line">
    ${m.generic ? html`<strong class="generic">${m.generic}</strong> ` : nothing}${m.brand ? html`<span class="brand">${m.brand}</span> ` : nothing}
    <strong class="name">${m.name}</strong>${m.form ? html`<span class="form">, ${m.form}</span>` : nothing}${m.strength ? html`<span class="strength">, ${m.strength}</span>` : nothing}
  </p>
  ${m.dosage.length
    ? m.dosage.map((d) => html`<p class="dose">
        ${d.structured ? html`<strong>${d.structured}</strong>` : html`<strong class="verbatim">${d.text}</strong>`}
        ${d.structured && d.text ? html`<br /><span class="instructions">${t('medications.instructions')}: <span class="verbatim">${d.text}</span></span>` : nothing}
      </p>`)
    : html`<p class="dose">${t('medications.dosage.none')}</p>`}`;
}

export function renderMedication(
  m: MedicationItem,
  conflicts: ConflictMatch[],
  reveals: SensitiveReveals,
  position: { index: number; size: number },
): TemplateResult {
  const detail = { section: 'medications', resourceType: m.resourceType, id: m.id };
  return html`<li class="item" part="item" data-key=${m.key} aria-posinset=${position.index + 1} aria-setsize=${position.size}>
    <p class="status-line"><strong class="status" data-status=${m.status}>${m.statusLabel}</strong>
      <span class="kind"> · ${t(m.resourceType === 'MedicationRequest' ? 'medications.kind.request' : 'medications.kind.statement')}</span></p>
    ${renderSensitive(reveals, detail, m.sensitivity, () => html`
      ${m.statusReason ? html`<p class="status-reason" part="status-reason"><span class="label">${statusReasonLabel(m.status)}:</span> <strong>${m.statusReason}</strong></p>` : nothing}
      ${medicationLine(m)}
      ${m.transferDegraded ? html`<p class="degraded" role="note">${icon('alert')}<span>${t('medications.transferDegraded')}</span></p>` : nothing}
      ${conflicts.map((c) => html`<p class="conflict" part="conflict" role="note">${icon('alert')}<span>${t('medications.conflict', { allergy: c.allergy.text })}</span></p>`)}
      <dl>
        ${row(t('medications.start'), m.start ? formatDate(m.start) : undefined)}
        ${row(t('medications.end'), m.end ? formatDate(m.end) : undefined)}
        ${row(t('medications.lastIssue'), m.lastIssue ? formatDate(m.lastIssue) : undefined)}
        ${row(t('medications.asserted'), m.asserted ? formatDate(m.asserted) : undefined)}
        ${row(t('medications.prescriber'), m.prescriber)}
        ${row(t('medications.informationSource'), m.informationSource)}
        ${row(t('medications.source'), sourceText(m.organisation))}
        ${row(t('medications.reason'), m.reason)}
      </dl>`)}
  </li>`;
}
