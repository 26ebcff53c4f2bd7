/**
 * Issue 21: one section's answers are mapped once however many places show them (the section and
 * the record's summary line), and mapped again whenever anything the view depends on changes.
 */
import { expect } from '@open-wc/testing';
import { mapOnce } from '../../src/fhir/mapped-once.js';
import { medicationsSection } from '../../src/sections/medications.js';
import type { PatientLoaded, SearchResult, SectionSpec } from '../../src/fhir/section-contract.js';
import type { MedicationsSectionView } from '../../src/sections/medications.js';
import { setMessages } from '../../src/i18n/core.js';

const result = (names: string[]): SearchResult => ({
  kind: 'loaded', warnings: [], retrievedAt: 0, included: [],
  matches: names.map((text, i) => ({ resourceType: 'MedicationStatement', id: `m${i}`, status: 'active', medicationCodeableConcept: { text } })),
});
const patient = (): PatientLoaded => ({ kind: 'loaded', id: 'p1', patient: { resourceType: 'Patient', id: 'p1' }, included: [], retrievedAt: 0 });

/** The medications spec, counting its maps. */
function counting(): { spec: SectionSpec<MedicationsSectionView>; calls: () => number } {
  let calls = 0;
  const spec = { ...medicationsSection, map: (...args: Parameters<typeof medicationsSection.map>) => { calls += 1; return medicationsSection.map(...args); } };
  return { spec, calls: () => calls };
}

describe('mapOnce (issue 21)', () => {
  afterEach(() => setMessages({}));

  it('the same answers for the same patient are mapped once: the second asker gets the same view', () => {
    const { spec, calls } = counting();
    const answers = [result(['Amlodipine 5mg tablets']), result([]), undefined];
    const who = patient();
    const first = mapOnce(spec, answers, who);
    const second = mapOnce(spec, [...answers], who);
    expect(calls()).to.equal(1);
    expect(second).to.equal(first);
    expect(first.view!.current.map((m) => m.name)).to.deep.equal(['Amlodipine 5mg tablets']);
  });

  it('a new page, another patient or a failure instead of an answer is mapped afresh', () => {
    const { spec, calls } = counting();
    const who = patient();
    const page1 = result(['Amlodipine 5mg tablets']);
    const a = mapOnce(spec, [page1, result([]), undefined], who);
    const b = mapOnce(spec, [result(['Amlodipine 5mg tablets', 'Metformin 500mg tablets']), result([]), undefined], who);
    expect(b.view!.current).to.have.length(2);
    const c = mapOnce(spec, [page1, result([]), undefined], patient());
    expect(c).to.not.equal(a);
    mapOnce(spec, [page1, undefined, undefined], who, [undefined, { kind: 'unavailable' }, undefined]);
    expect(calls()).to.equal(4);
  });

  it('a new message catalogue maps the same answers again, in its words', () => {
    const { spec, calls } = counting();
    const who = patient();
    const answers = [result([]), result([]), undefined];
    answers[0]!.matches.push({ resourceType: 'MedicationStatement', id: 'x', status: 'active' });
    const before = mapOnce(spec, answers, who);
    expect(before.view!.current[0].name).to.equal('Medication not named in the record');
    setMessages({ 'medications.unnamed': 'Enw heb ei gofnodi' }, 'cy');
    const after = mapOnce(spec, answers, who);
    expect(calls()).to.equal(2);
    expect(after.view!.current[0].name).to.equal('Enw heb ei gofnodi');
  });
});
