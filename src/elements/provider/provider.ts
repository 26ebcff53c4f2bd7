/**
 * `<icr-provider>`: one patient view for every `icr-` element inside it.
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { patientViewContext } from '../../context/patient-view-context.js';
import { PatientView } from '../../data/patient-view.js';
import type { TokenProvider } from '../../data/http.js';
import type { IcrClientOptions } from '../../data/client.js';
import { IcrAuthExpireEvent, IcrDataLoadEvent, IcrErrorEvent } from '../../events.js';

const CONFIG_KEYS = ['endpoint', 'nhsNumber', 'patientId', 'tokenProvider', 'correlationId', 'clientOptions'] as const;

/**
 * Provides the ICR connection and the patient to every `icr-` element inside it: one patient
 * lookup, one correlation id and shared answers for the whole view. Changing the patient (or the
 * token provider, i.e. the role) clears every element at once and aborts what was in flight.
 *
 * @summary Connects the elements inside it to the ICR for one patient.
 * @slot - The `icr-` elements (and any host markup) for this patient view.
 * @event icr-data-load - The patient was found (`detail.section` is `patient`).
 * @event icr-error - The patient lookup failed (`detail.kind` says how).
 * @event icr-auth-expire - The ICR refused the token even after a refresh: renew the login.
 * @tagname icr-provider
 */
export class IcrProvider extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
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
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-provider': IcrProvider;
  }
}
