/**
 * `<icr-contact-details>` (issue 3): through the mock ICR for the states, and over every Patient
 * example in the fixtures through the real client.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { IcrProvider } from '../../src/elements/provider/provider.js';
import type { IcrContactDetails } from '../../src/elements/contact-details/contact-details.js';
import type { FhirResource } from '../../src/fhir/read.js';
import { useMockIcr, untilState } from '../helpers/icr.js';
import { fixturesOfType, loadFixture } from '../helpers/fixtures.js';

const RICHARD = '9912003888';
const FIXTURE_ENDPOINT = 'https://fixtures.example/fhir';

const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What a sighted user reads: the text outside visually-hidden (screen-reader-only) spans. */
function visible(node: Element | null | undefined): string {
  if (!node) return '';
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('.visually-hidden, [hidden]')) out += n.textContent;
  }
  return out.replace(/\s+/g, ' ').trim();
}
const group = (el: Element, name: string) => shadow(el).querySelector(`[data-group="${name}"]`);

/** Answers `Patient/{id}` with one fixture, RelatedPerson searches with `related`. */
function fixtureFetch(patient: FhirResource, related: FhirResource[] = [], included: FhirResource[] = []): typeof fetch {
  return async (input: RequestInfo | URL) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const body = url.pathname.endsWith(`/Patient/${patient.id}`)
      ? patient
      : { resourceType: 'Bundle', type: 'searchset', total: related.length,
          entry: url.pathname.endsWith('/RelatedPerson')
            ? [...related.map((resource) => ({ resource, search: { mode: 'match' } })), ...included.map((resource) => ({ resource, search: { mode: 'include' } }))]
            : [] };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/fhir+json' } });
  };
}

async function detailsFor(patient: FhirResource, related: FhirResource[] = [], included: FhirResource[] = []): Promise<IcrContactDetails> {
  const resource = { ...patient, id: patient.id ?? 'example' };
  const provider = await fixture<IcrProvider>(html`<icr-provider endpoint=${FIXTURE_ENDPOINT} patient-id=${resource.id}
    .tokenProvider=${() => 'token'} .clientOptions=${{ fetch: fixtureFetch(resource, related, included), cacheTtlMs: 0 }}>
    <icr-contact-details></icr-contact-details></icr-provider>`);
  const el = provider.querySelector('icr-contact-details')!;
  await untilState(el, 'loaded', 'not-recorded', 'bad-response', 'wrong-patient', 'unavailable');
  return el;
}

