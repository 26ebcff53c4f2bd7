import { expect } from '@open-wc/testing';
import { mapDocuments, toDocument, documentTitle } from '../../src/fhir/documents.js';
import type { SearchResult } from '../../src/fhir/section-contract.js';
import { fixturesOfType, loadFixture } from '../helpers/fixtures.js';

const subject = { reference: 'Patient/p1' };
const doc = (id: string, over: Record<string, unknown> = {}) => ({
  resourceType: 'DocumentReference', id, status: 'current', subject, date: '2024-03-01T10:00:00Z', type: { text: 'Clinic letter' },
  content: [{ attachment: { contentType: 'application/pdf', url: `Binary/${id}` } }], ...over,
});
const result = (matches: unknown[], included: unknown[] = []): SearchResult =>
  ({ kind: 'loaded', matches: matches as SearchResult['matches'], included: included as SearchResult['included'], warnings: [], retrievedAt: 0 });

describe('mapDocuments', () => {
  it('maps type, author organisation (author, else custodian), date and status, newest first', () => {
    const org = { resourceType: 'Organization', id: 'o1', name: 'Northbridge General Hospital' };
    const m = mapDocuments([result([
      doc('a', { date: '2023-01-01', author: [{ reference: 'Organization/o1' }] }),
      doc('b', { date: '2024-06-01', custodian: { reference: 'Organization/o2', display: 'Riverside Medical Practice' } }),
    ], [org])]);
    expect(m.kind).to.equal('loaded');
    expect(m.count).to.equal(2);
    expect(m.view.documents.map((d) => d.id)).to.deep.equal(['b', 'a']);
    expect(m.view.documents[1]!.organisation).to.equal('Northbridge General Hospital');
    expect(m.view.documents[0]!.organisation).to.equal('Riverside Medical Practice');
    expect(m.view.documents[0]!.type).to.equal('Clinic letter');
    expect(m.view.documents[0]!.status).to.equal('current');
  });

  it('R70: entered in error (status or docStatus) is left out and counted', () => {
    const m = mapDocuments([result([doc('a'), doc('b', { status: 'entered-in-error' }), doc('c', { docStatus: 'entered-in-error' })])]);
    expect(m.view.documents.map((d) => d.id)).to.deep.equal(['a']);
    expect(m.view.hidden.enteredInError).to.equal(2);
  });

  it('R70: a superseded document names its replacement; a replaced one is superseded whatever its status says', () => {
    const m = mapDocuments([result([
      doc('v1', { status: 'superseded', date: '2024-01-01' }),
      doc('v2', { date: '2024-02-01', status: 'current', relatesTo: [{ code: 'replaces', target: { reference: 'DocumentReference/v1' } }] }),
      doc('v3', { type: { text: 'Corrected letter' }, relatesTo: [{ code: 'replaces', target: { reference: 'https://icr.example/fhir/DocumentReference/v2' } }] }),
      doc('x', { relatesTo: [{ code: 'appends', target: { reference: 'DocumentReference/y' } }] }),
      doc('y'),
    ])]);
    const byId = (id: string) => m.view.documents.find((d) => d.id === id)!;
    expect(byId('v1').status).to.equal('superseded');
    expect(byId('v1').replacedBy?.id).to.equal('v2');
    expect(byId('v2').status).to.equal('superseded');
    expect(byId('v2').replacedBy).to.deep.include({ id: 'v3', title: 'Corrected letter' });
    expect(byId('v3').status).to.equal('current');
    expect(byId('v3').replaces).to.deep.equal(['v2']);
    expect(byId('y').status, 'appends is not replaces').to.equal('current');
  });

  it('R70: superseded with its replacement not in the list keeps no replacement', () => {
    const m = mapDocuments([result([doc('a', { status: 'superseded' })])]);
    expect(m.view.documents[0]!.status).to.equal('superseded');
    expect(m.view.documents[0]!.replacedBy).to.equal(undefined);
  });

  it('R72: a document authored by the patient or a related person', () => {
    expect(toDocument(doc('a', { author: [{ reference: 'Patient/p1' }] }))?.addedBy).to.equal('patient');
    expect(toDocument(doc('b', { author: [{ reference: 'RelatedPerson/r1' }] }))?.addedBy).to.equal('related-person');
    expect(toDocument(doc('c', { author: [{ reference: 'Practitioner/x' }] }))?.addedBy).to.equal(undefined);
  });

  it('R51: meta.security and the document\'s own securityLabel both mark it sensitive', () => {
    expect(toDocument(doc('a', { meta: { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }] } }))?.sensitivity).to.equal('R');
    expect(toDocument(doc('b', { securityLabel: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'V' }] }] }))?.sensitivity).to.equal('V');
    expect(toDocument(doc('c'))?.sensitivity).to.equal(undefined);
  });

  it('R65: a date falls back to the context period, then the attachment creation; none stays undefined', () => {
    expect(toDocument(doc('a', { date: undefined, context: { period: { start: '2024-05' } } }))?.date).to.equal('2024-05');
    expect(toDocument(doc('b', { date: undefined, content: [{ attachment: { contentType: 'text/plain', data: 'eA==', creation: '2020' } }] }))?.date).to.equal('2020');
    expect(toDocument(doc('c', { date: undefined }))?.date).to.equal(undefined);
  });

  it('malformed input is left out, never thrown on; nothing is empty, not "none"', () => {
    const m = mapDocuments([result([null, 'x', { resourceType: 'Observation', id: 'o' }, { resourceType: 'DocumentReference' }, doc('ok', { content: 'nope', author: 7 })])]);
    expect(m.view.documents.map((d) => d.id), 'dated first, undated last').to.deep.equal(['ok', '']);
    expect(m.view.documents[0]!.attachments).to.deep.equal([]);
    expect(mapDocuments([result([])]).kind).to.equal('empty');
    expect(documentTitle({})).to.equal(undefined);
  });

  it('maps the UK Core and FHIR R4 DocumentReference fixtures', async () => {
    const uk = await Promise.all(['UKCore-DocumentReference-ECG-Example.json', 'UKCore-DocumentReference-CarePlanReportPDF-Example.json']
      .map((f) => loadFixture(`uk-core-json/supporting/${f}`)));
    const r4 = (await fixturesOfType('fhir-r4', 'DocumentReference')).map((f) => f.resource);
    const m = mapDocuments([result([...uk, ...r4])]);
    expect(m.view.documents.length).to.equal(uk.length + r4.length);
    const ecg = m.view.documents.find((d) => d.id === 'UKCore-DocumentReference-ECG-Example')!;
    expect(ecg.type).to.equal('Electrocardiographic procedure');
    expect(ecg.docStatus).to.equal('preliminary');
    expect(ecg.attachments[0]).to.deep.include({ contentType: 'application/pdf', url: 'DocumentReference/UKCore-DocumentReference-ECG-Example.pdf' });
    const plan = m.view.documents.find((d) => d.id === 'UKCore-DocumentReference-CarePlanReportPDF-Example')!;
    expect(plan.type).to.equal('Care plan');
    expect(plan.attachments[0]!.url).to.equal('https://health.trust.uk/CarePlanReport_44301kfgd.pdf');
    for (const d of m.view.documents) expect(d.status).to.be.oneOf(['current', 'superseded']);
  });
});
