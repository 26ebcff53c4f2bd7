/**
 * SectionController through the mock ICR: with the logical id the sections do not wait for the
 * patient read (one round trip), and nothing they fetched early is shown unless the patient is
 * confirmed (R9, R55).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { ENDPOINT, NHS, bundle, json, text, token, useMockIcr, useRecords, until, untilState, withSelf } from '../helpers/icr.js';
import { RevealTogether } from '../../src/data/reveal-together.js';
import type { IcrProvider } from '../../src/elements/provider/provider.js';

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

/**
 * R42 (H1, H2): an answer for patient A that is already in but held for the view's joint reveal
 * (src/data/reveal-together.ts) reaches the controller only after the provider moved to B; the
 * controller's `isCurrent` check is then the one thing that keeps A off the screen (A's fetches
 * still in flight are cut by the abort, so they cannot test it). Deterministic: A's alerts are held
 * on a promise this test resolves, and the switch is made in the same task as A's diagnoses are
 * put up for the reveal, before the reveal's bound (a timer) could show them as A's.
 */
describe('SectionController: an answer held for the reveal, after a patient switch (R42)', () => {
  const A = { id: 'p1', nhs: NHS, family: 'Smith', condition: 'Gout of left big toe' };
  const B = { id: 'p2', nhs: '9434765919', family: 'Jones', condition: 'Plaque psoriasis' };
  const people = [A, B];
  const patientOf = (p: typeof A) => ({
    resourceType: 'Patient', id: p.id, identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: p.nhs }],
    name: [{ use: 'official', family: p.family, given: ['Alex'] }], birthDate: '1960-01-01', gender: 'unknown',
  });
  const conditionOf = (p: typeof A) => ({
    resourceType: 'Condition', id: `c-${p.id}`, subject: { reference: `Patient/${p.id}` }, code: { text: p.condition },
    clinicalStatus: { coding: [{ code: 'active' }] }, verificationStatus: { coding: [{ code: 'confirmed' }] }, onsetDateTime: '2020-05-01',
  });
  /** A's answers other than the patient and diagnoses: held until `releaseA()`. */
  let releaseA: () => void = () => undefined;
  let heldA: Promise<void> = Promise.resolve();

  useRecords({
    serve: async (url) => {
      const [type, id] = url.pathname.replace(/^\/fake-icr\//, '').split('/');
      const nhsParam = [...url.searchParams].find(([name]) => name === 'identifier' || name.endsWith('.identifier'))?.[1];
      const who = people.find((p) => p.id === id || p.id === url.searchParams.get('patient') || (nhsParam && nhsParam.endsWith(`|${p.nhs}`)));
      if (!who) return json(withSelf(bundle([]), url));
      if (type === 'Patient') return id ? json(patientOf(who)) : json(withSelf(bundle([patientOf(who)]), url));
      if (type === 'Condition') return json(withSelf(bundle([conditionOf(who)]), url));
      if (who === A) await heldA;
      return json(withSelf(bundle([]), url));
    },
  });

  it('R42, H1: A\'s diagnoses held for the joint reveal are never shown once the provider is on B; B\'s are', async () => {
    heldA = new Promise<void>((resolve) => (releaseA = resolve));
    let provider: IcrProvider | undefined;
    let switched = false;
    // Every slot's show is seen as it is called; the first one while A's alerts are held can only be
    // A's diagnoses (no other section of the view has an answer). The switch happens right after.
    const join = RevealTogether.prototype.join;
    RevealTogether.prototype.join = function (this: RevealTogether) {
      const slot = join.call(this);
      return {
        show: (apply) => {
          slot.show(apply);
          if (!switched && provider) {
            switched = true;
            provider.nhsNumber = B.nhs;
          }
        },
        leave: () => slot.leave(),
      };
    };
    const seen: string[] = [];
    let observer: MutationObserver | undefined;
    try {
      provider = await fixture<IcrProvider>(html`<icr-provider endpoint=${ENDPOINT} nhs-number=${A.nhs} .tokenProvider=${token}>
        <icr-diagnoses></icr-diagnoses><icr-alerts></icr-alerts></icr-provider>`);
      const diagnoses = provider.querySelector('icr-diagnoses')!;
      // Every render the diagnoses go through, from the first: what the shadow root says each time.
      seen.push(text(diagnoses));
      observer = new MutationObserver(() => seen.push(`${diagnoses.getAttribute('state')}: ${text(diagnoses)}`));
      observer.observe(diagnoses.shadowRoot!, { childList: true, subtree: true, characterData: true });
      observer.observe(diagnoses, { attributes: true, attributeFilter: ['state'] });
      const loads: string[] = [];
      diagnoses.addEventListener('icr-data-load', () => loads.push((diagnoses as unknown as { state: { patient?: { id?: string } } }).state.patient?.id ?? '?'));
      await until(() => switched, 'A\'s diagnoses put up for the joint reveal');
      releaseA(); // A's alerts answer now, after the switch: too late to count
      await until(() => text(diagnoses).includes(B.condition), 'B\'s diagnoses shown');
      seen.push(text(diagnoses));
      expect(seen.filter((s) => s.includes(A.condition)), 'renders that showed A\'s diagnosis after the switch to B').to.deep.equal([]);
      expect(loads, 'icr-data-load fired for B only').to.deep.equal([B.id]);
      expect(diagnoses.getAttribute('state')).to.equal('loaded');
    } finally {
      observer?.disconnect();
      RevealTogether.prototype.join = join;
      releaseA();
    }
  });
});
