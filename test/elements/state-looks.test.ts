/**
 * R49, R56, H4: every state of the README's "States" list is told apart at a glance without colour
 * and without the icon: each has its own heading words and its own pattern (bar, frame or rule, in
 * a style no other state uses). One element per state, through the mock ICR, all on one page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { render } from 'lit';
import { renderElsewhere } from '../../src/elements/shared/section-states.js';
import type { FailureKind } from '../../src/data/icr-outcome.js';
import { useMockIcr, untilState } from '../helpers/icr.js';

const RICHARD = '9912003888';
const THOMAS = '9990091242'; // allergies not recorded
const ZARA = '9990020280'; // newborn: no reports
const MARGARET = '9990081107';
const GARETH = '9990050694'; // opted out

/** The box that shows the element's state: the failure or loading box, or the data wrapper. */
const box = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[data-state]')!;
const heading = (b: Element) => (b.querySelector('.state-title, strong, p')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The pattern, colour left out on purpose: each side's style and width, and whether it is hatched. */
function pattern(b: Element): string {
  const s = getComputedStyle(b);
  const side = (name: 'Top' | 'Right' | 'Bottom' | 'Left') => {
    const width = parseFloat(s[`border${name}Width`]);
    const style = s[`border${name}Style`];
    return width > 0 && style !== 'none' ? `${style} ${width}px` : 'none';
  };
  return `${side('Top')} / ${side('Right')} / ${side('Bottom')} / ${side('Left')} | ${s.backgroundImage === 'none' ? 'plain' : 'hatched'}`;
}

describe('state looks (R49, H4)', () => {
  const h = useMockIcr();

  it('R49, H4: each state has its own heading and its own border/background pattern, and passes axe', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'Condition' });
    h.mock.faults.add({ fault: 'not-json', resourceType: 'CarePlan' });
    h.mock.faults.add({ fault: '401', resourceType: 'Flag' });
    h.mock.faults.add({ fault: 'wrong-patient', resourceType: 'Observation' });
    const token = h.tokenFor();
    const clerical = h.tokenFor('R8010');
    const page = await fixture<HTMLElement>(html`<main>
      <icr-allergies data-expect="loaded" endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${token}></icr-allergies>
      <icr-radiology-reports data-expect="empty" endpoint=${h.endpoint} nhs-number=${ZARA} .tokenProvider=${token}></icr-radiology-reports>
      <icr-allergies data-expect="not-recorded" endpoint=${h.endpoint} nhs-number=${THOMAS} .tokenProvider=${token}></icr-allergies>
      <icr-allergies data-expect="restricted" endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${clerical}></icr-allergies>
      <icr-allergies data-expect="opted-out" endpoint=${h.endpoint} nhs-number=${GARETH} .tokenProvider=${token}></icr-allergies>
      <icr-diagnoses data-expect="unavailable" endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${token}></icr-diagnoses>
      <icr-care-plans data-expect="bad-response" endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${token}></icr-care-plans>
      <icr-social-care-events data-expect="auth-required" endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${token}></icr-social-care-events>
      <icr-allergies data-expect="not-found" endpoint=${h.endpoint} nhs-number="9000000009" .tokenProvider=${token}></icr-allergies>
      <icr-allergies data-expect="invalid-nhs-number" endpoint=${h.endpoint} nhs-number="9434765918" .tokenProvider=${token}></icr-allergies>
      <icr-allergies data-expect="not-configured" endpoint=${h.endpoint} nhs-number=${RICHARD}></icr-allergies>
      <icr-results data-expect="wrong-patient" endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${token}></icr-results>
    </main>`);
    const elements = [...page.children] as HTMLElement[];
    for (const el of elements) await untilState(el, el.dataset['expect']!);
    // Loading last: answers held back from here on, for one more element.
    h.mock.latencyMs = 60_000;
    const loading = document.createElement('icr-medications');
    Object.assign(loading, { endpoint: h.endpoint, nhsNumber: MARGARET, tokenProvider: token });
    loading.dataset['expect'] = 'loading';
    page.append(loading);
    elements.push(loading);
    await untilState(loading, 'loading');
    await loading.updateComplete;

    const seen = elements.map((el) => ({ state: el.getAttribute('state')!, heading: heading(box(el)), pattern: pattern(box(el)) }));
    const table = seen.map((s) => `${s.state}: "${s.heading}" [${s.pattern}]`).join('\n');
    expect(seen.map((s) => s.state)).to.deep.equal(elements.map((el) => el.dataset['expect']));
    for (const el of elements) expect(box(el).dataset['state'], el.dataset['expect']).to.equal(el.dataset['expect']);
    for (const s of seen) expect(s.heading, `${s.state} has a heading\n${table}`).to.not.equal('');
    expect(new Set(seen.map((s) => s.heading)).size, `headings all differ\n${table}`).to.equal(seen.length);
    expect(new Set(seen.map((s) => s.pattern)).size, `patterns all differ\n${table}`).to.equal(seen.length);
    // The two the issue found alike: now a hatched bar and a dashed bar.
    const of = (state: string) => seen.find((s) => s.state === state)!;
    expect(of('not-recorded').pattern).to.contain('hatched');
    expect(of('restricted').pattern).to.contain('dashed');
    // Each element alone: seven allergy sections on one page would be a landmark clash of the test's making.
    for (const el of elements) await expect(el).to.be.accessible();
    loading.remove();
  });

  it('R73, R49: the short "see above" states name each whole-record state in their own words', async () => {
    const kinds: FailureKind[] = ['opted-out', 'wrong-patient', 'not-found', 'invalid-nhs-number', 'auth-required', 'unavailable', 'bad-response', 'not-configured', 'restricted'];
    const host = await fixture<HTMLElement>(html`<div></div>`);
    render(kinds.map((kind) => renderElsewhere({ kind })), host);
    const texts = [...host.querySelectorAll('[data-elsewhere]')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
    expect(texts).to.have.length(kinds.length);
    expect(new Set(texts).size).to.equal(kinds.length);
    for (const text of texts) expect(text).to.match(/^Not shown: .+ \(see above\)$/);
  });
});
