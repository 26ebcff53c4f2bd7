/**
 * The host's side of the contract: which ICR, which patient, and the token. Here the endpoint can
 * come from `?endpoint=` and the token from the mock ICR's development endpoint; a real host's
 * `getToken` returns its own login's access token (renewed when `forceRefresh` is set).
 */
import type { TokenProvider } from 'icr-elements';

const params = new URLSearchParams(location.search);
export const endpoint = params.get('endpoint') ?? 'http://127.0.0.1:8787/fhir';
export const nhsNumber = params.get('nhs-number') ?? '9912003888';

let token: Promise<string> | undefined;
export const getToken: TokenProvider = (options) => {
  if (!token || options?.forceRefresh) {
    token = fetch(`${new URL(endpoint).origin}/__mock/tokens`)
      .then((r) => r.json() as Promise<Record<string, { token: string }>>)
      .then((tokens) => tokens.R8000.token);
  }
  return token;
};
