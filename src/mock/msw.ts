/**
 * msw wiring: the mock ICR's `handle` behind msw request handlers, and a helper that starts the
 * browser service worker (`/mockServiceWorker.js`, from `npx msw init public`).
 */
import { http, type RequestHandler } from 'msw';
import type { MockIcr } from './types.js';

/** msw handlers answering every request under the mock's base URL with `mock.handle`. */
export function icrHandlers(mock: MockIcr): RequestHandler[] {
  const handler = ({ request }: { request: Request }): Promise<Response> => mock.handle(request);
  return [http.all(mock.baseUrl, handler), http.all(`${mock.baseUrl}/*`, handler)];
}

export interface StartWorkerOptions {
  /** Where the service worker script is served (default `/mockServiceWorker.js`). */
  serviceWorkerUrl?: string;
  /** Log every intercepted request in the console (default false). */
  verbose?: boolean;
}

/**
 * Start msw's service worker in the browser with the mock ICR's handlers; other requests pass
 * through untouched. Resolves to a function that stops the worker.
 */
export async function startMockIcrWorker(mock: MockIcr, options: StartWorkerOptions = {}): Promise<() => void> {
  const { setupWorker } = await import('msw/browser');
  const worker = setupWorker(...icrHandlers(mock));
  await worker.start({
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: !options.verbose,
  });
  return () => worker.stop();
}
