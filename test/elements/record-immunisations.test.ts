/**
 * `<icr-record>` and `<icr-timeline>` show immunisations (issue 19 "Done when": the record and the
 * timeline include the new elements): a nav entry with its count, the section, its failure state
 * when the search fails (never "none", R61), and each vaccination in the timeline at its date, one
 * not given said so (R71).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { IcrRecord } from '../../src/elements/record/record.js';
import type { IcrTimeline } from '../../src/elements/timeline/timeline.js';
import { useMockIcr, until, untilState } from '../helpers/icr.js';

const OLIVER = '9990010145';
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');

describe('<icr-record> with immunisations (issue 19, R71)', () => {
  const h = useMockIcr();

  async function mount(): Promise<IcrRecord> {
    return fixture<IcrRecord>(html`<icr-record endpoint=${h.endpoint} nhs-number=${OLIVER} sections="allergies immunisations"
      .tokenProvider=${h.tokenFor()}></icr-record>`);
  }
  const section = (r: IcrRecord) => r.shadowRoot!.querySelector<HTMLElement>('icr-immunisations');
  const nav = (r: IcrRecord) => squash(r.shadowRoot!.querySelector('[data-nav="immunisations"]')?.textContent);

  it('R71: shows the immunisations section and a navigation entry with its count', async () => {
    const record = await mount();
    await until(() => section(record)?.getAttribute('state') === 'loaded', 'immunisations loaded', 15000);
    expect(nav(record)).to.contain('Immunisations').and.match(/\b5\b/);
    const text = squash(section(record)!.shadowRoot!.textContent);
    expect(text).to.contain('Not given');
    expect(text, 'the entered-in-error one is not shown').to.not.contain('Rotavirus');
    await expect(record).to.be.accessible();
  });

  it('R61: the search failing: the section and its nav entry say failed, never a count of 0', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'Immunization', times: 99 });
    const record = await mount();
    await until(() => section(record)?.getAttribute('state') === 'unavailable', 'immunisations unavailable', 15000);
    await until(() => nav(record).includes('failed'), 'nav says failed', 15000);
    expect(nav(record)).to.not.match(/\b0\b/);
  });
});

describe('<icr-timeline> with immunisations (issue 19, R71)', () => {
  const h = useMockIcr();

  it('R71: each vaccination is listed at its date; the one not given says Not given', async () => {
    const el = await fixture<IcrTimeline>(html`<icr-timeline endpoint=${h.endpoint} nhs-number=${OLIVER} .tokenProvider=${h.tokenFor()}></icr-timeline>`);
    await untilState(el, 'loaded');
    const type = [...el.shadowRoot!.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === 'immunisation'))!;
    expect(type, 'an "Immunisation" type to filter by').to.exist;
    type.value = 'immunisation';
    type.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const entries = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="entry"][data-type="immunisation"]')].map((e) => squash(e.textContent));
    expect(entries.length).to.equal(5);
    const notGiven = entries.filter((d) => d.includes('Not given'));
    expect(notGiven, 'exactly the nasal flu vaccine').to.have.length(1);
    expect(notGiven[0]).to.contain('Live attenuated influenza vaccine');
    expect(entries.every((d) => /\d{2}-[A-Z][a-z]{2}-\d{4}/.test(d))).to.equal(true);
    expect(entries.join(' ')).to.not.contain('Rotavirus');
  });
});
