/**
 * `<icr-record>` with `<icr-alerts>` (issue 19, point 4): a current decision about care (R66) and a
 * child's protection status (R67) at the top of the summary with date and who recorded it; the
 * section in the navigation with its count; "could not be checked" when the search failed or was
 * refused; and one Flag request for the alerts and the social care events together.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { IcrRecord } from '../../src/elements/record/record.js';
import { useMockIcr, until } from '../helpers/icr.js';
import { DATA_STATES } from '../helpers/reliability/elements.js';

const EDITH = '9990000018';
const OLIVER = '9990010145';
const FAILED = ['unavailable', 'restricted', 'bad-response', 'auth-required'];

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');
const line = (record: IcrRecord, key: string) => record.shadowRoot!.querySelector<HTMLElement>(`[data-line="${key}"]`);
const lineText = (record: IcrRecord, key: string) => squash(line(record, key)?.textContent);
const alertsOf = (record: IcrRecord) => record.shadowRoot!.querySelector<HTMLElement>('#record-alerts > icr-alerts');

describe('<icr-record> with <icr-alerts> (R66, R67)', () => {
  const h = useMockIcr();

  async function mount(nhsNumber: string, { sections = '', role = 'R8000' } = {}): Promise<IcrRecord> {
    return fixture<IcrRecord>(html`<icr-record endpoint=${h.endpoint} nhs-number=${nhsNumber} sections=${sections || undefined}
      .tokenProvider=${h.tokenFor(role)}></icr-record>`);
  }

  async function settled(record: IcrRecord, states: readonly string[] = DATA_STATES): Promise<void> {
    await until(() => record.getAttribute('state') === 'loaded' && !!alertsOf(record) && states.includes(alertsOf(record)!.getAttribute('state') ?? '')
      && line(record, 'decisions')?.getAttribute('data-state') !== 'loading', 'the alerts section settled', 15000);
    await record.updateComplete;
  }

  it('R66: the current ReSPECT form heads the summary with its date and who recorded it; the withdrawn DNACPR is not there', async () => {
    const record = await mount(EDITH, { sections: 'alerts social-care allergies' });
    await settled(record);
    const keys = [...record.shadowRoot!.querySelectorAll('[data-line]')].map((l) => l.getAttribute('data-line'));
    expect(keys[0]).to.equal('decisions');
    const text = lineText(record, 'decisions');
    expect(text).to.match(/ReSPECT form, recorded \d{2}-[A-Z][a-z]{2}-\d{4} by Dr Amelia Hart/);
    expect(text).to.contain('Lasting power of attorney: health and welfare');
    expect(text).to.contain('added by a carer or relative');
    expect(text).not.to.contain('DNACPR');
    expect(line(record, 'decisions')!.hasAttribute('data-attention')).to.equal(true);
    // The navigation lists the section with its count, and the section itself is in the record.
    const nav = record.shadowRoot!.querySelector<HTMLElement>('[data-nav="alerts"]')!;
    expect(squash(nav.textContent)).to.match(/Alerts and decisions \d+/);
    expect(alertsOf(record)!.getAttribute('state')).to.equal('loaded');
    await expect(record).to.be.accessible();
  });

  it('R67: a child on a child protection plan: the status first, with the local authority and how to contact it', async () => {
    const record = await mount(OLIVER, { sections: 'alerts social-care' });
    await settled(record);
    const keys = [...record.shadowRoot!.querySelectorAll('[data-line]')].map((l) => l.getAttribute('data-line'));
    expect(keys.slice(0, 2)).to.deep.equal(['protection', 'decisions']);
    expect(lineText(record, 'protection')).to.match(
      /Child protection plan since \d{2}-[A-Z][a-z]{2}-\d{4}: Northbridge Council Children's Services, 01632 960 800, childrens\.duty@northbridge-council\.example/);
    // One line per fact (issue 18): the plan is not listed again among the alerts.
    await until(() => !lineText(record, 'alerts').includes('Still loading'), 'alerts line settled', 15000);
    expect(lineText(record, 'alerts')).to.not.contain('Child protection plan');
  });

  it('R66, H18: when the decisions search fails the record says they could not be checked, never none', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'Consent' });
    const record = await mount(EDITH, { sections: 'alerts allergies' });
    await settled(record, FAILED);
    expect(line(record, 'decisions')!.getAttribute('data-state')).to.equal('unavailable');
    expect(lineText(record, 'decisions')).to.contain('Could not be checked: do not assume there are none').and.not.match(/No current one|ReSPECT/);
    expect(alertsOf(record)!.getAttribute('state')).to.equal('unavailable');
    expect(squash(alertsOf(record)!.shadowRoot!.textContent)).to.contain('could not be checked');
    expect(squash(record.shadowRoot!.querySelector('[data-nav="alerts"]')!.textContent)).to.contain('failed');
    await expect(record).to.be.accessible();
  });

  it('R66: a role refused the decisions is told they could not be checked', async () => {
    const record = await mount(EDITH, { sections: 'alerts', role: 'R8010' });
    await settled(record, FAILED);
    expect(lineText(record, 'decisions')).to.contain('could not be checked').and.not.match(/No current one/);
  });

  it('one Flag request for the alerts and the social care events together (the same query, shared)', async () => {
    const record = await mount(EDITH, { sections: 'alerts social-care' });
    await settled(record);
    await until(() => record.shadowRoot!.querySelector('icr-social-care-events')?.getAttribute('state') === 'loaded', 'social care loaded', 15000);
    const flags = h.mock.requests.filter((r) => new URL(r.url).pathname.endsWith('/Flag'));
    expect(flags.map((r) => new URL(r.url).search)).to.have.length(1);
    // By NHS number the one request is chained on her identifier (issue 21), else by her id.
    const params = new URL(flags[0]!.url).searchParams;
    const chained = [...params].find(([name]) => name.endsWith('.identifier'))?.[1];
    expect(chained ? chained.endsWith(`|${EDITH}`) : params.get('patient') === 'pat-edith-holloway', 'asked for Edith').to.equal(true);
  });
});
