/**
 * icr-elements in a Vue 3 host (full build: the template is compiled in the browser; with Vite
 * and single-file components, put the same `isCustomElement` under the Vue plugin's
 * `template.compilerOptions`). Vue's idioms:
 *  - `compilerOptions.isCustomElement`: `icr-` tags are custom elements, not Vue components;
 *  - `.tokenProvider="fn"` and `.nhsNumber="…"`: bound as DOM properties (the `.prop` shorthand);
 *  - `@icr-data-load="handler"`: an event listener for the element's event.
 * Typings: `src/frameworks/vue.ts` (`icr-elements/frameworks/vue`).
 */
import { createApp, ref, type App as VueApp } from 'vue';
import '../../src/define.js'; // host: `import 'icr-elements/define.js'`
import type {} from '../../src/frameworks/vue.js';
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

const template = `
  <section class="record">
    <icr-provider :endpoint="endpoint" .nhsNumber="nhsNumber" .tokenProvider="tokenProvider"
      @icr-data-load="onLoad" @icr-error="onError">
      <icr-patient-banner></icr-patient-banner>
      <icr-allergies></icr-allergies>
      <icr-medications></icr-medications>
    </icr-provider>
    <h2>Loaded sections</h2>
    <ul class="host-log"><li v-for="(entry, i) in log" :key="i">{{ entry }}</li></ul>
  </section>`;

/** Mounts the example (the host's entry point would do this once, on its own root element). */
export function mountApp(container: Element, props: AppProps): VueApp {
  const app = createApp({
    template,
    setup() {
      const log = ref<string[]>([]);
      // One function for the life of the view: a new function means a new patient view.
      const tokenProvider: TokenProvider = (options) => props.getToken(options);
      return {
        endpoint: props.endpoint,
        nhsNumber: props.nhsNumber,
        tokenProvider,
        log,
        onLoad(event: IcrDataLoadEvent) {
          log.value.push(`${event.detail.section}: ${event.detail.state} (${event.detail.count})`);
          props.onDataLoad?.(event.detail);
        },
        onError(event: IcrErrorEvent) {
          props.onError?.(event.detail);
        },
      };
    },
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('icr-');
  app.mount(container);
  return app;
}
