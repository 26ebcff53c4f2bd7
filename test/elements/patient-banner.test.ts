/**
 * `<icr-patient-banner>` (issue 3): the CUI banner, every patient-level state through the mock
 * ICR, and every Patient example in the fixtures rendered through the real client.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { IcrProvider } from '../../src/elements/provider/provider.js';
import type { IcrPatientBanner } from '../../src/elements/patient-banner/patient-banner.js';
import type { FhirResource } from '../../src/fhir/read.js';
import { useMockIcr, until, untilState } from '../helpers/icr.js';
import { fixturesOfType, loadFixture } from '../helpers/fixtures.js';

const RICHARD = '9912003888';
const NOT_IN_ICR = '9434765919'; // valid check digit, no such patient in the mock
const NOW = new Date('2026-11-25T12:00:00Z');
const FIXTURE_ENDPOINT = 'https://fixtures.example/fhir';
const NHS = 'https://fhir.nhs.uk/Id/nhs-number';

const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What a sighted user reads (aria-hidden text is visible; visually-hidden text is not). */
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
const item = (el: Element, name: string) => shadow(el).querySelector(`[data-item="${name}"]`);

/** Answers `Patient/{id}` with one fixture and any search with an empty searchset. */
function fixtureFetch(patient: FhirResource): typeof fetch {
  return async (input: RequestInfo | URL) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const body = url.pathname.endsWith(`/Patient/${patient.id}`)
      ? patient
      : { resourceType: 'Bundle', type: 'searchset', total: 0, entry: [] };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/fhir+json' } });
  };
}

/** The banner inside a provider that reads one FHIR example (not the mock). */
async function bannerFor(patient: FhirResource, now: Date = NOW, variant = 'full'): Promise<IcrPatientBanner> {
  const resource = { ...patient, id: patient.id ?? 'example' };
  const provider = await fixture<IcrProvider>(html`<icr-provider endpoint=${FIXTURE_ENDPOINT} patient-id=${resource.id}
    .tokenProvider=${() => 'token'} .clientOptions=${{ fetch: fixtureFetch(resource), cacheTtlMs: 0 }}>
    <icr-patient-banner .now=${now} variant=${variant}></icr-patient-banner></icr-provider>`);
  const banner = provider.querySelector('icr-patient-banner')!;
  await untilState(banner, 'loaded', 'bad-response', 'wrong-patient', 'unavailable');
  return banner;
}

