/**
 * The CDN-loader host's own module (cdn-loader.html). It runs after the loader, before any element is
 * defined, and sets the token provider on the not-yet-upgraded `<icr-provider>`, as the README's CDN
 * example does: the element picks the property up when its chunk defines it. Imports no element.
 */
import { DEMO_TOKEN_SECRET, issueToken } from '../../src/mock/auth.js';

type TokenProvider = (options?: { forceRefresh?: boolean }) => Promise<string>;
const provider = document.querySelector('#provider') as HTMLElement & { tokenProvider?: TokenProvider };
let token: Promise<string> | undefined;
provider.tokenProvider = (options) => {
  if (!token || options?.forceRefresh) token = issueToken(DEMO_TOKEN_SECRET, 'R8000');
  return token;
};
