/**
 * icr-elements in a React 19 host. React 19 passes properties to custom elements and listens for
 * their events itself, so no wrapper components are needed:
 *  - `tokenProvider={fn}`: a property (keep its identity stable with useCallback: a new function
 *    means a new patient view, and every element reloads);
 *  - `nhsNumber="…"`: a property (camelCase);
 *  - `onicr-data-load={fn}`: an event listener for `icr-data-load`, the name as written after `on`.
 * Typings: `src/frameworks/react.ts` (`icr-elements/frameworks/react`).
 */
import { useCallback, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/define.js'; // host: `import 'icr-elements/define.js'` (before the first render)
import type {} from '../../src/frameworks/react.js';
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

export function App({ endpoint, nhsNumber, getToken, onDataLoad, onError }: AppProps) {
  const [log, setLog] = useState<string[]>([]);
  const tokenProvider = useCallback<TokenProvider>((options) => getToken(options), [getToken]);
  const handleLoad = useCallback(
    (event: IcrDataLoadEvent) => {
      setLog((entries) => [...entries, `${event.detail.section}: ${event.detail.state} (${event.detail.count})`]);
      onDataLoad?.(event.detail);
    },
    [onDataLoad],
  );
  const handleError = useCallback((event: IcrErrorEvent) => onError?.(event.detail), [onError]);

  return (
    <section className="record">
      <icr-provider endpoint={endpoint} nhsNumber={nhsNumber} tokenProvider={tokenProvider}
        onicr-data-load={handleLoad} onicr-error={handleError}>
        <icr-patient-banner></icr-patient-banner>
        <icr-allergies></icr-allergies>
        <icr-medications></icr-medications>
      </icr-provider>
      <h2>Loaded sections</h2>
      <ul className="host-log">
        {log.map((entry, i) => (
          <li key={i}>{entry}</li>
        ))}
      </ul>
    </section>
  );
}

/** Mounts the example (the host's entry point would do this once, on its own root element). */
export function mountApp(container: Element, props: AppProps): Root {
  const root = createRoot(container);
  root.render(<App {...props} />);
  return root;
}
