/**
 * Whole-record failures (R8, R55, R73): a failed patient lookup is shown once per view, with the
 * identity that was asked for (by the banner, or by the provider when there is no banner); every
 * other element points to it in words, and a section's own failure stays in that section.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { IcrProvider } from '../../src/elements/provider/provider.js';
import { useMockIcr, until, untilState } from '../helpers/icr.js';

const RICHARD = '9912003888';
const GARETH = '9990050694'; // opted out of the ICR in the mock
const NOT_IN_ICR = '9000000009';
const OPT_OUT = 'This person has opted out of sharing through the Integrated Care Record; use other sources';
const SECTIONS = ['icr-contact-details', 'icr-allergies', 'icr-medications', 'icr-social-care-events', 'icr-care-plans',
  'icr-radiology-reports', 'icr-pathology-reports', 'icr-results', 'icr-diagnoses'];

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');
const text = (el: Element) => squash(el.shadowRoot?.textContent);
/** Everything the view shows: the provider's own notice and every element's shadow root. */
const pageText = (provider: Element) => [provider, ...provider.querySelectorAll('*')].map(text).join(' | ');
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

async function view(h: ReturnType<typeof useMockIcr>, nhsNumber: string, { banner = true, patientId = '', role = 'R8000' } = {}): Promise<{ provider: IcrProvider; sections: Element[] }> {
  const provider = await fixture<IcrProvider>(html`<icr-provider endpoint=${h.endpoint} nhs-number=${nhsNumber || undefined}
      patient-id=${patientId || undefined} .tokenProvider=${h.tokenFor(role)} .clientOptions=${{ maxRetries: 0 }}>
    ${banner ? html`<icr-patient-banner></icr-patient-banner>` : ''}
    <icr-contact-details></icr-contact-details><icr-allergies></icr-allergies><icr-medications></icr-medications>
    <icr-social-care-events></icr-social-care-events><icr-care-plans></icr-care-plans><icr-radiology-reports></icr-radiology-reports>
    <icr-pathology-reports></icr-pathology-reports><icr-results></icr-results><icr-diagnoses></icr-diagnoses>
  </icr-provider>`);
  return { provider, sections: SECTIONS.map((tag) => provider.querySelector(tag)!) };
}

async function untilEvery(elements: Element[], state: string): Promise<void> {
  await until(() => elements.every((e) => e.getAttribute('state') === state), `every element ${state}`, 8000);
}

