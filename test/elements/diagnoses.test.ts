import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/results.define.js';
import '../../src/elements/diagnoses.define.js';

import { ENDPOINT, NHS, subject, records, token, text, useRecords, untilState } from '../helpers/icr.js';

useRecords();
const cond = (id: string, clinical: string, verification: string, over: Record<string, unknown> = {}) => ({ resourceType: 'Condition', id, subject,
  code: { text: `Condition ${id}` }, clinicalStatus: { coding: [{ code: clinical }] }, verificationStatus: { coding: [{ code: verification }] }, ...over });

describe('<icr-diagnoses>', () => {
  it('R37: a diagnosis row is at most 10 elements and says every field with its label, "Not recorded" where the record is silent (issue 21 point 4)', async () => {
    records.Condition = { match: [cond('asthma', 'active', 'confirmed', { onsetDateTime: '2019-03', recorder: { display: 'Dr A Jones' } })] };
    const wrap = await fixture(html`<div><icr-diagnoses endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-diagnoses></div>`);
    const el = wrap.querySelector('icr-diagnoses')!;
    await untilState(el, 'loaded');
    const item = el.shadowRoot!.querySelector('li.diagnosis')!;
    expect(item.querySelectorAll('*').length + 1).to.be.at.most(10);
    const facts = item.querySelector('.facts')!.textContent!.split(' · ');
    expect(facts.slice(0, 4)).to.deep.equal(['Clinical status: Active', 'Verification: Confirmed', 'Category: Not recorded', 'Onset: Mar-2019']);
    expect(facts).to.include('Recorded by: Dr A Jones');
    await expect(el).to.be.accessible();
  });

  it('R37: refuted and entered-in-error are not shown; resolved in a separate history; statuses and categories shown', async () => {
    records.Condition = { match: [
      cond('asthma', 'active', 'confirmed', { category: [{ coding: [{ code: 'problem-list-item' }] }], onsetDateTime: '2019-03', recorder: { display: 'Dr A Jones' } }),
      cond('fracture', 'resolved', 'confirmed', { onsetDateTime: '2010', abatementDateTime: '2010-05' }),
      cond('refuted', 'active', 'refuted'), cond('eie', 'active', 'entered-in-error'),
    ] };
    const wrap = await fixture(html`<div><icr-diagnoses endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-diagnoses></div>`);
    const el = wrap.querySelector('icr-diagnoses')!;
    await untilState(el, 'loaded');
    const shown = text(el);
    expect(shown).to.include('Condition asthma');
    expect(shown).to.include('Active');
    expect(shown).to.include('Confirmed');
    expect(shown).to.include('Problem list');
    expect(shown).to.include('Mar-2019');
    expect(shown).to.include('Dr A Jones');
    expect(shown).not.to.include('Condition refuted');
    expect(shown).not.to.include('Condition eie');
    expect(shown).to.include('2 entries are not shown: 1 marked as refuted, 1 marked as entered in error.');
    const history = el.shadowRoot!.querySelector('details.history')!;
    expect(history.textContent).to.include('Condition fracture');
    expect(history.hasAttribute('open')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
