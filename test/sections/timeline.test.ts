/**
 * The timeline's entries as a pure function of the sections' answers (src/sections/timeline.ts):
 * order, precision and zone (R65, R21, R22), undated entries apart, entered in error left out
 * and counted (H8), a failed source named (H3), every source failed as one failure.
 */
import { expect } from '@open-wc/testing';
import { filterEntries, mapTimeline, timelineSection, timelineSources, type TimelineEntry } from '../../src/sections/timeline.js';
import type { Failure, PatientLoaded, SearchResult, SectionQuery } from '../../src/fhir/section-contract.js';
import type { FhirResource } from '../../src/fhir/read.js';
import { SOCIAL_CARE_EVENT_SYSTEM, socialCareCodes } from '../../src/fhir/social-care-codes.js';

const NOW = new Date('2024-06-15T12:00:00Z');
const ctx = { now: () => NOW, socialCareCodes: () => socialCareCodes };
const sources = timelineSources(ctx);
const spec = timelineSection(ctx);
const subject = { reference: 'Patient/p1' };
const PATIENT: PatientLoaded = { kind: 'loaded', patient: { resourceType: 'Patient', id: 'p1' }, id: 'p1', included: [], retrievedAt: 0 };

const result = (matches: unknown[], included: unknown[] = []): SearchResult =>
  ({ kind: 'loaded', matches: matches as FhirResource[], included: included as FhirResource[], warnings: [], retrievedAt: 0 });

/** The answers to the timeline's queries, each the resources of its type (Task answers both Task searches). */
function answers(records: Record<string, unknown[]>, fail: Record<string, Failure> = {}) {
  const queries: SectionQuery[] = spec.queries();
  return {
    results: queries.map((q) => (fail[q.resourceType] ? undefined : result(records[q.resourceType] ?? []))),
    failures: queries.map((q) => fail[q.resourceType]),
  };
}

function map(records: Record<string, unknown[]>, fail: Record<string, Failure> = {}) {
  const a = answers(records, fail);
  return mapTimeline(sources, a.results, PATIENT, a.failures);
}

const obs = (id: string, when: string | undefined, over: Record<string, unknown> = {}) => ({
  resourceType: 'Observation', id, subject, status: 'final', category: [{ coding: [{ code: 'laboratory' }] }],
  code: { text: 'Serum sodium' }, valueQuantity: { value: 140, unit: 'mmol/L' }, ...(when ? { effectiveDateTime: when } : {}), ...over,
});
const report = (id: string, issued: string, over: Record<string, unknown> = {}) => ({
  resourceType: 'DiagnosticReport', id, subject, status: 'final', issued,
  category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'RAD' }] }], code: { text: 'Chest X-ray' }, ...over,
});
const med = (id: string, status: string, period: Record<string, string> | undefined, over: Record<string, unknown> = {}) => ({
  resourceType: 'MedicationStatement', id, subject, status, medicationCodeableConcept: { text: 'Amlodipine 5mg tablets' },
  ...(period ? { effectivePeriod: period } : {}), ...over,
});
const task = (id: string, start: string) => ({
  resourceType: 'Task', id, status: 'completed', intent: 'order',
  code: { coding: [{ system: SOCIAL_CARE_EVENT_SYSTEM, code: 'care-act-assessment' }] },
  executionPeriod: { start }, owner: { display: 'Northbridge Council Adult Social Care' },
});

const dates = (entries: TimelineEntry[]) => entries.map((e) => e.dateText);

