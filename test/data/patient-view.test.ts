/**
 * PatientView: one patient lookup shared by every element of the view, a retry that asks the ICR
 * again, and disposal that aborts what is still in flight for the old patient (R42).
 */
import { expect } from '@open-wc/testing';
import { PatientView } from '../../src/data/patient-view.js';
import { pendingSharedRequests } from '../../src/data/request-cache.js';
import { until, useMockIcr } from '../helpers/icr.js';

describe('PatientView', () => {
  const h = useMockIcr();
  const patientRequests = () => h.mock.requests.filter((r) => r.url.includes('/Patient')).length;
  const view = (over = {}) => new PatientView({ endpoint: h.endpoint, tokenProvider: h.tokenFor(), nhsNumber: '9912003888', ...over });

  it('one lookup for every element that asks: the patient is asked for once', async () => {
    const v = view();
    const [a, b] = await Promise.all([v.patient(), v.patient()]);
    expect(a).to.equal(b);
    expect(a.kind).to.equal('loaded');
    expect(patientRequests()).to.equal(1);
    expect(v.state.kind).to.equal('loaded');
    v.dispose();
  });

  it('a retry (reload) asks the ICR again and tells listeners "loading" then the answer', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'Patient', times: 1 });
    const v = view();
    expect((await v.patient()).kind).to.equal('unavailable');
    const seen: string[] = [];
    v.subscribe((s) => seen.push(s.kind));
    expect((await v.patient(true)).kind).to.equal('loaded');
    await until(() => seen.includes('loaded'), 'the reloaded state');
    expect(seen).to.deep.equal(['loading', 'loaded']);
    expect(patientRequests()).to.equal(2);
    v.dispose();
  });

  it('R42: disposing the view aborts its lookup still in flight and tells no listener', async () => {
    h.mock.faults.add({ fault: 'delay', resourceType: 'Patient', delayMs: 120_000 });
    const v = view();
    const seen: string[] = [];
    void v.patient();
    v.subscribe((s) => seen.push(s.kind));
    await until(() => patientRequests() === 1, 'the lookup to be sent');
    const signal = v.signal;
    v.dispose();
    expect(signal.aborted).to.equal(true);
    expect(v.disposed).to.equal(true);
    await until(() => pendingSharedRequests() === 0, 'the lookup to be cancelled (nobody else waits for it)');
    expect(seen).to.deep.equal([]);
  });

  it('a view without an endpoint or token provider is "not configured", and asks nothing', async () => {
    expect((await view({ endpoint: undefined }).patient()).kind).to.equal('not-configured');
    expect((await view({ tokenProvider: undefined }).patient()).kind).to.equal('not-configured');
    expect((await view({ nhsNumber: undefined }).patient()).kind).to.equal('not-configured');
    expect(patientRequests()).to.equal(0);
  });
});
