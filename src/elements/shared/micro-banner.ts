/**
 * R8: the micro banner (name, born, NHS No.) a section shows when it stands alone, so clinical
 * content is never shown without saying whose it is. Built from the same mapper as the banner
 * (src/fhir/patient.ts), so the two can never disagree about the patient.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FhirResource } from '../../fhir/read.js';
import { mapPatientBanner, type BannerView } from '../../fhir/patient.js';
import { translator } from '../../i18n/core.js';
import { bannerMessages } from '../../i18n/en-GB/banner.js';

const t = translator(bannerMessages);

/** The micro banner of a view model (R8); a deceased patient also shows Died (R5). */
export function renderMicroBannerView(view: BannerView): TemplateResult {
  const nhs = view.nhsNumber;
  return html`<p class="micro-banner" part="micro-banner" aria-label=${t('banner.label')} role="group">
    <strong>${view.name ?? t('banner.nameNotKnown')}</strong>
    <span>${t('banner.born')} <strong>${view.born ?? t('banner.notKnown')}</strong>${view.age ? ` (${view.age})` : nothing}</span>
    ${view.deceased ? html`<span>${t('banner.died')} <strong>${view.deceased.date ?? t('banner.notKnown')}</strong></span>` : nothing}
    <span>${t('banner.nhsNumber')} ${nhs
      ? html`<strong aria-hidden="true">${nhs.display}</strong><span class="visually-hidden">${nhs.spoken}</span>${nhs.valid
          ? nothing : html` <strong>(${t('banner.invalidNhsNumber')})</strong>`}`
      : html`<strong>${t('banner.notKnown')}</strong>`}</span>
  </p>`;
}

/** The micro banner of a Patient resource, ages measured at `now`. */
export function renderMicroBanner(patient: FhirResource, now: Date = new Date()): TemplateResult {
  return renderMicroBannerView(mapPatientBanner(patient, now));
}
