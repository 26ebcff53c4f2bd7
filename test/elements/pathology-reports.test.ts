import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/radiology-reports.define.js';
import '../../src/elements/pathology-reports.define.js';

import { ENDPOINT, NHS, subject, cat, dr, records, token, text, useRecords, until, untilState } from '../helpers/icr.js';

useRecords();

describe('<icr-pathology-reports>', () => {
  it('R36: a pathology report opens to its results with units, ranges and flags', async () => {
    const obs = { resourceType: 'Observation', id: 'o1', status: 'final', subject, code: { text: 'Haemoglobin' }, valueQuantity: { value: 101, unit: 'g/L' },
      referenceRange: [{ low: { value: 130, unit: 'g/L' }, high: { value: 170, unit: 'g/L' } }], interpretation: [{ coding: [{ code: 'L' }] }] };
    records.DiagnosticReport = { match: [dr('p', { category: cat('HM'), status: 'preliminary', code: { text: 'Full blood count' }, result: [{ reference: 'Observation/o1' }] })], include: [obs] };
    const wrap = await fixture(html`<div><icr-pathology-reports endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-pathology-reports></div>`);
    const el = wrap.querySelector('icr-pathology-reports')!;
    await untilState(el, 'loaded');
    expect(text(el)).to.include('Preliminary: not final');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.report-toggle')!.click();
    await el.updateComplete;
    expect(text(el)).to.include('101 g/L');
    expect(text(el)).to.include('130 to 170 g/L');
    expect(text(el)).to.include('Low');
    await expect(el).to.be.accessible();
  });

  it('R35: a report row is at most 10 elements; its facts line keeps every label and the not-final status its own look (issue 21 point 4)', async () => {
    records.DiagnosticReport = { match: [dr('p', { category: cat('HM'), status: 'preliminary', code: { text: 'Full blood count' } })] };
    const wrap = await fixture(html`<div><icr-pathology-reports endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-pathology-reports></div>`);
    const el = wrap.querySelector('icr-pathology-reports')!;
    await untilState(el, 'loaded');
    const item = el.shadowRoot!.querySelector('li.report')!;
    expect(item.querySelectorAll('*').length + 1).to.be.at.most(10);
    const meta = item.querySelector('.report-meta')!;
    expect(meta.textContent!.split(' · ').map((f) => f.split(': ')[0])).to.deep.equal(['Issued', 'Modality or discipline', 'Status', 'Performed by', 'Source']);
    expect(meta.querySelector('[part~="status-not-final"]')!.textContent).to.match(/Preliminary: not final/i);
    await expect(el).to.be.accessible();
  });

  it('R7, R34: a result with no range or interpretation says "Not recorded", never "None"; a bare HM category reads "Haematology"', async () => {
    const obs = { resourceType: 'Observation', id: 'o1', status: 'final', subject, code: { text: 'Haemoglobin' }, valueQuantity: { value: 141, unit: 'g/L' } };
    records.DiagnosticReport = { match: [dr('p', { category: cat('HM'), code: { text: 'Full blood count' }, result: [{ reference: 'Observation/o1' }] })], include: [obs] };
    const wrap = await fixture(html`<div><icr-pathology-reports endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-pathology-reports></div>`);
    const el = wrap.querySelector('icr-pathology-reports')!;
    await untilState(el, 'loaded');
    expect(text(el)).to.include('Haematology');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.report-toggle')!.click();
    await el.updateComplete;
    const row = [...el.shadowRoot!.querySelectorAll('table.values tbody tr')].map((r) => [...r.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(row).to.deep.equal([['Haemoglobin', '141 g/L', 'Not recorded', 'Not recorded']]);
    expect(text(el)).to.not.match(/\bNone\b/);
  });

  it('an HTML report carrying a script: nothing runs; a PDF is offered through icr-report-open, not inlined', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const evil = '<p>Report body</p><script>window.pwned = true</script><img src="x" onerror="window.pwned = true"><a href="javascript:window.pwned=true">x</a>';
    records.DiagnosticReport = { match: [dr('h', { category: cat('LAB'), code: { text: 'Histology' }, presentedForm: [
      { contentType: 'text/html', data: btoa(evil) }, { contentType: 'application/pdf', data: 'JVBERi0xLjQ=', title: 'Signed report' }] })] };
    const wrap = await fixture(html`<div><icr-pathology-reports endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-pathology-reports></div>`);
    const el = wrap.querySelector('icr-pathology-reports')!;
    await untilState(el, 'loaded');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.report-toggle')!.click();
    await el.updateComplete;
    // The first HTML body on the page waits for the sanitiser: a visible loading text, no HTML yet.
    expect(text(el)).to.include('Loading document…');
    expect(el.shadowRoot!.querySelector('.form-html')).to.equal(null);
    await until(() => !!el.shadowRoot!.querySelector('.form-html'), 'the sanitised HTML body');
    expect(text(el)).to.not.include('Loading document…');
    await new Promise((r) => setTimeout(r, 100)); // time for anything injected to have run
    expect(text(el)).to.include('Report body');
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[onerror]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    expect(el.shadowRoot!.querySelector('embed, object, iframe')).to.equal(null);
    const open = el.shadowRoot!.querySelector<HTMLButtonElement>('button.form-open')!;
    expect(open.textContent).to.include('Open Signed report');
    setTimeout(() => open.click());
    const event = await oneEvent(el, 'icr-report-open');
    expect(event.detail.attachment.contentType).to.equal('application/pdf');
    expect(event.detail.attachment.data).to.equal('JVBERi0xLjQ=');
    await expect(el).to.be.accessible();
  });
});
