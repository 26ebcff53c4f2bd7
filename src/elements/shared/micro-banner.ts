/**
 * R8: the one micro banner (name, born, NHS No., and Died with the "Deceased" flag so a deceased
 * patient is never missed, R5). `<icr-patient-banner variant="micro">` shows it, and so does every
 * section standing alone, so clinical content is never shown without saying whose it is. Built
 * from the same view model as the banner (src/fhir/patient.ts), so the two can never disagree.
 * The identifier pieces (`identityItem`, `renderBorn`, `renderNhsNumber`, `renderDeceasedFlag`)
 * are the full banner's too.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { FhirResource } from '../../fhir/read.js';
import { mapPatientBanner, type BannerView, type NhsNumberView } from '../../fhir/patient.js';
import { translator } from '../../i18n/core.js';
import { bannerMessages } from '../../i18n/en-GB/banner.js';
import { icon } from './section-states.js';
import { boundedName } from './bounded-text.js';

const t = translator(bannerMessages);

const notKnown = (): string => t('banner.notKnown');

/** One label–value pair; a space between them so the text reads `Born 11-Sep-1970 (56y)`. */
export function identityItem(label: string, value: TemplateResult | string, name: string): TemplateResult {
  return html`<div data-item=${name}><dt>${label}</dt> <dd>${value}</dd></div>`;
}

/** R4: the date of birth, the age in parentheses after it (R7: "Not known" when unreadable). */
export function renderBorn(view: BannerView): TemplateResult | string {
  if (!view.born) return notKnown();
  return view.age ? html`${view.born} <span class="age">(${view.age})</span>` : view.born;
}

/** R5, R58: "Deceased" in words, not only the banner's colour and hatching. */
export function renderDeceasedFlag(view: BannerView): TemplateResult | typeof nothing {
  return view.deceased ? html`<span class="identity-flag deceased-flag" data-flag="deceased">${t('banner.deceased')}</span>` : nothing;
}

/** R13, R14, R16, R17: 3-3-4, read as digit groups, invalid flagged, verification shown. */
export function renderNhsNumber(nhs: NhsNumberView | undefined, onCopy?: (digits: string) => void): TemplateResult | string {
  if (!nhs) return notKnown();
  return html`<span class="nhs" aria-hidden="true">${nhs.display}</span><span class="visually-hidden">${nhs.spoken}</span>
    ${nhs.valid ? nothing : html` <span class="identity-flag error" data-flag="invalid-nhs-number">${icon('alert')}${t('banner.invalidNhsNumber')}</span>`}
    ${nhs.verification
      ? html` <span class="identity-flag" data-flag="verification">${t('banner.verification', {
          status: nhs.verification.display ?? t('banner.verificationCode', { code: nhs.verification.code }),
        })}</span>`
      : nothing}
    ${nhs.copy && onCopy
      ? html` <button type="button" class="copy" part="copy" aria-label=${t('banner.copyLabel')} @click=${() => onCopy(nhs.copy!)}>${t('banner.copy')}</button>`
      : nothing}`;
}

/** R8 micro banner: name, born, NHS No. (and Died, so a deceased patient is never missed). */
export function renderMicroBanner(view: BannerView): TemplateResult {
  const name = boundedName(view.name ?? t('banner.nameNotKnown')); // issue 22: a runaway name is cut, the whole offered
  return html`<div class="identity-row">
    <p class="patient-name" part="name">${name.shown}</p>${name.more}
    ${renderDeceasedFlag(view)}
    <dl part="identifiers">
      ${identityItem(t('banner.born'), renderBorn(view), 'born')}
      ${view.deceased ? identityItem(t('banner.died'), view.deceased.date ?? notKnown(), 'died') : nothing}
      ${identityItem(t('banner.nhsNumber'), renderNhsNumber(view.nhsNumber), 'nhs-number')}
    </dl>
  </div>`;
}

/**
 * R8: the micro banner a section shows above its content when it stands alone, ages measured at
 * `now`: a labelled group in a band of its own.
 */
export function renderSectionMicroBanner(patient: FhirResource, now: Date = new Date()): TemplateResult {
  return html`<div class="micro-banner" part="micro-banner" role="group" aria-label=${t('banner.label')}>${renderMicroBanner(mapPatientBanner(patient, now))}</div>`;
}

/**
 * R64: on paper a section inside a provider says whose record it is at its top, as the banner does
 * on screen (a printed page may hold no banner). Hidden on screen, and from assistive technology
 * there, where the banner above already says it.
 */
export function renderPrintIdentity(patient: FhirResource, now: Date = new Date()): TemplateResult {
  return html`<div class="micro-banner print-only" part="print-identity">${renderMicroBanner(mapPatientBanner(patient, now))}</div>`;
}

/**
 * The micro banner's look inside a section, scoped to `.micro-banner` so a section's own lists
 * are untouched, with class names (`identity-row`, `patient-name`, `identity-flag`) no section
 * uses. The patient banner has the same look from its own styles.
 */
export const microBannerStyles = css`
  .micro-banner {
    margin: 0 0 var(--_space);
    padding: var(--_space-xs) var(--_space);
    background: var(--_surface-alt);
    border-left: 4px solid var(--_primary);
  }
  .micro-banner .identity-row,
  .micro-banner dl {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-xl);
    margin: 0;
  }
  .micro-banner dl > div {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-s);
  }
  .micro-banner .patient-name {
    margin: 0;
    font-weight: bold;
    overflow-wrap: anywhere; /* R2, R43: never truncated */
  }
  .micro-banner dd {
    margin: 0;
    font-weight: bold; /* R3: values carry more emphasis than labels */
  }
  .micro-banner .nhs {
    white-space: nowrap; /* R13: the number on one line */
  }
  .micro-banner .identity-flag {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    padding: 0 var(--_space-s);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-size: var(--_size-small);
    font-weight: bold;
  }
  .micro-banner .identity-flag.error {
    color: var(--_error);
    background: var(--_surface);
  }
  .micro-banner .identity-flag.deceased-flag {
    color: var(--_surface);
    background: var(--_text);
  }
  .micro-banner .identity-flag .icon {
    width: 1em;
    height: 1em;
  }
`;
