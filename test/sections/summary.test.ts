/** The record's at-a-glance summary (src/sections/summary.ts): view models in, lines out (R61, R45, R51). */
import { expect } from '@open-wc/testing';
import { summarise, type SummaryStates } from '../../src/sections/summary.js';
import type { DataState, PatientLoaded, SectionMeta } from '../../src/fhir/section-contract.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const patient: PatientLoaded = { kind: 'loaded', patient: { resourceType: 'Patient', id: 'p1' }, id: 'p1', included: [], retrievedAt: 0 };
const meta = (over: Partial<SectionMeta> = {}): SectionMeta => ({ retrievedAt: 0, warnings: [], ...over });
function data<VM>(view: VM, kind: 'loaded' | 'empty' | 'not-recorded' = 'loaded', over: Partial<SectionMeta> = {}): DataState<VM> {
  return { kind, view, count: 1, meta: meta(over), patient };
}
const noneHidden = { count: 0 } as never;
const allergy = (agent: string, over: Record<string, unknown> = {}) => ({ id: agent, agent, coded: true, codes: [], categories: [], reactions: [], notes: [], transferDegraded: false, ...over });
const allergies = (summary: string, active: unknown[] = []) => data({ summary, active, history: [], negations: [], nkaFromList: false, contradiction: false, hidden: noneHidden, conflicts: [] } as never);
const med = (name: string, over: Record<string, unknown> = {}) => ({ key: name, id: name, name, current: true, dosage: [], status: 'active', statusLabel: 'Active', codes: [], ingredients: [], transferDegraded: false, ...over });
const lineOf = (states: SummaryStates, key: string) => summarise(states, NOW).find((l) => l.key === key)!;

