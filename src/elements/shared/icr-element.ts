/**
 * The thin base every `icr-` element shares: where its patient view comes from. Inside an
 * `<icr-provider>` it uses the provider's view (one lookup, one correlation id for the page);
 * alone, it builds its own from its `endpoint`, `nhs-number`/`patient-id` and `tokenProvider`.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume, ContextRoot } from '@lit/context';
import { patientViewContext } from '../../context/patient-view-context.js';
import { PatientView } from '../../data/patient-view.js';
import type { TokenProvider } from '../../data/http.js';
import type { PatientRef } from '../../data/client.js';
import { IcrAuthExpireEvent } from '../../events.js';
import { nhsNumberWithoutSpaces } from '../../format/nhs-number.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import type { Failure } from '../../data/icr-outcome.js';
import { translator } from '../../i18n/core.js';
import { dataMessages } from '../../i18n/en-GB/data.js';

const t = translator(dataMessages);

const CONFIG_KEYS = ['endpoint', 'nhsNumber', 'patientId', 'tokenProvider'] as const;

/**
 * Elements may be defined before `<icr-provider>` is (one define entry each, any import order).
 * A context root replays their unanswered requests when a provider appears; attached once, on
 * first connection rather than at module load.
 */
let contextRoot: ContextRoot | undefined;
function ensureContextRoot(): void {
  if (contextRoot || typeof document === 'undefined') return;
  contextRoot = new ContextRoot();
  contextRoot.attach(document.documentElement);
}

export class IcrElement extends LitElement {
  /** FHIR base URL of the ICR, when the element is used without a provider. */
  @property() endpoint?: string;

  /** The patient's NHS number (validated before any request), when used without a provider. */
  @property({ attribute: 'nhs-number' }) nhsNumber?: string;

  /** The patient's logical id in the ICR, when used without a provider. */
  @property({ attribute: 'patient-id' }) patientId?: string;

  /**
   * Returns the bearer token for the ICR (a string or a promise of one). Called before each
   * request, and with `{ forceRefresh: true }` after a 401. Never stored by the element.
   */
  @property({ attribute: false }) tokenProvider?: TokenProvider;

  /** The view shared by an enclosing `<icr-provider>`. */
  @consume({ context: patientViewContext, subscribe: true })
  @state()
  protected providedView?: PatientView;

  /** Re-renders on `setMessages` (a new catalogue), after `messagesChanged` re-derives what needs it. */
  protected readonly localize = new LocalizeController(this, () => this.messagesChanged());

  /**
   * Called when the host catalogue changes, before the element renders again. Text looked up in
   * `render` (or in getters such as `sectionTitle`) needs nothing here; a view model formatted
   * ahead of render is made again (section elements).
   */
  protected messagesChanged(): void {}

  /** The element's own view when it stands alone; rebuilt in willUpdate, disposed on disconnect. */
  private ownView?: PatientView;

  /** The patient view this element shows. */
  protected get view(): PatientView | undefined {
    return this.providedView ?? this.ownView;
  }

  /** True when not inside a provider: the element must identify its patient itself (R8). */
  protected get standalone(): boolean {
    return !this.providedView;
  }

  /**
   * R8, R73: whom this element was asked to show: its own `nhs-number`/`patient-id`, else the
   * provider's. Shown with a whole-record failure so the clinician can confirm who was asked for.
   */
  protected get requested(): PatientRef {
    return { nhsNumber: this.nhsNumber ?? this.view?.ref.nhsNumber, patientId: this.patientId ?? this.view?.ref.patientId };
  }

  /**
   * R8: an element inside a provider but told about another patient shows nothing clinical.
   * Compared with what the provider was given or has resolved; spaces in NHS numbers ignored.
   */
  protected get conflictsWithProvider(): boolean {
    const view = this.providedView;
    if (!view) return false;
    const resolved = view.state.kind === 'loaded' ? view.state : undefined;
    const mine = nhsNumberWithoutSpaces(this.nhsNumber);
    const theirNhs = nhsNumberWithoutSpaces(view.ref.nhsNumber) ?? resolved?.nhsNumber;
    const theirId = view.ref.patientId ?? resolved?.id;
    if (mine && theirNhs && mine !== theirNhs) return true;
    return !!(this.patientId && theirId && this.patientId !== theirId);
  }

  /**
   * R8: the one wrong-patient state of an element told about another patient than its provider's,
   * shown instead of whatever its controller holds (sections and banner alike); else undefined.
   */
  protected get providerMismatch(): Failure | undefined {
    return this.conflictsWithProvider ? { kind: 'wrong-patient', detail: t('data.providerMismatch') } : undefined;
  }

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
    this.requestUpdate(); // rebuild the own view if it was disposed on disconnect
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownView?.dispose();
    this.ownView = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.providedView) {
      if (this.ownView) {
        this.ownView.dispose();
        this.ownView = undefined;
      }
      return;
    }
    if (!this.isConnected) return; // Lit still updates detached elements: never start requests then
    const configChanged = CONFIG_KEYS.some((k) => changed.has(k));
    if (!this.ownView || configChanged) {
      this.ownView?.dispose();
      this.ownView = new PatientView({
        endpoint: this.endpoint,
        tokenProvider: this.tokenProvider,
        nhsNumber: this.nhsNumber,
        patientId: this.patientId,
        onAuthExpired: () => this.dispatchEvent(new IcrAuthExpireEvent({ endpoint: this.endpoint ?? '' })),
      });
    }
  }
}
