/**
 * Follows the patient of the host's view (loading → loaded or a failure) and re-renders the host
 * when it changes. Patient-level elements (the banner, contact details) use it; section elements
 * use SectionController, which waits on the same lookup.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PatientView, PatientViewState } from '../data/patient-view.js';

export class PatientController implements ReactiveController {
  private view?: PatientView;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getView: () => PatientView | undefined,
  ) {
    host.addController(this);
  }

  /** The patient state to render; `loading` until the view has answered. */
  get state(): PatientViewState {
    return this.view?.state ?? { kind: 'loading' };
  }

  hostUpdate(): void {
    const view = this.getView();
    if (view === this.view) return;
    this.unsubscribe?.();
    this.view = view;
    if (!view) return;
    this.unsubscribe = view.subscribe(() => this.host.requestUpdate());
    void view.patient(); // starts the lookup if nobody has yet; shares it otherwise
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.view = undefined;
  }

  /** Repeats a failed lookup (the retry control). */
  retry(): void {
    void this.view?.patient(true);
  }
}