describe('summarise (the record summary)', () => {
  it('R61: loading, failed, restricted and partly received sections are said in words, never "none"', () => {
    const states: SummaryStates = {
      allergies: { kind: 'unavailable' },
      medications: data({ current: [med('Amlodipine 5mg tablets')], past: [], hidden: noneHidden, conflicts: [] } as never, 'loaded', { loadingMore: { shown: 100, total: 900 } }),
      diagnoses: { kind: 'loading' },
      results: { kind: 'restricted' },
      'care-plans': { kind: 'bad-response' },
    };
    const lines = summarise(states, NOW);
    expect(lines.map((l) => [l.key, l.state])).to.deep.equal([
      ['allergies', 'unavailable'], ['medications', 'partial'], ['problems', 'loading'], ['results', 'restricted'], ['care-plans', 'bad-response'],
    ]);
    for (const l of lines) expect(l.text, l.key).to.not.match(/^No |none shared/i);
    expect(lineOf(states, 'allergies').text).to.equal('Could not be retrieved: this does not mean there is none');
    expect(lineOf(states, 'problems').text).to.equal('Still loading: not yet known');
    expect(lineOf(states, 'results').text).to.equal('Not available for your role: this does not mean there is none');
    expect(lineOf(states, 'medications').notes).to.deep.equal(['Still arriving (100 received so far): the rest may add more']);
    // Part of a list with nothing named yet is only the part's words, never "none".
    const soFar = { medications: data({ current: [], past: [med('X', { current: false })], hidden: noneHidden, conflicts: [] } as never, 'loaded', { loadingMore: { shown: 100 } }) };
    expect(lineOf(soFar, 'medications').text).to.equal('Still arriving (100 received so far): the rest may add more');
  });

  it('R61: the allergy state in words: known (named, high criticality first), none known, none drug, not recorded', () => {
    const known = lineOf({ allergies: allergies('known', [allergy('Latex'), allergy('Penicillin', { criticality: 'high' })]) }, 'allergies');
    expect(known.text).to.equal('2 known allergies');
    expect(known.items).to.deep.equal(['Penicillin (high criticality)', 'Latex']);
    expect(known.attention).to.equal(true);
    expect(lineOf({ allergies: allergies('nka') }, 'allergies').text).to.equal('No known allergies');
    expect(lineOf({ allergies: allergies('nkda') }, 'allergies').text).to.equal('No known drug allergies');
    expect(lineOf({ allergies: allergies('not-recorded') }, 'allergies').text).to.contain('Allergies not recorded');
  });

  it('R59, R60: one entry per fact: a fact from two sources is named once, its lead (more care) first, its differing details said', () => {
    const gp = allergy('Penicillin', { criticality: 'high', organisation: 'GP' });
    const ruh = allergy('Penicillin', { criticality: 'low', organisation: 'RUH Bath' });
    const latex = allergy('Latex');
    const group = (lead: unknown, members: unknown[], differences: unknown[] = []) => ({ key: 'k', lead, members, sources: members.map(() => ({})), differences });
    const view = { summary: 'known', active: [latex, gp, ruh], history: [], negations: [], nkaFromList: false, contradiction: false, hidden: noneHidden, conflicts: [],
      activeGroups: [group(latex, [latex]), group(gp, [gp, ruh], [{ field: 'criticality', values: [] }])], historyGroups: [] };
    const l = lineOf({ allergies: data(view as never) }, 'allergies');
    expect(l.text).to.equal('2 known allergies');
    expect(l.items).to.deep.equal(['Penicillin (high criticality) (2 sources; their details differ: see the section)', 'Latex']);
  });

  it('R51, H11: a sensitive entry is counted, never named', () => {
    const l = lineOf({ allergies: allergies('known', [allergy('Penicillin'), allergy('Secret agent', { sensitivity: 'V' })]) }, 'allergies');
    expect(l.items).to.deep.equal(['Penicillin']);
    expect(l.sensitive).to.equal(1);
    expect(JSON.stringify(l)).to.not.contain('Secret agent');
  });

  it('current medicines: the count and the first few; "none current" only when the section answered in full', () => {
    const many = ['A', 'B', 'C', 'D', 'E'].map((n) => med(n));
    const l = lineOf({ medications: data({ current: many, past: [], hidden: noneHidden, conflicts: [] } as never) }, 'medications');
    expect(l.text).to.equal('5 current medicines');
    expect(l.items).to.deep.equal(['A', 'B', 'C']);
    expect(l.more).to.equal(2);
    const past = lineOf({ medications: data({ current: [], past: [med('X', { current: false })], hidden: noneHidden, conflicts: [] } as never) }, 'medications');
    expect(past.text).to.equal('No current medicine (1 past)');
  });

  it('R45, H14: alerts: open safeguarding and DoLS with its expiry; an expired DoLS is named as expired, not counted as current', () => {
    const event = (over: Record<string, unknown>) => ({ id: String(Math.random()), resourceType: 'Flag', kind: 'other-alert', status: 'active', dates: [], openSafeguarding: false, ...over });
    const view = { events: [
      event({ kind: 'dols-authorisation', label: 'DoLS urgent authorisation', expiresOn: '2026-05-01' }),
      event({ kind: 'dols-authorisation', label: 'DoLS standard authorisation', expiresOn: '2026-06-10' }),
      event({ resourceType: 'Task', kind: 'safeguarding-concern', label: 'Safeguarding concern', status: 'in-progress', openSafeguarding: true }),
      event({ kind: 'dols-authorisation', status: 'inactive', label: 'Old DoLS', expiresOn: '2024-01-01' }),
    ], leftOut: 0, hidden: noneHidden };
    const l = lineOf({ 'social-care': data(view as never) }, 'alerts');
    expect(l.text).to.equal('2 current alerts');
    expect(l.items[0]).to.equal('Safeguarding concern (open)');
    expect(l.items[1]).to.match(/^DoLS standard authorisation, expires .* \(within 28 days\)$/);
    expect(l.items[2]).to.match(/^DoLS urgent authorisation, EXPIRED .*: not current$/);
    expect(l.items.join(' ')).to.not.contain('Old DoLS');
  });

  it('flagged results, newest reports and care plan reviews due or overdue', () => {
    const obs = (name: string, flag?: string) => ({ name, value: '9 mmol/L', flag, interpretation: flag ? 'High' : undefined, date: '01-May-2026', when: '2026-05-01', components: [], members: [] });
    const test = (name: string, flag?: string) => ({ key: name, name, category: 'laboratory', latest: obs(name, flag), history: [], sensitiveIds: [] });
    const results = lineOf({ results: data({ tests: [test('HbA1c', 'abnormal'), test('Sodium')], enteredInError: 0 } as never) }, 'results');
    expect(results.text).to.equal('1 test with a flagged latest value');
    expect(results.items).to.deep.equal(['HbA1c 9 mmol/L (High, 01-May-2026)']);
    const report = (title: string, issuedRaw: string) => ({ title, issued: issuedRaw, issuedRaw, notFinal: false, group: 'pathology' });
    const xray = { ...report('Chest X-ray', '2026-05-20'), group: 'radiology' };
    const reports = lineOf({ 'pathology-reports': data({ reports: [report('Old', '2020-01-01'), report('New', '2026-05-01'), xray], enteredInError: {} } as never) }, 'pathology');
    expect(reports.text).to.equal('2 reports, newest');
    expect(reports.items).to.deep.equal(['New (2026-05-01)', 'Old (2020-01-01)']);
    const plan = (title: string, reviewDue: string) => ({ id: title, title, categories: [], respect: false, status: 'active', events: [], reviewDue });
    const plans = lineOf({ 'care-plans': data({ plans: [plan('Support plan', '2026-04-01'), plan('Falls plan', '2026-06-15'), plan('Later', '2027-01-01')], hidden: noneHidden } as never) }, 'care-plans');
    expect(plans.text).to.equal('2 reviews due or overdue');
    expect(plans.items[0]).to.match(/^Support plan: review OVERDUE since/);
    expect(plans.items[1]).to.match(/^Falls plan: review due/);
    expect(plans.attention).to.equal(true);
  });

  it('R50, R39: withheld entries and pages left unfetched are said on the line, so a count is never read as the whole list', () => {
    const withheld = data({ current: [{ name: 'Asthma', unconfirmed: false }, { name: 'Angina', unconfirmed: true }], history: [], hidden: noneHidden } as never, 'loaded',
      { warnings: [{ kind: 'withheld', text: '2 withheld', withheld: { count: 2 } }] });
    const l = lineOf({ diagnoses: withheld }, 'problems');
    expect(l.text).to.equal('2 active problems');
    expect(l.notes).to.deep.equal(['some entries were withheld by the ICR']);
    expect(l.items).to.deep.equal(['Asthma', 'Angina (not confirmed)']);
    const cut = data({ current: [], history: [], hidden: noneHidden } as never, 'empty', { incomplete: { shown: 500, total: 900 } });
    const c = lineOf({ diagnoses: cut }, 'problems');
    expect(c.state).to.equal('incomplete');
    expect(c.text).to.equal('Only part of the record was received: the rest may add more');
  });

  it('a section left out by the host has no line', () => {
    expect(summarise({ allergies: { kind: 'loading' } }, NOW).map((l) => l.key)).to.deep.equal(['allergies']);
  });
});
