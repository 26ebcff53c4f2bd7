import { expect } from '@open-wc/testing';
import { fixturesOfType, listFixtures, loadFixture } from '../helpers/fixtures.js';
import { displayValue, mapObservation, mapResults, mapResultsResources } from '../../src/fhir/results.js';
import type { SearchResult } from '../../src/data/icr-outcome.js';
import type { FhirResource } from '../../src/fhir/read.js';

const obs = (over: Record<string, unknown>): FhirResource => ({
  resourceType: 'Observation', id: 'o', status: 'final', category: [{ coding: [{ code: 'laboratory' }] }],
  code: { coding: [{ system: 'http://loinc.org', code: '2823-3' }], text: 'Potassium' }, ...over,
});

describe('results mapper', () => {
  it('R36: a value is never shown without its unit', () => {
    expect(mapObservation(obs({ valueQuantity: { value: 4.5, unit: 'mmol/L' } })).value).to.equal('4.5 mmol/L');
    expect(mapObservation(obs({ valueQuantity: { value: 4.5 } })).value).to.equal('4.5 (unit not recorded)');
    expect(mapObservation(obs({ valueInteger: 7 })).value).to.equal('7 (unit not recorded)');
  });

  it('R36: reference range, interpretation and dataAbsentReason are kept', () => {
    const o = mapObservation(obs({ valueQuantity: { value: 6.1, unit: 'mmol/L' }, interpretation: [{ coding: [{ code: 'H' }] }],
      referenceRange: [{ low: { value: 3.5, unit: 'mmol/L' }, high: { value: 5.3, unit: 'mmol/L' } }] }));
    expect(o.range).to.equal('3.5 to 5.3 mmol/L');
    expect(o.interpretation).to.equal('High');
    expect(o.flag).to.equal('abnormal');
    const absent = mapObservation(obs({ dataAbsentReason: { coding: [{ code: 'error', display: 'Error' }], text: 'Sample haemolysed' } }));
    expect(absent.value).to.equal(undefined);
    expect(displayValue(absent)).to.equal('No value: Sample haemolysed');
  });

  it('R36: the UK Core absent-data example shows its reason', async () => {
    const o = mapObservation(await loadFixture('uk-core-json/UKCore-Observation-Lab-Sn-AbsentData-Example.json'));
    expect(displayValue(o)).to.match(/^No value: /);
  });

  it('R36: blood pressure components each carry a unit', async () => {
    const o = mapObservation(await loadFixture('fhir-r4/Observation-blood-pressure.json'));
    expect(o.components).to.have.length(2);
    for (const c of o.components) expect(c.value).to.match(/mm\[Hg\]|mmHg/);
  });

  it('latest value per test, history newest first, trend oldest first; entered-in-error left out', () => {
    const view = mapResultsResources([
      obs({ id: 'a', effectiveDateTime: '2024-01-01', valueQuantity: { value: 4.1, unit: 'mmol/L' } }),
      obs({ id: 'b', effectiveDateTime: '2024-03-01', valueQuantity: { value: 5.9, unit: 'mmol/L' } }),
      obs({ id: 'c', effectiveDateTime: '2024-02-01', valueQuantity: { value: 4.8, unit: 'mmol/L' } }),
      obs({ id: 'd', effectiveDateTime: '2024-04-01', status: 'entered-in-error', valueQuantity: { value: 9, unit: 'mmol/L' } }),
    ]);
    expect(view.tests).to.have.length(1);
    expect(view.tests[0].latest.value).to.equal('5.9 mmol/L');
    expect(view.tests[0].history.map((h) => h.id)).to.deep.equal(['b', 'c', 'a']);
    expect(view.tests[0].trend?.values).to.deep.equal([4.1, 4.8, 5.9]);
    expect(view.enteredInError).to.equal(1);
  });

  it('R35: a preliminary or amended result is labelled', () => {
    expect(mapObservation(obs({ status: 'preliminary', valueString: 'x' })).status).to.equal('preliminary');
    expect(mapObservation(obs({ status: 'amended', valueString: 'x' })).status).to.equal('amended');
    expect(mapObservation(obs({ valueString: 'x' })).status).to.equal(undefined);
  });

  it('an empty search is "empty", not a list of nothing', () => {
    const r: SearchResult = { kind: 'loaded', matches: [], included: [], warnings: [], retrievedAt: 1 };
    expect(mapResults([r]).kind).to.equal('empty');
  });

  it('R36: every HL7 R4 and UK Core Observation maps without error and never shows a bare number', async () => {
    for (const folder of ['fhir-r4', 'uk-core-json']) {
      for (const { file, resource } of await fixturesOfType(folder, 'Observation')) {
        const o = mapObservation(resource);
        const text = displayValue(o);
        expect(text, file).to.be.a('string').and.not.empty;
        expect(text, file).not.to.match(/^-?[0-9.]+$/);
      }
    }
  });

  it('every Synthea patient\'s Observations map, grouped by test', async () => {
    for (const file of await listFixtures('synthea')) {
      const bundle = await loadFixture<{ entry: { resource: FhirResource }[] }>(`synthea/${file}`);
      const view = mapResultsResources(bundle.entry.map((e) => e.resource));
      expect(view.tests.length, file).to.be.greaterThan(0);
      for (const test of view.tests) for (const h of test.history) expect(displayValue(h), file).not.to.match(/^-?[0-9.]+$/);
    }
  });

  it('malformed input never throws', () => {
    expect(() => mapResultsResources([null, { resourceType: 'Observation', valueQuantity: 'x', referenceRange: 5, interpretation: [null], component: [{}] }])).not.to.throw();
  });
});

describe('results: units as people read them', () => {
  it('R36, H9: value, reference range and trend label show ×10⁹/L, never the UCUM code 10*9/L', () => {
    const wcc = (id: string, value: number, effectiveDateTime: string) => obs({
      id, effectiveDateTime, code: { coding: [{ system: 'http://loinc.org', code: '6690-2' }], text: 'White cell count' },
      valueQuantity: { value, unit: '10*9/L', system: 'http://unitsofmeasure.org', code: '10*9/L' },
      referenceRange: [{ low: { value: 4, code: '10*9/L' }, high: { value: 11, code: '10*9/L' } }],
    });
    const view = mapResultsResources([wcc('a', 7.2, '2024-01-01'), wcc('b', 12.5, '2024-02-01')]);
    const [test] = view.tests;
    expect(displayValue(test.latest)).to.equal('12.5 ×10⁹/L');
    expect(test.latest.range).to.equal('4 to 11 ×10⁹/L');
    expect(test.trend!.unit).to.equal('×10⁹/L');
  });
});
