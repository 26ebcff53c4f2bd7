/**
 * R64, printing (issue 18): on paper there is nothing to press, nothing is cut, whose record it is
 * shows at the top of every section, the printed-on and retrieved-at times are on the banner, a
 * sensitive entry prints only when revealed on screen, and sections the view leaves out are named.
 * Chromium's print media is emulated; the printed text is what `innerText` gives under it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { IcrRecord } from '../../src/elements/record/record.js';
import { useMockIcr, until } from '../helpers/icr.js';
import { DATA_STATES } from '../helpers/reliability/elements.js';

const RICHARD = '9912003888';
const AMIRA = '9990111510'; // sensitive items (R51)

/** What a page prints: the visible text of the record and every element inside it, under print media. */
function printed(root: ShadowRoot): string {
  const inner = [...root.querySelectorAll('*')].map((e) => e.shadowRoot).filter((r): r is ShadowRoot => !!r);
  return [(root.host as HTMLElement).innerText, ...[...root.children].map((c) => (c as HTMLElement).innerText ?? ''), ...inner.map(printed)].join(' ');
}
const visible = (el: Element) => getComputedStyle(el).display !== 'none';

describe('print (R64)', () => {
  const h = useMockIcr();

  async function mount(nhsNumber: string, sections = ''): Promise<IcrRecord> {
    const record = await fixture<IcrRecord>(html`<icr-record endpoint=${h.endpoint} nhs-number=${nhsNumber}
      sections=${sections || undefined} .tokenProvider=${h.tokenFor()}></icr-record>`);
    const places = () => [...record.shadowRoot!.querySelectorAll<HTMLElement>('.place > *')];
    await until(() => record.getAttribute('state') === 'loaded' && places().length > 0
      && places().every((s) => DATA_STATES.includes(s.getAttribute('state') ?? '')), 'every section settled', 15000);
    return record;
  }
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('R64: no control is printed, every section says whose record it is, and the banner says when it was printed and retrieved', async () => {
    const record = await mount(RICHARD);
    const sections = [...record.shadowRoot!.querySelectorAll<HTMLElement>('.place > *')];
    const banner = record.shadowRoot!.querySelector('icr-patient-banner')!;
    const printedLine = banner.shadowRoot!.querySelector('[part="printed"]')!;
    const identities = sections.map((s) => s.shadowRoot!.querySelector('[part="print-identity"]'));
    // On screen: the banner alone says whose record it is; the paper-only lines are hidden.
    expect(visible(printedLine)).to.equal(false);
    expect(identities.every((i) => i && !visible(i))).to.equal(true);

    await emulateMedia({ media: 'print' });
    expect(visible(printedLine)).to.equal(true);
    expect(printedLine.textContent).to.match(/^Printed on \d{2}-[A-Z][a-z]{2}-\d{4} \d{2}:\d{2} from the Integrated Care Record; retrieved at \d{2}-[A-Z][a-z]{2}-\d{4} \d{2}:\d{2}\.$/);
    for (const [i, identity] of identities.entries()) {
      expect(visible(identity!), sections[i]!.localName).to.equal(true);
      expect(identity!.textContent!.replace(/\s+/g, ' '), sections[i]!.localName).to.contain('SMITH, Richard').and.contain('991 200 3888');
    }
    const controls = [record.shadowRoot!, banner.shadowRoot!, ...sections.map((s) => s.shadowRoot!)]
      .flatMap((r) => [...r.querySelectorAll('button, input, select')]);
    expect(controls.length, 'the record has controls on screen').to.be.greaterThan(5);
    expect(controls.filter(visible).map((c) => c.outerHTML.slice(0, 60))).to.deep.equal([]);
  });

  it('R64, R51: a sensitive entry prints only once it has been revealed on screen', async () => {
    const record = await mount(AMIRA, 'diagnoses');
    const diagnoses = record.shadowRoot!.querySelector('icr-diagnoses')!;
    const reveal = diagnoses.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded="false"]');
    expect(reveal, 'a hidden sensitive diagnosis').to.exist;
    await emulateMedia({ media: 'print' });
    expect(printed(diagnoses.shadowRoot!)).to.not.match(/anxiety/i);
    await emulateMedia({ media: 'screen' });
    reveal!.click();
    await diagnoses.updateComplete;
    await emulateMedia({ media: 'print' });
    expect(printed(diagnoses.shadowRoot!)).to.match(/anxiety/i);
  });

  it('R64: the sections a view leaves out are named as left out on paper', async () => {
    const record = await mount(RICHARD, 'allergies medications');
    const note = record.shadowRoot!.querySelector('[part="left-out"]')!;
    expect(visible(note)).to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(visible(note)).to.equal(true);
    expect(note.textContent).to.contain('Diagnoses').and.contain('Results').and.contain('Contact details').and.not.contain('Allergies');
  });
  // Moved from record.test.ts so that every print-media test is in this file, which the engines
  // without print emulation leave out (scripts/engines.mjs).
  it('print: the banner does not stick over the record, and the navigation and retry controls are not printed', async () => {
    h.mock.faults.add({ fault: '503', resourceType: 'Condition', retryAfterSeconds: 0 });
    const record = await fixture<IcrRecord>(html`<icr-record endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}></icr-record>`);
    await until(() => !!record.shadowRoot!.querySelector('[part="retry-all"]'), 'a failed section', 15000);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(record.shadowRoot!.querySelector('.header')!).position).to.equal('static');
      expect(getComputedStyle(record.shadowRoot!.querySelector('.nav')!).display).to.equal('none');
      expect(getComputedStyle(record.shadowRoot!.querySelector('[part="retry-all"]')!).display).to.equal('none');
      expect(getComputedStyle(record.shadowRoot!.querySelector('.summary')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

});
