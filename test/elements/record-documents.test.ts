/**
 * `<icr-record>` and `<icr-timeline>` show letters and summaries (issue 19 "Done when": the record
 * and the timeline include the new elements): a nav entry with its count, the section itself, its
 * failure state when the search fails (never "none", R61), and each document in the timeline at
 * its date, a superseded one said to be superseded (R70).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { IcrRecord } from '../../src/elements/record/record.js';
import type { IcrTimeline } from '../../src/elements/timeline/timeline.js';
import { useMockIcr, until, untilState } from '../helpers/icr.js';

const RICHARD = '9912003888';
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');

describe('<icr-record> with documents (issue 19, R70)', () => {
  const h = useMockIcr();

  async function mount(): Promise<IcrRecord> {
    return fixture<IcrRecord>(html`<icr-record endpoint=${h.endpoint} nhs-number=${RICHARD} sections="allergies documents"
      .tokenProvider=${h.tokenFor()}></icr-record>`);
  }
  const section = (r: IcrRecord) => r.shadowRoot!.querySelector<HTMLElement>('icr-documents');
  const nav = (r: IcrRecord) => squash(r.shadowRoot!.querySelector('[data-nav="documents"]')?.textContent);

  it('R70: shows the documents section and a navigation entry with its count', async () => {
    const record = await mount();
    await until(() => section(record)?.getAttribute('state') === 'loaded', 'documents loaded', 15000);
    expect(nav(record)).to.contain('Documents').and.match(/\b\d+\b/);
    const text = squash(section(record)!.shadowRoot!.textContent);
    expect(text).to.contain('Discharge summary');
    expect(text, 'the entered-in-error letter is not shown').to.not.contain('Letter filed to the wrong patient');
    await expect(record).to.be.accessible();
  });

  it('R61: the search failing: the section and its nav entry say failed, never a count of 0', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'DocumentReference', times: 99 });
    const record = await mount();
    await until(() => section(record)?.getAttribute('state') === 'unavailable', 'documents unavailable', 15000);
    await until(() => nav(record).includes('failed'), 'nav says failed', 15000);
    expect(nav(record)).to.not.match(/\b0\b/);
  });
});

describe('<icr-timeline> with documents (issue 19, R70)', () => {
  const h = useMockIcr();

  it('R70: each letter is listed at its date; the superseded first version says Superseded', async () => {
    const el = await fixture<IcrTimeline>(html`<icr-timeline endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}></icr-timeline>`);
    await untilState(el, 'loaded');
    const type = [...el.shadowRoot!.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === 'document'))!;
    expect(type, 'a "Letter or summary" type to filter by').to.exist;
    type.value = 'document';
    type.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const docs = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="entry"][data-type="document"]')].map((e) => squash(e.textContent));
    expect(docs.length).to.be.greaterThan(2);
    const superseded = docs.filter((d) => d.includes('Superseded'));
    expect(superseded, 'exactly the first version is superseded').to.have.length(1);
    expect(docs.some((d) => /Discharge summary/.test(d) && /\d{2}-[A-Z][a-z]{2}-\d{4}/.test(d))).to.equal(true);
    expect(docs.join(' ')).to.not.contain('Letter filed to the wrong patient');
  });
});
