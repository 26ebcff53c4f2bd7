/**
 * Issue 16: a failure says what happened in words a clinician reads at a glance. A 403 names the
 * role, never codes, resource types or section ids (R49); an error status is not "could not be
 * reached"; "This does not mean there is none" stands where a list would be, not on the banner (H4).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { IcrErrorEvent } from '../../src/events.js';
import { clearSharedRequests } from '../../src/data/request-cache.js';
import { useMockIcr, untilState } from '../helpers/icr.js';

const RICHARD = '9912003888';
const shown = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('failure wording', () => {
  const h = useMockIcr();

  async function page(role: string, tags: string[], retries = 0, timeoutMs?: number) {
    return fixture(html`<icr-provider endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor(role)}
      .clientOptions=${{ maxRetries: retries, timeoutMs }}>${tags.map((tag) => document.createElement(tag))}</icr-provider>`);
  }

  it('R49: a clerical user reads "Not available for your role (Clerical)", with no codes or resource types', async () => {
    const el = await page('R8010', []);
    const section = document.createElement('icr-medications');
    const failed = oneEvent(section, 'icr-error') as Promise<IcrErrorEvent>;
    el.append(section);
    await untilState(section, 'restricted');
    const text = shown(section);
    expect(text).to.contain('Not available for your role (Clerical)');
    for (const internal of ['R8010', 'MedicationStatement', 'section:', 'ACCESS_DENIED', 'Reason:']) expect(text).to.not.contain(internal);
    expect(text).to.contain('This does not mean there is none.');
    await expect(section).to.be.accessible();
    const { detail } = await failed;
    expect(detail).to.include({ kind: 'restricted', status: 403, code: 'ACCESS_DENIED', role: 'R8010' });
    expect(detail.detail).to.contain('MedicationStatement');
  });

  it('R48, R49: each mock role is named in words when refused', async () => {
    for (const [role, tag, name] of [['R1070', 'icr-radiology-reports', 'Paramedic'], ['R8001', 'icr-social-care-events', 'Nurse'],
      ['R9570', 'icr-diagnoses', 'Senior Social Worker']] as const) {
      const el = await page(role, [tag]);
      const section = el.querySelector(tag)!;
      await untilState(section, 'restricted');
      expect(shown(section), role).to.contain(`Not available for your role (${name})`).and.not.contain(role);
      el.remove();
    }
  });

  it('an HTTP error status says the ICR answered with an error, not that it could not be reached; retry stays', async () => {
    h.mock.faults.add({ fault: '503', resourceType: 'Observation' });
    const el = await page('R8000', ['icr-results'], 1);
    const section = el.querySelector('icr-results')!;
    await untilState(section, 'unavailable');
    expect(shown(section)).to.contain('The Integrated Care Record answered with an error (HTTP 503).')
      .and.not.contain('could not be reached').and.not.contain('Reason: HTTP 503');
    expect(section.shadowRoot!.querySelector('button.retry')).to.exist;
  });

  it('a network error says the ICR could not be reached', async () => {
    h.mock.faults.add({ fault: 'network-error', resourceType: 'Condition' });
    const el = await page('R8000', ['icr-diagnoses']);
    const section = el.querySelector('icr-diagnoses')!;
    await untilState(section, 'unavailable');
    expect(shown(section)).to.contain('The Integrated Care Record could not be reached.').and.not.contain('HTTP');
    expect(section.shadowRoot!.querySelector('button.retry')).to.exist;
  });

  it('no answer in time says so', async () => {
    // The one test of a time limit: the diagnoses never answer within it, and the patient lookup
    // must. 300 ms was once too short for the lookup on a loaded machine (issue 20 point 9), which
    // read as "the patient could not be looked up"; 5 s leaves the lookup room, the delay far more.
    h.mock.faults.add({ fault: 'delay', delayMs: 60_000, resourceType: 'Condition' });
    const el = await page('R8000', ['icr-diagnoses'], 0, 5000);
    const section = el.querySelector('icr-diagnoses')!;
    await untilState(section, 'unavailable');
    expect(shown(section)).to.contain('The Integrated Care Record did not answer in time.').and.not.contain('could not be reached');
  });

  it('H4, R73: the patient banner\'s failure does not say "This does not mean there is none"; a section\'s own failure does', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'Patient' });
    const el = await page('R8000', ['icr-patient-banner', 'icr-allergies']);
    const banner = el.querySelector('icr-patient-banner')!;
    const allergies = el.querySelector('icr-allergies')!;
    await untilState(banner, 'unavailable');
    await untilState(allergies, 'unavailable');
    expect(shown(banner)).to.contain('answered with an error (HTTP 500)').and.not.contain('does not mean there is none');
    expect(banner.shadowRoot!.querySelector('button.retry')).to.exist;
    await expect(banner).to.be.accessible();
    // R73: the failed lookup is said once, on the banner; the section points to it.
    expect(shown(allergies)).to.contain('Not shown: the patient could not be looked up (see above)');
    el.remove();
    h.mock.faults.clear();
    // The allergies sent with the failed lookup (one round trip, issue 21) may have been answered
    // and kept for re-use; this half asks the ICR afresh, so the 500 below is what it hears.
    clearSharedRequests();

    h.mock.faults.add({ fault: '500', resourceType: 'AllergyIntolerance' });
    const own = await page('R8000', ['icr-patient-banner', 'icr-allergies']);
    const section = own.querySelector('icr-allergies')!;
    await untilState(section, 'unavailable');
    expect(shown(section)).to.contain('answered with an error (HTTP 500)').and.contain('This does not mean there is none.');
  });
});
