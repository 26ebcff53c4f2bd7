/** `<icr-record>` shows `<icr-care-team>` (issue 19): its navigation entry with a count, the section, and its failure. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/record.define.js';
import type { IcrRecord } from '../../src/elements/record/record.js';
import { until, useMockIcr } from '../helpers/icr.js';

const RICHARD = '9912003888';
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');

describe('<icr-record> with the care team (issue 19)', () => {
  const h = useMockIcr();

  async function mount(sections?: string): Promise<IcrRecord> {
    return fixture<IcrRecord>(html`<icr-record endpoint=${h.endpoint} nhs-number=${RICHARD} sections=${sections ?? ''}
      .tokenProvider=${h.tokenFor()}></icr-record>`);
  }
  const section = (record: IcrRecord) => record.shadowRoot!.querySelector<HTMLElement>('icr-care-team');
  const nav = (record: IcrRecord) => record.shadowRoot!.querySelector<HTMLElement>('[data-nav="care-team"]');

  it('R68: the record shows the care team by default, with a navigation entry counting the current members', async () => {
    const record = await mount();
    await until(() => section(record)?.getAttribute('state') === 'loaded' && nav(record)?.getAttribute('data-state') === 'loaded', 'care team loaded', 15000);
    await record.updateComplete;
    const members = section(record)!.shadowRoot!.querySelectorAll('[part="member"][data-current="true"]').length;
    expect(members).to.be.greaterThan(2);
    expect(squash(nav(record)!.textContent)).to.contain(`Care team ${members}`);
    expect(squash(section(record)!.shadowRoot!.textContent)).to.contain('Dr Amelia Hart');
  });

  it('the host may ask for the care team alone, by its name', async () => {
    const record = await mount('care-team');
    await until(() => section(record)?.getAttribute('state') === 'loaded', 'care team loaded', 15000);
    expect([...record.shadowRoot!.querySelectorAll('[data-nav]')].map((a) => a.getAttribute('data-nav'))).to.deep.equal(['care-team']);
  });

  it('a failed CareTeam search: the section and its navigation entry say unavailable, never a count or "none"', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'CareTeam' });
    const record = await mount('allergies care-team');
    await until(() => section(record)?.getAttribute('state') === 'unavailable' && nav(record)?.getAttribute('data-state') === 'unavailable', 'care team unavailable', 15000);
    await record.updateComplete;
    expect(squash(section(record)!.shadowRoot!.textContent)).not.to.contain('No care team');
    expect(squash(nav(record)!.textContent)).not.to.match(/Care team \d/);
  });
});
