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
  // What the user sees when several searches of one section fail, asserted as states, not by
  // copying the controller's precedence table.
  for (const [statements, requests] of [['truncated-json', '500'], ['500', 'truncated-json']] as const) {
    it(`H4: two searches failing differently show the failure that says most, whichever is which (MedicationStatement ${statements}, MedicationRequest ${requests})`, async () => {
      h.mock.faults.add({ fault: statements, resourceType: 'MedicationStatement' });
      h.mock.faults.add({ fault: requests, resourceType: 'MedicationRequest' });
      const el = await fixture(html`<icr-provider endpoint=${h.endpoint} patient-id="pat-richard-smith" .tokenProvider=${h.tokenFor()}>
        <icr-medications></icr-medications></icr-provider>`);
      const medications = el.querySelector('icr-medications')!;
      await untilState(medications, 'bad-response', 'unavailable');
      expect(medications.getAttribute('state'), 'an unreadable reply says more than "unavailable"').to.equal('bad-response');
    });
  }

  it('R55, H4: a helper search (allergies\' medicines) that fails is left out; one that meets an opt-out shows the opt-out', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'MedicationStatement' });
    const first = await fixture(html`<icr-provider endpoint=${h.endpoint} patient-id="pat-richard-smith" .tokenProvider=${h.tokenFor()}>
      <icr-allergies></icr-allergies></icr-provider>`);
    const allergies = first.querySelector('icr-allergies')!;
    await untilState(allergies, 'loaded', 'empty', 'not-recorded', 'unavailable');
    expect(allergies.getAttribute('state')).to.equal('loaded');
    first.remove();

    h.mock.faults.clear();
    h.mock.faults.add({ fault: 'opted-out', resourceType: 'MedicationStatement' });
    const second = await fixture(html`<icr-provider endpoint=${h.endpoint} patient-id="pat-richard-smith" .tokenProvider=${h.tokenFor()}>
      <icr-allergies></icr-allergies></icr-provider>`);
    const again = second.querySelector('icr-allergies')!;
    // Issue 21 point 5: the allergies may show before their medicines are in; the helper's opt-out
    // then replaces them (it is never left out, R55), so the end state is the opt-out.
    await untilState(again, 'opted-out');
    expect(again.getAttribute('state')).to.equal('opted-out');
    expect(again.shadowRoot!.textContent, 'nothing of the record left beside the opt-out').to.not.contain('Penicillin');
  });
});