describe('timeline entries (src/sections/timeline.ts)', () => {
  it('R65: every dated event of every source, newest first, one list', () => {
    const m = map({
      Observation: [obs('o1', '2024-03-01T09:00:00Z')],
      DiagnosticReport: [report('r1', '2024-05-02T10:00:00Z')],
      MedicationStatement: [med('m1', 'stopped', { start: '2023-01-10', end: '2024-04-01' })],
      Task: [task('t1', '2022-03-10')],
      CarePlan: [{ resourceType: 'CarePlan', id: 'cp1', subject, status: 'active', title: 'Support plan', created: '2024-01-05' }],
    });
    expect(m.kind).to.equal('loaded');
    expect(m.view.dated.map((e) => e.type)).to.deep.equal([
      'radiology-report', 'medicine-ended', 'result', 'care-plan', 'medicine-started', 'social-care',
    ]);
    expect(m.view.dated.map((e) => e.title)).to.include.members(['Chest X-ray', 'Serum sodium: 140 mmol/L', 'Stopped: Amlodipine 5mg tablets', 'Started: Amlodipine 5mg tablets']);
    expect(m.count).to.equal(6);
  });

  it('R65, R22: a date keeps its precision: 2019 stays 2019, a month stays Mar-2019', () => {
    const m = map({ Observation: [obs('y', '2019'), obs('mo', '2019-03'), obs('d', '2019-03-04')] });
    expect(dates(m.view.dated)).to.deep.equal(['04-Mar-2019', 'Mar-2019', '2019']);
    expect(dates(m.view.dated).join(' ')).not.to.contain('01-Jan-2019');
  });

  it('R65, R21: a time is shown in London time with its date (the zone kept), a date without one never shifted', () => {
    const m = map({ Observation: [obs('late', '2024-03-31T23:30:00Z'), obs('day', '2024-03-31')] });
    expect(dates(m.view.dated)).to.deep.equal(['01-Apr-2024 00:30', '31-Mar-2024']);
  });

  it('R65: an entry with no date (or an unreadable one) is listed apart, never at an invented date', () => {
    const m = map({ Observation: [obs('none', undefined), obs('bad', '2023-02-30'), obs('ok', '2024-01-01')] });
    expect(m.view.dated.map((e) => e.id)).to.deep.equal(['ok']);
    expect(m.view.undated.map((e) => e.id)).to.have.members(['none', 'bad']);
    expect(m.view.undated.find((e) => e.id === 'none')!.dateText).to.equal('Date not recorded');
    expect(m.view.undated.find((e) => e.id === 'bad')!.dateText).to.contain('Invalid date');
  });

  it('H8: entered in error is never an entry, and is counted', () => {
    const m = map({
      Observation: [obs('gone', '2024-01-01', { status: 'entered-in-error' }), obs('kept', '2024-01-02')],
      DiagnosticReport: [report('r-gone', '2024-01-01T00:00:00Z', { status: 'entered-in-error' })],
      MedicationStatement: [med('m-gone', 'entered-in-error', { start: '2024-01-01' })],
    });
    expect([...m.view.dated, ...m.view.undated].map((e) => e.id)).to.deep.equal(['kept']);
    expect(m.view.hidden.enteredInError).to.equal(3);
  });

  it('a current medicine has a start entry only; a planned end has not happened', () => {
    const m = map({ MedicationStatement: [med('m1', 'active', { start: '2024-01-01', end: '2030-01-01' })] });
    expect(m.view.dated.map((e) => e.type)).to.deep.equal(['medicine-started']);
  });

  it('R65: a medicine\'s end still to come never reads "Ended": due (current) or planned (stopped), and a stop is never placed at it', () => {
    const m = map({ MedicationStatement: [
      med('m1', 'active', { start: '2024-01-01', end: '2030-01-01' }),
      med('m2', 'stopped', { start: '2024-01-01', end: '2030-01-01' }),
      med('m3', 'completed', { start: '2024-01-01', end: '2024-06-15' }), // ends today in London: not yet passed
    ] });
    const fact = (id: string, term: string) => [...m.view.dated, ...m.view.undated].find((e) => e.id === id)!.facts.find((f) => f.term === term)?.value;
    expect(fact('m1', 'Due to end')).to.equal('01-Jan-2030');
    expect(fact('m2', 'Planned end')).to.equal('01-Jan-2030');
    expect(fact('m3', 'Planned end')).to.equal('15-Jun-2024');
    expect([...m.view.dated, ...m.view.undated].flatMap((e) => e.facts).some((f) => f.term === 'Ended' && f.value === '01-Jan-2030')).to.equal(false);
    expect(m.view.dated.filter((e) => e.id === 'm2').map((e) => e.type)).to.deep.equal(['medicine-started']);
    expect(m.view.undated.filter((e) => e.id === 'm2').map((e) => e.type)).to.deep.equal(['medicine-ended']);
  });

  it('R51: a sensitive item keeps its level and the resource its reveal stands for', () => {
    const m = map({ DiagnosticReport: [report('r1', '2024-01-01T00:00:00Z', { meta: { security: [{ code: 'R' }] } })] });
    expect(m.view.dated[0]).to.include({ sensitivity: 'R', resourceType: 'DiagnosticReport', id: 'r1' });
  });

  it('H3: a source that failed is named as left out; the rest are shown', () => {
    const m = map({ Observation: [obs('o1', '2024-01-01')] }, { DiagnosticReport: { kind: 'restricted', status: 403 } });
    expect(m.kind).to.equal('loaded');
    expect(m.failure).to.equal(undefined);
    expect(m.view.leftOut).to.deep.equal([{ name: 'reports', kind: 'restricted' }]);
    expect(m.view.dated.map((e) => e.id)).to.deep.equal(['o1']);
  });

  it('every source failed: the timeline is in a failure state, one a retry may mend first', () => {
    const fail: Record<string, Failure> = {};
    for (const q of spec.queries()) fail[q.resourceType] = { kind: 'restricted', status: 403 };
    fail['Observation'] = { kind: 'unavailable', status: 503 };
    const m = map({}, fail);
    expect(m.failure?.kind).to.equal('unavailable');
  });

  it('asks each section\'s own searches, not the helper ones, all optional to the controller', () => {
    const types = spec.queries().map((q) => q.resourceType);
    expect(types).to.include.members(['Task', 'Flag', 'EpisodeOfCare', 'CarePlan', 'DiagnosticReport', 'Observation', 'MedicationStatement', 'MedicationRequest']);
    expect(types).not.to.include('AllergyIntolerance');
    expect(spec.queries().every((q) => q.optional)).to.equal(true);
  });

  it('filters by type and organisation; a hidden sensitive entry matches no organisation (R51)', () => {
    const m = map({
      Observation: [obs('o1', '2024-01-01', { performer: [{ reference: 'Organization/ruh', display: 'RUH Bath' }] })],
      DiagnosticReport: [report('r1', '2024-01-02T00:00:00Z', { performer: [{ reference: 'Organization/ruh', display: 'RUH Bath' }], meta: { security: [{ code: 'R' }] } })],
    });
    const all = m.view.dated;
    expect(filterEntries(all, { type: 'result' }).map((e) => e.id)).to.deep.equal(['o1']);
    const org = all.find((e) => e.id === 'o1')!.organisation!;
    expect(org).to.equal('RUH Bath');
    expect(all.find((e) => e.id === 'r1')!.organisation).to.equal('RUH Bath');
    expect(filterEntries(all, { organisation: org }).map((e) => e.id)).to.deep.equal(['r1', 'o1']);
    expect(filterEntries(all, { organisation: org }, (e) => !!e.sensitivity).map((e) => e.id)).to.deep.equal(['o1']);
  });
});
