/**
 * R51, H11: every section element treats `meta.security` the same way. For each element and each
 * label (confidentiality R, V, and an ActCode sensitivity policy), a hand-written record served by
 * the fake ICR holds one item whose name and value carry a unique marker. Until the viewer reveals
 * it, the marker is in no shadow root (text or attribute, any depth); the mark says "Restricted
 * item" or "Very restricted item"; the reveal shows it and fires `icr-sensitive-reveal`; after a
 * patient change it is hidden again. An unlabelled item is shown as it is.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { IcrProvider } from '../../src/elements/provider/provider.js';
import type { SensitiveRevealDetail } from '../../src/elements/shared/sensitive.js';
import { ENDPOINT, NHS, PATIENT, bundle, cat, records, dr, json, subject, token, useRecords, until, untilState } from '../helpers/icr.js';
import { clearSharedRequests } from '../../src/data/request-cache.js';
import { deepElements, shownText } from '../helpers/reliability/dom.js';

const CONFIDENTIALITY = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';
const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const OTHER_NHS = '9990000018';
const OTHER_PATIENT = { ...PATIENT, id: 'p2', identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: OTHER_NHS }], name: [{ family: 'Other', given: ['Olive'] }] };
const DATA_STATES = ['loaded', 'empty', 'not-recorded'];

type Security = { system?: string; code: string }[] | undefined;

const LABELS: { name: string; security: Security; mark: 'Restricted item' | 'Very restricted item' }[] = [
  { name: 'confidentiality R', security: [{ system: CONFIDENTIALITY, code: 'R' }], mark: 'Restricted item' },
  { name: 'confidentiality V (no system)', security: [{ code: 'V' }], mark: 'Very restricted item' },
  { name: 'ActCode HIV policy', security: [{ system: ACT_CODE, code: 'HIV' }], mark: 'Restricted item' },
];

interface Case {
  tag: string;
  section: string;
  resourceType: string;
  id: string;
  attributes?: Record<string, string>;
  /** The searches' answers for a record whose one item carries `marker` in its name and value (and organisation, where the section lists sources). */
  record(marker: string, security: Security): Record<string, { match: unknown[]; include?: unknown[] }>;
}

/** `meta` with the labels and, when given, `meta.source` (the item's organisation in some sections). */
const meta = (security: Security, source?: string) =>
  (security || source ? { meta: { ...(security && { security }), ...(source && { source }) } } : {});

/**
 * R44 names an item's source organisation in words (its Source row and the section's sources line):
 * here the organisation's name carries the marker too, so a sources line naming it would leak.
 */
const org = (m: string) => ({ reference: 'Organization/org-sens', display: `${m} clinic` });

