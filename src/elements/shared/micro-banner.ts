/**
 * R8: the micro banner (name, born, NHS No.) a section shows when it stands alone, so clinical
 * content is never shown without saying whose it is. Built from the same mapper as the banner.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FhirResource } from '../../fhir/read.js';
import { formatPatientName } from '../../format/names.js';
import { findNhsNumber, formatNhsNumber, spokenNhsNumber } from '../../format/nhs-number.js';
import { formatDate } from '../../format/dates.js';

export function renderMicroBanner(patient: FhirResource): TemplateResult {
  const nhs = findNhsNumber(patient.identifier);
  return html`<p class="micro-banner" part="micro-banner" aria-label="Patient">
    <strong>${formatPatientName(patient.name) ?? 'Name not known'}</strong>
    <span>Born <strong>${formatDate(patient.birthDate)}</strong></span>
    ${nhs ? html`<span>NHS No. <strong aria-label=${spokenNhsNumber(nhs.value)}>${formatNhsNumber(nhs.value)}</strong></span>` : nothing}
  </p>`;
}
