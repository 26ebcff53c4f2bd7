/**
 * `<icr-record>` shows `<icr-encounters>` (issue 19 "Done when"): a nav entry with its count, the
 * section itself, and its failure state when both of its searches fail (never "none", R61).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { IcrRecord } from '../../src/elements/record/record.js';
import { useMockIcr, until } from '../helpers/icr.js';

const RICHARD = '9912003888';
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');

describe('<icr-record> with encounters (issue 19)', () => {
  const h = useMockIcr();

  async function mount(): Promise<IcrRecord> {
    return fixture<IcrRecord>(html`<icr-record endpoint=${h.endpoint} nhs-number=${RICHARD} sections="allergies encounters"
      .tokenProvider=${h.tokenFor()}></icr-record>`);
  }
  const section = (r: IcrRecord) => r.shadowRoot!.querySelector<HTMLElement>('icr-encounters');
  const nav = (r: IcrRecord) => squash(r.shadowRoot!.querySelector('[data-nav="encounters"]')?.textContent);

  it('shows the section and a navigation entry with its count', async () => {
    const record = await mount();
    await until(() => section(record)?.getAttribute('state') === 'loaded', 'encounters loaded', 15000);
    expect(nav(record)).to.contain('Appointments and stays').and.match(/\b\d+\b/);
    expect(squash(section(record)!.shadowRoot!.textContent)).to.contain('Cancelled by the patient');
    await expect(record).to.be.accessible();
  });

  it('R61: both searches failing: the section and its nav entry say failed, never a count of 0', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'Encounter' });
    h.mock.faults.add({ fault: '500', resourceType: 'Appointment' });
    const record = await mount();
    await until(() => section(record)?.getAttribute('state') === 'unavailable', 'encounters unavailable', 15000);
    await until(() => nav(record).includes('failed'), 'nav says failed', 15000);
    expect(nav(record)).to.not.match(/\b0\b/);
  });
});
