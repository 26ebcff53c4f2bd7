/**
 * Richard Smith's documents (issue 19 point 3, R70): a discharge summary inline as HTML, a clinic
 * letter as a PDF Binary on the ICR's own origin, the earlier version of that letter (superseded,
 * with the new one's `relatesTo` replaces), a letter marked entered in error (not shown, counted), a
 * hospice letter held on another site (a link that names it), his own care preferences (R72: added
 * by the patient) and a sexual health clinic letter labelled restricted (R51).
 */
import { binaryResource, documentReferenceResource, DOCUMENT_TYPE, tinyPdf } from '../../builders/documents.js';
import type { RecordBuilder } from '../../build.js';
import { ORGS } from '../../organisations.js';

export const DISCHARGE_SUMMARY_HTML = `<h1>Discharge summary</h1>
<p>Admitted with community-acquired pneumonia; treated with amoxicillin. <strong>Discharged home</strong>, eating and walking independently.</p>
<p>GP to repeat chest X-ray in 6 weeks.</p>`;

/** The clinic letter's PDF (and its superseded first version): the ids tests and stories look for. */
export const CLINIC_LETTER_BINARY = 'rs-binary-1';
export const CLINIC_LETTER_FIRST_BINARY = 'rs-binary-2';

export function addDocuments(b: RecordBuilder): void {
  const { clock, subject } = b;
  const { general, community, riverside, pennineVale } = ORGS;
  const add = (o: Parameters<typeof documentReferenceResource>[1]) => b.add(documentReferenceResource(b, o));

  add({
    id: 'rs-doc-1', source: general, type: DOCUMENT_TYPE.dischargeSummary, date: clock.daysAgo(190, '15:30'), author: general,
    description: 'Discharge summary: community-acquired pneumonia',
    content: [{ contentType: 'text/html', title: 'Discharge summary', text: DISCHARGE_SUMMARY_HTML }],
  });
  add({
    id: 'rs-doc-2', source: general, type: DOCUMENT_TYPE.clinicLetter, date: clock.daysAgo(40, '11:00'), author: general,
    description: 'Cardiology clinic letter (corrected)', replaces: 'rs-doc-3', docStatus: 'amended',
    content: [{ contentType: 'application/pdf', title: 'Cardiology clinic letter', binary: CLINIC_LETTER_BINARY }],
  });
  b.add(binaryResource(CLINIC_LETTER_BINARY, 'application/pdf', tinyPdf([
    'Northbridge General Hospital - Cardiology clinic', 'Re: Richard SMITH, NHS number 991 200 3888',
    'Seen in clinic. Blood pressure 138/84. Continue amlodipine 5 mg once daily.', 'Review in 6 months.',
  ]), 'rs-doc-2'));
  add({
    id: 'rs-doc-3', source: general, type: DOCUMENT_TYPE.clinicLetter, date: clock.daysAgo(42, '09:10'), author: general,
    status: 'superseded', description: 'Cardiology clinic letter (first version)',
    content: [{ contentType: 'application/pdf', title: 'Cardiology clinic letter (first version)', binary: CLINIC_LETTER_FIRST_BINARY }],
  });
  b.add(binaryResource(CLINIC_LETTER_FIRST_BINARY, 'application/pdf', tinyPdf([
    'Northbridge General Hospital - Cardiology clinic', 'Re: Richard SMITH', 'Continue amlodipine 10 mg once daily.',
  ]), 'rs-doc-3'));
  add({
    id: 'rs-doc-4', source: riverside, type: DOCUMENT_TYPE.outpatientLetter, date: clock.daysAgo(60), author: riverside,
    status: 'entered-in-error', description: 'Letter filed to the wrong patient',
    content: [{ contentType: 'text/plain', title: 'Letter', text: 'This letter was filed in error.' }],
  });
  add({
    id: 'rs-doc-5', source: community, type: DOCUMENT_TYPE.careAssessment, date: clock.daysAgo(120), author: community,
    description: 'Hospice at home assessment',
    content: [{ contentType: 'application/pdf', title: 'Hospice at home assessment', url: 'https://records.example.org/hospice/letters/rs-5.pdf' }],
  });
  add({
    id: 'rs-doc-6', source: riverside, type: DOCUMENT_TYPE.personalCarePlan, date: clock.daysAgo(30), author: riverside,
    alsoBy: { ...subject, display: 'Richard Smith' },
    content: [{ contentType: 'text/plain', title: 'My care preferences', text: 'I would like to be cared for at home if possible. Please call my daughter first.' }],
  });
  add({
    id: 'rs-doc-7', source: pennineVale, security: 'R', type: DOCUMENT_TYPE.clinicLetter, date: clock.daysAgo(300), author: pennineVale,
    description: 'Mental health clinic letter',
    content: [{ contentType: 'text/plain', title: 'Clinic letter', text: 'Seen in the memory clinic. No change to treatment.' }],
  });
}
