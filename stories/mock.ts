/**
 * The mock ICR behind every story. One msw service worker for the whole Storybook (started by the
 * global loader in `.storybook/preview.ts`), and one mock ICR per story, each at its own base URL:
 * a docs page renders every story of an element at once, so faults, latency and roles set for one
 * story must not reach its neighbours, and a story's answers must not be served from another
 * story's shared-request cache (the cache keys carry the endpoint).
 */
import { html, type TemplateResult } from 'lit';
import type { SetupWorker } from 'msw/browser';
import { createMockIcr, type FaultRule, type MockIcr, type MockRoleCode } from '../src/mock/index.js';
import { icrHandlers } from '../src/mock/msw.js';
import type { TokenProvider } from '../src/data/http.js';

/** Who demonstrates what, from `src/mock/population/` (NHS numbers in the 999 test range). */
export const PATIENTS = {
  /** Living adult, every section populated from seven sources. */
  richardSmith: '9912003888',
  /** Older adult with dementia: every social care event, ReSPECT and end-of-life plans. */
  edithHolloway: '9990000018',
  /** Child aged 4: egg allergy, asthma, growth, children's social care. */
  oliverBennett: '9990010145',
  /** Newborn about 90 minutes old: no allergy record yet. */
  zaraOkafor: '9990020280',
  /** Deceased 45 days ago; allergy List "no content recorded". */
  haroldWalker: '9990030421',
  /** PDS-restricted: no address, telecom or GP. */
  sophieTaylor: '9990040559',
  /** Opted out of the ICR: every request answers 403 NO_PATIENT_CONSENT. */
  garethBrown: '9990050694',
  /** Unverified NHS number; "No known allergies" from an empty List. */
  priyaSharma: '9990060835',
  /** No known allergies (SNOMED 716186003). */
  davidJones: '9990070962',
  /** No known drug allergies only; a current DoLS authorisation. */
  margaretEvans: '9990081107',
  /** Allergies not recorded; a sparse record. */
  thomasWright: '9990091242',
  /** Long history: thousands of medications, results and reports. */
  arthurGreenwood: '9990101388',
  /** Sensitive items (R, V and an ActCode policy) in every section, and withheld items. */
  amiraKhan: '9990111510',
  /** Passes Modulus 11 but is no one in the mock ICR. */
  nobody: '9990999996',
  /** Fails Modulus 11: never sent to the ICR. */
  invalid: '9990000019',
} as const;

/** What a story needs from the ICR. */
export interface Scenario {
  /** The patient (default Richard Smith). */
  nhsNumber?: string;
  /** National RBAC role of the viewer (default R8000, clinical practitioner). */
  role?: MockRoleCode;
  /** Faults injected into every matching request while the story is shown. */
  faults?: FaultRule[];
  /** Delay added to every response, ms. */
  latencyMs?: number;
}

/** What the loader hands the story (`context.loaded.icr`). */
export interface LoadedIcr {
  endpoint: string;
  nhsNumber: string;
  tokenProvider: TokenProvider;
}

/** A fault that keeps every request waiting for ten minutes: the loading state. */
export const LOADING: FaultRule = { fault: 'delay', delayMs: 600_000 };
/** Transient failures every time, so the element gives up after its retries: the unavailable state. */
export const UNAVAILABLE: FaultRule = { fault: '503', retryAfterSeconds: 0 };

let worker: Promise<SetupWorker> | undefined;
const mocks = new Map<string, MockIcr>();
const tokens = new Map<MockRoleCode, Promise<string>>();

/** Start the one msw service worker (idempotent). `./` keeps it working when Storybook is hosted under a path. */
export function startMockWorker(): Promise<SetupWorker> {
  worker ??= (async () => {
    const { setupWorker } = await import('msw/browser');
    const w = setupWorker();
    await w.start({ serviceWorker: { url: './mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
    return w;
  })();
  return worker;
}

function mockFor(storyId: string, w: SetupWorker): MockIcr {
  let mock = mocks.get(storyId);
  if (!mock) {
    mock = createMockIcr({ baseUrl: `https://icr.mock.nhs.uk/${encodeURIComponent(storyId)}/fhir` });
    w.use(...icrHandlers(mock));
    mocks.set(storyId, mock);
  }
  return mock;
}

/** A host's token provider: one token per role, renewed when the elements ask after a 401. */
function tokenFor(mock: MockIcr, role: MockRoleCode): TokenProvider {
  return (options) => {
    let token = tokens.get(role);
    if (!token || options?.forceRefresh) {
      token = mock.issueToken(role);
      tokens.set(role, token);
    }
    return token;
  };
}

/** A story loader that sets up this story's mock ICR for the scenario. */
export function icr(scenarioOf: Scenario | ((args: Record<string, unknown>) => Scenario) = {}) {
  return async ({ id, args }: { id: string; args: Record<string, unknown> }): Promise<{ icr: LoadedIcr }> => {
    const scenario = typeof scenarioOf === 'function' ? scenarioOf(args) : scenarioOf;
    const mock = mockFor(id, await startMockWorker());
    mock.faults.clear();
    for (const rule of scenario.faults ?? []) mock.faults.add(rule);
    mock.latencyMs = scenario.latencyMs ?? 0;
    mock.clearRequests();
    return {
      icr: {
        endpoint: mock.baseUrl,
        nhsNumber: scenario.nhsNumber ?? PATIENTS.richardSmith,
        tokenProvider: tokenFor(mock, scenario.role ?? 'R8000'),
      },
    };
  };
}

/** `<icr-provider>` for the loaded scenario around the story's elements. */
export function inProvider(loaded: Record<string, unknown>, content: TemplateResult): TemplateResult {
  const { endpoint, nhsNumber, tokenProvider } = loaded.icr as LoadedIcr;
  return html`<icr-provider endpoint=${endpoint} nhs-number=${nhsNumber} .tokenProvider=${tokenProvider}>${content}</icr-provider>`;
}
