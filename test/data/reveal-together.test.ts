/**
 * The sections of one patient view show their answers together (src/data/reveal-together.ts), so
 * the page changes once instead of jumping as each section arrives, and never waits long for a
 * slow one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { IcrProvider } from '../../src/elements/provider/provider.js';
import { RevealTogether } from '../../src/data/reveal-together.js';
import { useMockIcr, untilState } from '../helpers/icr.js';

const RICHARD = '9912003888';
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('reveal together', () => {
  it('holds an answer until every section of the view has one, then shows them in one go', () => {
    const gate = new RevealTogether(10_000);
    const a = gate.join();
    const b = gate.join();
    const shown: string[] = [];
    a.show(() => shown.push('a'));
    expect(shown).to.deep.equal([]);
    b.show(() => shown.push('b'));
    expect(shown).to.deep.equal(['a', 'b']);
    // Revealed: a section that joins later (a retry, a late element) is shown at once.
    const c = gate.join();
    c.show(() => shown.push('c'));
    expect(shown).to.deep.equal(['a', 'b', 'c']);
  });

  it('does not wait for a section that stopped, nor hold a slow one past the bound', async () => {
    const gate = new RevealTogether(30);
    const a = gate.join();
    const b = gate.join();
    const c = gate.join();
    const shown: string[] = [];
    a.show(() => shown.push('a'));
    b.leave(); // a new view, or removed: nothing of its own to show
    expect(shown).to.deep.equal([]);
    await pause(60);
    expect(shown).to.deep.equal(['a']); // c is slow: a was not kept waiting for it
    c.show(() => shown.push('c'));
    expect(shown).to.deep.equal(['a', 'c']);
  });

  it('each state is applied once, whatever the section calls after it', () => {
    const gate = new RevealTogether(10_000);
    const a = gate.join();
    let n = 0;
    a.show(() => n++);
    a.leave();
    a.show(() => n++);
    expect(n).to.equal(2); // the second show is a later state of the same section, shown at once
  });

  describe('in the elements', () => {
    const h = useMockIcr();

    it('the sections of a view appear in the same task, though their answers came apart', async () => {
      h.mock.faults.add({ fault: 'delay', resourceType: 'Condition', delayMs: 30 });
      const el = await fixture<IcrProvider>(html`<icr-provider endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}>
        <icr-allergies></icr-allergies><icr-diagnoses></icr-diagnoses></icr-provider>`);
      const at: Record<string, number> = {};
      el.addEventListener('icr-data-load', (e) => {
        at[(e as CustomEvent).detail.section] = performance.now();
      });
      await untilState(el.querySelector('icr-diagnoses')!, 'loaded');
      await untilState(el.querySelector('icr-allergies')!, 'loaded');
      // The allergies answer was in about 30 ms before the diagnoses one, and held for it.
      expect(Math.abs(at.allergies - at.diagnoses)).to.be.lessThan(5);
    });

    it('a slow section does not keep the others from the clinician', async () => {
      h.mock.faults.add({ fault: 'delay', resourceType: 'Condition', delayMs: 3000 });
      const el = await fixture<IcrProvider>(html`<icr-provider endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${h.tokenFor()}>
        <icr-allergies></icr-allergies><icr-diagnoses></icr-diagnoses></icr-provider>`);
      const started = performance.now();
      await untilState(el.querySelector('icr-allergies')!, 'loaded');
      expect(performance.now() - started).to.be.lessThan(1500);
      expect(el.querySelector('icr-diagnoses')!.getAttribute('state')).to.equal('loading');
    });
  });
});