describe('whole-record failures (R8, R55, R73)', () => {
  const h = useMockIcr();

  it('R55, R73: opted out under a provider with a banner: the sentence once on the page, in the banner, with the NHS number asked for', async () => {
    const { provider, sections } = await view(h, GARETH);
    const banner = provider.querySelector('icr-patient-banner')!;
    await untilEvery([banner, ...sections], 'opted-out');
    await provider.updateComplete;
    const page = pageText(provider);
    expect(count(page, OPT_OUT)).to.equal(1);
    expect(text(banner)).to.contain(OPT_OUT);
    expect(text(banner)).to.contain('Patient asked for:').and.contain('NHS No. 999 005 0694');
    // The ICR's own OperationOutcome text is not shown as a second copy of the sentence.
    expect(page).to.not.contain('opted out of sharing their record');
    expect(provider.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    for (const section of sections) {
      expect(text(section), section.localName).to.contain('Not shown: this person has opted out (see above)');
      expect(text(section), section.localName).to.not.match(/No known|not recorded|No .* found|none/i);
    }
    await expect(provider).to.be.accessible();
  });

  it('R73, R8: without a banner the provider shows the whole-record state once, above the sections, with the identity', async () => {
    const { provider, sections } = await view(h, NOT_IN_ICR, { banner: false });
    await untilEvery(sections, 'not-found');
    await until(() => !!provider.shadowRoot!.querySelector('[part="notice"]'), 'the provider notice');
    const notice = provider.shadowRoot!.querySelector('[part="notice"]')!;
    expect(squash(notice.textContent)).to.contain('Not found in the Integrated Care Record').and.contain('NHS No. 900 000 0009');
    expect(count(pageText(provider), 'Not found in the Integrated Care Record')).to.equal(1);
    // Above the slot, so "see above" is true whatever order the host puts the sections in.
    expect(notice.compareDocumentPosition(provider.shadowRoot!.querySelector('slot')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    for (const section of sections) expect(text(section)).to.contain('Not shown: patient not found in the Integrated Care Record (see above)');
    await expect(provider).to.be.accessible();
  });

  it('R73: a banner added later takes the notice over from the provider', async () => {
    const { provider } = await view(h, NOT_IN_ICR, { banner: false });
    await until(() => !!provider.shadowRoot!.querySelector('[part="notice"]'), 'the provider notice');
    const banner = document.createElement('icr-patient-banner');
    provider.prepend(banner);
    await untilState(banner, 'not-found');
    await until(() => !provider.shadowRoot!.querySelector('[part="notice"]'), 'the notice to go');
    expect(count(pageText(provider), 'Not found in the Integrated Care Record')).to.equal(1);
    banner.remove();
    await until(() => !!provider.shadowRoot!.querySelector('[part="notice"]'), 'the notice back once the banner is gone');
  });

  it('R8, R14: an invalid NHS number is shown as given, flagged invalid, once; never sent', async () => {
    const { provider, sections } = await view(h, '943 476 5918');
    const banner = provider.querySelector('icr-patient-banner')!;
    await untilEvery([banner, ...sections], 'invalid-nhs-number');
    const identity = banner.shadowRoot!.querySelector('[part="requested-identity"]')!;
    expect(squash(identity.textContent)).to.contain('943 476 5918').and.contain('(Invalid NHS number)');
    for (const section of sections) expect(text(section)).to.contain('Not shown: invalid NHS number (see above)');
    expect(h.mock.requests).to.have.length(0);
  });

  it('R9, R8: the lookup answers with another patient: the NHS number asked for is shown, never the other name', async () => {
    h.mock.faults.add({ fault: 'wrong-patient', resourceType: 'Patient' });
    const { provider, sections } = await view(h, RICHARD);
    const banner = provider.querySelector('icr-patient-banner')!;
    await untilEvery([banner, ...sections], 'wrong-patient');
    expect(text(banner)).to.contain('Wrong patient: information withheld').and.contain('NHS No. 991 200 3888');
    const page = pageText(provider);
    expect(count(page, 'Wrong patient: information withheld')).to.equal(1);
    expect(page).to.not.contain('SMITH');
    for (const section of sections) expect(text(section)).to.contain('Not shown: wrong patient, information withheld (see above)');
  });

  it('R8: by logical id the patient id asked for is shown', async () => {
    const { provider, sections } = await view(h, '', { banner: false, patientId: 'pat-nobody' });
    await untilEvery(sections, 'not-found');
    await until(() => !!provider.shadowRoot!.querySelector('[part="notice"]'), 'the provider notice');
    expect(squash(provider.shadowRoot!.textContent)).to.contain('ICR patient id pat-nobody');
  });

  it('R73: the retry on the whole-record state reloads the sections that pointed to it', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'Patient', times: 1 });
    const { provider, sections } = await view(h, RICHARD);
    const banner = provider.querySelector('icr-patient-banner')!;
    await untilEvery([banner, ...sections], 'unavailable');
    for (const section of sections) {
      expect(text(section)).to.contain('Not shown: the patient could not be looked up (see above)');
      expect(section.shadowRoot!.querySelector('button.retry'), 'no retry of its own').to.equal(null);
    }
    banner.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!.click();
    await untilState(banner, 'loaded');
    await until(() => sections.every((s) => ['loaded', 'empty', 'not-recorded'].includes(s.getAttribute('state')!)), 'every section loaded again', 8000)
      .catch((e) => { throw new Error(`${e.message}: ${sections.map((s) => `${s.localName}=${s.getAttribute('state')}`).join(', ')}`); });
  });

  it('R73: a section used alone shows the whole-record state in full, once, with the identity', async () => {
    const el = await fixture(html`<icr-allergies endpoint=${h.endpoint} nhs-number=${GARETH} .tokenProvider=${h.tokenFor()}></icr-allergies>`);
    await untilState(el, 'opted-out');
    expect(count(text(el), OPT_OUT)).to.equal(1);
    expect(text(el)).to.contain('Allergies unavailable').and.contain('NHS No. 999 005 0694');
    expect(text(el)).to.not.contain('see above');
    await expect(el).to.be.accessible();
  });

  it("R73, R49: a section's own failure (a 403 for this role) stays in that section, in full, and the provider shows no notice", async () => {
    const { provider } = await view(h, RICHARD, { banner: false, role: 'R8010' });
    const allergies = provider.querySelector('icr-allergies')!;
    await untilState(allergies, 'restricted');
    await untilState(provider.querySelector('icr-contact-details')!, 'loaded');
    expect(text(allergies)).to.contain('Not available for your role').and.contain('Allergies unavailable');
    expect(text(allergies)).to.not.contain('see above');
    expect(provider.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
  });
});
