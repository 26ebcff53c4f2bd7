/**
 * Render helpers of the full patient banner, from the view model only (never raw FHIR). The
 * identifier pieces and the micro variant are the one micro banner's (shared/micro-banner.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AddressLine, BannerView, TelecomLine } from '../../fhir/patient.js';
import { translator } from '../../i18n/core.js';
import { bannerMessages } from '../../i18n/en-GB/banner.js';
import { icon } from '../shared/section-states.js';
import { boundedName, renderBoundedText } from '../shared/bounded-text.js';
import { identityItem as item, renderBorn as born, renderDeceasedFlag as deceasedFlag, renderNhsNumber } from '../shared/micro-banner.js';

const t = translator(bannerMessages);
type MessageKey = Parameters<typeof t>[0];

const notKnown = (): string => t('banner.notKnown');

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

/** R1: name, born, gender, NHS No., in that order (and so in tab order). */
export function renderIdentifiers(view: BannerView, onCopy?: (digits: string) => void): TemplateResult {
  const name = boundedName(view.name ?? t('banner.nameNotKnown')); // issue 22: a runaway name is cut, the whole offered
  return html`<div class="identity-row">
    <p class="patient-name" part="name">${name.shown}</p>${name.more}
    ${deceasedFlag(view)}
    <dl part="identifiers">
      ${item(t('banner.born'), born(view), 'born')}
      ${death(view)}
      ${item(t('banner.gender'), view.gender ? t(`banner.gender.${view.gender}` as MessageKey) : notKnown(), 'gender')}
      ${item(t('banner.nhsNumber'), renderNhsNumber(view.nhsNumber, onCopy), 'nhs-number')}
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
      ? view.addresses.map((a) => item(addressLabel(a), renderBoundedText(a.text, addressLabel(a)), `address-${a.kind}`))
      : item(t('banner.address'), notKnown(), 'address')}
    ${view.telecom.length
      ? view.telecom.map((x) => item(telecomLabel(x), renderBoundedText(x.value, telecomLabel(x)), `telecom-${x.kind}`))
      : item(t('banner.contact'), notKnown(), 'telecom')}
    ${item(t('banner.gp'), view.gp ? renderBoundedText(view.gp, t('banner.gp')) : notKnown(), 'gp')}
  </dl>`;
}
