import { expect } from '@open-wc/testing';
import { fixturesOfType, listFixtures, loadFixture } from '../helpers/fixtures.js';
import { classifyReport, mapReportResources, mapReports, type ReportView } from '../../src/fhir/reports.js';
import { REPORTS_QUERY } from '../../src/sections/reports.js';
import type { SearchResult } from '../../src/data/icr-outcome.js';
import type { FhirResource } from '../../src/fhir/read.js';

const result = (matches: unknown[], included: unknown[] = []): SearchResult =>
  ({ kind: 'loaded', matches: matches as FhirResource[], included: included as FhirResource[], warnings: [], retrievedAt: 1 });

const report = (over: Record<string, unknown>): FhirResource => ({
  resourceType: 'DiagnosticReport', id: 'r1', status: 'final', code: { text: 'Full blood count' }, issued: '2024-03-31T23:30:00Z', ...over,
});
const cat = (code: string, system = 'http://terminology.hl7.org/CodeSystem/v2-0074') => [{ coding: [{ system, code }] }];

function only(reports: unknown[], included: unknown[] = []): ReportView {
  const view = mapReportResources(reports, included);
  expect(view.reports).to.have.length(1);
  return view.reports[0];
}

describe('reports mapper', () => {
  it('R34: RAD goes to radiology, LAB and pathology disciplines to pathology', () => {
    expect(classifyReport(report({ category: cat('RAD') }))).to.equal('radiology');
    for (const code of ['LAB', 'HM', 'MB', 'SP', 'CP', 'CH']) expect(classifyReport(report({ category: cat(code) })), code).to.equal('pathology');
  });

  it('R34: a category coded HM with no text is labelled in UK English, "Haematology"', () => {
    expect(only([report({ category: cat('HM') })]).discipline).to.equal('Haematology');
    expect(only([report({ category: cat('OUS') })]).discipline).to.equal('Obstetric ultrasound');
    // A code we have no name for is shown as given, never dropped.
    expect(only([report({ category: cat('ZZZ') })]).discipline).to.equal('ZZZ');
  });

  it('R34: a category\'s recorded text or display is shown as recorded, never re-spelt', () => {
    const hl7 = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'HM', display: 'Hematology' }] }];
    expect(only([report({ category: hl7 })]).discipline).to.equal('Hematology');
    expect(only([report({ category: [{ ...hl7[0], text: 'Haem lab' }] })]).discipline).to.equal('Haem lab');
  });

  it('R34: an unknown category, or none, is "other", never dropped (H13)', () => {
    expect(classifyReport(report({ category: cat('ZZZ') }))).to.equal('other');
    expect(classifyReport(report({ category: [{ text: 'Cardiology letters' }] }))).to.equal('other');
    expect(classifyReport(report({}))).to.equal('other');
    const rad = mapReports([result([report({ id: 'a', category: cat('EC') })])], { group: 'radiology', showOther: true });
    expect(rad.count).to.equal(1);
    expect(rad.view.reports[0].group).to.equal('other');
    const path = mapReports([result([report({ id: 'a', category: cat('EC') })])], { group: 'pathology', showOther: false });
    expect(path.count).to.equal(0);
    expect(path.view.reports).to.have.length(1);
  });

  it('R35: an amended report is labelled not final; issued and performer are kept', () => {
    const r = only([report({ status: 'amended', performer: [{ reference: 'Organization/x', display: 'Leeds Teaching Hospitals' }] })]);
    expect(r.status).to.equal('amended');
    expect(r.notFinal).to.equal(true);
    expect(r.issued).to.equal('01-Apr-2024 00:30');
    expect(r.performers).to.deep.equal(['Leeds Teaching Hospitals']);
  });

  it('R35: preliminary, partial, corrected and cancelled are all marked not final; final is not', () => {
    for (const status of ['preliminary', 'partial', 'corrected', 'cancelled', 'registered']) {
      expect(only([report({ status })]).notFinal, status).to.equal(true);
    }
    expect(only([report({})]).notFinal).to.equal(false);
    expect(only([report({ status: 'made-up' })]).status).to.equal('unknown');
  });

  it('R35: entered-in-error is not shown as valid, and is counted', () => {
    const view = mapReportResources([report({ status: 'entered-in-error', category: cat('LAB') }), report({ id: 'ok' })], []);
    expect(view.reports.map((r) => r.id)).to.deep.equal(['ok']);
    expect(view.enteredInError.pathology).to.equal(1);
  });

  it('R36: report results carry value with unit, range and interpretation; missing results are named', () => {
    const obs = { resourceType: 'Observation', id: 'o1', status: 'final', code: { text: 'Haemoglobin' }, valueQuantity: { value: 101, unit: 'g/L' },
      referenceRange: [{ low: { value: 130, unit: 'g/L' }, high: { value: 170, unit: 'g/L' } }], interpretation: [{ coding: [{ code: 'L' }] }] };
    const r = only([report({ result: [{ reference: 'Observation/o1' }, { reference: 'Observation/gone', display: 'Platelets' }] })], [obs]);
    expect(r.results[0].value).to.equal('101 g/L');
    expect(r.results[0].range).to.equal('130 to 170 g/L');
    expect(r.results[0].interpretation).to.equal('Low');
    expect(r.missingResults).to.deep.equal(['Platelets']);
  });

  it('presented forms: text decoded, HTML kept for sanitising, PDF offered as an attachment', () => {
    const b64 = (s: string) => btoa(s);
    const r = only([report({ presentedForm: [
      { contentType: 'text/plain', data: b64('No acute abnormality.') },
      { contentType: 'text/html', data: b64('<p>Hi</p><script>x()</script>') },
      { contentType: 'application/pdf', data: 'JVBERi0=', title: 'Report' },
      { contentType: 'image/png', url: 'javascript:alert(1)' },
    ] })]);
    expect(r.forms.map((f) => f.kind)).to.deep.equal(['text', 'html', 'attachment', 'attachment']);
    expect(r.forms[0]).to.include({ text: 'No acute abnormality.' });
    expect(r.forms[3]).to.include({ url: undefined });
  });

  it('the HL7 gingival-mass report with an embedded PDF is offered as an attachment, not inlined', async () => {
    const fixture = await loadFixture('fhir-r4/DiagnosticReport-gingival-mass.json');
    const r = only([fixture]);
    expect(r.group).to.equal('pathology');
    expect(r.forms).to.have.length(1);
    expect(r.forms[0].kind).to.equal('attachment');
    if (r.forms[0].kind === 'attachment') expect(r.forms[0].contentType).to.equal('application/pdf');
  });

  it('a radiology report links its ImagingStudy with the study identifiers', async () => {
    const dr = await loadFixture('uk-core-json/UKCore-DiagnosticReport-CTChestScan-Example.json');
    const study = await loadFixture('uk-core-json/UKCore-ImagingStudy-CTChestScan-Example.json');
    const r = only([dr], [study]);
    expect(r.group).to.equal('radiology');
    expect(r.studies).to.have.length(1);
    expect(r.studies[0].id).to.equal('UKCore-ImagingStudy-CTChestScan-Example');
    expect(r.studies[0].seriesUids).to.deep.equal(['2.16.124.113543.6003.2588828330.45298.17418.2723805630']);
    expect(r.discipline).to.equal('CT');
    const hl7 = await loadFixture('fhir-r4/ImagingStudy-example.json');
    const linked = only([{ ...dr, imagingStudy: [{ reference: 'ImagingStudy/example' }] }], [hl7]);
    expect(linked.studies[0].studyInstanceUid).to.equal('2.16.124.113543.6003.1154777499.30246.19789.3503430045');
  });

  it('every HL7 R4 and UK Core DiagnosticReport maps without error and is never dropped', async () => {
    for (const folder of ['fhir-r4', 'uk-core-json']) {
      const all = await fixturesOfType(folder, 'DiagnosticReport');
      const observations = (await fixturesOfType(folder, 'Observation')).map((o) => o.resource);
      for (const { file, resource } of all) {
        const view = mapReportResources([resource], observations);
        expect(view.reports.length + view.enteredInError.other + view.enteredInError.pathology + view.enteredInError.radiology, file).to.equal(1);
        expect(view.reports[0].title, file).to.be.a('string').and.not.empty;
      }
    }
  });

  it('every Synthea patient\'s reports map, with their result Observations resolved through urn:uuid', async () => {
    for (const file of await listFixtures('synthea')) {
      const bundle = await loadFixture<{ entry: { resource: FhirResource }[] }>(`synthea/${file}`);
      const resources = bundle.entry.map((e) => e.resource);
      const reports = resources.filter((r) => r.resourceType === 'DiagnosticReport');
      const view = mapReportResources(reports, resources.filter((r) => r.resourceType === 'Observation'));
      expect(view.reports.length, file).to.equal(reports.length);
      const withResults = view.reports.filter((r) => r.results.length);
      expect(withResults.length, file).to.be.greaterThan(0);
      for (const r of view.reports) expect(r.missingResults, file).to.deep.equal([]);
    }
  });

  it('malformed input never throws', () => {
    expect(() => mapReportResources([null, 5, { resourceType: 'DiagnosticReport', category: 'x', result: 'y', presentedForm: [{ data: 7 }] }], [null])).not.to.throw();
  });

  it('R34: both elements send the very same query', () => {
    expect(REPORTS_QUERY).to.deep.equal({ resourceType: 'DiagnosticReport', params: { _include: 'DiagnosticReport:result' } });
  });
});
