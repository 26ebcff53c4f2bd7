import { expect } from '@open-wc/testing';
import { mapContactDetails, isContactDetailsEmpty, contactPreferences } from '../../src/fhir/contact.js';
import type { FhirResource } from '../../src/fhir/read.js';
import { fixturesOfType, loadFixture } from '../helpers/fixtures.js';

const NOW = new Date('2026-11-25T12:00:00Z');

describe('fhir/contact: mapContactDetails', () => {
  let richard: FhirResource;
  let joy: FhirResource;
  before(async () => {
    richard = await loadFixture('uk-core-json/UKCore-Patient-RichardSmith-Example.json');
    joy = await loadFixture('uk-core-json/supporting/UKCore-RelatedPerson-JoySmith-Example.json');
  });

  it('R10: Richard Smith: usual address one line, phone, contact preferences', () => {
    const view = mapContactDetails(richard, [], [], NOW);
    expect(view.addresses).to.deep.equal([{ kind: 'home', text: '4 Sandmoor Drive, LEEDS, LS17 7DF' }]);
    expect(view.telecom).to.deep.equal([{ kind: 'phone', value: '01131231234' }]);
    expect(view.preferences).to.deep.equal({ method: 'Telephone', times: 'Mon, Wed, Fri; morning', writtenFormat: 'Large print' });
  });

  it('communication needs: Makaton is shown with the language as recorded', () => {
    const view = mapContactDetails(richard, [], [], NOW);
    expect(view.languages).to.deep.equal([{ language: 'British Sign Language, Makaton vocabulary', preferred: false }]);
  });

  it('communication needs: languages with proficiency, and interpreter required', async () => {
    const multi = await loadFixture('uk-core-json/UKCore-Patient-Sn-MultipleLanguages-Example.json');
    const view = mapContactDetails(multi, [], [], NOW);
    expect(view.languages.map((l) => [l.language, l.proficiency])).to.deep.equal([['English', 'Excellent'], ['French', 'Poor (Expressed spoken)']]);
    const interpreter = await loadFixture('uk-core-json/extension-examples/Extension-UKCore-InterpreterRequired-Example.json');
    expect(mapContactDetails(interpreter, [], [], NOW).interpreterRequired).to.equal(true);
    expect(mapContactDetails(richard, [], [], NOW).interpreterRequired).to.equal(undefined);
  });

  it('R44: Patient.contact and RelatedPerson are both listed, ranked, each with its source organisation, never merged', () => {
    const gp = { resourceType: 'Organization', id: 'gp5', name: 'White Rose Medical Centre', meta: { source: 'https://gp.white-rose.example/fhir' } };
    const trust = { resourceType: 'Organization', id: 'rr8', name: 'Leeds Teaching Hospitals', identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'RR8' }],
      endpoint: [{ reference: 'Endpoint/rr8-fhir' }] };
    const endpoint = { resourceType: 'Endpoint', id: 'rr8-fhir', address: 'https://epr.leeds.example/fhir/R4' };
    const view = mapContactDetails(
      { ...richard, meta: { source: 'https://gp.white-rose.example/fhir#request-1' } },
      [{ ...joy, meta: { source: 'https://epr.leeds.example/fhir/R4' } }], [gp, trust, endpoint], NOW,
    );
    expect(view.contacts).to.have.length(2);
    const [jane, joySmith] = view.contacts;
    expect(jane).to.include({ origin: 'patient-contact', name: 'Miss Jane Jackson', rank: 1, source: 'White Rose Medical Centre',
      relationship: 'Personal relationship with the patient', address: '5 Alwoodley Road, LEEDS, LS17 6EH' });
    expect(jane.telecom).to.deep.equal([{ kind: 'mobile', value: '07777123123' }]);
    expect(joySmith).to.include({ origin: 'related-person', name: 'Joy Smith', relationship: 'wife', source: 'Leeds Teaching Hospitals' });
    expect(joySmith.preferences?.times).to.equal('Mon, Wed, Fri; afternoon');
    expect(view.sources).to.deep.equal(['White Rose Medical Centre', 'Leeds Teaching Hospitals']);
  });

  it('R44: a meta.source no known organisation claims is never shown as the source', () => {
    const view = mapContactDetails({ ...richard, meta: { source: 'https://gp.white-rose.example/fhir' } }, [{ ...joy, meta: { source: 'RR8 LEEDS' } }], [], NOW);
    expect(view.contacts.map((c) => c.source)).to.deep.equal([undefined, undefined]);
    expect(view.addresses.every((a) => a.source === undefined)).to.equal(true);
    expect(view.sources).to.deep.equal([]);
  });

  it('R42: without meta.source the managing organisation is the source', async () => {
    const pat1 = await loadFixture('fhir-r4/Patient-pat1.json');
    const view = mapContactDetails(pat1, [], [], NOW);
    expect(view.sources).to.deep.equal(['ACME Healthcare, Inc']);
  });

  it('GP practice from the _include-d Organization; its source is the Patient record\'s, never the Organization\'s meta.source', async () => {
    const org = { ...(await loadFixture('uk-core-json/supporting/UKCore-Organization-WhiteRoseMedicalCentre-Example.json')), meta: { source: 'ODS' } };
    const view = mapContactDetails({ ...richard, generalPractitioner: [{ reference: `Organization/${org.id}` }] }, [], [org], NOW);
    expect(view.gp).to.deep.equal({ name: 'WHITE ROSE MEDICAL CENTRE' });
    const managed = mapContactDetails({ ...richard, managingOrganization: { reference: `Organization/${org.id}` }, generalPractitioner: [{ reference: `Organization/${org.id}` }] }, [], [org], NOW);
    expect(managed.gp).to.deep.equal({ name: 'WHITE ROSE MEDICAL CENTRE', source: 'WHITE ROSE MEDICAL CENTRE' });
  });

  it('R11: restricted: no address, telecom or GP; contacts keep name but lose phone and address', () => {
    const view = mapContactDetails({
      ...richard, meta: { security: [{ code: 'R' }] }, generalPractitioner: [{ display: 'Somewhere' }],
    }, [joy], [], NOW);
    expect(view.restricted).to.equal(true);
    expect(view.addresses).to.deep.equal([]);
    expect(view.telecom).to.deep.equal([]);
    expect(view.gp).to.equal(undefined);
    expect(view.contacts.every((c) => c.telecom.length === 0 && c.address === undefined)).to.equal(true);
    expect(isContactDetailsEmpty(view)).to.equal(false);
  });

  it('inactive RelatedPersons and ended contacts are not shown as current', () => {
    const view = mapContactDetails({ resourceType: 'Patient', contact: [{ name: { family: 'Old' }, period: { end: '2001-01-01' } }] },
      [{ ...joy, active: false }], [], NOW);
    expect(view.contacts).to.deep.equal([]);
    expect(isContactDetailsEmpty(view)).to.equal(true);
  });

  it('never throws on malformed input', () => {
    for (const bad of [undefined, null, {}, { resourceType: 'Patient', contact: 'x', communication: [1], extension: {} }]) {
      expect(() => mapContactDetails(bad, [null, 7, { resourceType: 'RelatedPerson', name: 3 }], [], NOW)).not.to.throw();
    }
    expect(contactPreferences({ extension: [{ url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ContactPreference', extension: 'x' }] })).to.equal(undefined);
  });

  it('R42, R44: every UK Core and HL7 R4 Patient example maps without error, with no blank item', async () => {
    const patients = [
      ...(await fixturesOfType('uk-core-json', 'Patient')),
      ...(await fixturesOfType('uk-core-json/extension-examples', 'Patient')),
      ...(await fixturesOfType('fhir-r4', 'Patient')),
    ];
    for (const { file, resource } of patients) {
      const view = mapContactDetails(resource, [], [], NOW);
      const texts = [
        ...view.addresses.map((a) => a.text), ...view.telecom.map((x) => x.value), ...view.languages.map((l) => l.language),
        ...view.contacts.map((c) => c.name ?? c.organisation ?? c.address ?? c.telecom[0]?.value),
      ];
      for (const text of texts) expect(text, file).to.match(/\S/);
    }
  });
});
