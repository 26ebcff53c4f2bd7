// The host's wiring: which ICR, which patient, and the token. No import of the library: the CDN
// file defined the elements. Here the endpoint can come from `?endpoint=` and the token from the
// mock ICR's development endpoint; a real host returns its own login's access token instead.
const params = new URLSearchParams(location.search);
const provider = document.querySelector('icr-provider');
if (params.get('endpoint')) provider.setAttribute('endpoint', params.get('endpoint'));
if (params.get('nhs-number')) provider.setAttribute('nhs-number', params.get('nhs-number'));

/** Development only: a clinician's token (job role R8000) from the mock ICR. */
async function getToken() {
  const origin = new URL(provider.getAttribute('endpoint')).origin;
  const tokens = await fetch(`${origin}/__mock/tokens`).then((r) => r.json());
  return tokens.R8000.token;
}

let token;
await customElements.whenDefined('icr-provider');
// Called once per request; `forceRefresh` asks for a new token after a 401.
provider.tokenProvider = (options) => {
  if (!token || options?.forceRefresh) token = getToken();
  return token;
};
for (const type of ['icr-data-load', 'icr-error', 'icr-auth-expire']) {
  provider.addEventListener(type, (event) => console.info(type, event.detail));
}
