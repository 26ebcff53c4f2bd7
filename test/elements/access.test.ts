/**
 * Access, sensitivity and opt-out rules that belong to no single element (REQUIREMENTS §9):
 * the server decides (R47, R48), the elements add no break-glass of their own (R53), and only the
 * ICR's own opt-out signal suppresses the record, never the National Data Opt-out (R54).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { SignJWT } from 'jose';
import '../../src/define.js';
import { DEMO_TOKEN_SECRET, TOKEN_ISSUER, OUTSIDE_ORGANISATION } from '../../src/mock/index.js';
import { useMockIcr, untilState, ENDPOINT, NHS, subject, records, token, text, useRecords } from '../helpers/icr.js';

const RICHARD = '9912003888';
const SECTIONS = ['icr-allergies', 'icr-medications', 'icr-diagnoses', 'icr-results', 'icr-radiology-reports', 'icr-social-care-events'];

/** A token the ICR's login might issue for a user who has selected no role (R48). */
async function roleLessToken(): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ org: 'ZZR01', name: 'No Role' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('no-role')
    .setIssuer(TOKEN_ISSUER)
    .setIssuedAt(now)
    .setExpirationTime(now + 600)
    .sign(new TextEncoder().encode(DEMO_TOKEN_SECRET));
}

describe('access through the ICR', () => {
  const h = useMockIcr();

  async function page(tokenProvider: () => Promise<string>) {
    return fixture(html`<icr-provider endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${tokenProvider}>
      ${SECTIONS.map((tag) => document.createElement(tag))}</icr-provider>`);
  }

  it('R48, R73: a user with no selected role sees no clinical section, each saying why, none empty', async () => {
    const tokenValue = await roleLessToken();
    const el = await page(() => Promise.resolve(tokenValue));
    for (const tag of SECTIONS) {
      const section = el.querySelector(tag)!;
      await untilState(section, 'restricted');
      // The patient lookup itself was refused: the full state is shown once (here by the provider,
      // there is no banner), and each section says why in its own line.
      expect(text(section), tag).to.match(/not available for your role/i);
    }
    expect(text(el)).to.contain('Not available for your role');
  });

  it('R47: a token from an organisation outside the sharing agreement reads nothing', async () => {
    const el = await page(h.tokenFor('R8000', OUTSIDE_ORGANISATION.ods));
    const banner = document.createElement('icr-patient-banner');
    el.prepend(banner);
    await untilState(banner, 'restricted');
    for (const tag of SECTIONS) await untilState(el.querySelector(tag)!, 'restricted');
  });

  it('R53: a section the role may not see offers no override or break-glass control of its own', async () => {
    const el = await page(h.tokenFor('R8010'));
    for (const tag of SECTIONS) {
      const section = el.querySelector(tag)!;
      await untilState(section, 'restricted');
      const controls = [...section.shadowRoot!.querySelectorAll('button, a[href], input, select')];
      expect(controls.map((c) => c.textContent?.trim()), tag).to.deep.equal([]);
    }
  });
});

describe('National Data Opt-out (R54)', () => {
  useRecords();

  it('R54: a recorded National Data Opt-out does not suppress direct-care display', async () => {
    // The NDOP is a secondary-use dissent: it arrives as ordinary record content (a Flag here) and
    // must not change what a direct-care viewer sees.
    records.Flag = { match: [{ resourceType: 'Flag', id: 'ndop', status: 'active', subject,
      code: { coding: [{ system: 'http://snomed.info/sct', code: '827241000000103', display: 'Dissent from secondary use of patient identifiable data' }], text: 'National data opt-out' } }] };
    records.AllergyIntolerance = { match: [{ resourceType: 'AllergyIntolerance', id: 'a1', patient: subject, clinicalStatus: { coding: [{ code: 'active' }] },
      code: { text: 'Penicillin' } }] };
    const el = await fixture(html`<icr-provider endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}>
      <icr-allergies></icr-allergies><icr-social-care-events></icr-social-care-events></icr-provider>`);
    const allergies = el.querySelector('icr-allergies')!;
    await untilState(allergies, 'loaded');
    expect(text(allergies)).to.contain('Penicillin');
    const events = el.querySelector('icr-social-care-events')!;
    await untilState(events, 'loaded', 'empty');
    expect(events.getAttribute('state')).to.not.equal('opted-out');
    expect(text(events)).to.contain('National data opt-out');
  });
});
