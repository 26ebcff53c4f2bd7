/** Render helpers for one allergy (R27, R28, R51) and the conflict cue. */
import { html, nothing, type TemplateResult } from 'lit';
import type { AllergyItem } from '../../fhir/allergies.js';
import type { ConflictMatch } from '../../fhir/conflicts.js';
import { formatDate } from '../../format/dates.js';
import { translator } from '../../i18n/core.js';
import { allergiesMessages } from '../../i18n/en-GB/allergies.js';
import { icon } from '../shared/section-states.js';
import { sourceText } from '../../fhir/provenance.js';
import { nameOrHidden, type RenderSensitive } from '../shared/sensitive.js';
import { isGrouped, type EntryGroup } from '../../fhir/grouping.js';
import { renderDifferences, renderGroupSources } from '../shared/entry-group.js';
import { renderFacts } from '../shared/facts.js';

const t = translator(allergiesMessages);
type MessageKey = Parameters<typeof t>[0];

function label(prefix: string, code: string | undefined): string | undefined {
  if (!code) return undefined;
  const key = `${prefix}.${code}` as MessageKey;
  const text = t(key);
  return text === key ? code : text;
}


/** The recorder as recorded, with the organisation when the recorder's own words do not name it already. */
function recorderLine(item: AllergyItem): string | undefined {
  const org = item.organisation && !item.recorder?.includes(item.organisation) ? item.organisation : undefined;
  return [item.recorder, org].filter(Boolean).join(', ') || undefined;
}

/**
 * R29 "Past reactions": each reaction as recorded, with its severity, in one line of text
 * ("hives, rash (severity moderate); anaphylaxis (severity severe): within minutes"), not a list
 * of its own (issue 21 point 4: a light row). "Not known" when none is recorded, never a blank.
 */
function reactionsText(item: AllergyItem): string {
  if (!item.reactions.length) return t('allergies.reactions.notKnown');
  return item.reactions.map((r) => {
    const what = r.manifestations.length ? r.manifestations.join(', ') : t('allergies.reactions.notKnown');
    const severity = r.severity ? t('allergies.severity', { severity: t(`allergies.severity.${r.severity}`) }) : t('allergies.severity.notKnown');
    return `${what} (${severity})${r.description ? `: ${r.description}` : ''}`;
  }).join('; ');
}

export function renderConflictCue(text: string): TemplateResult {
  return html`<p class="conflict" part="conflict" role="note">${icon('alert')}<span>${text}</span></p>`;
}

/**
 * One allergy, or one group of records of the same allergy (R59): `group` given and holding more
 * than one record, `item` is its summary and the sources line and differences replace the one
 * record's recorder, source and last-updated rows.
 */
export function renderAllergy(
  item: AllergyItem,
  conflicts: ConflictMatch[],
  sensitive: RenderSensitive,
  history = false,
  group?: EntryGroup<AllergyItem>,
): TemplateResult {
  const grouped = !!group && isGrouped(group);
  const status = history ? label('allergies.status', item.clinicalStatus) : undefined;
  const verification = item.verificationStatus === 'unconfirmed' || item.verificationStatus === 'presumed'
    ? t(`allergies.verification.${item.verificationStatus}`) : undefined;
  return html`<li class="item" part="item" data-id=${item.id}>
    ${sensitive({ sensitivity: item.sensitivity, resourceType: 'AllergyIntolerance', id: item.id }, () => html`
      <p class="agent">
        <span class="visually-hidden">${t('allergies.agent')}: </span>
        ${item.coded ? html`<strong>${item.agent}</strong>` : html`<span class="free-text">${item.agent}</span>`}
        ${status ? html` <strong class="status">${status}</strong>` : nothing}
        ${verification ? html` <strong class="status">${verification}</strong>` : nothing}
      </p>
      ${item.transferDegraded
        ? html`<p class="degraded" role="note">${icon('alert')}<span>${t('allergies.transferDegraded')}</span></p>`
        : nothing}
      ${conflicts.map((c) => renderConflictCue(t('allergies.conflict', { medication: nameOrHidden(c.medication.text, c.medication.sensitivity) })))}
      <p class="reactions">${t('allergies.reactions')}: ${reactionsText(item)}</p>
      ${renderFacts([
        { label: t('allergies.criticality'), value: label('allergies.criticality', item.criticality) },
        { label: t('allergies.category'), value: item.categories.map((c) => label('allergies.category', c)).join(', ') || undefined },
        { label: t('allergies.onset'), value: item.onset ? formatDate(item.onset) : undefined },
        { label: t('allergies.lastUpdated'), value: grouped ? undefined : formatDate(item.lastUpdated) },
        { label: t('allergies.recorder'), value: grouped ? undefined : recorderLine(item) },
        { label: t('allergies.source'), value: grouped ? undefined : sourceText(item.organisation) },
      ])}
      ${group ? html`${renderGroupSources(group)}${renderDifferences(group)}` : nothing}
      ${item.notes.map((n) => html`<p class="note">${n}</p>`)}
    `)}
  </li>`;
}
