/**
 * R8, R73: the identity a whole-record failure was asked for. With no record shown, the clinician
 * must still be able to confirm whom the ICR was asked about: the NHS number as the host gave it
 * (3-3-4 when valid; as given and flagged when not, R13, R14), or the ICR patient id, and the name
 * only once the record has confirmed it (never the name of a record that failed the R9 check).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PatientRef } from '../../data/client.js';
import type { FhirResource } from '../../fhir/read.js';
import { mapPatientBanner, requestedNhsNumberView } from '../../fhir/patient.js';
import { translator } from '../../i18n/core.js';
import { bannerMessages } from '../../i18n/en-GB/banner.js';
import { stateMessages } from '../../i18n/en-GB/state.js';

const t = translator(bannerMessages, stateMessages);

/** The "Patient asked for: …" line; nothing when the host gave no patient at all. */
export function renderRequestedIdentity(ref: PatientRef | undefined, confirmed?: FhirResource): TemplateResult | typeof nothing {
  const given = ref?.nhsNumber?.trim() || undefined;
  const patientId = ref?.patientId?.trim() || undefined;
  const name = confirmed ? mapPatientBanner(confirmed, new Date()).name : undefined;
  if (!given && !patientId && !name) return nothing;
  const nhs = given ? requestedNhsNumberView(given) : undefined;
  return html`<p class="state-identity" part="requested-identity" data-identity>
    <span>${t('state.requested')}</span>
    ${name ? html`<strong class="identity-name">${name}</strong>` : nothing}
    ${nhs
      ? html`<span data-identity-nhs>${t('banner.nhsNumber')} <strong class="nhs" aria-hidden="true">${nhs.display}</strong><span class="visually-hidden">${nhs.spoken}</span>${nhs.valid
          ? nothing : html` <strong class="identity-invalid">(${t('banner.invalidNhsNumber')})</strong>`}</span>`
      : nothing}
    ${patientId ? html`<span data-identity-id>${t('state.requested.patientId')} <strong>${patientId}</strong></span>` : nothing}
  </p>`;
}
