/**
 * The one note every section shows for the entries it leaves out (refuted, entered in error): the
 * same words, place and look in allergies, medications, diagnoses, results, reports and care plans,
 * so "nothing here" is never read as "nothing recorded" and two sections never say it differently.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HiddenEntries } from '../../fhir/hidden.js';
import { translator } from '../../i18n/core.js';
import { completenessMessages } from '../../i18n/en-GB/completeness.js';
import { icon } from './section-states.js';

const t = translator(completenessMessages);

/** "2 entries marked as entered in error are not shown." (or both reasons with their counts). */
export function hiddenText(hidden: Partial<HiddenEntries>): string | undefined {
  const refuted = hidden.refuted ?? 0;
  const enteredInError = hidden.enteredInError ?? 0;
  if (refuted && enteredInError) {
    return t('completeness.hidden.both', { count: refuted + enteredInError, refuted, enteredInError });
  }
  if (refuted) return t('completeness.hidden.refuted', { count: refuted });
  if (enteredInError) return t('completeness.hidden.enteredInError', { count: enteredInError });
  return undefined;
}

/** The note, or nothing when no entry was left out. Part `excluded`, as the report elements had it. */
export function renderHidden(hidden: Partial<HiddenEntries>): TemplateResult | typeof nothing {
  const text = hiddenText(hidden);
  if (!text) return nothing;
  return html`<p class="hidden-entries" part="excluded" data-hidden-count=${(hidden.refuted ?? 0) + (hidden.enteredInError ?? 0)}>${icon('info')}<span>${text}</span></p>`;
}