const CASES: Case[] = [
  {
    tag: 'icr-allergies', section: 'allergies', resourceType: 'AllergyIntolerance', id: 'a1',
    record: (m, s) => ({ AllergyIntolerance: { match: [{ resourceType: 'AllergyIntolerance', id: 'a1', patient: subject, ...meta(s), recorder: org(m),
      clinicalStatus: { coding: [{ code: 'active' }] }, code: { text: `${m} agent` }, reaction: [{ manifestation: [{ text: `${m} rash` }] }] }] } }),
  },
  {
    tag: 'icr-medications', section: 'medications', resourceType: 'MedicationStatement', id: 'm1', attributes: { filter: 'all' },
    record: (m, s) => ({ MedicationStatement: { match: [{ resourceType: 'MedicationStatement', id: 'm1', subject, status: 'active', ...meta(s), informationSource: org(m),
      medicationCodeableConcept: { text: `${m} tablets` }, dosage: [{ text: `${m} dose` }] }] } }),
  },
  {
    tag: 'icr-diagnoses', section: 'diagnoses', resourceType: 'Condition', id: 'c1',
    record: (m, s) => ({ Condition: { match: [{ resourceType: 'Condition', id: 'c1', subject, ...meta(s), asserter: org(m), clinicalStatus: { coding: [{ code: 'active' }] },
      code: { text: `${m} disorder` }, severity: { text: `${m} severity` }, onsetDateTime: '2024-02-01' }] } }),
  },
  {
    tag: 'icr-results', section: 'results', resourceType: 'Observation', id: 'o1',
    record: (m, s) => ({ Observation: { match: [{ resourceType: 'Observation', id: 'o1', subject, status: 'final', ...meta(s), performer: [org(m)],
      category: [{ coding: [{ code: 'laboratory' }] }], code: { text: `${m} test` }, valueString: `${m} positive`, effectiveDateTime: '2024-03-01' }] } }),
  },
  {
    tag: 'icr-radiology-reports', section: 'radiology-reports', resourceType: 'DiagnosticReport', id: 'r1',
    record: (m, s) => ({ DiagnosticReport: { match: [dr('r1', { ...meta(s), category: cat('RAD'), code: { text: `${m} scan` }, conclusion: `${m} finding`, performer: [org(m)] })] } }),
  },
  {
    tag: 'icr-pathology-reports', section: 'pathology-reports', resourceType: 'DiagnosticReport', id: 'r2',
    record: (m, s) => ({ DiagnosticReport: {
      match: [dr('r2', { ...meta(s), category: cat('LAB'), code: { text: `${m} screen` }, performer: [org(m)], result: [{ reference: 'Observation/o2' }] })],
      include: [{ resourceType: 'Observation', id: 'o2', subject, status: 'final', code: { text: 'Result' }, valueString: `${m} detected` }],
    } }),
  },
  {
    tag: 'icr-social-care-events', section: 'social-care', resourceType: 'Flag', id: 'f1',
    record: (m, s) => ({ Flag: { match: [{ resourceType: 'Flag', id: 'f1', subject, status: 'active', ...meta(s), code: { text: `${m} alert` }, author: { display: `${m} clinic` }, period: { start: '2024-01-05' } }] } }),
  },
  {
    tag: 'icr-care-plans', section: 'care-plans', resourceType: 'CarePlan', id: 'cp1',
    record: (m, s) => ({ CarePlan: { match: [{ resourceType: 'CarePlan', id: 'cp1', subject, status: 'active', intent: 'plan', ...meta(s),
      title: `${m} plan`, category: [{ text: `${m} category` }], author: { display: `${m} clinic` }, created: '2024-01-10' }] } }),
  },
  {
    tag: 'icr-contact-details', section: 'contact-details', resourceType: 'RelatedPerson', id: 'rp1',
    // The contact's source: the Organization its meta.source belongs to (R44), named with the marker.
    record: (m, s) => ({ RelatedPerson: {
      match: [{ resourceType: 'RelatedPerson', id: 'rp1', patient: subject, active: true, ...meta(s, 'https://sens-clinic.example/fhir'),
        name: [{ family: 'Shield', given: [m] }], relationship: [{ text: `${m} friend` }] }],
      include: [{ resourceType: 'Organization', id: 'org-rp', name: `${m} clinic`, meta: { source: 'https://sens-clinic.example/fhir' } }],
    } }),
  },
];

/** Where `marker` occurs under `root`: any attribute of any element and the text of any shadow root. */
function leaks(root: Element, marker: string): string[] {
  const m = marker.toLowerCase();
  const found: string[] = [];
  const scan = (where: string, value: string | null | undefined) => {
    if (value?.toLowerCase().includes(m)) found.push(where);
  };
  for (const el of [root, ...deepElements(root)]) {
    for (const a of el.attributes) scan(`${el.localName}[${a.name}]`, a.value);
    if (el.shadowRoot) scan(`${el.localName} (shadow text)`, el.shadowRoot.textContent);
  }
  scan('light DOM text', root.textContent);
  return found;
}

/** Serves `record` from now on (answers already shared between elements are forgotten). */
function serve(record: Record<string, { match: unknown[]; include?: unknown[] }>): void {
  clearSharedRequests();
  for (const key of Object.keys(records)) delete records[key];
  Object.assign(records, record);
}

let markerSeq = 0;
const newMarker = () => `Qzsens${++markerSeq}x`;

async function mount(c: Case): Promise<{ provider: IcrProvider; el: HTMLElement }> {
  const provider = await fixture<IcrProvider>(html`<icr-provider endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-provider>`);
  const el = document.createElement(c.tag);
  for (const [k, v] of Object.entries(c.attributes ?? {})) el.setAttribute(k, v);
  provider.append(el);
  await untilState(el, ...DATA_STATES);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return { provider, el };
}

const revealButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="sensitive-reveal"]');

