import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setViewport } from '../helpers/viewport.js';
import '../../src/elements/care-team.define.js';
import '../../src/elements/provider.define.js';
import type { IcrCareTeam } from '../../src/elements/care-team/care-team.js';
import { ENDPOINT, NHS, records, subject, token, until, untilState, useMockIcr, useRecords } from '../helpers/icr.js';

const RICHARD = '9912003888';
const OLIVER = '9990010145';
const SETTLED = ['loaded', 'empty', 'not-recorded', 'restricted', 'opted-out', 'unavailable', 'wrong-patient', 'auth-required', 'not-found', 'bad-response'];

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');
const text = (el: Element) => squash(el.shadowRoot?.textContent);
const members = (el: Element, current = true) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part="member"][data-current="${current}"]`)];
const member = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="member"]')].find((m) => m.querySelector('.member-name')?.textContent?.includes(name));

describe('<icr-care-team> on the mock ICR', () => {
  const h = useMockIcr();

  async function show(nhs: string, role = 'R8000'): Promise<IcrCareTeam> {
    const el = await fixture<IcrCareTeam>(html`<icr-care-team endpoint=${h.endpoint} nhs-number=${nhs} .tokenProvider=${h.tokenFor(role)}></icr-care-team>`);
    await untilState(el, ...SETTLED);
    return el;
  }

  it('R68: Richard Smith: his GP, district nurse and consultant, each with role, organisation, team and a tel: link; accessible', async () => {
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('loaded');
    const names = members(el).map((m) => squash(m.querySelector('.member-name')!.textContent).trim());
    // The order a visitor looks for: GP, district nurse, consultant, then family and carers.
    expect(names.slice(0, 3)).to.deep.equal(['Dr Amelia Hart', 'Ms Lucy Fairbanks', 'Dr Helen Price']);
    const gp = squash(member(el, 'Amelia Hart')!.textContent);
    expect(gp).to.contain('GP');
    expect(gp).to.contain('Riverside Medical Practice');
    expect(gp).to.contain('riverside.practice@nhs.example');
    const links = [...member(el, 'Amelia Hart')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:01632960101', 'mailto:riverside.practice@nhs.example']);
    const nurse = squash(member(el, 'Lucy Fairbanks')!.textContent);
    expect(nurse).to.contain('District nurse');
    expect(nurse).to.contain('District nursing team (North)');
    expect(nurse).to.contain('Northbridge Community Health Services');
    expect(nurse).to.match(/Since \d{2}-[A-Z][a-z]{2}-\d{4}/);
    await expect(el).to.be.accessible();
  });

  it('R68: a web address recorded for a consultant is never shown as text; only tel: and mailto: links exist', async () => {
    const el = await show(RICHARD);
    expect(text(el)).not.to.contain('northbridge-general.example');
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(hrefs.length).to.be.greaterThan(0);
    expect(hrefs.every((x) => /^(tel:\+?\d+|mailto:[^:]+)$/.test(x)), hrefs.join()).to.equal(true);
  });

  it('R68: the consultant whose involvement ended and the inactive falls team are apart, under "Not currently involved", with why', async () => {
    const el = await show(RICHARD);
    const current = members(el).map((m) => m.textContent!).join(' ');
    expect(current).not.to.contain('Nadia Wells');
    expect(current).not.to.contain('Grace Holt');
    const apart = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="not-current"]')!;
    expect(squash(apart.querySelector('summary')!.textContent)).to.equal('Not currently involved (2)');
    expect(apart.open).to.equal(false);
    expect(squash(member(el, 'Nadia Wells')!.textContent)).to.match(/Involvement ended \d{2}-[A-Z][a-z]{2}-\d{4}/);
    expect(squash(member(el, 'Grace Holt')!.textContent)).to.contain('Care team inactive');
  });

  const tags = (el: Element, name: string) => [...member(el, name)!.querySelectorAll('.tag')].map((x) => x.textContent);

  it('R68: a carer is told apart from next of kin: his wife is both, each said; Edith Holloway\'s daughter is her carer, not next of kin', async () => {
    const richard = await show(RICHARD);
    expect(tags(richard, 'Joy Smith')).to.deep.equal(['Carer', 'Next of kin']);
    expect(member(richard, 'Joy Smith')!.getAttribute('data-current')).to.equal('true');
    richard.remove();
    const edith = await show('9990000018');
    expect(tags(edith, 'Susan Parker')).to.deep.equal(['Carer']);
    expect(squash(member(edith, 'Susan Parker')!.textContent)).to.contain('natural daughter');
    expect(squash(member(edith, 'Rachel Dunn')!.textContent)).to.contain('Social worker');
    await expect(edith).to.be.accessible();
  });

  it('issue 19 point 6: a child on a plan: the allocated social worker, with the local authority and how to reach them', async () => {
    const el = await show(OLIVER);
    const sw = squash(member(el, 'Mark Lowe')!.textContent);
    expect(sw).to.contain('Allocated social worker');
    expect(sw).to.contain("Northbridge Council Children's Services");
    expect(sw).to.contain('01632 960 811');
    await expect(el).to.be.accessible();
  });

  it('not recorded: a patient with no care team says so, and that it does not mean no one is involved', async () => {
    const el = await show(h.mock.population.find((p) => /WRIGHT/.test(p.name))!.nhsNumber);
    expect(el.getAttribute('state')).to.equal('not-recorded');
    expect(text(el)).to.contain('No care team recorded in the Integrated Care Record.');
    expect(text(el)).to.contain('This does not mean no one else is involved in their care.');
    await expect(el).to.be.accessible();
  });

  it('R68 empty: Harold Walker died; his end-of-life team closed: no one current, those who were listed with why', async () => {
    const el = await show(h.mock.population.find((p) => /WALKER/.test(p.name))!.nhsNumber);
    expect(el.getAttribute('state')).to.equal('empty');
    expect(text(el)).to.contain('No one is recorded as currently involved.');
    expect(members(el).length).to.equal(0);
    expect(members(el, false).length).to.equal(2);
    expect(text(el)).to.contain('Care team inactive');
    await expect(el).to.be.accessible();
  });

  it('R49: a clerical role sees "Not available for your role", never "no care team"', async () => {
    const el = await show(RICHARD, 'R8010');
    expect(el.getAttribute('state')).to.equal('restricted');
    expect(text(el)).to.contain('Not available for your role');
    expect(text(el)).not.to.contain('No care team');
    await expect(el).to.be.accessible();
  });

  it('a paramedic and a social worker may read the care team', async () => {
    for (const role of ['R1070', 'R9570']) {
      const el = await show(RICHARD, role);
      expect(el.getAttribute('state'), role).to.equal('loaded');
      el.remove();
    }
  });

  it('R55: opted out is the whole-record state, never empty', async () => {
    h.mock.faults.add({ fault: 'opted-out' });
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('opted-out');
    expect(members(el).length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('unavailable: says so with a retry that loads the team once the ICR answers', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'CareTeam' });
    const el = await show(RICHARD);
    expect(el.getAttribute('state')).to.equal('unavailable');
    expect(text(el)).not.to.contain('No care team');
    await expect(el).to.be.accessible();
    h.mock.faults.clear();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!.click();
    await untilState(el, 'loaded');
    expect(member(el, 'Amelia Hart')).to.exist;
  });

  it('R9: an answer about another patient shows no one', async () => {
    h.mock.faults.add({ fault: 'wrong-patient', resourceType: 'CareTeam' });
    const el = await show(OLIVER);
    expect(el.getAttribute('state')).to.equal('wrong-patient');
    expect(members(el).length).to.equal(0);
    expect(text(el)).not.to.contain('Amelia Hart');
    await expect(el).to.be.accessible();
  });

  it('R8: told about another patient than its provider: wrong patient, nothing shown', async () => {
    const wrap = await fixture(html`<icr-provider endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}>
      <icr-care-team nhs-number=${OLIVER}></icr-care-team></icr-provider>`);
    const el = wrap.querySelector('icr-care-team')!;
    await untilState(el, 'wrong-patient');
    expect(members(el).length).to.equal(0);
  });

  it('loading: busy, then loaded', async () => {
    h.mock.latencyMs = 600;
    const el = await fixture<IcrCareTeam>(html`<icr-care-team endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}></icr-care-team>`);
    expect(el.getAttribute('state')).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await untilState(el, 'loaded');
  });

  it('keyboard: every contact link and the "Not currently involved" disclosure are reached by Tab; Enter opens it', async () => {
    const el = await show(RICHARD);
    const apart = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="not-current"]')!;
    const reached: string[] = [];
    el.shadowRoot!.querySelector<HTMLAnchorElement>('a')!.focus();
    for (let i = 0; i < 20 && el.shadowRoot!.activeElement?.localName !== 'summary'; i++) {
      reached.push(el.shadowRoot!.activeElement?.getAttribute('href') ?? '');
      await sendKeys({ press: 'Tab' });
    }
    expect(el.shadowRoot!.activeElement?.localName).to.equal('summary');
    expect(reached).to.include('tel:01632960512');
    await sendKeys({ press: 'Enter' });
    await until(() => apart.open, 'disclosure open');
    expect(squash(apart.textContent)).to.contain('Nadia Wells');
  });

  it('reflows at 320 px: no horizontal scroll', async function () {
    await setViewport({ width: 320, height: 640 }, this);
    try {
      const wrap = await fixture(html`<div style="width:320px"><icr-care-team endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}></icr-care-team></div>`);
      const el = wrap.querySelector('icr-care-team')!;
      await untilState(el, 'loaded');
      el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="not-current"]')!.open = true;
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      const right = wrap.getBoundingClientRect().right;
      for (const m of members(el)) expect(m.getBoundingClientRect().right).to.be.at.most(right + 1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<icr-care-team> on hand-written records', () => {
  useRecords();
  const careTeam = (id: string, participant: unknown[], over: Record<string, unknown> = {}) =>
    ({ resourceType: 'CareTeam', id, status: 'active', subject, name: `Team ${id}`, participant, ...over });

  async function show(): Promise<IcrCareTeam> {
    const el = await fixture<IcrCareTeam>(html`<icr-care-team endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-care-team>`);
    await untilState(el, ...SETTLED);
    return el;
  }

  it('R68 empty: no one current: says so (not "none recorded"), and shows who was involved, open', async () => {
    records.CareTeam = { match: [careTeam('old', [{ role: [{ text: 'Social worker' }], member: { display: 'Ms Former' }, period: { end: '2020-01-01' } }])] };
    const el = await show();
    expect(el.getAttribute('state')).to.equal('empty');
    expect(text(el)).to.contain('No one is recorded as currently involved.');
    expect(text(el)).not.to.contain('No care team recorded');
    const apart = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="not-current"]')!;
    expect(apart.open).to.equal(true);
    expect(squash(apart.textContent)).to.contain('Involvement ended 01-Jan-2020');
    await expect(el).to.be.accessible();
  });

  it('H8: an entered-in-error team is not shown and the note counts it', async () => {
    records.CareTeam = { match: [careTeam('ok', [{ member: { display: 'Dr Right' } }]), careTeam('eie', [{ member: { display: 'Dr Wrong' } }], { status: 'entered-in-error' })] };
    const el = await show();
    expect(text(el)).to.contain('Dr Right');
    expect(text(el)).not.to.contain('Dr Wrong');
    expect(el.shadowRoot!.querySelector('[part="excluded"]')!.getAttribute('data-hidden-count')).to.equal('1');
  });

  it('R51: a restricted team keeps its members out of the page until revealed; the reveal fires its event', async () => {
    records.CareTeam = { match: [careTeam('sh', [{ role: [{ text: 'Sexual health adviser' }], member: { display: 'Ms Secret' } }],
      { meta: { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }] } })] };
    const el = await show();
    expect(text(el)).not.to.contain('Ms Secret');
    expect(text(el)).not.to.contain('Sexual health');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="sensitive-reveal"]')!;
    const revealed = oneEvent(el, 'icr-sensitive-reveal');
    button.click();
    const event = await revealed;
    expect(event.detail).to.deep.include({ section: 'care-team', resourceType: 'CareTeam', id: 'sh' });
    await el.updateComplete;
    expect(text(el)).to.contain('Ms Secret');
    await expect(el).to.be.accessible();
  });
});
