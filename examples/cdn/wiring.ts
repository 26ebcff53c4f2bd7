/**
 * The CDN page's wiring (demo/cdn.html): no library import (the CDN file defined the elements);
 * only the host's token provider and event listeners. The mock ICR stands in for the endpoint:
 * a real host leaves that part out and returns its own login's token.
 */
import { createMockIcr } from '../../src/mock/index.js';
import { startMockIcrWorker } from '../../src/mock/msw.js';

const mock = createMockIcr();
await startMockIcrWorker(mock);
await customElements.whenDefined('icr-provider');

const provider = document.querySelector('icr-provider')!;
const events = document.querySelector('#events')!;
let token: Promise<string> | undefined;
provider.tokenProvider = (options) => {
  if (!token || options?.forceRefresh) token = mock.issueToken('R8000');
  return token;
};
for (const type of ['icr-data-load', 'icr-error', 'icr-auth-expire'] as const) {
  provider.addEventListener(type, (e) => {
    const li = document.createElement('li');
    li.textContent = `${type} ${JSON.stringify(e.detail)}`;
    events.append(li);
  });
}
