/**
 * One patient view: a client, the patient it is for, and one correlation id for every request of
 * the view (ICR-API.md). Disposing it aborts everything still in flight for that patient (R42).
 * The provider owns one and shares it through context; a stand-alone element owns its own.
 */
import { translator } from '../i18n/core.js';
import { dataMessages } from '../i18n/en-GB/data.js';
import { IcrClient, type IcrClientOptions, type PatientRef } from './client.js';
import type { RequestContext, TokenProvider } from './http.js';
import { isAbort } from './http.js';
import { uuid } from './ids.js';
import type { PatientOutcome } from './icr-outcome.js';
import { RevealTogether } from './reveal-together.js';

const t = translator(dataMessages);

export type PatientViewState = { kind: 'loading' } | PatientOutcome;

export interface PatientViewConfig {
  endpoint?: string;
  tokenProvider?: TokenProvider;
  nhsNumber?: string;
  patientId?: string;
  /** The host's own correlation id for this view; a fresh UUID otherwise. */
  correlationId?: string;
  /** Extra client settings (timeouts, paging bounds). */
  clientOptions?: Partial<IcrClientOptions>;
  /** Told when a 401 survived a token refresh. */
  onAuthExpired?: () => void;
}

type Listener = (state: PatientViewState) => void;

export class PatientView {
  readonly correlationId: string;
  readonly client?: IcrClient;
  readonly ref: PatientRef;
  /** The view's sections show their first answers together (one frame, no jumps). */
  readonly reveal = new RevealTogether();
  private readonly controller = new AbortController();
  private readonly listeners = new Set<Listener>();
  private current: PatientViewState = { kind: 'loading' };
  /** R73: the elements (banners) that show a failed lookup with the identity asked for. */
  private readonly noticeOwners = new Set<object>();
  private readonly noticeListeners = new Set<() => void>();
  private pending?: Promise<PatientOutcome>;

  constructor(private readonly config: PatientViewConfig) {
    this.correlationId = config.correlationId || uuid();
    this.ref = { nhsNumber: config.nhsNumber?.trim() || undefined, patientId: config.patientId?.trim() || undefined };
    if (config.endpoint && config.tokenProvider) {
      try {
        this.client = new IcrClient({ ...config.clientOptions, endpoint: config.endpoint, tokenProvider: config.tokenProvider });
      } catch {
        this.client = undefined; // an endpoint that is not a URL: "not configured", below
      }
    }
  }

  /** Aborted when the view ends (patient change, element removed). */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get state(): PatientViewState {
    return this.current;
  }

  get disposed(): boolean {
    return this.controller.signal.aborted;
  }

  /** The request context every request of this view carries. */
  context(signal: AbortSignal = this.signal): RequestContext {
    return { signal, correlationId: this.correlationId, onAuthExpired: this.config.onAuthExpired };
  }

  /** Resolves the patient once; later calls share the answer. `reload` asks the ICR again. */
  patient(reload = false): Promise<PatientOutcome> {
    if (this.pending && !reload) return this.pending;
    const run = this.resolve(reload);
    this.pending = run;
    // Told after `pending` is the new run, so a listener that asks for the patient gets this one.
    this.set({ kind: 'loading' });
    void run.then((outcome) => {
      if (this.pending === run && !this.disposed) this.set(outcome);
    });
    return run;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * R73: `owner` (a patient banner) shows this view's whole-record failure, with the identity asked
   * for, so the provider need not. Returns the release, for when it stops (removed, other patient).
   */
  claimFailureNotice(owner: object): () => void {
    this.noticeOwners.add(owner);
    this.noticeChanged();
    return () => {
      if (this.noticeOwners.delete(owner)) this.noticeChanged();
    };
  }

  /** Whether an element of the view (a banner) shows a failed lookup itself. */
  get failureNoticeClaimed(): boolean {
    return this.noticeOwners.size > 0;
  }

  /** Told when banners come or go (the provider then shows or drops its own notice). */
  onFailureNoticeChange(listener: () => void): () => void {
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }

  dispose(): void {
    this.controller.abort();
    this.listeners.clear();
    this.noticeListeners.clear();
  }

  private noticeChanged(): void {
    for (const listener of [...this.noticeListeners]) listener();
  }

  private async resolve(reload: boolean): Promise<PatientOutcome> {
    if (!this.client) {
      const missing = !this.config.endpoint ? t('data.setting.endpoint') : !this.config.tokenProvider ? t('data.setting.tokenProvider') : t('data.setting.validEndpoint');
      return { kind: 'not-configured', detail: `No ${missing}` };
    }
    if (!this.ref.nhsNumber && !this.ref.patientId) return { kind: 'not-configured', detail: t('data.noPatient') };
    try {
      return await this.client.resolvePatient(this.ref, this.context(), reload);
    } catch (error) {
      if (isAbort(error)) return new Promise<never>(() => undefined); // a disposed view never settles
      return { kind: 'unavailable', detail: t('data.unexpected') };
    }
  }

  private set(state: PatientViewState): void {
    this.current = state;
    for (const listener of [...this.listeners]) listener(state);
  }
}
