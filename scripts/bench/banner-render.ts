/**
 * Issue 21 point 4's last goal, like for like: `<icr-patient-banner>` against a plain Lit banner.
 * As in the peers' comparison, icr-elements is fed by a zero-latency `fetch` stub (the client's own
 * `fetch` option, answering with the mock ICR's recorded answer for the same URL), so its figure
 * holds the client, the R9 guard, the mapping and the render; the plain banner is handed a ready
 * object. Each figure runs from setting the patient (or the object) to the next frame painted.
 */
import { LitElement, css, html } from 'lit';
import type { IcrProvider } from '../../src/elements/provider/provider.js';
import { when } from './record-view.js';

interface PlainPatient { name: string; born: string; gender: string; nhs: string; address: string; gp: string }

/** What a plain Lit banner would be: the same facts, one section, no states, no guard, no mapping. */
class BenchPlainBanner extends LitElement {
  static override properties = { patient: { attribute: false } };
  static override styles = css`
    section { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: baseline; padding: 0.5rem 1rem; border-bottom: 2px solid #005eb8; }
    h2 { margin: 0; font-size: 1.25rem; }
    dl { display: flex; flex-wrap: wrap; gap: 0 1rem; margin: 0; }
    dt { color: #4c6272; }
    dd { margin: 0 0 0 0.25rem; font-weight: 600; }
  `;
  declare patient?: PlainPatient;
  override render() {
    const p = this.patient;
    if (!p) return html``;
    return html`<section aria-label="Patient">
      <h2>${p.name}</h2>
      <dl><dt>Born</dt><dd>${p.born}</dd><dt>Gender</dt><dd>${p.gender}</dd><dt>NHS No.</dt><dd>${p.nhs}</dd><dt>Address</dt><dd>${p.address}</dd><dt>GP</dt><dd>${p.gp}</dd></dl>
    </section>`;
  }
}
customElements.define('bench-plain-banner', BenchPlainBanner);

export interface BannerBenchContext {
  main: Element;
  endpoint: string;
  token: string;
  nhsNumber: string;
  /** The mock ICR's answer to a request, as a fetch would get it. */
  answer(request: Request): Promise<Response>;
  painted(): Promise<void>;
}

const recorded = new Map<string, { status: number; body: string; type: string }>();

/** A zero-latency fetch: the mock's answer for the URL, recorded once before the clock starts. */
async function record(ctx: BannerBenchContext, url: string, init?: RequestInit): Promise<void> {
  if (recorded.has(url)) return;
  const r = await ctx.answer(new Request(url, init));
  recorded.set(url, { status: r.status, body: await r.text(), type: r.headers.get('content-type') ?? 'application/fhir+json' });
}
const urlOf = (input: RequestInfo | URL) => String(input instanceof Request ? input.url : input);
const stub = async (input: RequestInfo | URL): Promise<Response> => {
  const r = recorded.get(urlOf(input));
  if (!r) throw new TypeError(`bench stub: no recorded answer for ${urlOf(input)}`);
  return new Response(r.body, { status: r.status, headers: { 'content-type': r.type } });
};

/** A provider holding one banner, on a fetch of its own (standalone elements take no client options). */
function mountIcr(ctx: BannerBenchContext, fetchImpl: typeof fetch): { provider: IcrProvider; banner: Element } {
  ctx.main.replaceChildren();
  const provider = document.createElement('icr-provider') as IcrProvider;
  const banner = document.createElement('icr-patient-banner');
  provider.append(banner);
  provider.endpoint = ctx.endpoint;
  provider.tokenProvider = async () => ctx.token;
  provider.clientOptions = { fetch: fetchImpl, cacheTtlMs: 0, maxRetries: 0 };
  return { provider, banner };
}

/** Resolves once the banner says `loaded` (the record view's watcher, capped so a failure ends the run). */
const loadedOnce = (el: Element) => when([el], () => el.getAttribute('state') === 'loaded', 20_000);

export async function bannerRender(kind: 'icr' | 'plain', ctx: BannerBenchContext) {
  if (kind === 'plain') {
    const patient = { name: 'SMITH, Richard (Mr)', born: '12-Mar-1956 (70y)', gender: 'Male', nhs: '991 200 3888', address: '14 Elm Grove, Riverside, RV1 2AB', gp: 'Dr Amelia Hart, Riverside Medical Practice' };
    // Warmed as the icr banner is (its template prepared, its styles adopted), then measured afresh.
    const warm = document.createElement('bench-plain-banner') as BenchPlainBanner;
    warm.patient = patient;
    ctx.main.replaceChildren(warm);
    await warm.updateComplete;
    await ctx.painted();
    ctx.main.replaceChildren();
    const el = document.createElement('bench-plain-banner') as BenchPlainBanner;
    const start = performance.now();
    el.patient = patient;
    ctx.main.append(el);
    await el.updateComplete;
    await ctx.painted();
    return { ms: performance.now() - start, elements: el.shadowRoot!.querySelectorAll('*').length };
  }
  // Record the requests a banner makes, through the mock, before the clock starts.
  const recorder = mountIcr(ctx, async (input, init) => {
    await record(ctx, urlOf(input), init);
    return stub(input);
  });
  const warm = loadedOnce(recorder.banner);
  recorder.provider.nhsNumber = ctx.nhsNumber;
  ctx.main.append(recorder.provider);
  await warm;
  const { provider, banner: el } = mountIcr(ctx, stub);
  const start = performance.now();
  const shown = loadedOnce(el);
  provider.nhsNumber = ctx.nhsNumber;
  ctx.main.append(provider);
  await shown;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await ctx.painted();
  return { ms: performance.now() - start, elements: el.shadowRoot!.querySelectorAll('*').length };
}
