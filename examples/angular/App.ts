/**
 * icr-elements in an Angular host (standalone component, zoneless change detection, signals). In an
 * Angular CLI app the component is the same; here it is compiled in the browser (JIT, through
 * `@angular/compiler`) so the test needs no CLI build. Angular's idioms:
 *  - `schemas: [CUSTOM_ELEMENTS_SCHEMA]`: `icr-` tags are custom elements, not Angular components;
 *  - `[tokenProvider]="tokenProvider"` and `[nhsNumber]="nhsNumber"`: property bindings (DOM
 *    properties, so a function stays a function; never `[attr.…]` for the token provider);
 *  - `(icr-data-load)="onLoad($event)"`: an event binding on the element's own event name.
 * Keep `tokenProvider` one function for the life of the view: a new function means a new patient
 * view, and every element reloads.
 */
import '@angular/compiler'; // JIT only: an Angular CLI (AOT) build does not import it
import {
  Component, CUSTOM_ELEMENTS_SCHEMA, InjectionToken, inject, provideZonelessChangeDetection, signal, type ApplicationRef,
} from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import '../../src/define.js'; // host: `import 'icr-elements/define.js'` (in main.ts, before bootstrap)
import type { TokenProvider } from '../../src/data/http.js';
import type { DataLoadDetail, ErrorDetail, IcrDataLoadEvent, IcrErrorEvent } from '../../src/events.js';

export interface AppProps {
  endpoint: string;
  nhsNumber: string;
  /** The host's own login: returns the current access token (renewed when forceRefresh is set). */
  getToken: TokenProvider;
  onDataLoad?: (detail: DataLoadDetail) => void;
  onError?: (detail: ErrorDetail) => void;
}

/** How the host hands the example its configuration (in an app: its own services). */
const APP_PROPS = new InjectionToken<AppProps>('icr-example-props');

@Component({
  selector: 'record-view',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <section class="record">
      <icr-provider [endpoint]="props.endpoint" [nhsNumber]="props.nhsNumber" [tokenProvider]="tokenProvider"
        (icr-data-load)="onLoad($event)" (icr-error)="onError($event)">
        <icr-patient-banner></icr-patient-banner>
        <icr-allergies></icr-allergies>
        <icr-medications></icr-medications>
      </icr-provider>
      <h2>Loaded sections</h2>
      <ul class="host-log">
        @for (entry of log(); track $index) { <li>{{ entry }}</li> }
      </ul>
    </section>`,
})
class RecordViewComponent {
  protected readonly props = inject(APP_PROPS);
  protected readonly log = signal<string[]>([]);
  protected readonly tokenProvider: TokenProvider = (options) => this.props.getToken(options);

  protected onLoad(event: Event): void {
    const { detail } = event as IcrDataLoadEvent;
    this.log.update((entries) => [...entries, `${detail.section}: ${detail.state} (${detail.count})`]);
    this.props.onDataLoad?.(detail);
  }

  protected onError(event: Event): void {
    this.props.onError?.((event as IcrErrorEvent).detail);
  }
}

/** Bootstraps the example into `container` (a host's main.ts bootstraps once, on its own root). */
export async function mountApp(container: Element, props: AppProps): Promise<{ unmount(): void }> {
  const root = document.createElement('record-view');
  container.append(root);
  const app: ApplicationRef = await bootstrapApplication(RecordViewComponent, {
    providers: [provideZonelessChangeDetection(), { provide: APP_PROPS, useValue: props }],
  });
  return {
    unmount() {
      app.destroy();
      root.remove();
    },
  };
}
