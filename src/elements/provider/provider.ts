/**
 * `<icr-provider>`: one patient view for every `icr-` element inside it.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { patientViewContext } from '../../context/patient-view-context.js';
import { PatientView } from '../../data/patient-view.js';
import type { TokenProvider } from '../../data/http.js';
import type { IcrClientOptions } from '../../data/client.js';
import { IcrAuthExpireEvent, IcrDataLoadEvent, IcrErrorEvent } from '../../events.js';
import { scopedTokens } from '../../styles/tokens.js';
import { stateStyles } from '../../styles/states.js';
import { providerStyles } from './provider.styles.js';
import { renderFailure } from '../shared/section-states.js';
import { renderRequestedIdentity } from '../shared/requested-identity.js';
import { translator } from '../../i18n/core.js';
import { bannerMessages } from '../../i18n/en-GB/banner.js';

const t = translator(bannerMessages);

const CONFIG_KEYS = ['endpoint', 'nhsNumber', 'patientId', 'tokenProvider', 'correlationId', 'clientOptions'] as const;

/**
 * Provides the ICR connection and the patient to every `icr-` element inside it: one patient
 * lookup, one correlation id and shared answers for the whole view. Changing the patient (or the
 * token provider, i.e. the role) clears every element at once and aborts what was in flight.
 *
 * When the patient lookup fails (opted out, not found, invalid NHS number, wrong patient, sign-in
 * needed, unavailable) and no `<icr-patient-banner>` of the view shows it, the provider shows that
 * whole-record state once above its content, with the identity asked for (R8, R73); the sections
 * inside then only point to it.
 *
 * @summary Connects the elements inside it to the ICR for one patient.
 * @slot - The `icr-` elements (and any host markup) for this patient view.
 * @csspart notice - The whole-record state shown above the content when no banner shows it (R73).
 * @event icr-data-load - The patient was found (`detail.section` is `patient`).
 * @event icr-error - The patient lookup failed (`detail.kind` says how).
 * @event icr-auth-expire - The ICR refused the token even after a refresh: renew the login.
 * @tagname icr-provider
 */
export class IcrProvider extends LitElement {
  static override styles = [scopedTokens, stateStyles, providerStyles];

  /** FHIR base URL of the ICR, e.g. `https://icr.example.nhs.uk/fhir`. */
  @property() endpoint?: string;

  /** The patient's NHS number; validated (Modulus 11) before any request. */
  @property({ attribute: 'nhs-number' }) nhsNumber?: string;

  /** The patient's logical id in the ICR (used instead of the NHS number when given). */
  @property({ attribute: 'patient-id' }) patientId?: string;

  /** The host's own X-Correlation-ID for this view; a fresh UUID per patient view otherwise. */
  @property({ attribute: 'correlation-id' }) correlationId?: string;

  /** Returns the bearer token (string or promise); called per request, `{ forceRefresh: true }` after a 401. */
  @property({ attribute: false }) tokenProvider?: TokenProvider;

  /** Client settings: `timeoutMs`, `maxRetries`, `pageSize`, `maxPages`, `cacheTtlMs`. */
  @property({ attribute: false }) clientOptions?: Partial<IcrClientOptions>;

  /** The current patient view, shared with the elements inside. */
  @provide({ context: patientViewContext })
  view?: PatientView;

  /** Stops following the view's lookup and banners (for the notice). */
  private unfollow?: () => void;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unfollow?.();
    this.unfollow = undefined;
    this.view?.dispose();
    this.view = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.view && this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.view && !CONFIG_KEYS.some((k) => changed.has(k))) return;
    this.view?.dispose();
    const view = new PatientView({
      endpoint: this.endpoint,
      tokenProvider: this.tokenProvider,
      nhsNumber: this.nhsNumber,
      patientId: this.patientId,
      correlationId: this.correlationId,
      clientOptions: this.clientOptions,
      onAuthExpired: () => this.dispatchEvent(new IcrAuthExpireEvent({ endpoint: this.endpoint ?? '' })),
    });
    this.view = view;
    this.unfollow?.();
    const offState = view.subscribe(() => this.requestUpdate());
    const offNotice = view.onFailureNoticeChange(() => this.requestUpdate());
    this.unfollow = () => { offState(); offNotice(); };
    // Start the lookup now so that sections find it in flight (one round trip, not one each).
    void view.patient().then((outcome) => {
      if (view !== this.view) return;
      if (outcome.kind === 'loaded') {
        this.dispatchEvent(new IcrDataLoadEvent({ section: 'patient', state: 'loaded', count: 1, retrievedAt: outcome.retrievedAt }));
      } else {
        this.dispatchEvent(new IcrErrorEvent({ section: 'patient', kind: outcome.kind, status: outcome.status, detail: outcome.detail, code: outcome.code, role: outcome.role }));
      }
    });
  }

  override render() {
    return html`${this.renderNotice()}<slot></slot>`;
  }

  /**
   * R73: a failed lookup is one whole-record state, shown once with the identity asked for. The
   * banner shows it when the view has one. Without a banner the provider shows it, above its slot,
   * rather than electing the "first" section: the provider is the one place that is above every
   * section whatever the host's order, nesting or shadow roots, it does not move as sections come
   * and go, and each section can then point to it ("see above") from the view alone.
   */
  private renderNotice() {
    const view = this.view;
    const state = view?.state;
    if (!view || !state || state.kind === 'loading' || state.kind === 'loaded' || view.failureNoticeClaimed) return nothing;
    return html`<section class="notice icr-tokens" part="notice" aria-label=${t('banner.label')}>
      ${renderFailure(state, t('banner.section'), () => void view.patient(true), { list: false, identity: renderRequestedIdentity(view.ref) })}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-provider': IcrProvider;
  }
}
