/**
 * `<icr-timeline>` with decisions about care (issue 19, point 4): each decision at the date it was
 * recorded, a withdrawn one said to be withdrawn (R66), an undated one apart (R65), and the source
 * named as left out when its search fails (H3).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/timeline.define.js';
import type { IcrTimeline } from '../../src/elements/timeline/timeline.js';
import { ENDPOINT, NHS, records, subject, text, token, untilState, useMockIcr, useRecords } from '../helpers/icr.js';

const EDITH = '9990000018';
const SETTLED = ['loaded', 'empty', 'not-recorded', 'restricted', 'opted-out', 'unavailable', 'bad-response', 'wrong-patient', 'auth-required', 'not-found', 'invalid-nhs-number', 'not-configured'];
const decisions = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="entry"][data-type="care-decision"]')];
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ');

describe('<icr-timeline> with decisions about care (R65, R66)', () => {
  const h = useMockIcr();

  async function show(nhs: string): Promise<IcrTimeline> {
    const el = await fixture<IcrTimeline>(html`<icr-timeline endpoint=${h.endpoint} nhs-number=${nhs} .tokenProvider=${h.tokenFor()}></icr-timeline>`);
    await untilState(el, ...SETTLED);
    return el;
  }

  it('R66: the ReSPECT form is listed at its date as current; the withdrawn DNACPR says Withdrawn', async () => {
    const el = await show(EDITH);
    // Her appointments and stays share the timeline: a reader filters to decisions, as here.
    const type = [...el.shadowRoot!.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === 'care-decision'))!;
    type.value = 'care-decision';
    type.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const entries = decisions(el).map((e) => squash(e.textContent));
    const respect = entries.find((e) => e.includes('Recorded: ReSPECT form'))!;
    expect(respect).to.contain('Current');
    expect(respect).to.match(/\d{2}-[A-Z][a-z]{2}-\d{4}/);
    const dnacpr = entries.find((e) => e.includes('Recorded: Do not attempt CPR (DNACPR)'))!;
    expect(dnacpr).to.contain('Withdrawn').and.not.contain('Current');
    expect(entries.length, 'only decisions once filtered').to.equal(el.shadowRoot!.querySelectorAll('[part~="entry"]').length);
    await expect(el).to.be.accessible();
  });

  it('H3: the decisions search failing names the source as left out; the rest is still shown', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'Consent', times: 99 });
    const el = await show(EDITH);
    expect(el.getAttribute('state')).to.equal('loaded');
    expect(decisions(el)).to.have.length(0);
    expect(text(el)).to.contain('Decisions about care');
  });
});

describe('<icr-timeline> with hand-written decisions (R65)', () => {
  useRecords();

  it('R65: a decision with no date is listed apart under "Date not recorded", never at an invented date', async () => {
    records.Consent = { match: [{ resourceType: 'Consent', id: 'c1', status: 'active', patient: subject,
      category: [{ coding: [{ system: 'https://icr.example.nhs.uk/CodeSystem/care-decision', code: 'adrt' }] }] }] };
    const el = await fixture<IcrTimeline>(html`<icr-timeline endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-timeline>`);
    await untilState(el, ...SETTLED);
    const undated = el.shadowRoot!.querySelectorAll('ol[data-list="undated"] > [data-type="care-decision"]');
    expect(undated.length).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('ol[data-list="dated"] > [data-type="care-decision"]').length).to.equal(0);
    expect(squash(undated[0]!.textContent)).to.contain('Advance decision to refuse treatment');
  });
});
