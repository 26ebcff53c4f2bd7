/**
 * Dates at the Europe/London day boundary in British Summer Time, as the elements show them (R21,
 * R22, R45). In July London is UTC+1, so 23:00–24:00 UTC is already the next day in London: a
 * formatter or an expiry check that slips into UTC shows the wrong day for that hour, and a partial
 * date padded to a day claims a precision the record does not have. Each test here fails with one
 * such slip planted (see the commit message); the mapper-level tests alone would not show what
 * the user reads.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/social-care-events.define.js';
import '../../src/elements/diagnoses.define.js';
import type { IcrSocialCareEvents } from '../../src/elements/social-care-events/social-care-events.js';
import { ENDPOINT, NHS, records, subject, text, token, untilState, useRecords } from '../helpers/icr.js';

useRecords();

const words = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A DoLS standard authorisation (Flag, category SNOMED 303186005 "Legal status") ending at `end`. */
const dols = (end: string) => ({
  resourceType: 'Flag', id: 'dols-1', status: 'active', subject,
  category: [{ coding: [{ system: 'http://snomed.info/sct', code: '303186005', display: 'Legal status' }] }],
  code: { text: 'Deprivation of Liberty Safeguards standard authorisation' },
  period: { start: '2026-01-10', end },
  author: { reference: 'Organization/la', display: 'Northbridge Council (supervisory body)' },
});

/** The social care section at the clock `now`, showing the one DoLS authorisation of `records`. */
async function socialCareAt(now: string): Promise<HTMLElement> {
  const el = await fixture<IcrSocialCareEvents>(html`<icr-social-care-events endpoint=${ENDPOINT} nhs-number=${NHS}
    .tokenProvider=${token} .now=${new Date(now)}></icr-social-care-events>`);
  await untilState(el, 'loaded');
  const event = el.shadowRoot!.querySelector<HTMLElement>('[part="event"][data-kind="dols-authorisation"]');
  expect(event, 'the DoLS authorisation is shown').to.exist;
  return event!;
}

describe('London dates in summer time: social care (R45, R21)', () => {
  it('R45, R21: a DoLS end of 2026-07-14T23:30Z (00:30 on 15 July in London) shows as 15-Jul-2026 and, at noon on 14 July, "Expires tomorrow"', async () => {
    records.Flag = { match: [dols('2026-07-14T23:30:00Z')] };
    const event = await socialCareAt('2026-07-14T11:00:00Z'); // 12:00 BST on 14 July
    expect(words(event)).to.match(/Expires:\s*15-Jul-2026/);
    expect(words(event)).to.not.contain('14-Jul-2026');
    expect(words(event.querySelector('[data-expiry]')), 'the end falls on the London day after today').to.equal('Expires tomorrow');
  });

  it('R45, R21: at 00:10 on 15 July London time (23:10 UTC on the 14th) an authorisation ending at 13:00 that day "Expires today"', async () => {
    records.Flag = { match: [dols('2026-07-15T12:00:00Z')] };
    const event = await socialCareAt('2026-07-14T23:10:00Z');
    expect(words(event)).to.match(/Expires:\s*15-Jul-2026/);
    expect(words(event.querySelector('[data-expiry]')), 'today is 15 July in London, not the UTC 14th').to.equal('Expires today');
  });

  it('R45, H14, R21: an authorisation ending on 14 July (a date) is Expired at 00:30 on 15 July London time, though UTC is still on the 14th', async () => {
    records.Flag = { match: [dols('2026-07-14')] };
    const event = await socialCareAt('2026-07-14T23:30:00Z');
    expect(words(event)).to.match(/Expires:\s*14-Jul-2026/);
    expect(event.querySelector('[data-expiry]')?.getAttribute('data-expiry')).to.equal('expired');
    expect(words(event.querySelector('[data-expiry]'))).to.equal('Expired');
  });
});

const condition = (id: string, onset: Record<string, unknown>) => ({
  resourceType: 'Condition', id, subject, code: { text: `Condition ${id}` },
  clinicalStatus: { coding: [{ code: 'active' }] }, verificationStatus: { coding: [{ code: 'confirmed' }] }, ...onset,
});

/** The diagnoses section showing `records`; the shown text of the diagnosis named `Condition <id>`. */
async function diagnosis(id: string): Promise<string> {
  const wrap = await fixture(html`<div><icr-diagnoses endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-diagnoses></div>`);
  const el = wrap.querySelector('icr-diagnoses')!;
  await untilState(el, 'loaded');
  expect(text(el)).to.contain(`Condition ${id}`);
  // The smallest element that names this diagnosis and its onset: the diagnosis itself.
  const all = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')];
  const own = all.filter((e) => words(e).includes(`Condition ${id}`) && /Onset/.test(words(e)));
  return words(own[own.length - 1]);
}

describe('London dates in summer time: diagnoses (R22, R21)', () => {
  it('R22: an onset of "2019-03" (month precision) shows as Mar-2019, never padded to a day', async () => {
    records.Condition = { match: [condition('asthma', { onsetDateTime: '2019-03' })] };
    const shown = await diagnosis('asthma');
    expect(shown).to.match(/Onset:\s*Mar-2019/);
    expect(shown, 'no day the record does not give').to.not.match(/\d{1,2}-Mar-2019/);
  });

  it('R21: an onset of 2026-07-14T23:30Z (00:30 on 15 July in London) shows 15-Jul-2026, not 14-Jul-2026', async () => {
    records.Condition = { match: [condition('gout', { onsetDateTime: '2026-07-14T23:30:00Z' })] };
    const shown = await diagnosis('gout');
    expect(shown).to.match(/Onset:\s*15-Jul-2026/);
    expect(shown).to.not.contain('14-Jul-2026');
  });
});
