/**
 * The strict host's own module (no inline script anywhere): loads every element and wires the
 * token provider. The mock ICR runs in the test page that opens this one in an iframe (msw's
 * service worker answers a same-origin frame's requests through its parent page), and its demo
 * tokens are signed with the published demo secret, so this page can mint one itself.
 */
import '../../src/define.js';
import { DEMO_TOKEN_SECRET, issueToken } from '../../src/mock/auth.js';
import type { IcrProvider } from '../../src/elements/provider/provider.js';

const provider = document.querySelector<IcrProvider>('#provider')!;
let token: Promise<string> | undefined;
provider.tokenProvider = (options) => {
  if (!token || options?.forceRefresh) token = issueToken(DEMO_TOKEN_SECRET, 'R8000');
  return token;
};