/** Switches the provider's patient and waits for the element to show the new patient's data. */
async function switchPatient(provider: IcrProvider, el: Element, nhsNumber: string): Promise<void> {
  const loaded = oneEvent(el, 'icr-data-load');
  provider.nhsNumber = nhsNumber;
  await loaded;
  await untilState(el, ...DATA_STATES);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

describe('reliability: sensitive items (R51, H11) in every section element', function () {
  this.timeout(20_000);
  // A second patient, with nothing recorded, for the patient change.
  useRecords({
    serve: (url) => {
      const type = url.pathname.split('/').pop();
      if (type === 'Patient' && url.searchParams.get('identifier')?.endsWith(OTHER_NHS)) return json(bundle([OTHER_PATIENT]));
      if ([...url.searchParams.values()].some((v) => v === 'p2' || v === 'Patient/p2')) return json(bundle([]));
      return undefined;
    },
  });

  for (const c of CASES) {
    describe(`<${c.tag}>`, () => {
      for (const label of LABELS) {
        it(`R51, H11: a ${label.name} ${c.resourceType} is marked "${label.mark}", absent from the DOM until revealed, reported on reveal, hidden again after a patient change`, async () => {
          const marker = newMarker();
          serve(c.record(marker, label.security));
          const { provider, el } = await mount(c);

          expect(leaks(provider, marker), 'hidden item leaked').to.deep.equal([]);
          const shown = shownText(el);
          expect(shown).to.contain(label.mark);
          if (label.mark === 'Restricted item') expect(shown).not.to.contain('Very restricted item');
          const marks = el.shadowRoot!.querySelectorAll('[part="sensitive-mark"]');
          expect(marks.length, 'one mark').to.equal(1);
          expect(marks[0]!.querySelector('svg'), 'the mark has an icon, not colour alone').to.not.equal(null);
          await expect(el).to.be.accessible();

          const button = revealButton(el)!;
          expect(button, 'a reveal button').to.not.equal(null);
          button.focus();
          const revealed = oneEvent(el, 'icr-sensitive-reveal');
          button.click();
          const event = await revealed;
          expect(event.detail as SensitiveRevealDetail).to.deep.equal({ section: c.section, resourceType: c.resourceType, id: c.id });
          expect(event.bubbles && event.composed, 'the host page hears it').to.equal(true);
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          expect(shownText(el).toLowerCase(), 'shown once revealed').to.contain(marker.toLowerCase());
          expect(revealButton(el)).to.equal(null);
          await until(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'sensitive-mark', 'focus on the revealed item, not lost with the button');

          await switchPatient(provider, el, OTHER_NHS);
          expect(leaks(provider, marker)).to.deep.equal([]);
          await switchPatient(provider, el, NHS);
          expect(leaks(provider, marker), 'hidden again after the patient changed back').to.deep.equal([]);
          expect(revealButton(el), 'the reveal is asked for again').to.not.equal(null);
        });
      }

      it('R51: an unlabelled item (and one labelled N or with an unknown code) is shown as it is: a missing label means normal', async () => {
        for (const security of [undefined, [{ system: CONFIDENTIALITY, code: 'N' }, { system: 'https://example.org/labels', code: 'R' }]]) {
          const marker = newMarker();
          serve(c.record(marker, security));
          const { provider, el } = await mount(c);
          expect(shownText(el).toLowerCase()).to.contain(marker.toLowerCase());
          // R44: its source is named in words, so the hidden case above proves a sources line leaves it out.
          expect(shownText(el).toLowerCase(), 'the source organisation is named').to.contain(`${marker} clinic`.toLowerCase());
          expect(el.shadowRoot!.querySelector('[part="sensitive-mark"]')).to.equal(null);
          expect(revealButton(el)).to.equal(null);
          provider.remove();
        }
      });
    });
  }

  it('R51: a test with a V and an R result is hidden whole at V (name, values, trend line, history); one reveal reports each observation', async () => {
    const marker = newMarker();
    const obs = (id: string, date: string, value: number, security: Security) => ({ resourceType: 'Observation', id, subject, status: 'final', ...meta(security),
      category: [{ coding: [{ code: 'laboratory' }] }], code: { coding: [{ system: 'http://loinc.org', code: '999-9' }], text: `${marker} viral load` },
      valueQuantity: { value, unit: 'copies/mL' }, effectiveDateTime: date });
    serve({ Observation: { match: [obs('v1', '2024-03-01', 40, [{ code: 'V' }]), obs('v2', '2024-01-01', 900, [{ system: CONFIDENTIALITY, code: 'R' }]), obs('v3', '2023-06-01', 5000, undefined)] } });
    const { provider, el } = await mount(CASES.find((c) => c.tag === 'icr-results')!);
    expect(leaks(provider, marker)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="sparkline"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part="sensitive-mark"]')).to.have.length(1);
    expect(shownText(el)).to.contain('Very restricted item');
    const events: SensitiveRevealDetail[] = [];
    el.addEventListener('icr-sensitive-reveal', (e) => events.push(e.detail));
    revealButton(el)!.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(events).to.deep.equal([
      { section: 'results', resourceType: 'Observation', id: 'v1' },
      { section: 'results', resourceType: 'Observation', id: 'v2' },
    ]);
    expect(shownText(el)).to.contain(`${marker} viral load`);
    expect(el.shadowRoot!.querySelector('[part="sparkline"]')).to.not.equal(null);
  });

  it('R51: a report holding a sensitive result is hidden as a whole, its status still shown; the reveal reports the report and the result', async () => {
    const marker = newMarker();
    serve({ DiagnosticReport: {
      match: [dr('r3', { category: cat('LAB'), status: 'preliminary', code: { text: `${marker} panel` }, result: [{ reference: 'Observation/o3' }] })],
      include: [{ resourceType: 'Observation', id: 'o3', subject, status: 'final', meta: { security: [{ system: ACT_CODE, code: 'STD' }] }, code: { text: 'NAAT' }, valueString: `${marker} detected` }],
    } });
    const { provider, el } = await mount(CASES.find((c) => c.tag === 'icr-pathology-reports')!);
    expect(leaks(provider, marker)).to.deep.equal([]);
    expect(shownText(el)).to.contain('Restricted item');
    expect(el.shadowRoot!.querySelector('[part~="status-not-final"]'), 'the status still tells a report exists').to.not.equal(null);
    const events: SensitiveRevealDetail[] = [];
    el.addEventListener('icr-sensitive-reveal', (e) => events.push(e.detail));
    revealButton(el)!.click();
    await until(() => events.length === 2, 'two reveal events');
    expect(events.map((e) => `${e.resourceType}/${e.id}`)).to.deep.equal(['DiagnosticReport/r3', 'Observation/o3']);
    expect(shownText(el)).to.contain(`${marker} panel`);
  });

  it('R51, H11: a conflict cue never names a hidden item of the other section (allergies × medications)', async () => {
    const code = { system: 'http://snomed.info/sct', code: '372687004' };
    for (const hidden of ['allergy', 'medication'] as const) {
      const allergyName = newMarker();
      const drugName = newMarker();
      serve({
        AllergyIntolerance: { match: [{ resourceType: 'AllergyIntolerance', id: 'a9', patient: subject, clinicalStatus: { coding: [{ code: 'active' }] },
          ...meta(hidden === 'allergy' ? [{ code: 'R' }] : undefined), code: { coding: [code], text: allergyName } }] },
        MedicationStatement: { match: [{ resourceType: 'MedicationStatement', id: 'm9', subject, status: 'active',
          ...meta(hidden === 'medication' ? [{ code: 'V' }] : undefined), medicationCodeableConcept: { coding: [code], text: drugName } }] },
      });
      const provider = await fixture<IcrProvider>(html`<icr-provider endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}>
        <icr-allergies></icr-allergies><icr-medications filter="all"></icr-medications></icr-provider>`);
      const shownEl = provider.querySelector(hidden === 'allergy' ? 'icr-medications' : 'icr-allergies')!;
      await untilState(provider.querySelector('icr-allergies')!, 'loaded');
      await untilState(provider.querySelector('icr-medications')!, 'loaded');
      await shownEl.updateComplete;
      const cue = shownEl.shadowRoot!.querySelector('[part="conflict"]');
      expect(cue, `${hidden} hidden: the other section still shows the cue`).to.not.equal(null);
      expect(cue!.textContent).to.contain('a restricted item');
      expect(leaks(provider, hidden === 'allergy' ? allergyName : drugName), `${hidden} name`).to.deep.equal([]);
      provider.remove();
    }
  });

  it('R51: a search in <icr-medications> never matches a hidden item on its name, and never drops it', async () => {
    const marker = newMarker();
    serve(CASES.find((c) => c.tag === 'icr-medications')!.record(marker, [{ code: 'R' }]));
    const { provider, el } = await mount(CASES.find((c) => c.tag === 'icr-medications')!);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    for (const query of [marker, 'nothing like it']) {
      search.value = query;
      search.dispatchEvent(new Event('input'));
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part="sensitive-mark"]'), query).to.have.length(1);
    }
    expect(leaks(provider, marker).filter((w) => !w.startsWith('input'))).to.deep.equal([]);
  });
});
