/**
 * Completeness (REQUIREMENTS §7) across the sections, through the mock ICR: what the ICR withheld
 * is said (R40, R50), and every section says where its data came from and when (R42).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { useMockIcr, untilState } from '../helpers/icr.js';

const AMIRA = '9990111510'; // the mock patient with withheld items and sensitive items
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('completeness', () => {
  const h = useMockIcr();

  it('R40, R50: searchset outcome entries (withheld items) are shown as warnings in every section that had them', async () => {
    const el = await fixture(html`<icr-provider endpoint=${h.endpoint} nhs-number=${AMIRA} .tokenProvider=${h.tokenFor()}>
      <icr-diagnoses></icr-diagnoses><icr-pathology-reports></icr-pathology-reports><icr-results></icr-results></icr-provider>`);
    for (const tag of ['icr-diagnoses', 'icr-pathology-reports', 'icr-results']) {
      const section = el.querySelector(tag)!;
      await untilState(section, 'loaded', 'empty', 'not-recorded');
      const warnings = section.shadowRoot!.querySelector('[part="warnings"]');
      expect(warnings, `${tag} has a warnings list`).to.not.equal(null);
      expect(warnings!.textContent, tag).to.match(/withheld/i);
    }
    await expect(el.querySelector('icr-diagnoses')).to.be.accessible();
  });

  it('R50: Amira Khan: each section states withholding once, in one line with one count, and only its own', async () => {
    const el = await fixture(html`<icr-provider endpoint=${h.endpoint} nhs-number=${AMIRA} .tokenProvider=${h.tokenFor()}>
      <icr-allergies></icr-allergies><icr-medications></icr-medications><icr-diagnoses></icr-diagnoses><icr-results></icr-results>
      <icr-pathology-reports></icr-pathology-reports><icr-radiology-reports></icr-radiology-reports></icr-provider>`);
    // The mock withholds 1 allergy, 1 medication statement, 2 conditions, 1 observation, 2 reports.
    const expected: Record<string, number> = {
      'icr-allergies': 1, 'icr-medications': 1, 'icr-diagnoses': 2, 'icr-results': 1, 'icr-pathology-reports': 2, 'icr-radiology-reports': 2,
    };
    for (const [tag, count] of Object.entries(expected)) {
      const section = el.querySelector(tag)!;
      await untilState(section, 'loaded', 'empty', 'not-recorded');
      const lines = [...section.shadowRoot!.querySelectorAll('[part="warnings"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      const withheld = lines.filter((l) => /withheld|excluded/i.test(l));
      expect(withheld, tag).to.deep.equal([
        `Warning: Items excluded due to confidentiality and/or patient preferences: ${count} ${count === 1 ? 'item' : 'items'} withheld`,
      ]);
    }
  });

  it('R42: every section names its sources and says when it was retrieved', async () => {
    const el = await fixture(html`<icr-provider endpoint=${h.endpoint} nhs-number="9912003888" .tokenProvider=${h.tokenFor()}>
      <icr-allergies></icr-allergies><icr-medications></icr-medications><icr-diagnoses></icr-diagnoses><icr-results></icr-results>
      <icr-radiology-reports></icr-radiology-reports><icr-care-plans></icr-care-plans><icr-contact-details></icr-contact-details></icr-provider>`);
    for (const section of el.children) {
      await untilState(section, 'loaded');
      expect(text(section), section.localName).to.match(/Retrieved \d{2}-[A-Z][a-z]{2}-\d{4} \d{2}:\d{2}/);
    }
  });
});
