/**
 * Issue 17: `setMessages` after the elements exist says everything again in the new catalogue, at
 * once, dates included (the month names come from the catalogue), without re-creating any element
 * or asking the ICR again. en-GB stays the default whatever the browser's locale (R18).
 */
import { expect } from '@open-wc/testing';
import { setMessages, type Messages } from '../../src/i18n/core.js';
import { formatDate, formatDateTime } from '../../src/format/dates.js';
import { cy } from '../../src/i18n/cy/index.js';
import { DATA_STATES, mountProvider, untilAll } from '../helpers/reliability/elements.js';
import { useMockIcr } from '../helpers/icr.js';

const RICHARD = '9912003888';
const ENGLISH_DATE = /\b\d{2}-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{4}\b/;
const WELSH_DATE = /\b\d{2}-(Ion|Chwe|Maw|Ebr|Mai|Meh|Gor|Awst|Medi|Hyd|Tach|Rhag)-\d{4}\b/;

/** The text of an element's shadow root and of every shadow root inside it. */
function deepText(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return '';
  let text = root.textContent ?? '';
  for (const inner of root.querySelectorAll('*')) text += ` ${deepText(inner)}`;
  return text.replace(/\s+/g, ' ');
}

async function rendered(elements: readonly HTMLElement[]): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await Promise.all(elements.map((e) => (e as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  }
}

const TITLES: Partial<Messages> = {
  'allergies.title': 'X alergeddau',
  'medications.title': 'X meddyginiaethau',
  'socialCare.title': 'X gofal cymdeithasol',
  'carePlans.title': 'X cynlluniau gofal',
  'contact.title': 'X manylion cyswllt',
  'results.title': 'X canlyniadau',
  'diagnoses.title': 'X diagnosisau',
  'reports.title.radiology': 'X radioleg',
  'reports.title.pathology': 'X patholeg',
  'banner.born': 'X ganwyd',
};

describe('localisation: setMessages re-renders', () => {
  const h = useMockIcr();
  afterEach(() => setMessages({}));

  it('R18: dates read dd-Mmm-yyyy with Jan…Dec by default, whatever the browser locale', () => {
    expect(navigator.language).to.be.a('string'); // not consulted: en-GB is the catalogue's default
    expect(formatDate('1970-09-11')).to.equal('11-Sep-1970');
    expect(formatDate('2019-03')).to.equal('Mar-2019');
    expect(formatDateTime('2024-01-01T00:30:00Z')).to.equal('01-Jan-2024 00:30');
    const all = Array.from({ length: 12 }, (_, i) => formatDate(`2024-${String(i + 1).padStart(2, '0')}-01`).slice(3, -5));
    expect(all).to.deep.equal(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  });

  it('a host catalogue supplies its own month names; resetting it brings en-GB back', () => {
    setMessages({ 'format.month.9': 'Medi' }, 'cy');
    expect(formatDate('1970-09-11')).to.equal('11-Medi-1970');
    expect(formatDate('1970-08-11')).to.equal('11-Aug-1970'); // a month it leaves out falls back to en-GB
    setMessages({});
    expect(formatDate('1970-09-11')).to.equal('11-Sep-1970');
  });

  it('setMessages re-renders every element on the page, titles and dates, without re-creating them', async () => {
    const { provider, elements } = mountProvider({ endpoint: h.endpoint, nhsNumber: RICHARD, tokenProvider: h.tokenFor() });
    try {
      await untilAll(elements, DATA_STATES);
      await rendered(elements);
      const before = elements.map(deepText);
      const dated = elements.filter((_, i) => ENGLISH_DATE.test(before[i]!)).map((e) => e.localName);
      // The banner formats at render; the sections' mappers format their view models ahead of it.
      expect(dated).to.include.members(['icr-patient-banner', 'icr-diagnoses', 'icr-results', 'icr-allergies']);
      const requests = h.mock.requests.length;
      const shadowRoots = elements.map((e) => e.shadowRoot);

      setMessages({ ...cy, ...TITLES }, 'cy');
      await rendered(elements);

      expect([...provider.children]).to.deep.equal(elements);
      expect(elements.map((e) => e.shadowRoot)).to.deep.equal(shadowRoots);
      for (const el of elements) {
        const text = deepText(el);
        if (el.localName !== 'icr-patient-banner') expect(text, el.localName).to.match(/X [a-z]/);
        if (dated.includes(el.localName)) {
          expect(text, `${el.localName}: a date in Welsh`).to.match(WELSH_DATE);
          expect(text, `${el.localName}: no English month left`).to.not.match(ENGLISH_DATE);
        }
      }
      expect(deepText(elements[0]!)).to.contain('X ganwyd');
      expect(h.mock.requests.length, 'the words change without asking the ICR again').to.equal(requests);

      setMessages({});
      await rendered(elements);
      expect(deepText(elements.find((e) => e.localName === 'icr-allergies')!)).to.contain('Allergies');
      expect(deepText(elements[0]!)).to.match(ENGLISH_DATE);
    } finally {
      provider.remove();
    }
  });

});
