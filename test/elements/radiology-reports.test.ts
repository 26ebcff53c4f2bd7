import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/radiology-reports.define.js';
import '../../src/elements/pathology-reports.define.js';
import type { IcrRadiologyReports } from '../../src/elements/radiology-reports/radiology-reports.js';

import { ENDPOINT, NHS, subject, cat, dr, records, requests, token, text, useRecords, untilState } from '../helpers/icr.js';

useRecords();
async function radiology(extra = html``) {
  const el = await fixture<IcrRadiologyReports>(html`<div><icr-radiology-reports endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-radiology-reports>${extra}</div>`);
  const rad = el.querySelector('icr-radiology-reports')!;
  await untilState(rad, 'loaded', 'empty');
  await rad.updateComplete;
  return rad;
}

describe('<icr-radiology-reports>', () => {
  it('R35, H12: lists radiology reports with issued date, title, modality, status and performer; amended is labelled', async () => {
    records.DiagnosticReport = { match: [
      dr('a', { category: cat('RAD'), code: { text: 'CT head' }, status: 'amended', performer: [{ display: 'Leeds Teaching Hospitals' }] }),
      dr('b', { category: cat('LAB'), code: { text: 'Full blood count' } }),
    ] };
    const el = await radiology();
    const shown = text(el);
    expect(shown).to.include('CT head');
    expect(shown).to.include('01-Mar-2024 10:00');
    expect(shown).to.include('Leeds Teaching Hospitals');
    expect(shown).to.include('Amended: changed since first issued');
    expect(shown).not.to.include('Full blood count');
    await expect(el).to.be.accessible();
  });

  it('R34: an unknown category is shown under "Other reports", unless hide-other is set', async () => {
    records.DiagnosticReport = { match: [dr('x', { category: cat('ZZZ'), code: { text: 'Mystery report' } })] };
    const el = await radiology();
    const summary = el.shadowRoot!.querySelector('details summary')!;
    expect(summary.textContent).to.include('Other reports (1)');
    expect(text(el)).to.include('No radiology reports found; other reports are listed below.');
    await expect(el).to.be.accessible();
    el.hideOther = true;
    await el.updateComplete;
    expect(text(el)).not.to.include('Mystery report');
  });

  it('R35: entered-in-error is not shown as valid, and is counted in words that agree with the number', async () => {
    records.DiagnosticReport = { match: [dr('e', { category: cat('RAD'), status: 'entered-in-error', code: { text: 'Wrong CT' } })] };
    const el = await radiology();
    expect(text(el)).not.to.include('Wrong CT');
    expect(text(el)).to.include('1 entry marked as entered in error is not shown.');
  });

  it('opening a report with the keyboard shows its conclusion; images fire icr-image-open with the study ids', async () => {
    const study = { resourceType: 'ImagingStudy', id: 'example', status: 'available', identifier: [{ system: 'urn:dicom:uid', value: 'urn:oid:2.16.124.113543.6003.1154777499.30246.19789.3503430045' }] };
    records.DiagnosticReport = { match: [dr('a', { category: cat('RAD'), code: { text: 'CT chest' }, conclusion: 'No acute abnormality', imagingStudy: [{ reference: 'ImagingStudy/example' }] })] };
    records.ImagingStudy = { match: [{ ...study, subject }] };
    const el = await radiology();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.report-toggle')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(text(el)).not.to.include('No acute abnormality');
    button.focus();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    button.click(); // native buttons turn Enter into click
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text(el)).to.include('No acute abnormality');
    await expect(el).to.be.accessible();
    const images = el.shadowRoot!.querySelector<HTMLButtonElement>('button.image-open')!;
    setTimeout(() => images.click());
    const event = await oneEvent(el, 'icr-image-open');
    expect(event.detail.study.studyInstanceUid).to.equal('2.16.124.113543.6003.1154777499.30246.19789.3503430045');
  });

  it('R34: radiology and pathology on one page share one DiagnosticReport request', async () => {
    records.DiagnosticReport = { match: [dr('a', { category: cat('RAD'), code: { text: 'CT chest' } }), dr('b', { category: cat('HM'), code: { text: 'Full blood count' } })] };
    const wrap = await fixture(html`<div>
      <icr-radiology-reports endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-radiology-reports>
      <icr-pathology-reports endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token} hide-other></icr-pathology-reports></div>`);
    const [rad, path] = [wrap.querySelector('icr-radiology-reports')!, wrap.querySelector('icr-pathology-reports')!];
    await untilState(rad, 'loaded');
    await untilState(path, 'loaded');
    expect(requests.filter((r) => r.includes('/DiagnosticReport')).length).to.equal(1);
    expect(text(rad)).to.include('CT chest');
    expect(text(path)).to.include('Full blood count');
    expect(text(path)).not.to.include('CT chest');
  });

  it('R39: a paged result follows next links to the last page', async () => {
    records.DiagnosticReport = { match: [dr('a', { category: cat('RAD'), code: { text: 'CT chest' } })], next: true };
    const el = await radiology();
    expect(requests.some((r) => r.includes('page=2'))).to.equal(true);
    expect(text(el)).to.include('CT chest');
  });
});
