/**
 * Issue 21 at the elements: by NHS number the sections' searches go with the lookup, chained on the
 * identifier (one round trip), and every safety rule holds: R9 against the patient the lookup
 * returned, nothing before the lookup has answered one patient (a whole-record state otherwise),
 * the same screen on the two-step fallback, one request per distinct query on both paths.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { IcrProvider } from '../../src/elements/provider/provider.js';
import { isChainUnsupported } from '../../src/data/chained-search.js';
import { clearSharedRequests } from '../../src/data/request-cache.js';
import { json, routeFetch, until, useMockIcr } from '../helpers/icr.js';
import { untilAll, DATA_STATES } from '../helpers/reliability/elements.js';

const RICHARD = '9912003888';
const NOT_IN_ICR = '9000000009';
const TAGS = ['icr-patient-banner', 'icr-allergies', 'icr-medications'];
const SECTIONS = ['icr-allergies', 'icr-medications'];

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');
/**
 * What a reader sees of a section, less the clock: the "Retrieved" time and the banner's print line
 * ("Printed on … retrieved at …"), which two views a minute apart (a busy machine) say differently.
 */
const screen = (el: Element) => squash(el.shadowRoot?.textContent)
  .replace(/Printed on [^;]*?\d{2}:\d{2} from the Integrated Care Record; retrieved at [^.]*?\d{2}:\d{2}\./g, 'Printed on … retrieved at ….')
  .replace(/Retrieved[^|]*?\d{2}:\d{2}/g, 'Retrieved');

describe('<icr-provider> by NHS number: the chained path (issue 21)', () => {
  const h = useMockIcr();
  const urls = () => h.mock.requests.map((r) => decodeURIComponent(r.url));
  const chained = () => urls().filter((u) => u.includes('.identifier='));
  const byId = () => urls().filter((u) => /[?&](patient|subject)=/.test(u));

  async function view(nhsNumber = RICHARD): Promise<{ provider: IcrProvider; elements: HTMLElement[] }> {
    const provider = await fixture<IcrProvider>(html`<icr-provider endpoint=${h.endpoint} nhs-number=${nhsNumber}
        .tokenProvider=${h.tokenFor()} .clientOptions=${{ maxRetries: 0 }}>
      <icr-patient-banner></icr-patient-banner><icr-allergies></icr-allergies><icr-medications filter="all"></icr-medications>
    </icr-provider>`);
    return { provider, elements: TAGS.map((tag) => provider.querySelector<HTMLElement>(tag)!) };
  }
  const sections = (elements: HTMLElement[]) => elements.filter((e) => SECTIONS.includes(e.localName));

  it('R9: one round trip: every search chained on the NHS number, none by id, one request per distinct query', async () => {
    const { elements } = await view();
    await untilAll(elements, DATA_STATES);
    expect(byId()).to.deep.equal([]);
    expect(chained().length).to.be.greaterThan(0);
    for (const u of chained()) expect(u).to.contain('identifier=https://fhir.nhs.uk/Id/nhs-number|9912003888');
    expect(new Set(urls()).size, urls().join('\n')).to.equal(urls().length);
    expect(urls().filter((u) => u.includes('/Patient?'))).to.have.length(1);
    expect(screen(elements[1])).to.contain('Known allergies');
  });

  it("R9: a chained answer holding another patient's allergy is the wrong-patient state, nothing of it shown", async () => {
    h.mock.faults.add({ fault: 'wrong-patient', resourceType: 'AllergyIntolerance' });
    const { elements } = await view();
    const allergies = elements[1];
    await until(() => allergies.getAttribute('state') === 'wrong-patient', 'allergies wrong-patient', 8000);
    expect(allergies.shadowRoot!.querySelector('[part="list"]')).to.equal(null);
    expect(screen(allergies)).to.not.contain('Known allergies');
  });

  for (const mode of ['refuse', 'ignore'] as const) {
    it(`R9: a server that ${mode === 'refuse' ? 'strictly refuses' : 'silently ignores'} the chain: the two-step fallback gives the same screen, remembered for the endpoint`, async () => {
      const first = await view();
      await untilAll(first.elements, DATA_STATES);
      const expected = first.elements.map(screen);
      first.provider.remove();
      clearSharedRequests();
      h.mock.clearRequests();

      h.mock.chainedSearch = mode;
      const second = await view();
      await untilAll(second.elements, DATA_STATES);
      expect(second.elements.map(screen)).to.deep.equal(expected);
      expect(isChainUnsupported(h.endpoint)).to.equal(true);
      second.provider.remove();
      clearSharedRequests();
      h.mock.clearRequests();

      // The next view asks by id straight away: no chained request, one request per distinct query.
      const third = await view();
      await untilAll(third.elements, DATA_STATES);
      expect(third.elements.map(screen)).to.deep.equal(expected);
      expect(chained()).to.deep.equal([]);
      expect(byId().length).to.be.greaterThan(0);
      expect(new Set(urls()).size, urls().join('\n')).to.equal(urls().length);
    });
  }

  it('R9, R73: a lookup that finds nobody: the whole-record state, no section content, although the chained searches were sent', async () => {
    const { elements } = await view(NOT_IN_ICR);
    await untilAll(elements, ['not-found']);
    for (const el of sections(elements)) {
      expect(el.shadowRoot!.querySelector('[part="list"]'), el.localName).to.equal(null);
      expect(screen(el), el.localName).to.not.match(/Known allergies|No known|not recorded/i);
    }
  });

  it('R9: a lookup that finds two patients: wrong-patient for the whole record, nothing of the chained answers shown', async () => {
    const twin = { resourceType: 'Patient', id: 'twin', identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: RICHARD }], name: [{ family: 'Smith', given: ['Rick'] }] };
    const router = routeFetch({
      mock: h.mock,
      serve: async (request) => {
        const url = new URL(request.url);
        if (!url.pathname.endsWith('/Patient')) return undefined;
        const real = (await (await h.mock.handle(request)).json()) as { entry: unknown[] };
        return json({ ...real, total: 2, entry: [...real.entry, { resource: twin, search: { mode: 'match' } }] });
      },
    });
    try {
      const { elements } = await view();
      await untilAll(elements, ['wrong-patient']);
      expect(chained().length).to.be.greaterThan(0);
      for (const el of sections(elements)) {
        expect(el.shadowRoot!.querySelector('[part="list"]'), el.localName).to.equal(null);
        expect(screen(el), el.localName).to.not.match(/Known allergies|Amoxicillin|Penicillin/i);
      }
    } finally {
      router.restore();
    }
  });
});
