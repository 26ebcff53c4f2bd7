/**
 * Richard Smith's reports: RAD (with an ImagingStudy), LAB, HM, MB, OTH and a local category;
 * every status; plain text, PDF and HTML presented forms, including the hostile HTML report.
 */
import { SYS, cc, minimalPdf, snomed, type RecordBuilder } from '../../build.js';
import { ORGS } from '../../organisations.js';
import type { ReportedResults } from './observations.js';

/** The report whose HTML contains script to prove the widgets sanitise (DOMPurify) before rendering. */
export const HOSTILE_HTML_REPORT = `<!DOCTYPE html><html><body>
<h1>Discharge summary</h1>
<p>Admitted with chest pain; <strong>myocardial infarction excluded</strong>. Troponin normal on two occasions.</p>
<script>window.__icrXss = 'script ran';</script>
<img src="x" onerror="window.__icrXss = 'onerror ran'" alt="">
<p><a href="javascript:window.__icrXss='link ran'">Follow-up details</a></p>
<p>Plan: continue amlodipine; GP to review blood pressure in 4 weeks.</p>
</body></html>`;

/** The CT ImagingStudy, then the reports (the laboratory ones citing `results`). */
export function addReports(b: RecordBuilder, results: ReportedResults): void {
  const { clock } = b;
  const { general, community } = ORGS;
  const { potassium, sodium, creatinine, hb, wbc, nrbc, inr } = results;

  const ct = b.imagingStudy({ source: general, started: clock.daysAgo(201, '10:05'), modality: { code: 'CT', display: 'Computed Tomography' }, description: 'CT chest with contrast', bodySite: snomed('51185008', 'Thoracic structure'), instances: 3 });
  b.diagnosticReport({
    source: general,
    category: 'RAD',
    code: snomed('169069000', 'Computed tomography of chest'),
    status: 'final',
    effective: clock.daysAgo(201, '10:05'),
    issued: clock.daysAgo(201, '16:40'),
    imagingStudies: [ct.id],
    conclusion: 'Right lower lobe consolidation in keeping with pneumonia. No pulmonary embolus.',
    presentedForm: [{ contentType: 'text/plain', title: 'CT chest report', text: 'CT CHEST WITH CONTRAST\n\nFindings: right lower lobe consolidation. No pulmonary embolus. Heart size normal.\n\nConclusion: pneumonia. Suggest follow-up chest X-ray in 6 weeks.' }],
  });
  b.diagnosticReport({
    source: general,
    category: 'RAD',
    code: snomed('399208008', 'Plain chest X-ray'),
    status: 'preliminary',
    effective: clock.daysAgo(3, '11:20'),
    issued: clock.daysAgo(3, '12:05'),
    conclusion: 'Preliminary: resolution of right lower lobe changes. Awaiting consultant report.',
  });
  b.diagnosticReport({
    source: general,
    category: 'LAB',
    code: snomed('252167001', 'Urea and electrolytes'),
    status: 'amended',
    effective: clock.daysAgo(30, '08:30'),
    issued: clock.daysAgo(29, '09:10'),
    results: [potassium.id, sodium.id, creatinine.id],
    conclusion: 'Low potassium. Creatinine amended after repeat sample.',
  });
  b.diagnosticReport({
    source: general,
    category: 'HM',
    code: snomed('26604007', 'Full blood count'),
    status: 'corrected',
    effective: clock.daysAgo(30, '08:30'),
    issued: clock.daysAgo(30, '11:02'),
    results: [hb.id, wbc.id, nrbc.id],
    conclusion: 'Mild anaemia. Corrected: nucleated RBC count unavailable (specimen unsatisfactory).',
    presentedForm: [{ contentType: 'application/pdf', title: 'Full blood count.pdf', text: minimalPdf(['Northbridge General Hospital - Haematology', 'Full blood count', 'Haemoglobin 128 g/L (130-170) LOW', 'White cell count 7.2 x10^9/L (4.0-11.0)']) }],
  });
  b.diagnosticReport({
    source: general,
    category: 'MB',
    code: snomed('117010004', 'Urine culture'),
    status: 'final',
    effective: clock.daysAgo(60, '09:00'),
    issued: clock.daysAgo(58, '14:30'),
    conclusion: 'No significant growth.',
    presentedForm: [{ contentType: 'text/plain', text: 'MSU: no significant bacterial growth after 48 hours. White cells <10/uL.' }],
  });
  b.diagnosticReport({
    source: community,
    category: 'HM',
    code: cc(SYS.loinc, '6301-6', 'INR in Platelet poor plasma by Coagulation assay', 'INR monitoring'),
    status: 'final',
    effective: clock.daysAgo(14, '10:15'),
    issued: clock.daysAgo(14, '10:40'),
    results: [inr.id],
  });
  b.diagnosticReport({
    source: general,
    category: 'OTH',
    code: snomed('29303009', 'Electrocardiographic procedure', 'Resting 12-lead ECG'),
    status: 'final',
    effective: clock.daysAgo(203, '15:10'),
    issued: clock.daysAgo(203, '15:30'),
    conclusion: 'Sinus tachycardia 104/min. No acute ischaemic changes.',
  });
  b.diagnosticReport({
    source: general,
    category: cc('https://epr.northbridge-general.example/CodeSystem/report-type', 'DISCH', 'Discharge summary'),
    code: snomed('373942005', 'Discharge summary'),
    status: 'final',
    effective: clock.daysAgo(198, '12:00'),
    issued: clock.daysAgo(198, '12:00'),
    presentedForm: [{ contentType: 'text/html', title: 'Discharge summary', text: HOSTILE_HTML_REPORT }],
  });
  b.diagnosticReport({
    source: general,
    category: 'LAB',
    code: snomed('252150008', 'Fasting lipid profile'),
    status: 'partial',
    effective: clock.daysAgo(2, '08:45'),
    issued: clock.daysAgo(1, '17:20'),
    conclusion: 'Partial: total cholesterol reported; HDL and triglycerides to follow.',
    presentedForm: [{ contentType: 'text/plain', text: 'Total cholesterol 5.9 mmol/L (desirable < 5.0). Remaining tests in progress.' }],
  });
  b.diagnosticReport({
    source: general,
    category: 'LAB',
    code: snomed('26958001', 'Liver function test'),
    status: 'entered-in-error',
    effective: clock.daysAgo(31, '08:30'),
    issued: clock.daysAgo(31, '13:00'),
    conclusion: 'Report issued against the wrong patient; withdrawn.',
  });
}
