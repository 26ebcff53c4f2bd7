/**
 * Issue 17, states rendered once: every section says "empty" and "not recorded" through the one
 * renderer each (src/elements/shared/section-states.ts), and the banner's micro variant and a
 * section standing alone show the one micro banner (src/elements/shared/micro-banner.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define.js';
import { renderEmpty, renderNotRecorded } from '../../src/elements/shared/section-states.js';
import { useMockIcr, untilState } from '../helpers/icr.js';

const ZARA = '9990020280'; // newborn: most sections have nothing to show
const HAROLD = '9990030421'; // deceased 45 days ago

/** The text a sighted reader sees: visually hidden text (the spoken NHS number) left out. */
function visible(node: Element | null | undefined): string {
  if (!node) return '';
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('.visually-hidden, [hidden]')) out += n.textContent;
  }
  return out.replace(/\s+/g, ' ').trim();
}

describe('shared states (issue 17: each state rendered once)', () => {
  const h = useMockIcr();

  it('R24, R31, H4: every empty section says so in the same note: an icon, its words in bold, a status', async () => {
    const token = h.tokenFor();
    const page = await fixture<HTMLElement>(html`<div>
      <icr-medications endpoint=${h.endpoint} nhs-number=${ZARA} .tokenProvider=${token}></icr-medications>
      <icr-results endpoint=${h.endpoint} nhs-number=${ZARA} .tokenProvider=${token}></icr-results>
      <icr-diagnoses endpoint=${h.endpoint} nhs-number=${ZARA} .tokenProvider=${token}></icr-diagnoses>
      <icr-radiology-reports endpoint=${h.endpoint} nhs-number=${ZARA} .tokenProvider=${token}></icr-radiology-reports>
      <icr-pathology-reports endpoint=${h.endpoint} nhs-number=${ZARA} .tokenProvider=${token}></icr-pathology-reports>
      <icr-social-care-events endpoint=${h.endpoint} nhs-number=${ZARA} .tokenProvider=${token}></icr-social-care-events>
      <icr-care-plans endpoint=${h.endpoint} nhs-number=${ZARA} .tokenProvider=${token}></icr-care-plans>
    </div>`);
    const sections = [...page.children] as HTMLElement[];
    for (const el of sections) await untilState(el, 'loaded', 'empty', 'not-recorded');
    const empty = sections.filter((el) => el.getAttribute('state') === 'empty');
    expect(empty.length, 'sections the newborn has nothing in').to.be.at.least(3);
    const looks = new Set<string>();
    for (const el of empty) {
      const notes = el.shadowRoot!.querySelectorAll('[part="empty"]');
      expect(notes, el.localName).to.have.length(1);
      const note = notes[0];
      expect(note.getAttribute('role'), el.localName).to.equal('status');
      expect(note.querySelector('svg.icon'), el.localName).to.not.equal(null);
      expect(visible(note.querySelector('strong')), el.localName).to.not.equal('');
      looks.add(`${note.localName}.${note.className}`);
    }
    expect([...looks], 'one markup for every empty section').to.have.length(1);
    await expect(page).to.be.accessible();
  });

  it('R25, H4: "not recorded" has its own renderer, in the same look and never the words of "none"', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    render(html`${renderNotRecorded('Contact details not recorded', 'This does not mean there are none')}${renderEmpty('No results')}`, host);
    const [notRecorded, empty] = [...host.children];
    expect(notRecorded.getAttribute('part')).to.equal('not-recorded');
    expect(empty.getAttribute('part')).to.equal('empty');
    expect(notRecorded.className).to.equal(empty.className);
    expect(visible(notRecorded)).to.equal('Contact details not recorded This does not mean there are none');
    expect(visible(empty)).to.equal('No results');
  });

  it('R8, R5: a section standing alone shows the same micro banner as <icr-patient-banner variant="micro">, Deceased flagged', async () => {
    const token = h.tokenFor();
    const page = await fixture<HTMLElement>(html`<div>
      <icr-patient-banner variant="micro" endpoint=${h.endpoint} nhs-number=${HAROLD} .tokenProvider=${token}></icr-patient-banner>
      <icr-diagnoses endpoint=${h.endpoint} nhs-number=${HAROLD} .tokenProvider=${token}></icr-diagnoses>
    </div>`);
    const [banner, section] = [...page.children] as HTMLElement[];
    await untilState(banner, 'loaded');
    await untilState(section, 'loaded', 'empty', 'not-recorded');
    const micro = visible(section.shadowRoot!.querySelector('[part="micro-banner"]'));
    expect(micro).to.match(/^WALKER, Harold George \(Mr\) Deceased Born \d\d-\w{3}-\d{4} Died \d\d-\w{3}-\d{4} NHS No\. 999 003 0421$/);
    expect(micro).to.equal(visible(banner.shadowRoot!.querySelector('[part="base"]')));
    await expect(section).to.be.accessible();
  });
});
