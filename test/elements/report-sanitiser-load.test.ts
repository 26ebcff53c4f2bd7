/**
 * Issue 9: DOMPurify is loaded only when a report's HTML body is first shown. Clinical safety while
 * it loads or if it cannot load (hazard: unsanitised HTML on the page, or a blank read as "none"):
 * the reader sees "Loading document…", then either the sanitised document or a clear "cannot be
 * shown"; the raw HTML never reaches the page. Its own file: the sanitiser must not have loaded yet.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/pathology-reports.define.js';
import { loadSanitiser } from '../../src/elements/reports-shared/sanitize.js';
import { ENDPOINT, NHS, cat, dr, records, token, text, useRecords, until, untilState } from '../helpers/icr.js';

useRecords();

describe('report HTML: the sanitiser loads on first use', () => {
  it('loading, then a failed load: "cannot be shown", never the raw HTML; a later opening loads it and shows the document', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const body = '<p>Report body</p><img src="x" onerror="window.pwned = true">';
    records.DiagnosticReport = { match: [dr('h', { category: cat('LAB'), code: { text: 'Histology' }, presentedForm: [{ contentType: 'text/html', data: btoa(body) }] })] };
    // The first load is held, then fails (as if the chunk could not be fetched).
    let fail!: (e: Error) => void;
    const failed = loadSanitiser(() => new Promise((_resolve, reject) => (fail = reject)));
    failed.catch(() => {});
    const wrap = await fixture(html`<div><icr-pathology-reports endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-pathology-reports></div>`);
    const el = wrap.querySelector('icr-pathology-reports')!;
    await untilState(el, 'loaded');
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button.report-toggle')!;
    toggle.click();
    await el.updateComplete;
    expect(text(el)).to.include('Loading document…');
    expect(el.shadowRoot!.querySelector('.form-loading[role="status"]')?.textContent).to.include('Loading document…');

    fail(new Error('chunk not fetched'));
    await until(() => text(el).includes('This document cannot be shown here'), 'the cannot-be-shown state');
    expect(text(el)).to.not.include('Loading document…');
    expect(text(el)).to.not.include('Report body');
    expect(el.shadowRoot!.querySelector('.form-html, img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    await expect(el).to.be.accessible();

    // Closing and opening the report tries again (the failure is not remembered); now it loads.
    toggle.click();
    await el.updateComplete;
    toggle.click();
    await el.updateComplete;
    await until(() => !!el.shadowRoot!.querySelector('.form-html'), 'the sanitised document');
    expect(text(el)).to.include('Report body');
    expect(text(el)).to.not.include('cannot be shown');
    expect(el.shadowRoot!.querySelector('img, [onerror]')).to.equal(null);
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
  });
});
