/**
 * React 19 passes properties to custom elements and listens for their events itself, so no
 * wrapper components are needed:
 *  - `tokenProvider={fn}` and `nhsNumber="…"` are properties (camelCase). Keep the function's
 *    identity stable: a new function means a new patient view, and every element reloads;
 *  - `onicr-data-load={fn}` listens for `icr-data-load`, the name exactly as written after `on`.
 */
import { useState } from 'react';
import type {} from 'icr-elements/frameworks/react'; // the JSX typings of every icr- tag
import type { IcrDataLoadEvent } from 'icr-elements';
import { endpoint, getToken, nhsNumber } from './icr-host';

export function App() {
  const [loaded, setLoaded] = useState<string[]>([]);
  const onLoad = (event: IcrDataLoadEvent) => setLoaded((s) => [...s, `${event.detail.section}: ${event.detail.state}`]);
  return (
    <main style={{ maxWidth: '60rem', margin: '0 auto', fontFamily: 'Arial, sans-serif' }}>
      <h1>Patient record</h1>
      <icr-provider endpoint={endpoint} nhsNumber={nhsNumber} tokenProvider={getToken} onicr-data-load={onLoad}>
        <icr-patient-banner></icr-patient-banner>
        <icr-allergies></icr-allergies>
        <icr-medications></icr-medications>
      </icr-provider>
      <p className="host-log">Loaded: {loaded.join(', ') || 'waiting'}</p>
    </main>
  );
}
