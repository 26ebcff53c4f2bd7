/**
 * SectionController through the mock ICR: with the logical id the sections do not wait for the
 * patient read (one round trip), and nothing they fetched early is shown unless the patient is
 * confirmed (R9, R55).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { useMockIcr, until, untilState } from '../helpers/icr.js';

describe('SectionController', () => {
  const h = useMockIcr();

  it('by logical id, section searches go out together with the patient read, not after its answer', async () => {
    // The patient read is held back far longer than the test may run: if a section waited for its
    // answer, the section searches would never arrive. Nothing here measures time.
    h.mock.faults.add({ fault: 'delay', resourceType: 'Patient', delayMs: 120_000 });
    await fixture(html`<icr-provider endpoint=${h.endpoint} patient-id="pat-richard-smith" .tokenProvider=${h.tokenFor()}>
      <icr-diagnoses></icr-diagnoses><icr-allergies></icr-allergies></icr-provider>`);
    const arrived = (part: string) => h.mock.requests.some((r) => r.url.includes(part));
    await until(() => arrived('/Patient/') && arrived('/Condition') && arrived('/AllergyIntolerance'),
      'the section searches, while the patient read is still unanswered', 15000);
    expect(arrived('/Condition')).to.equal(true);
  });

  it('R55, R73: by logical id, an opted-out patient shows no early section data, only the opted-out state', async () => {
    const el = await fixture(html`<icr-provider endpoint=${h.endpoint} patient-id="pat-gareth-brown" .tokenProvider=${h.tokenFor()}>
      <icr-allergies></icr-allergies></icr-provider>`);
    const allergies = el.querySelector('icr-allergies')!;
    await untilState(allergies, 'opted-out');
    expect(allergies.shadowRoot!.textContent).to.contain('this person has opted out (see above)');
    expect(allergies.shadowRoot!.textContent).to.not.match(/No known allergies|Known allergies|not recorded/);
    expect(el.shadowRoot!.textContent).to.contain('opted out of sharing');
  });

  it('R9: by logical id, a patient read that answers with another patient discards the early sections', async () => {
    h.mock.faults.add({ fault: 'wrong-patient', resourceType: 'Patient' });
    const el = await fixture(html`<icr-provider endpoint=${h.endpoint} patient-id="pat-david-jones" .tokenProvider=${h.tokenFor()}>
      <icr-allergies></icr-allergies></icr-provider>`);
    const allergies = el.querySelector('icr-allergies')!;
    await untilState(allergies, 'wrong-patient');
    expect(allergies.shadowRoot!.textContent).to.not.match(/No known allergies|Known allergies/);
  });
});