describe('icr-contact-details', () => {
  const h = useMockIcr();

  async function mockDetails(nhs = RICHARD): Promise<IcrContactDetails> {
    return fixture<IcrContactDetails>(html`<icr-contact-details endpoint=${h.endpoint} nhs-number=${nhs}
      .tokenProvider=${h.tokenFor()}></icr-contact-details>`);
  }

  it('R10, R42, R44: Richard Smith: addresses, phones in CUI order, needs, contacts and GP, each with its source', async () => {
    const el = await mockDetails();
    await untilState(el, 'loaded');
    await expect(el).to.be.accessible();
    const addresses = [...group(el, 'addresses')!.querySelectorAll('li')].map(visible);
    expect(addresses[0]).to.equal('Usual address 4 Sandmoor Drive, Alwoodley, NORTHBRIDGE, NB17 7DF');
    expect(addresses[1]).to.match(/^Temporary address Flat 2, 18 Harbour View, SEABURY, SB3 9QA From \d\d-[A-Z][a-z]{2}-\d{4} to \d\d-[A-Z][a-z]{2}-\d{4}$/);
    const phones = [...group(el, 'telecom')!.querySelectorAll('li .label')].map((n) => n.textContent);
    expect(phones).to.deep.equal(['Home', 'Work', 'Mobile', 'Email']);
    expect(visible(group(el, 'communication'))).to.contain('Polish (preferred)');
    expect(visible(group(el, 'communication'))).to.contain('Makaton');
    expect(visible(group(el, 'communication'))).to.contain('Interpreter required Yes');
    expect(visible(group(el, 'preferences'))).to.contain('Preferred written format Large print');
    const contacts = [...group(el, 'contacts')!.querySelectorAll('li.person')].map(visible);
    // R59: Patient.contact and the RelatedPerson are one person (same name, relationship and mobile),
    // never merged silently: the entry names both records (R44).
    expect(contacts).to.have.length(1);
    expect(contacts[0]).to.match(/^Mrs Joy Smith/).and.contain('Next-of-Kin').and.contain('2 records from 1 source');
    expect(visible(group(el, 'gp')!.querySelector('[data-item="gp"]'))).to.equal('Riverside Medical Practice Source: Riverside Medical Practice');
    // Every group names its source in words: once, since all its items came from the same place.
    for (const name of ['addresses', 'telecom', 'preferences', 'communication', 'gp']) {
      const sources = [...group(el, name)!.querySelectorAll('[data-source]')].map(visible);
      expect(sources, name).to.deep.equal(['Source: Riverside Medical Practice']);
    }
    expect(visible(group(el, 'contacts'))).to.match(/2 records from 1 source: Riverside Medical Practice/);
  });

  it('R44: a group says its source once; items from different places each say their own, and an unknown one "Source not named"', async () => {
    const trust = { resourceType: 'Organization', id: 'rr8', name: 'Leeds Teaching Hospitals', meta: { source: 'https://epr.leeds.example/fhir' } };
    const joyFromTrust = { resourceType: 'RelatedPerson', id: 'joy', patient: { reference: 'Patient/p1' }, name: [{ family: 'Smith', given: ['Joy'] }], telecom: [{ system: 'phone', value: '0113 496 0000' }],
      meta: { source: 'https://epr.leeds.example/fhir' } };
    const el = await detailsFor({ resourceType: 'Patient', id: 'p1', managingOrganization: { display: 'White Rose Medical Centre' },
      telecom: [{ system: 'phone', value: '0113 496 0001', use: 'home' }, { system: 'phone', value: '07700 900001', use: 'mobile' }],
      contact: [{ name: { family: 'Jackson', given: ['Jane'] }, telecom: [{ system: 'phone', value: '07700 900002' }] }] },
    [joyFromTrust], [trust]);
    expect(el.getAttribute('state')).to.equal('loaded');
    expect([...group(el, 'telecom')!.querySelectorAll('[data-source]')].map(visible)).to.deep.equal(['Source: White Rose Medical Centre']);
    const people = [...group(el, 'contacts')!.querySelectorAll('li.person')].map(visible);
    expect(people.map((p) => /Source: (.*)$/.exec(p)?.[1])).to.deep.equal(['White Rose Medical Centre', 'Leeds Teaching Hospitals']);
    const unknown = await detailsFor({ resourceType: 'Patient', id: 'p2', meta: { source: 'https://unknown.example/fhir' },
      telecom: [{ system: 'phone', value: '0113 496 0003', use: 'home' }] });
    expect(visible(group(unknown, 'telecom'))).to.match(/Home 0113 496 0003 Source not named$/);
    expect(text(shadow(unknown))).not.to.match(/https?:/);
  });

  it('R42: the section shows "Retrieved dd-Mmm-yyyy HH:mm" and its sources', async () => {
    const el = await mockDetails();
    await untilState(el, 'loaded');
    expect(text(shadow(el).querySelector('[part="meta"]'))).to.match(/Source: .+ · Retrieved \d\d-[A-Z][a-z]{2}-\d{4} \d\d:\d\d$/);
  });

  it('R8: standing alone it identifies the patient with the micro banner', async () => {
    const el = await mockDetails();
    await untilState(el, 'loaded');
    expect(visible(shadow(el).querySelector('[part="micro-banner"]'))).to.match(/^SMITH, Richard \(Mr\) Born 11-Sep-1970 \(\d+y\) NHS No\. 991 200 3888$/);
  });

  it('fires icr-data-load with the section name', async () => {
    const el = document.createElement('icr-contact-details');
    const loaded = oneEvent(el, 'icr-data-load');
    Object.assign(el, { endpoint: h.endpoint, nhsNumber: RICHARD, tokenProvider: h.tokenFor() });
    document.body.append(el);
    expect((await loaded).detail.section).to.equal('contact-details');
    el.remove();
  });

  it('H3: a failed RelatedPerson search is a warning, never "no other contacts"', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'RelatedPerson' });
    const el = await mockDetails();
    await untilState(el, 'loaded');
    expect(text(shadow(el).querySelector('[part="warnings"]'))).to.contain('Related people could not be loaded');
    await expect(el).to.be.accessible();
  });

  it('R55: opted out: the one whole-record message, no section content', async () => {
    h.mock.faults.add({ fault: 'opted-out' });
    const el = await mockDetails();
    await untilState(el, 'opted-out');
    expect(text(shadow(el))).to.contain('This person has opted out of sharing through the Integrated Care Record; use other sources');
    expect(group(el, 'addresses')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('R9: wrong patient in the answer: nothing shown', async () => {
    h.mock.faults.add({ fault: 'wrong-patient', resourceType: 'Patient' });
    const el = await mockDetails();
    await untilState(el, 'wrong-patient');
    expect(group(el, 'addresses')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('not found and loading', async () => {
    h.mock.latencyMs = 800;
    const el = await mockDetails('9434765919');
    expect(el.getAttribute('state')).to.equal('loading');
    await expect(el).to.be.accessible();
    await untilState(el, 'not-found');
    expect(text(shadow(el))).to.contain('Not found in the Integrated Care Record');
    await expect(el).to.be.accessible();
  });

  it('R11: a restricted record: address, phone and GP "Not known (restricted record)", never refilled', async () => {
    const patient = await loadFixture('uk-core-json/UKCore-Patient-RichardSmith-Example.json');
    const joy = await loadFixture('uk-core-json/supporting/UKCore-RelatedPerson-JoySmith-Example.json');
    const el = await detailsFor({ ...patient, meta: { security: [{ code: 'R' }] }, generalPractitioner: [{ display: 'WHITE ROSE' }] },
      [{ ...joy, patient: { reference: `Patient/${patient.id}` }, address: [{ line: ['9 Secret Street'] }] }]);
    expect(el.getAttribute('state')).to.equal('loaded');
    for (const name of ['addresses', 'telecom', 'gp']) expect(visible(group(el, name)), name).to.contain('Not known (restricted record)');
    expect(text(shadow(el))).not.to.match(/Sandmoor|Secret Street|01131231234|07777123123|WHITE ROSE/);
    await expect(el).to.be.accessible();
  });

  it('R11: the PDS-restricted mock patient: restricted, never refilled', async () => {
    const el = await mockDetails('9990040559');
    await untilState(el, 'loaded');
    for (const name of ['addresses', 'telecom', 'gp']) expect(visible(group(el, name)), name).to.contain('Not known (restricted record)');
    await expect(el).to.be.accessible();
  });

  it('a Patient with nothing to contact says "Contact details not recorded", not "none"', async () => {
    const el = await detailsFor({ resourceType: 'Patient', id: 'bare', name: [{ family: 'Bare' }] });
    expect(el.getAttribute('state')).to.equal('not-recorded');
    expect(text(shadow(el))).to.contain('Contact details not recorded');
    await expect(el).to.be.accessible();
  });

  it('R44: every UK Core and HL7 R4 Patient example renders with no error and no empty field', async function () {
      this.timeout(120000); // ~40 examples through the whole client on a slow machine
    const all = [
      ...(await fixturesOfType('uk-core-json', 'Patient')),
      ...(await fixturesOfType('uk-core-json/extension-examples', 'Patient')),
      ...(await fixturesOfType('fhir-r4', 'Patient')),
    ];
    for (const { file, resource } of all) {
      const el = await detailsFor(resource);
      expect(el.getAttribute('state'), file).to.be.oneOf(['loaded', 'not-recorded']);
      for (const value of shadow(el).querySelectorAll('.value, li')) expect(text(value), file).to.match(/\S/);
      expect(text(shadow(el)), file).not.to.match(/undefined|NaN|\[object/);
    }
  });
});
