/**
 * Render helpers of the patient banner, from the view model only (never raw FHIR). Shared by the
 * full banner, its micro variant and the micro banner sections show when standing alone (R8).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AddressLine, BannerView, NhsNumberView, TelecomLine } from '../../fhir/patient.js';
import { translator } from '../../i18n/core.js';
import { bannerMessages } from '../../i18n/en-GB/banner.js';
import { icon } from '../shared/section-states.js';

const t = translator(bannerMessages);
type MessageKey = Parameters<typeof t>[0];

/** One label–value pair; a space between them so the text reads `Born 11-Sep-1970 (56y)`. */
function item(label: string, value: TemplateResult | string, name: string): TemplateResult {
  return html`<div data-item=${name}><dt>${label}</dt> <dd>${value}</dd></div>`;
}

const notKnown = (): string => t('banner.notKnown');

/** R13, R14, R16, R17: 3-3-4, read as digit groups, invalid flagged, verification shown. */
export function renderNhsNumber(nhs: NhsNumberView | undefined, onCopy?: (digits: string) => void): TemplateResult | string {
  if (!nhs) return notKnown();
  return html`<span class="nhs" aria-hidden="true">${nhs.display}</span><span class="visually-hidden">${nhs.spoken}</span>
    ${nhs.valid ? nothing : html` <span class="flag error" data-flag="invalid-nhs-number">${icon('alert')}${t('banner.invalidNhsNumber')}</span>`}
    ${nhs.verification
      ? html` <span class="flag" data-flag="verification">${t('banner.verification', {
          status: nhs.verification.display ?? t('banner.verificationCode', { code: nhs.verification.code }),
        })}</span>`
      : nothing}
    ${nhs.copy && onCopy
      ? html` <button type="button" class="copy" part="copy" aria-label=${t('banner.copyLabel')} @click=${() => onCopy(nhs.copy!)}>${t('banner.copy')}</button>`
      : nothing}`;
}

function born(view: BannerView): TemplateResult | string {
  if (!view.born) return notKnown();
  return view.age ? html`${view.born} <span class="age">(${view.age})</span>` : view.born;
}

/** R5, R6: Died and Age at Death (no parentheses), the notification status when PDS gives one. */
function death(view: BannerView): TemplateResult | typeof nothing {
  const d = view.deceased;
  if (!d) return nothing;
  const status = view.deathNotification;
  const statusText = status && (status.code === '1' || status.code === '2')
    ? t(`banner.deathNotification.${status.code}` as MessageKey) : status?.display ?? status?.code;
  return html`${item(t('banner.died'), html`${d.date ?? notKnown()}${statusText
      ? html` <span class="note">${t('banner.deathNotification', { status: statusText })}</span>` : nothing}`, 'died')}
    ${item(t('banner.ageAtDeath'), d.ageAtDeath ?? notKnown(), 'age-at-death')}`;
}

function deceasedFlag(view: BannerView): TemplateResult | typeof nothing {
  return view.deceased ? html`<span class="flag deceased-flag" data-flag="deceased">${t('banner.deceased')}</span>` : nothing;
}

/** R1: name, born, gender, NHS No., in that order (and so in tab order). */
export function renderIdentifiers(view: BannerView, onCopy?: (digits: string) => void): TemplateResult {
  return html`<div class="row">
    <p class="name" part="name">${view.name ?? t('banner.nameNotKnown')}</p>
    ${deceasedFlag(view)}
    <dl part="identifiers">
      ${item(t('banner.born'), born(view), 'born')}
      ${death(view)}
      ${item(t('banner.gender'), view.gender ? t(`banner.gender.${view.gender}` as MessageKey) : notKnown(), 'gender')}
      ${item(t('banner.nhsNumber'), renderNhsNumber(view.nhsNumber, onCopy), 'nhs-number')}
    </dl>
  </div>`;
}

/** R8 micro banner: name, born, NHS No. (and Died, so a deceased patient is never missed). */
export function renderMicro(view: BannerView): TemplateResult {
  return html`<div class="row">
    <p class="name" part="name">${view.name ?? t('banner.nameNotKnown')}</p>
    ${deceasedFlag(view)}
    <dl part="identifiers">
      ${item(t('banner.born'), born(view), 'born')}
      ${view.deceased ? item(t('banner.died'), view.deceased.date ?? notKnown(), 'died') : nothing}
      ${item(t('banner.nhsNumber'), renderNhsNumber(view.nhsNumber), 'nhs-number')}
    </dl>
  </div>`;
}

const addressLabel = (a: AddressLine): string => t(`banner.address.${a.kind}` as MessageKey);
const telecomLabel = (x: TelecomLine): string =>
  x.kind === 'other' && x.system ? x.system : t(`banner.telecom.${x.kind}` as MessageKey);

/** R10, R11: addresses, phones (CUI order) and GP; a restricted record says so and shows none. */
export function renderMore(view: BannerView): TemplateResult {
  if (view.restricted) {
    return html`<p class="restricted" data-restricted>${icon('lock')} ${t('banner.restricted.hint')}</p>
      <dl>
        ${item(t('banner.address'), t('banner.restricted'), 'address')}
        ${item(t('banner.contact'), t('banner.restricted'), 'telecom')}
        ${item(t('banner.gp'), t('banner.restricted'), 'gp')}
      </dl>`;
  }
  return html`<dl>
    ${view.addresses.length
      ? view.addresses.map((a) => item(addressLabel(a), a.text, `address-${a.kind}`))
      : item(t('banner.address'), notKnown(), 'address')}
    ${view.telecom.length
      ? view.telecom.map((x) => item(telecomLabel(x), x.value, `telecom-${x.kind}`))
      : item(t('banner.contact'), notKnown(), 'telecom')}
    ${item(t('banner.gp'), view.gp ?? notKnown(), 'gp')}
  </dl>`;
}
