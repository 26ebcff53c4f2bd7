/**
 * Grouping across sources (R59, R60, R51) on hand-written records: differences that matter are
 * marked in the entry in words, the summary shows the value that calls for more care, text-only
 * entries are never grouped, and a sensitive record is never grouped in.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { ENDPOINT, NHS, records, subject, token, useRecords, untilState } from '../helpers/icr.js';

useRecords();

const SCT = 'http://snomed.info/sct';
const gp = { resourceType: 'Organization', id: 'gp', name: 'Riverside Medical Practice' };
const ruh = { resourceType: 'Organization', id: 'ruh', name: 'RUH Bath' };
const clinic = { resourceType: 'Organization', id: 'shc', name: 'Northbridge Sexual Health Clinic' };
const orgs = [gp, ruh, clinic];
const by = (org: { id: string }) => ({ reference: `Organization/${org.id}` });
const penicillin = { coding: [{ system: SCT, code: '764146007', display: 'Penicillin' }] };
const allergy = (id: string, org: { id: string }, over: Record<string, unknown> = {}) => ({
  resourceType: 'AllergyIntolerance', id, patient: subject, code: penicillin, recorder: by(org), recordedDate: '2024-01-02',
  clinicalStatus: { coding: [{ code: 'active' }] }, ...over,
});
const condition = (id: string, org: { id: string }, over: Record<string, unknown> = {}) => ({
  resourceType: 'Condition', id, subject, asserter: by(org), recordedDate: '2019-03-21',
  code: { coding: [{ system: SCT, code: '59621000', display: 'Essential hypertension' }] }, ...over,
});

function visible(node: Element | null | undefined): string {
  if (!node) return '';
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('.visually-hidden, [hidden]')) out += n.textContent;
  }
  return out.replace(/\s+/g, ' ').trim();
}

async function show(tag: 'icr-allergies' | 'icr-diagnoses' | 'icr-medications'): Promise<HTMLElement> {
  const wrap = await fixture<HTMLElement>(html`<div></div>`);
  wrap.innerHTML = `<${tag} endpoint="${ENDPOINT}" nhs-number="${NHS}"></${tag}>`;
  const el = wrap.firstElementChild as HTMLElement & { tokenProvider?: unknown; updateComplete?: Promise<unknown> };
  el.tokenProvider = token;
  await untilState(el, 'loaded', 'empty', 'not-recorded', 'bad-response', 'unavailable');
  await el.updateComplete;
  return el;
}

describe('grouping across sources on hand-written records (R59, R60)', () => {
  it('R60: a differing criticality is marked in the entry, and the summary shows high, never low silently', async () => {
    records.AllergyIntolerance = { match: [
      allergy('a1', gp, { criticality: 'low', reaction: [{ manifestation: [{ text: 'Rash' }], severity: 'mild' }] }),
      allergy('a2', ruh, { criticality: 'high', recordedDate: '2026-05-17', reaction: [{ manifestation: [{ text: 'Anaphylaxis' }], severity: 'severe' }] }),
    ], include: orgs };
    const el = await show('icr-allergies');
    const items = el.shadowRoot!.querySelectorAll('li.item');
    expect(items).to.have.length(1);
    const facts = visible(items[0].querySelector('.facts')).split(' · ');
    expect(facts.find((f) => f.startsWith('Criticality'))).to.equal('Criticality: High');
    expect(visible(items[0].querySelector('li.difference[data-field="criticality"]'))).to.equal(
      'Criticality differs between sources: RUH Bath: High · Riverside Medical Practice: Low');
    expect(visible(items[0].querySelector('li.difference[data-field="severity"]'))).to.equal(
      'Severity differs between sources: RUH Bath: severe · Riverside Medical Practice: mild');
    expect(visible(items[0].querySelector('[part="group-sources"]'))).to.equal(
      'Recorded by 2 sources: RUH Bath (17-May-2026) · Riverside Medical Practice (02-Jan-2024)');
    expect(visible(items[0].querySelector('li.difference[data-field="reaction"]'))).to.equal(
      'Reaction differs between sources: RUH Bath: Anaphylaxis · Riverside Medical Practice: Rash');
    // The difference is said in words with an icon, not by colour alone (R56).
    expect(items[0].querySelector('li.difference svg, li.difference .icon')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('R60: an active and a resolved record are one active allergy; the resolved one is a difference, not the history', async () => {
    records.AllergyIntolerance = { match: [
      allergy('a1', gp, { clinicalStatus: { coding: [{ code: 'resolved' }] } }), allergy('a2', ruh),
    ], include: orgs };
    const el = await show('icr-allergies');
    expect(el.shadowRoot!.querySelector('[part="history"]')).to.equal(null);
    const items = el.shadowRoot!.querySelectorAll('li.item');
    expect(items).to.have.length(1);
    expect(visible(items[0].querySelector('li.difference[data-field="clinicalStatus"]'))).to.equal(
      'Clinical status differs between sources: RUH Bath: Active · Riverside Medical Practice: Resolved');
  });

  it('R72: a record the patient added keeps its mark inside the group', async () => {
    records.AllergyIntolerance = { match: [
      allergy('a1', gp), allergy('a2', gp, { recorder: undefined, asserter: { reference: 'Patient/p1' }, recordedDate: '2025-06-07', criticality: 'high' }),
    ], include: orgs };
    const el = await show('icr-allergies');
    const items = el.shadowRoot!.querySelectorAll('li.item');
    expect(items).to.have.length(1);
    expect(visible(items[0].querySelector('[part="group-sources"]'))).to.contain('(added by the patient, 07-Jun-2025)');
    expect(visible(items[0].querySelector('li.difference[data-field="criticality"]'))).to.contain('(added by the patient): High');
  });

  it('R59: allergies recorded in words only are never grouped, even with the same words', async () => {
    records.AllergyIntolerance = { match: [
      allergy('t1', gp, { code: { text: 'Sticking plasters' } }), allergy('t2', ruh, { code: { text: 'Sticking plasters' } }),
    ], include: orgs };
    const el = await show('icr-allergies');
    const items = el.shadowRoot!.querySelectorAll('li.item');
    expect(items).to.have.length(2);
    expect(el.shadowRoot!.querySelector('[part="group-sources"]')).to.equal(null);
  });

  it('R51: a restricted record of the same allergy is not grouped in: its source and detail stay hidden until revealed', async () => {
    records.AllergyIntolerance = { match: [
      allergy('a1', gp), allergy('a2', clinic, { meta: { security: [{ code: 'R' }] } }),
    ], include: orgs };
    const el = await show('icr-allergies');
    const items = el.shadowRoot!.querySelectorAll('li.item');
    expect(items).to.have.length(2);
    expect(el.shadowRoot!.querySelector('[part="group-sources"]')).to.equal(null);
    const all = visible(el.shadowRoot!.querySelector('section'));
    expect(all).not.to.contain('Sexual Health');
    expect(visible(items[0])).to.contain('Penicillin').and.contain('Riverside Medical Practice');
    expect(items[1].querySelector('[part="sensitive-reveal"]')).to.not.equal(null);
    expect(visible(items[1])).not.to.contain('Penicillin');
  });

  it('R60: a condition active for the GP and inactive for the hospital is one current entry with the difference marked', async () => {
    records.Condition = { match: [
      condition('c1', gp, { clinicalStatus: { coding: [{ code: 'active' }] }, verificationStatus: { coding: [{ code: 'confirmed' }] } }),
      condition('c2', ruh, { clinicalStatus: { coding: [{ code: 'inactive' }] }, verificationStatus: { coding: [{ code: 'provisional' }] }, recordedDate: '2025-02-03' }),
    ], include: orgs };
    const el = await show('icr-diagnoses');
    expect(el.shadowRoot!.querySelector('[part="history"]')).to.equal(null);
    const items = el.shadowRoot!.querySelectorAll('li.diagnosis');
    expect(items).to.have.length(1);
    // Confirmed and active lead: the summary never reads "unconfirmed" or "inactive" for what one source confirmed as active.
    expect(items[0].classList.contains('unconfirmed')).to.equal(false);
    expect(visible(items[0].querySelector('li.difference[data-field="clinicalStatus"]'))).to.equal(
      'Clinical status differs between sources: Riverside Medical Practice: Active · RUH Bath: Inactive');
    expect(visible(items[0].querySelector('li.difference[data-field="verificationStatus"]'))).to.match(
      /^Verification status differs between sources: Riverside Medical Practice: Confirmed · RUH Bath: Provisional/);
    expect(visible(items[0].querySelector('[part="group-sources"]'))).to.equal(
      'Recorded by 2 sources: Riverside Medical Practice (21-Mar-2019) · RUH Bath (03-Feb-2025)');
    await expect(el).to.be.accessible();
  });

  it('R59, R60: a long history of one medicine is one entry that names the newest records and keeps the rest one action away', async () => {
    const amlodipine = { coding: [{ system: SCT, code: '319283006', display: 'Amlodipine 5mg tablets' }] };
    records.MedicationStatement = { match: Array.from({ length: 10 }, (_, i) => ({
      resourceType: 'MedicationStatement', id: `s${i}`, subject, medicationCodeableConcept: amlodipine, informationSource: by(i % 2 ? gp : ruh),
      status: i === 0 ? 'active' : 'completed', dateAsserted: `2025-0${(i % 9) + 1}-01`,
      dosage: [{ timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } }, doseAndRate: [{ doseQuantity: { value: 5, unit: 'mg' } }] }],
    })), include: orgs };
    const el = await show('icr-medications');
    const items = el.shadowRoot!.querySelectorAll('li.item');
    expect(items).to.have.length(1);
    const sources = items[0].querySelector('[part="group-sources"]')!;
    expect(visible(sources)).to.match(/^10 records from 2 sources: /);
    expect(sources.querySelectorAll(':scope > .group-sources-item')).to.have.length(4);
    expect(visible(sources.querySelector('details summary'))).to.equal('and 6 more records');
    expect(sources.querySelectorAll('details li')).to.have.length(6);
    expect(visible(items[0].querySelector('li.difference[data-field="status"]'))).to.equal(
      'Status differs between sources: RUH Bath (Medication statement): Active · RUH Bath (Medication statement, 4 records), Riverside Medical Practice (Medication statement, 5 records): Completed');
    await expect(el).to.be.accessible();
  });

  it('R59: conditions in words only are never grouped', async () => {
    records.Condition = { match: [condition('c1', gp, { code: { text: 'Bad back' } }), condition('c2', ruh, { code: { text: 'Bad back' } })], include: orgs };
    const el = await show('icr-diagnoses');
    expect(el.shadowRoot!.querySelectorAll('li.diagnosis')).to.have.length(2);
  });
});
