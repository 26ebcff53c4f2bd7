import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { createMockIcr } from '../../src/mock/index.js';
import { mountOnMockPatient, isSettled } from '../../src/mock/testing.js';

// Issue 20: the helper hosts would write for their own tests, with no service worker or msw.
describe('icr-elements/mock/testing: mountOnMockPatient', () => {
  it('mounts an element on a mock patient and resolves once it shows its answer', async () => {
    const { element, cleanup } = await mountOnMockPatient('icr-allergies');
    try {
      expect(element.getAttribute('state')).to.equal('loaded');
      expect(isSettled(element)).to.be.true;
      expect(element.shadowRoot!.textContent).to.contain('Penicillin');
    } finally {
      cleanup();
    }
    expect(element.isConnected).to.be.false;
  });

  it('reads from the mock it is given, with the role asked for', async () => {
    const mock = createMockIcr();
    const { element, cleanup } = await mountOnMockPatient('icr-allergies', { mock, role: 'R8010' });
    try {
      expect(element.getAttribute('state')).to.equal('restricted');
      expect(mock.requests.some((r) => r.url.includes('/Patient'))).to.be.true;
    } finally {
      cleanup();
    }
  });

  it('waits for the last page of a long list, not only the first', async () => {
    const { element, cleanup } = await mountOnMockPatient('icr-medications', { attributes: { filter: 'all' } });
    try {
      expect(element.hasAttribute('loading-more')).to.be.false;
      expect(['loaded', 'empty', 'not-recorded']).to.include(element.getAttribute('state'));
    } finally {
      cleanup();
    }
  });
});
