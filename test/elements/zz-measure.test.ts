import { fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { useMockIcr, until, untilState } from '../helpers/icr.js';
describe('measure', () => {
  const h = useMockIcr();
  it('measures', async () => {
    const wrap = await fixture(html`<div style="width: 1280px"><icr-provider endpoint=${h.endpoint} nhs-number="9990101388" .tokenProvider=${h.tokenFor()}>
      <icr-pathology-reports hide-other></icr-pathology-reports><icr-results></icr-results></icr-provider></div>`);
    for (const tag of ['icr-pathology-reports', 'icr-results']) {
      const el = wrap.querySelector(tag)! as HTMLElement & { updateComplete: Promise<unknown> };
      await untilState(el, 'loaded');
      await until(() => !el.hasAttribute('loading-more'), 'pages', 60_000);
      await el.updateComplete;
      console.log(`[measure] ${tag}: ${Math.round(el.getBoundingClientRect().height)} px, ${el.shadowRoot!.querySelectorAll('*').length} shadow elements`);
    }
  });
});
