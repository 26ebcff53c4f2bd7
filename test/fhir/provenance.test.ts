import { expect } from '@open-wc/testing';
import { resolveReference, sourceNames, sourceOrganisation, sourceText } from '../../src/fhir/provenance.js';
import { mapAllergies } from '../../src/fhir/allergies.js';
import { mapMedications } from '../../src/fhir/medications.js';
import { mapResults } from '../../src/fhir/results.js';
import { mapReports } from '../../src/fhir/reports.js';
import { mapCarePlans } from '../../src/fhir/care-plans.js';
import { mapSocialCare } from '../../src/fhir/social-care.js';
import type { SearchResult } from '../../src/data/icr-outcome.js';
import type { FhirResource } from '../../src/fhir/read.js';

const OOH_URL = 'https://ooh.northbridge-urgent-care.example/fhir/R4';
const ooh: FhirResource = { resourceType: 'Organization', id: 'ooh', name: 'Northbridge Out of Hours Service', meta: { source: OOH_URL } };

const answer = (matches: FhirResource[], included: FhirResource[] = []): SearchResult =>
  ({ matches, included, retrievedAt: 0 } as unknown as SearchResult);

const allergy = (over: Record<string, unknown>): FhirResource => ({
  resourceType: 'AllergyIntolerance', id: 'a1', code: { text: 'Penicillin' }, meta: { source: OOH_URL }, ...over,
});

describe('fhir/provenance: sources in words (R42, R44)', () => {
  it('R44: resolves #id among contained, Type/id and absolute URLs among included, urn:uuid by id', () => {
    const contained = [{ resourceType: 'Organization', id: 'c1', name: 'Contained' }];
    expect(resolveReference({ reference: '#c1' }, { contained })?.name).to.equal('Contained');
    expect(resolveReference({ reference: 'Organization/ooh' }, { included: [ooh] })).to.equal(ooh);
    expect(resolveReference({ reference: 'https://icr.example/fhir/Organization/ooh/_history/2' }, { included: [ooh] })).to.equal(ooh);
    expect(resolveReference({ reference: 'urn:uuid:ooh' }, { included: [ooh] })).to.equal(ooh);
    expect(resolveReference({ reference: 'Practitioner/ooh' }, { included: [ooh] })).to.equal(undefined);
    expect(resolveReference({ display: 'x' }, { included: [ooh] })).to.equal(undefined);
  });

  it('R44: an _include-d Organization names the source, before the reference display', () => {
    const r = allergy({ recorder: { reference: 'Organization/ooh', display: 'OOH (old name)' } });
    expect(sourceOrganisation(r, { included: [ooh] })).to.equal('Northbridge Out of Hours Service');
  });

  it('R44: a contained Organization names the source', () => {
    const r = allergy({ contained: [{ resourceType: 'Organization', id: 'o', name: 'Hillcrest Surgery' }], asserter: { reference: '#o' } });
    expect(sourceOrganisation(r)).to.equal('Hillcrest Surgery');
  });

  it('R44: else the Organization reference display names the source', () => {
    expect(sourceOrganisation(allergy({ recorder: { reference: 'Organization/zz', display: 'Riverside Medical Practice' } }))).to.equal('Riverside Medical Practice');
  });

  it('R44: else the recorder\'s PractitionerRole.organization (included or contained), or the one role of a Practitioner', () => {
    const role = { resourceType: 'PractitionerRole', id: 'role-booth', practitioner: { reference: 'Practitioner/booth' }, organization: { reference: 'Organization/ooh' } };
    expect(sourceOrganisation(allergy({ recorder: { reference: 'PractitionerRole/role-booth', display: 'Dr Ian Booth' } }), { included: [role, ooh] }))
      .to.equal('Northbridge Out of Hours Service');
    expect(sourceOrganisation(allergy({ recorder: { reference: 'Practitioner/booth' } }), { included: [role, ooh] })).to.equal('Northbridge Out of Hours Service');
    const contained = allergy({ meta: {}, contained: [{ ...role, id: 'r', organization: { display: 'Hillcrest Surgery' } }], recorder: { reference: '#r' } });
    expect(sourceOrganisation(contained)).to.equal('Hillcrest Surgery');
  });

  it('R44: meta.source names the source only when an Organization in the answer claims it (own meta.source, identifier or endpoint)', () => {
    const r = allergy({ recorder: { reference: 'PractitionerRole/unknown', display: 'Dr Ian Booth, Northbridge Out of Hours Service' } });
    expect(sourceOrganisation(r, { included: [ooh] })).to.equal('Northbridge Out of Hours Service');
    const byEndpoint = [{ resourceType: 'Organization', id: 'o', name: 'Hillcrest Surgery', endpoint: [{ reference: 'Endpoint/e' }] },
      { resourceType: 'Endpoint', id: 'e', address: 'https://gp.hillcrest.example/fhir/' }];
    expect(sourceOrganisation(allergy({ meta: { source: 'https://gp.hillcrest.example/fhir#req-7' } }), { included: byEndpoint })).to.equal('Hillcrest Surgery');
    const byIdentifier = [{ resourceType: 'Organization', id: 'o', name: 'Hillcrest Surgery', identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'ZZG002' }] }];
    expect(sourceOrganisation(allergy({ meta: { source: 'https://fhir.nhs.uk/Id/ods-organization-code|ZZG002' } }), { included: byIdentifier })).to.equal('Hillcrest Surgery');
  });

  it('R44: meta.source only, or claimed by two organisations, or an Organization "Type/id" alone → "Source not named"', () => {
    expect(sourceOrganisation(allergy({}))).to.equal(undefined);
    expect(sourceText(sourceOrganisation(allergy({})))).to.equal('Source not named');
    const twice = [ooh, { ...ooh, id: 'other', name: 'Another Service' }];
    expect(sourceOrganisation(allergy({}), { included: twice })).to.equal(undefined);
    expect(sourceOrganisation(allergy({ recorder: { reference: 'Organization/123' } }))).to.equal(undefined);
    expect(sourceOrganisation(allergy({ recorder: { reference: 'Organization/1', display: 'https://x.example/fhir' } }))).to.equal(undefined);
  });

  it('R42: section source lists are names in words, each once', () => {
    expect(sourceNames(['Riverside', undefined, 'Riverside', OOH_URL, 'urn:uuid:1', 'Organization/123', 'Hillcrest'])).to.deep.equal(['Riverside', 'Hillcrest']);
  });
});