describe('icr-patient-banner', () => {
  const h = useMockIcr();

  async function mockBanner(nhs = RICHARD, now: Date = NOW): Promise<IcrPatientBanner> {
    return fixture<IcrPatientBanner>(html`<icr-patient-banner endpoint=${h.endpoint} nhs-number=${nhs}
      .tokenProvider=${h.tokenFor()} .now=${now}></icr-patient-banner>`);
  }

  describe('accessibility and order', () => {
    it('R1, R2, R3, R4, R13: Richard Smith in CUI text exactly, in the order name, born, gender, NHS No.', async () => {
      const el = await mockBanner();
      await untilState(el, 'loaded');
      await expect(el).to.be.accessible();
      expect(text(shadow(el).querySelector('[part="name"]'))).to.equal('SMITH, Richard (Mr)');
      expect(visible(item(el, 'born'))).to.equal('Born 11-Sep-1970 (56y)');
      expect(visible(item(el, 'gender'))).to.equal('Gender Male');
      expect(visible(item(el, 'nhs-number'))).to.match(/^NHS No\. 991 200 3888\b/);
      const order = [...shadow(el).querySelectorAll('[part="identifiers"] [data-item]')].map((n) => n.getAttribute('data-item'));
      expect(order).to.deep.equal(['born', 'gender', 'nhs-number']);
      const name = shadow(el).querySelector('[part="name"]')!;
      expect(name.compareDocumentPosition(item(el, 'born')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    });

    it('R1: tab order follows the banner: the copy control after the NHS number, then "More details"', async () => {
      const el = await mockBanner();
      await untilState(el, 'loaded');
      const focusable = [...shadow(el).querySelectorAll('button')].map((b) => b.getAttribute('part'));
      expect(focusable).to.deep.equal(['copy', 'more-toggle']);
      expect(item(el, 'nhs-number')!.contains(shadow(el).querySelector('[part="copy"]'))).to.equal(true);
    });

    it('R3: labels carry less emphasis than values, and no colons', async () => {
      const el = await mockBanner();
      await untilState(el, 'loaded');
      const dt = item(el, 'born')!.querySelector('dt')!;
      const dd = item(el, 'born')!.querySelector('dd')!;
      expect(Number(getComputedStyle(dd).fontWeight)).to.be.greaterThan(Number(getComputedStyle(dt).fontWeight));
      // The paper-only printed-on line (R64, hidden on screen) holds clock times, not labels.
      const printed = shadow(el).querySelector('[part="printed"]')!;
      expect(getComputedStyle(printed).display).to.equal('none');
      expect(text(shadow(el)).replace(text(printed), '')).not.to.contain(':');
    });
  });

  describe('NHS number (R13–R17)', () => {
    it('R17: read as digit groups by screen readers; the copy button copies and announces', async () => {
      const el = await mockBanner();
      await untilState(el, 'loaded');
      const nhs = item(el, 'nhs-number')!;
      expect(text(nhs.querySelector('.visually-hidden'))).to.equal('9 9 1, 2 0 0, 3 8 8 8');
      expect(nhs.querySelector('[aria-hidden="true"]')?.textContent).to.equal('991 200 3888');
      const copied = oneEvent(el, 'icr-nhs-number-copy');
      (shadow(el).querySelector('[part="copy"]') as HTMLButtonElement).click();
      expect((await copied).detail.nhsNumber).to.equal('9912003888');
      await until(() => text(shadow(el)).includes('NHS number copied'), 'copied announcement');
      await expect(el).to.be.accessible();
    });

    it('R14: an invalid check digit on the record is flagged and never offered for copying', async () => {
      const patient = await loadFixture('uk-core-json/UKCore-Patient-RichardSmith-Example.json');
      const el = await bannerFor({ ...patient, identifier: [{ system: NHS, value: '9434765918' }] });
      expect(el.getAttribute('state')).to.equal('loaded');
      expect(visible(item(el, 'nhs-number'))).to.contain('Invalid NHS number');
      expect(shadow(el).querySelector('[part="copy"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('R16: a verification status other than 01 is shown', async () => {
      const patient = await loadFixture('uk-core-json/UKCore-Patient-RichardSmith-Example.json');
      const el = await bannerFor({ ...patient, identifier: [{ system: NHS, value: '9912003888', extension: [{
        url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus',
        valueCodeableConcept: { coding: [{ code: '02', display: 'Number present but not traced' }] },
      }] }] });
      expect(visible(item(el, 'nhs-number'))).to.contain('NHS number not verified: Number present but not traced');
      await expect(el).to.be.accessible();
    });

    it('R15, R7: an identifier of another system is never labelled NHS No.; the NHS No. is "Not known"', async () => {
      const el = await bannerFor(await loadFixture('fhir-r4/Patient-pat1.json'));
      expect(visible(item(el, 'nhs-number'))).to.equal('NHS No. Not known');
      expect(text(shadow(el))).not.to.contain('123456'); // pat1's MRN
    });
  });

  describe('ages and the deceased (R4, R5, R6, R58)', () => {
    it('R4: the UK Core baby at 90 minutes, 26 hours and 4w 1d, against the clock the test sets', async () => {
      const baby = await loadFixture('uk-core-json/UKCore-Patient-BabyPatient-Example.json');
      for (const [now, age] of [['2021-02-11T17:09:00Z', '90min'], ['2021-02-12T17:39:00Z', '26hrs'], ['2021-03-12T16:00:00Z', '4w 1d']]) {
        const el = await bannerFor(baby, new Date(now));
        expect(text(shadow(el).querySelector('[part="name"]'))).to.equal('JONES, Melanie');
        expect(visible(item(el, 'born'))).to.equal(`Born 11-Feb-2021 (${age})`);
      }
    });

    it('R4: the mock newborn is shown in minutes', async () => {
      const el = await mockBanner('9990020280', new Date());
      await untilState(el, 'loaded');
      expect(visible(item(el, 'born'))).to.match(/^Born \d\d-[A-Z][a-z]{2}-\d{4} \(\d+min\)$/);
      await expect(el).to.be.accessible();
    });

    it('R5, R58: a deceased patient: Died, Age at Death, and a banner differing in colour, pattern and text', async () => {
      const living = await bannerFor(await loadFixture('fhir-r4/Patient-pat1.json'));
      const livingStyle = getComputedStyle(shadow(living).querySelector('[part="base"]')!);
      const livingBg = livingStyle.backgroundColor;
      const livingImage = livingStyle.backgroundImage;
      const el = await bannerFor(await loadFixture('fhir-r4/Patient-pat3.json'));
      expect(text(shadow(el).querySelector('[part="name"]'))).to.equal('NOTSOWELL, Simon');
      expect(visible(item(el, 'born'))).to.equal('Born 23-Jan-1982');
      expect(visible(item(el, 'died'))).to.equal('Died 14-Feb-2015');
      expect(visible(item(el, 'age-at-death'))).to.equal('Age at Death 33y');
      expect(visible(shadow(el).querySelector('[part="base"]'))).to.contain('Deceased');
      expect(el.hasAttribute('deceased')).to.equal(true);
      const style = getComputedStyle(shadow(el).querySelector('[part="base"]')!);
      expect(style.backgroundColor).not.to.equal(livingBg);
      expect(style.backgroundImage).to.contain('repeating-linear-gradient');
      expect(livingImage).to.equal('none');
      await expect(el).to.be.accessible();
    });

    it('R5, R7: deceasedBoolean without a date: Died Not known, never "?"', async () => {
      const el = await bannerFor(await loadFixture('fhir-r4/Patient-pat4.json'));
      expect(visible(item(el, 'died'))).to.equal('Died Not known');
      expect(text(shadow(el))).not.to.contain('?');
    });

    it('R6: the UK Core Richard Smith (death notification U) is not shown as deceased', async () => {
      const el = await bannerFor(await loadFixture('uk-core-json/UKCore-Patient-RichardSmith-Example.json'));
      expect(item(el, 'died')).to.equal(null);
      expect(el.hasAttribute('deceased')).to.equal(false);
    });
  });

  describe('more details (R10, R11)', () => {
    it('R10: collapsed by default; the toggle expands addresses, phones in CUI order and the GP practice', async () => {
      const el = await mockBanner();
      await untilState(el, 'loaded');
      const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="more-toggle"]')!;
      const more = shadow(el).querySelector<HTMLElement>('[part="more"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(more.id);
      expect(more.hidden).to.equal(true);
      toggle.focus();
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(more.hidden).to.equal(false);
      expect(visible(more.querySelector('[data-item="address-home"]'))).to.equal('Usual address 4 Sandmoor Drive, Alwoodley, NORTHBRIDGE, NB17 7DF');
      expect(visible(more.querySelector('[data-item="address-temp"]'))).to.match(/^Temporary address Flat 2, 18 Harbour View, SEABURY, SB3 9QA/);
      const phones = [...more.querySelectorAll('[data-item^="telecom-"]')].map((n) => n.querySelector('dt')!.textContent);
      expect(phones).to.deep.equal(['Home', 'Work', 'Mobile', 'Email']);
      expect(visible(more.querySelector('[data-item="gp"]'))).to.equal('GP practice Riverside Medical Practice');
      await expect(el).to.be.accessible();
    });

    it('R11: a PDS-restricted record says "Not known (restricted record)" and never shows the address or GP', async () => {
      const patient = await loadFixture('uk-core-json/UKCore-Patient-RichardSmith-Example.json');
      const el = await bannerFor({ ...patient, meta: { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }] },
        generalPractitioner: [{ display: 'WHITE ROSE MEDICAL CENTRE' }] });
      el.expanded = true;
      await el.updateComplete;
      const more = shadow(el).querySelector('[part="more"]')!;
      expect(visible(more.querySelector('[data-item="address"]'))).to.equal('Address Not known (restricted record)');
      expect(visible(more.querySelector('[data-item="gp"]'))).to.equal('GP practice Not known (restricted record)');
      expect(text(shadow(el))).not.to.contain('Sandmoor');
      expect(text(shadow(el))).not.to.contain('01131231234');
      expect(text(shadow(el))).not.to.contain('WHITE ROSE');
      await expect(el).to.be.accessible();
    });
  });

  describe('mock ICR patients', () => {
    it('R5, R6, R58: the deceased mock patient: Died, Age at Death, formal notification, deceased look', async () => {
      const el = await mockBanner('9990030421', new Date());
      await untilState(el, 'loaded');
      expect(visible(item(el, 'born'))).to.equal('Born 03-Feb-1941');
      expect(visible(item(el, 'died'))).to.match(/^Died \d\d-[A-Z][a-z]{2}-\d{4} Death notification: formal$/);
      expect(visible(item(el, 'age-at-death'))).to.match(/^Age at Death \d+y$/);
      expect(el.hasAttribute('deceased')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('R11: the PDS-restricted mock patient shows restricted details', async () => {
      const el = await mockBanner('9990040559');
      await untilState(el, 'loaded');
      el.expanded = true;
      await el.updateComplete;
      expect(visible(item(el, 'address'))).to.equal('Address Not known (restricted record)');
      await expect(el).to.be.accessible();
    });

    it('R16: the unverified mock NHS number (02) is shown as not verified', async () => {
      const el = await mockBanner('9990060835');
      await untilState(el, 'loaded');
      expect(visible(item(el, 'nhs-number'))).to.match(/^NHS No\. 999 006 0835 NHS number not verified: /);
      await expect(el).to.be.accessible();
    });

    it('R55: the opted-out mock patient: the whole-record message', async () => {
      const el = await mockBanner('9990050694');
      await untilState(el, 'opted-out');
      expect(text(shadow(el))).to.contain('This person has opted out of sharing through the Integrated Care Record; use other sources');
      await expect(el).to.be.accessible();
    });
  });

  describe('patient-level states through the mock ICR', () => {
    it('loading: a skeleton in the banner footprint, busy for assistive technology', async () => {
      h.mock.latencyMs = 1500;
      const el = await mockBanner();
      expect(el.getAttribute('state')).to.equal('loading');
      const base = shadow(el).querySelector<HTMLElement>('[part="base"]')!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(shadow(el).querySelectorAll('.skeleton').length).to.be.greaterThan(0);
      const loadingHeight = base.getBoundingClientRect().height;
      await expect(el).to.be.accessible();
      await untilState(el, 'loaded');
      const loadedHeight = shadow(el).querySelector('[part="base"]')!.getBoundingClientRect().height;
      expect(Math.abs(loadedHeight - loadingHeight)).to.be.lessThan(40);
    });

    it('R55: opted out of the ICR: one whole-record message', async () => {
      h.mock.faults.add({ fault: 'opted-out' });
      const el = await mockBanner();
      await untilState(el, 'opted-out');
      expect(text(shadow(el))).to.contain('This person has opted out of sharing through the Integrated Care Record; use other sources');
      expect(shadow(el).querySelector('[part="name"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('not found: "Not found in the Integrated Care Record"', async () => {
      const el = await mockBanner(NOT_IN_ICR);
      await untilState(el, 'not-found');
      expect(text(shadow(el))).to.contain('Not found in the Integrated Care Record');
      await expect(el).to.be.accessible();
    });

    it('R14, H10: an invalid NHS number given by the host is flagged and never sent', async () => {
      const el = await mockBanner('1234567890');
      await untilState(el, 'invalid-nhs-number');
      expect(text(shadow(el))).to.contain('Invalid NHS number');
      expect(text(shadow(el))).to.contain('1234567890 fails its check digit');
      expect(h.mock.requests).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('R9: the ICR answers with another patient: wrong patient, no identifiers shown', async () => {
      h.mock.faults.add({ fault: 'wrong-patient', resourceType: 'Patient' });
      const el = await mockBanner();
      await untilState(el, 'wrong-patient');
      expect(text(shadow(el))).to.contain('Wrong patient: information withheld');
      expect(text(shadow(el))).not.to.contain('SMITH');
      await expect(el).to.be.accessible();
    });

    it('R8: a banner given another patient than its provider shows wrong patient and no identifiers', async () => {
      const provider = await fixture<IcrProvider>(html`<icr-provider endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}>
        <icr-patient-banner nhs-number="9990020280"></icr-patient-banner></icr-provider>`);
      const el = provider.querySelector('icr-patient-banner')!;
      await untilState(el, 'wrong-patient');
      expect(text(shadow(el))).not.to.contain('SMITH');
      await expect(el).to.be.accessible();
    });

    it('unavailable: says so, offers a retry that recovers', async () => {
      h.mock.faults.add({ fault: '500', resourceType: 'Patient', times: 1 });
      const el = await mockBanner();
      await untilState(el, 'unavailable');
      expect(text(shadow(el))).to.contain('unavailable');
      await expect(el).to.be.accessible();
      shadow(el).querySelector<HTMLButtonElement>('button.retry')!.click();
      await untilState(el, 'loaded');
      expect(text(shadow(el).querySelector('[part="name"]'))).to.equal('SMITH, Richard (Mr)');
    });
  });

  describe('variants and layout', () => {
    it('R8: variant="micro" shows name, born and NHS No. only', async () => {
      const el = await fixture<IcrPatientBanner>(html`<icr-patient-banner variant="micro" endpoint=${h.endpoint} nhs-number=${RICHARD}
        .tokenProvider=${h.tokenFor()} .now=${NOW}></icr-patient-banner>`);
      await untilState(el, 'loaded');
      expect(visible(shadow(el).querySelector('[part="base"]'))).to.equal('SMITH, Richard (Mr) Born 11-Sep-1970 (56y) NHS No. 991 200 3888');
      expect(shadow(el).querySelector('[part="more-toggle"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('R56: at 320 CSS px it reflows without horizontal scrolling and keeps all four identifiers', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px"><icr-patient-banner endpoint=${h.endpoint}
        nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()} .now=${NOW}></icr-patient-banner></div>`);
      const el = wrapper.querySelector('icr-patient-banner')!;
      await untilState(el, 'loaded');
      const base = shadow(el).querySelector<HTMLElement>('[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(320);
      for (const part of ['[part="name"]', '[data-item="born"]', '[data-item="gender"]', '[data-item="nhs-number"]']) {
        const box = shadow(el).querySelector(part)!.getBoundingClientRect();
        expect(box.width, part).to.be.greaterThan(0);
        expect(box.right, part).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('bounded strings (issue 22)', () => {
    const HUGE = 1_048_764;
    const patientWith = (family: string, over: Record<string, unknown> = {}): FhirResource => ({
      resourceType: 'Patient', id: 'runaway', gender: 'male', birthDate: '1970-09-11',
      identifier: [{ system: NHS, value: RICHARD }],
      name: [{ use: 'official', family, given: ['Richard'], prefix: ['Mr'] }],
      ...over,
    });

    for (const variant of ['full', 'micro']) {
      it(`R43: a 1 MB family name is cut with an ellipsis, never laid out whole, and the whole is one control away (${variant})`, async () => {
        const el = await bannerFor(patientWith('x'.repeat(HUGE)), NOW, variant);
        expect(el.getAttribute('state')).to.equal('loaded');
        el.style.display = 'block';
        el.style.width = '320px'; // R56: the narrowest width a banner must read at
        const name = shadow(el).querySelector('[part="name"]')!;
        expect(visible(name).length, 'the name as laid out').to.be.at.most(300);
        expect(visible(name).endsWith('…')).to.equal(true);
        expect(text(name)).to.include('(shortened)');
        const base = shadow(el).querySelector<HTMLElement>('[part="base"]')!;
        // 256 characters wrap to about a dozen lines at 320 px; the whole would be some 40,000 lines.
        expect(base.getBoundingClientRect().height, 'the banner keeps near a banner\'s height').to.be.below(700);
        expect(base.scrollWidth).to.be.at.most(320);
        // The identifiers after the name are still there to read.
        expect(visible(shadow(el).querySelector('[data-item="nhs-number"]'))).to.include('991 200 3888');

        const more = shadow(el).querySelector<HTMLDetailsElement>('details.full-text')!;
        const whole = HUGE + ', Richard (Mr)'.length; // the formatted name: FAMILY, Given (Title)
        expect(text(more.querySelector('summary'))).to.equal(`Show all ${whole.toLocaleString('en-GB')} characters`);
        more.querySelector('summary')!.click();
        await until(() => more.open, 'the full name opened');
        const region = more.querySelector<HTMLElement>('[role="region"]')!;
        expect(region.getAttribute('aria-label')).to.equal('Full name');
        expect(region.textContent!.length).to.equal(whole);
        expect(region.getBoundingClientRect().height, 'the whole scrolls in a bounded box').to.be.below(300);
        expect(base.getBoundingClientRect().height).to.be.below(1000);
        await expect(el).to.be.accessible();
      });
    }

    it('R43: a real name (a PDS-length family name and four given names) is never cut and offers no disclosure', async () => {
      const family = 'Wolfeschlegelsteinhausenbergerdor'; // 33 characters: PDS holds 35
      const el = await bannerFor(patientWith(family, { name: [{ use: 'official', family, given: ['Anne-Marie', 'Josephine', 'Catherine', 'Elizabeth'], prefix: ['Mrs'] }] }));
      expect(visible(shadow(el).querySelector('[part="name"]'))).to.equal(`${family.toUpperCase()}, Anne-Marie Josephine Catherine Elizabeth (Mrs)`);
      expect(shadow(el).querySelector('details.full-text')).to.equal(null);
    });

    it('R43: a runaway address line is cut in the details too, with the whole one control away', async () => {
      const line = 'Flat 1 '.repeat(2000);
      const el = await bannerFor(patientWith('Smith', { address: [{ use: 'home', line: [line], postalCode: 'LS1 4AP' }] }));
      shadow(el).querySelector<HTMLButtonElement>('[part="more-toggle"]')!.click();
      await el.updateComplete;
      const address = shadow(el).querySelector('[data-item^="address"] dd')!;
      expect(address, 'the address item').to.not.equal(null);
      const details = address.querySelector<HTMLDetailsElement>('details.full-text')!;
      expect(details, 'a way to the full text').to.not.equal(null);
      expect(details.open).to.equal(false);
      const laidOut = visible(address).length - (details.querySelector('[role="region"]')!.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      expect(laidOut, 'characters laid out before the disclosure is opened').to.be.below(2200);
      expect(visible(address)).to.include('…');
      expect(details.querySelector('[role="region"]')!.getAttribute('aria-label')).to.equal('Full text: Usual address');
    });
  });

  describe('every Patient example in the fixtures', () => {
    it('R1, R7: every UK Core and HL7 R4 Patient renders with no error and no empty field', async function () {
      this.timeout(120000); // ~40 examples through the whole client on a slow machine
      const all = [
        ...(await fixturesOfType('uk-core-json', 'Patient')),
        ...(await fixturesOfType('uk-core-json/extension-examples', 'Patient')),
        ...(await fixturesOfType('fhir-r4', 'Patient')),
      ];
      expect(all.length).to.be.greaterThan(30);
      for (const { file, resource } of all) {
        const el = await bannerFor(resource);
        expect(el.getAttribute('state'), file).to.equal('loaded');
        el.expanded = true;
        await el.updateComplete;
        for (const dd of shadow(el).querySelectorAll('dd')) expect(text(dd), `${file}: empty field`).to.match(/\S/);
        expect(text(shadow(el).querySelector('[part="name"]')), file).to.match(/\S/);
        expect(text(shadow(el)), file).not.to.match(/undefined|NaN|\[object|\?/);
      }
    });
  });
});
