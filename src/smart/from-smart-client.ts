/**
 * SMART on FHIR hosts: turn the session of a SMART App Launch (a fhirclient.js `Client`, from
 * `FHIR.oauth2.ready()`) into what the elements are configured with: the FHIR endpoint, the
 * launch's patient and a token provider that refreshes through the client.
 *
 * Only the shape of the client is used (no import of fhirclient): the library does not bundle it,
 * and any object shaped like a fhirclient `Client` works.
 */
import type { TokenProvider } from '../data/http.js';
import type { IcrClientOptions } from '../data/client.js';

/** The parts of a fhirclient.js `Client` (2.x) the adapter reads. */
export interface SmartClientLike {
  state: {
    serverUrl: string;
    tokenResponse?: { access_token?: string; refresh_token?: string; patient?: string; [key: string]: unknown };
    /** Seconds since the epoch when the access token expires (fhirclient sets it from `expires_in`). */
    expiresAt?: number;
  };
  patient: { id: string | null };
  /** Uses the refresh token at the authorisation server's token endpoint; resolves to the new state. */
  refresh(requestOptions?: RequestInit): Promise<unknown>;
}

export interface SmartConnection {
  /** The FHIR base URL of the launch (`client.state.serverUrl`). */
  endpoint: string;
  /** The launch's patient (`client.patient.id`), if the launch has one. */
  patientId?: string;
  /** The scopes the launch granted (`tokenResponse.scope`): sections outside them are not called (R52). */
  grantedScopes?: string;
  /** The current access token; refreshed when `forceRefresh` is asked (after a 401) or when it is about to expire. */
  tokenProvider: TokenProvider;
}

export interface SmartConnectionOptions {
  /** Refresh this many seconds before `expiresAt` when a refresh token is available (default 10). */
  refreshMarginSeconds?: number;
  /** The clock, in ms (tests). */
  now?: () => number;
}

/** The endpoint, patient and token provider of a SMART launch. */
export function fromSmartClient(client: SmartClientLike, options: SmartConnectionOptions = {}): SmartConnection {
  const margin = options.refreshMarginSeconds ?? 10;
  const now = options.now ?? Date.now;
  let refreshing: Promise<unknown> | undefined;

  /** One refresh at a time, shared by every request that asks for it. */
  const refresh = (): Promise<unknown> => {
    refreshing ??= client.refresh().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  };

  const tokenProvider: TokenProvider = async (request) => {
    const state = client.state;
    const canRefresh = Boolean(state.tokenResponse?.refresh_token);
    const expiring = typeof state.expiresAt === 'number' && state.expiresAt - margin < now() / 1000;
    if (refreshing || (canRefresh && (request?.forceRefresh || expiring))) await refresh();
    const token = client.state.tokenResponse?.access_token;
    if (!token) throw new Error('The SMART launch has no access token');
    return token;
  };

  const patientId = client.patient.id ?? client.state.tokenResponse?.patient ?? undefined;
  const scope = client.state.tokenResponse?.scope;
  const grantedScopes = typeof scope === 'string' ? scope : undefined;
  return { endpoint: client.state.serverUrl, patientId: patientId || undefined, tokenProvider, grantedScopes };
}

/** Configures an `<icr-provider>` (or any element with these properties) from a SMART launch. */
export function connectSmartClient(
  target: { endpoint?: string; patientId?: string; tokenProvider?: TokenProvider; clientOptions?: Partial<IcrClientOptions> },
  client: SmartClientLike,
  options?: SmartConnectionOptions,
): SmartConnection {
  const connection = fromSmartClient(client, options);
  target.endpoint = connection.endpoint;
  target.patientId = connection.patientId;
  target.tokenProvider = connection.tokenProvider;
  if (connection.grantedScopes !== undefined) {
    target.clientOptions = { ...target.clientOptions, grantedScopes: connection.grantedScopes };
  }
  return connection;
}
