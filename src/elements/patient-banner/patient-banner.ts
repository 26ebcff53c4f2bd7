/**
 * `<icr-patient-banner>`: identifies the patient beyond doubt, to the NHS CUI Patient Banner
 * standard (R1–R17, R55, R56, R58). Patient-level: it follows the view's patient lookup through
 * PatientController, not a section search.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IcrElement } from '../shared/icr-element.js';
import { PatientController } from '../../controllers/patient-controller.js';
import type { PatientView, PatientViewState } from '../../data/patient-view.js';
import { tokens } from '../../styles/tokens.js';
import { stateStyles } from '../../styles/states.js';
import { printStyles } from '../../styles/print.js';
import { formatDateTime } from '../../format/dates.js';
import { renderFailure, renderLoading } from '../shared/section-states.js';
import { renderRequestedIdentity } from '../shared/requested-identity.js';
import { mapPatientBanner } from '../../fhir/patient.js';
import { translator } from '../../i18n/core.js';
import { bannerMessages } from '../../i18n/en-GB/banner.js';
import { stateMessages } from '../../i18n/en-GB/state.js';
import { bannerStyles } from './patient-banner.styles.js';
import { boundedTextStyles } from '../shared/bounded-text.js';
import { renderIdentifiers, renderMore } from './banner-render.js';
import { renderMicroBanner } from '../shared/micro-banner.js';
import { IcrNhsNumberCopyEvent } from '../../events.js';

const t = translator(bannerMessages, stateMessages);

/**
 * The patient banner: name, born (date and age, or died and age at death), gender and NHS No.,
 * with address, phones and GP practice in an expandable region. Every patient-level state
 * (loading, opted out, not found, invalid NHS number, wrong patient, unavailable) is shown in the
 * same footprint, and reflected to the `state` attribute.
 *
 * @summary Name, born, gender and NHS No. of the patient, to the NHS CUI banner standard.
 * @csspart base - The banner.
 * @csspart name - The patient's name.
 * @csspart identifiers - The born / gender / NHS No. list.
 * @csspart copy - The button that copies the NHS number.
 * @csspart more-toggle - The button that shows or hides the extra details.
 * @csspart more - The extra details: addresses, phones and email, GP practice.
 * @cssproperty --icr-banner-background - Background of a living patient's banner.
 * @cssproperty --icr-banner-accent - Bottom rule of a living patient's banner.
 * @cssproperty --icr-banner-deceased-background - Background of a deceased patient's banner.
 * @cssproperty --icr-banner-deceased-accent - Hatching, rule and "Deceased" badge of a deceased patient's banner.
 * @event icr-nhs-number-copy - The user copied the NHS number (`detail.nhsNumber`, ten digits).
 * @tagname icr-patient-banner
 */
export class IcrPatientBanner extends IcrElement {
  static override styles = [tokens, stateStyles, bannerStyles, boundedTextStyles, printStyles];

  /** `full` (default) or `micro` (name, born, NHS No.: for a section standing alone, R8). */
  @property({ reflect: true }) variant: 'full' | 'micro' = 'full';

  /** The clock ages are measured against; the time of render when not set (tests set it). */
  @property({ attribute: false }) now?: Date;

  /** Whether the extra details (address, phones, GP) are shown. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  @state() private copied = false;

  /** R64: when the page was last sent to print (the printed-on line); the render time until then. */
  @state() private printedAt = new Date();
  private readonly onBeforePrint = () => {
    this.printedAt = new Date();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
  }

  private readonly patient = new PatientController(this, () => (this.conflictsWithProvider ? undefined : this.view));

  /** The provider's view whose failed lookup this banner shows (R73), and how to let it go. */
  private noticeFor?: PatientView;
  private releaseNotice?: () => void;

  /** The state to render: R8, an element told about another patient than its provider's shows none. */
  private get current(): PatientViewState {
    return this.providerMismatch ?? this.patient.state;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const current = this.current;
    this.setAttribute('state', current.kind);
    const deceased = current.kind === 'loaded' && !!mapPatientBanner(current.patient, this.clock).deceased;
    this.toggleAttribute('deceased', deceased);
    this.claimNotice(this.providedView && !this.conflictsWithProvider ? this.providedView : undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    this.claimNotice(undefined);
  }

  /**
   * R73: in a provider, the banner is where a failed lookup is shown, once, with the identity asked
   * for; it tells the view so, and the provider then shows no notice of its own.
   */
  private claimNotice(view: PatientView | undefined): void {
    if (view === this.noticeFor) return;
    this.releaseNotice?.();
    this.noticeFor = view;
    this.releaseNotice = view?.claimFailureNotice(this);
  }

  private get clock(): Date {
    return this.now ?? new Date();
  }

  override render(): TemplateResult {
    const current = this.current;
    const micro = this.variant === 'micro';
    const classes = `banner${micro ? ' micro' : ''}`;
    if (current.kind === 'loading') {
      return html`<section class=${classes} part="base" aria-label=${t('banner.label')} aria-busy="true">${renderLoading(t('banner.section'))}</section>`;
    }
    if (current.kind !== 'loaded') {
      return html`<section class=${classes} part="base" aria-label=${t('banner.label')}>
        ${renderFailure(current, t('banner.section'), () => this.patient.retry(), { list: false, identity: renderRequestedIdentity(this.requested) })}
        ${current.kind === 'invalid-nhs-number' && this.givenNhsNumber
          ? html`<p class="note">${t('state.invalidNhsNumber.hint', { nhs: this.givenNhsNumber })}</p>`
          : nothing}
      </section>`;
    }
    const view = mapPatientBanner(current.patient, this.clock, current.included);
    const look = `${classes}${view.deceased ? ' deceased' : ''}`;
    if (micro) {
      return html`<section class=${look} part="base" aria-label=${t('banner.label')}>${renderMicroBanner(view)}</section>`;
    }
    return html`<section class=${look} part="base" aria-label=${t('banner.label')}>
      ${renderIdentifiers(view, (digits) => void this.copy(digits))}
      <span class="visually-hidden" role="status">${this.copied ? t('banner.copied') : ''}</span>
      <button type="button" class="more-toggle" part="more-toggle" aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls="more" @click=${this.toggleMore}>${this.expanded ? t('banner.less') : t('banner.more')}</button>
      <div id="more" class="more" part="more" role="region" aria-label=${t('banner.more')} ?hidden=${!this.expanded}>
        ${renderMore(view)}
      </div>
      <p class="print-only printed" part="printed">${t('banner.printed', { printed: formatDateTime(this.printedAt.toISOString()), retrieved: formatDateTime(new Date(current.retrievedAt).toISOString()) })}</p>
    </section>`;
  }

  /** The NHS number the host gave (own attribute or the provider's), for the invalid-number hint. */
  private get givenNhsNumber(): string | undefined {
    return this.nhsNumber ?? this.view?.ref.nhsNumber;
  }

  private toggleMore(): void {
    this.expanded = !this.expanded;
  }

  /** R17: copies the ten digits (never an invalid number: the button is not offered for one). */
  private async copy(digits: string): Promise<void> {
    try {
      await navigator.clipboard?.writeText(digits);
    } catch {
      // Clipboard refused (permissions, insecure context): the number stays selectable as text.
    }
    this.copied = true;
    this.dispatchEvent(new IcrNhsNumberCopyEvent({ nhsNumber: digits }));
    setTimeout(() => (this.copied = false), 3000);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-patient-banner': IcrPatientBanner;
  }
}
