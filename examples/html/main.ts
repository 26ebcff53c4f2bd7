/**
 * Plain HTML host: import the elements, give the provider a token provider, listen for events.
 * The mock ICR stands in for the real endpoint (a real host would not load it).
 */
import '../../src/define.js'; // host: `import 'icr-elements/define.js'`
import { createMockIcr } from '../../src/mock/index.js'; // demo only: the stand-in ICR
import { startMockIcrWorker } from '../../src/mock/msw.js';

const mock = createMockIcr();
await startMockIcrWorker(mock);

const record = document.querySelector('icr-provider')!;
const events = document.querySelector('#events')!;
const note = (line: string): void => {
  const li = document.createElement('li');
  li.textContent = line;
  events.append(li);
};

// Your login supplies the token; `forceRefresh` is set after the ICR refused one (401).
let token: Promise<string> | undefined;
record.tokenProvider = (options) => {
  if (!token || options?.forceRefresh) token = mock.issueToken('R8000');
  note('token requested');
  return token;
};

record.addEventListener('icr-data-load', (e) => note(`icr-data-load: ${e.detail.section} ${e.detail.state} (${e.detail.count})`));
record.addEventListener('icr-error', (e) => note(`icr-error: ${e.detail.section} ${e.detail.kind}`));
record.addEventListener('icr-auth-expire', () => note('icr-auth-expire: please sign in again'));
