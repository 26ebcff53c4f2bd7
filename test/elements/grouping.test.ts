/**
 * One entry per fact, every source kept (R59, R60) through the mock ICR: Richard Smith (9912003888)
 * has penicillin, amlodipine, metformin, essential hypertension and Mrs Joy Smith recorded twice.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { useMockIcr, untilState } from '../helpers/icr.js';

const RICHARD = '9912003888';

/** What a sighted user reads: the text outside visually-hidden spans, spaces collapsed. */
function visible(node: Element | null | undefined): string {
  if (!node) return '';
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('.visually-hidden, [hidden]')) out += n.textContent;
  }
  return out.replace(/\s+/g, ' ').trim();
}

describe('grouping across sources in the elements (R59, R60)', () => {
  const h = useMockIcr();

  async function show(tag: string, extra = ''): Promise<HTMLElement> {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    wrap.innerHTML = `<${tag} ${extra} endpoint="${h.endpoint}" nhs-number="${RICHARD}"></${tag}>`;
    const el = wrap.firstElementChild as HTMLElement & { tokenProvider?: unknown; updateComplete?: Promise<unknown> };
    el.tokenProvider = h.tokenFor('R8000');
    await untilState(el, 'loaded', 'not-recorded', 'empty', 'unavailable', 'restricted', 'bad-response');
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('loaded');
    return el;
  }
  const entries = (el: HTMLElement, selector: string, words: string) =>
    [...el.shadowRoot!.querySelectorAll(selector)].filter((n) => visible(n).includes(words));

  it('R59: penicillin from the GP and the hospital is one allergy naming both sources with their dates', async () => {
    const el = await show('icr-allergies');
    const penicillin = entries(el, 'li.item', 'Penicillin');
    expect(penicillin).to.have.length(1);
    const sources = visible(penicillin[0].querySelector('[part="group-sources"]'));
    expect(sources).to.match(/^Recorded by 2 sources: /);
    expect(sources).to.contain('Riverside Medical Practice (14-May-2003)');
    expect(sources).to.match(/Northbridge General Hospital NHS Foundation Trust \(\d\d-[A-Z][a-z]{2}-\d{4}\)/);
    // Same criticality and severity from both: nothing differs, so nothing is marked.
    expect(penicillin[0].querySelector('[part="differences"]')).to.equal(null);
    // The hospital's note is kept in the entry, not dropped with its record.
    expect(visible(penicillin[0])).to.contain('recorded again on admission');
    // The count says facts, not records: penicillin counts once.
    expect(visible(el.shadowRoot!.querySelector('[part="summary"]'))).to.contain('(5 recorded)');
    await expect(el).to.be.accessible();
  });

  it('R18: a source\'s date in a group is never split across lines, however narrow the entry', async () => {
    const el = await show('icr-allergies');
    const penicillin = entries(el, 'li.item', 'Penicillin')[0];
    el.style.display = 'block';
    el.style.width = '160px';
    const dates = [...penicillin.querySelectorAll<HTMLElement>('[part="group-sources"] .date')];
    expect(dates.map((d) => d.textContent)).to.include('14-May-2003');
    for (const d of dates) expect(d.getClientRects().length, d.textContent!).to.equal(1);
    el.style.width = '';
  });

  it('R59, R60: amlodipine from the GP (dm+d) and the hospital (SNOMED CT) is one medicine; the differing dose is shown for each source', async () => {
    const el = await show('icr-medications', 'filter="all"');
    const amlodipine = entries(el, 'li.item', 'Amlodipine');
    expect(amlodipine).to.have.length(1);
    expect(visible(amlodipine[0].querySelector('[part="group-sources"]'))).to.match(
      /^Recorded by 2 sources: (Riverside Medical Practice|Northbridge General Hospital NHS Foundation Trust) \(Medication statement, \d\d-[A-Z][a-z]{2}-\d{4}\) · /);
    const dose = amlodipine[0].querySelector('li.difference[data-field="dose"]');
    expect(visible(dose)).to.match(/^Dose differs between sources: .*(Riverside Medical Practice \(Medication statement\): 1 tablet.* · Northbridge General Hospital NHS Foundation Trust \(Medication statement\): 10 mg|Northbridge General Hospital NHS Foundation Trust \(Medication statement\): 10 mg.* · Riverside Medical Practice \(Medication statement\): 1 tablet)/);
    // Each source's whole dose line, so the frequency and route stay in view with the dose.
    expect(visible(dose)).to.contain('1 tablet, once a day').and.contain('10 mg, once a day');
    // The lead's dose is not shown on its own where the dose would be (H16): only the difference.
    expect(amlodipine[0].querySelector('p.dose')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('R59: metformin recorded as a statement and a prescription is one medicine with both records', async () => {
    const el = await show('icr-medications', 'filter="all"');
    const metformin = entries(el, 'li.item', 'Metformin');
    expect(metformin).to.have.length(1);
    const sources = visible(metformin[0].querySelector('[part="group-sources"]'));
    expect(sources).to.match(/^2 records from 1 source: /).and.contain('(Prescription, ').and.contain('(Medication statement, ');
    expect(metformin[0].querySelector('[part="differences"]')).to.equal(null);
    expect(visible(metformin[0].querySelector('p.dose'))).to.contain('500 mg');
  });

  it('R59: essential hypertension from two sources is one diagnosis naming both', async () => {
    const el = await show('icr-diagnoses');
    const hypertension = entries(el, 'li.diagnosis', 'Essential hypertension');
    expect(hypertension).to.have.length(1);
    const sources = visible(hypertension[0].querySelector('[part="group-sources"]'));
    expect(sources).to.match(/^Recorded by 2 sources: /);
    expect(sources).to.contain('Riverside Medical Practice (21-Mar-2019)');
    expect(sources).to.match(/Northbridge General Hospital NHS Foundation Trust \(\d\d-[A-Z][a-z]{2}-\d{4}\)/);
    expect(hypertension[0].querySelector('[part="differences"]')).to.equal(null);
    // Problem list (GP) and encounter diagnosis (hospital): both said, each once.
    expect(visible(hypertension[0])).to.match(/Category: (Problem list, Encounter diagnosis|Encounter diagnosis, Problem list)/);
    await expect(el).to.be.accessible();
  });

  it('R51: the restricted diagnosis stays an entry of its own, hidden, never grouped', async () => {
    const el = await show('icr-diagnoses');
    const restricted = [...el.shadowRoot!.querySelectorAll('li.diagnosis')].filter((li) => li.querySelector('.sensitive-reveal'));
    expect(restricted).to.have.length(1);
    expect(restricted[0].querySelector('[part="group-sources"]')).to.equal(null);
    expect(visible(el.shadowRoot!.querySelector('section'))).not.to.contain('Depressive').and.not.to.contain('Pennine Vale');
  });

  it('R59, R60: Mrs Joy Smith, on the patient record and as a related person, is one contact; the extra phone is a difference', async () => {
    const el = await show('icr-contact-details');
    const joy = entries(el, 'li.person', 'Joy');
    expect(joy).to.have.length(1);
    expect(visible(joy[0].querySelector('[part="group-sources"]'))).to.equal(
      '2 records from 1 source: Riverside Medical Practice (related person) · Riverside Medical Practice (contact on the patient record)');
    expect(visible(joy[0].querySelector('li.difference[data-field="telecom"]'))).to.equal(
      'Phone or email differs between sources: Riverside Medical Practice (related person): 01632 960456; 07700 900456 · Riverside Medical Practice (contact on the patient record): 07700 900456');
    await expect(el).to.be.accessible();
  });
});
