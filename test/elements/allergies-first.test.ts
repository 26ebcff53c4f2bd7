/**
 * Issue 21 point 5: no section waits on another. The allergies are shown as soon as their own
 * answer is complete; the conflict cues (allergy against current medication) are added as the
 * medication pages arrive, marked as not yet checked against the full list until the last page is
 * in. The last medication page is held by a deferred promise the test lets go (never a timer).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { IcrProvider } from '../../src/elements/provider/provider.js';
import type { FhirResource } from '../../src/fhir/read.js';
import { loadFixture } from '../helpers/fixtures.js';
import { ENDPOINT, NHS, PATIENT, bundle, json, subject, text, token, until, untilState, useRecords, withSelf } from '../helpers/icr.js';

let allergy: FhirResource;
let amoxicillin: FhirResource;
const otherDrug = { resourceType: 'MedicationStatement', id: 'ms-other', status: 'active', subject, medicationCodeableConcept: { text: 'Paracetamol 500mg tablets' } };
/** Which medication page holds the amoxicillin: the first (cue before the end) or the held last one. */
let amoxicillinOn: 'first' | 'last' = 'last';
let release: () => void = () => undefined;
let lastPage = new Promise<void>((r) => (release = r));

describe('<icr-allergies> never waits for the medications (issue 21)', () => {
  before(async () => {
    allergy = { ...(await loadFixture('uk-core-json/UKCore-AllergyIntolerance-Amoxicillin-Example.json')), patient: subject };
    amoxicillin = { ...(await loadFixture('uk-core-json/UKCore-MedicationStatement-Amoxicillin-Example.json')), subject };
  });

  useRecords({
    serve: async (url) => {
      const type = url.pathname.split('/').pop()!;
      if (type === 'AllergyIntolerance') return json(withSelf(bundle([allergy]), url));
      if (type !== 'MedicationStatement') return undefined; // the patient, and empty answers for the rest
      if (url.searchParams.get('_offset') === '1') {
        await lastPage;
        return json(withSelf(bundle([amoxicillinOn === 'last' ? amoxicillin : otherDrug]), url));
      }
      const next = new URL(url);
      next.searchParams.set('_offset', '1');
      const first = bundle([amoxicillinOn === 'first' ? amoxicillin : otherDrug], [], next.href);
      return json(withSelf({ ...first, total: 2 }, url));
    },
  });
  beforeEach(() => {
    amoxicillinOn = 'last';
    lastPage = new Promise<void>((r) => (release = r));
  });
  afterEach(() => release());

  async function mount(): Promise<{ el: HTMLElement; loads: number[]; conflicts: number[] }> {
    const loads: number[] = [];
    const conflicts: number[] = [];
    const provider = await fixture<IcrProvider>(html`<icr-provider endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}>
      <icr-allergies @icr-data-load=${() => loads.push(1)} @icr-conflict-detect=${(e: CustomEvent<{ matches: unknown[] }>) => conflicts.push(e.detail.matches.length)}></icr-allergies>
    </icr-provider>`);
    return { el: provider.querySelector<HTMLElement>('icr-allergies')!, loads, conflicts };
  }
  const marker = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="conflict-check"]');
  const cue = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="conflict"]');

  it('R24: the allergies are shown before the last medication page arrives, marked not yet checked, then checked', async () => {
    const { el, loads, conflicts } = await mount();
    await untilState(el, 'loaded');
    expect(text(el)).to.contain('Known allergies').and.contain('Amoxicillin');
    expect(marker(el)?.textContent).to.contain('Not yet checked against the full medication list');
    expect(cue(el)).to.equal(null);
    await expect(el).to.be.accessible();

    release();
    await until(() => !marker(el), 'the conflict check to complete');
    expect(text(el)).to.contain('Same substance as current medication: Amoxicillin 250mg capsules');
    expect(loads, 'one icr-data-load per load').to.deep.equal([1]);
    expect(conflicts).to.deep.equal([1]);
    await expect(el).to.be.accessible();
  });

  it('R24: a conflict on a medication page already in is shown at once, still marked, and announced once', async () => {
    amoxicillinOn = 'first';
    const { el, conflicts } = await mount();
    await until(() => !!cue(el), 'the conflict cue from the first page');
    expect(marker(el)).to.not.equal(null);
    expect(el.getAttribute('state')).to.equal('loaded');
    release();
    await until(() => !marker(el), 'the conflict check to complete');
    expect(cue(el)).to.not.equal(null);
    expect(conflicts).to.deep.equal([1]);
  });
});