describe('fhir/provenance: every mapper names its source the same way (R44)', () => {
  it('R44: allergies: the recorder line keeps the recorder, the organisation is never the meta.source URL', () => {
    const r = allergy({ recorder: { reference: 'PractitionerRole/role-booth', display: 'Dr Ian Booth, Northbridge Out of Hours Service' } });
    const [item] = mapAllergies([answer([r])]).active;
    expect(item.recorder).to.equal('Dr Ian Booth, Northbridge Out of Hours Service');
    expect(item.organisation).to.equal(undefined);
    expect(mapAllergies([answer([r])], [ooh]).active[0].organisation).to.equal('Northbridge Out of Hours Service');
  });

  it('R44: medications, results, reports, care plans and social care: meta.source alone is never the source', () => {
    const meta = { source: OOH_URL };
    const med = { resourceType: 'MedicationStatement', id: 'm', status: 'active', medicationCodeableConcept: { text: 'Aspirin' }, meta };
    expect(mapMedications([answer([med])]).current[0].organisation).to.equal(undefined);
    expect(mapMedications([answer([{ ...med, informationSource: { reference: 'Organization/ooh' } }], [ooh])]).current[0].organisation)
      .to.equal('Northbridge Out of Hours Service');
    const obs = { resourceType: 'Observation', id: 'o', status: 'final', code: { text: 'Sodium' }, valueQuantity: { value: 140, unit: 'mmol/L' }, meta };
    expect(mapResults([answer([obs])]).view.tests[0].latest.source).to.equal(undefined);
    expect(mapResults([answer([obs])], { included: [ooh] }).view.tests[0].latest.source).to.equal('Northbridge Out of Hours Service');
    const report = { resourceType: 'DiagnosticReport', id: 'r', status: 'final', code: { text: 'X-ray' }, category: [{ coding: [{ code: 'RAD' }] }], meta,
      performer: [{ reference: 'Practitioner/p', display: 'Dr Helen Price' }] };
    const reports = mapReports([answer([report])], { group: 'radiology', showOther: false }).view.reports;
    expect(reports[0].performers).to.deep.equal(['Dr Helen Price']);
    expect(reports[0].source).to.equal(undefined);
    const plan = { resourceType: 'CarePlan', id: 'p', status: 'active', meta, author: { reference: 'Organization/ooh' } };
    expect(mapCarePlans([answer([plan], [ooh])]).view.plans[0]).to.include({ author: 'Northbridge Out of Hours Service', source: 'Northbridge Out of Hours Service' });
    expect(mapCarePlans([answer([{ ...plan, author: undefined }])]).view.plans[0].source).to.equal(undefined);
    const flag = { resourceType: 'Flag', id: 'f', status: 'active', code: { text: 'Big dog' }, meta, author: { reference: 'Organization/ooh' } };
    expect(mapSocialCare([answer([flag], [ooh])]).view.events[0]).to.include({ owner: 'Northbridge Out of Hours Service', source: 'Northbridge Out of Hours Service' });
    expect(mapSocialCare([answer([{ ...flag, author: { reference: 'Organization/zz', identifier: { value: 'ZZN01' } } }])]).view.events[0].owner).to.equal(undefined);
  });
});
