/**
 * Documents for the mock ICR (issue 19 point 3): DocumentReference with its type, author
 * organisation, date and status (`current`, `superseded` with a `relatesTo` replaces from its
 * replacement, `entered-in-error`), and its bodies: inline `data`, a Binary on the mock's own
 * origin (a relative `Binary/<id>` url, read behind the token and the documents policy), or a link
 * to another site. Ids are explicit: a document's Binary and its replacement name it.
 */
import { snomed } from '../codes.js';
import type { RecordBuilder } from './record.js';
import { metaFor, type ItemOptions } from './item.js';
import { orgRef, type MockOrganisation } from '../organisations.js';
import type { FhirCodeableConcept, FhirReference, FhirResource } from '../types.js';

/** UK Core document types (SNOMED CT record artefacts), the ones the population uses. */
export const DOCUMENT_TYPE = {
  dischargeSummary: snomed('373942005', 'Discharge summary'),
  clinicLetter: snomed('823691000000103', 'Clinic letter'),
  careAssessment: snomed('1156871000000102', 'Care assessment'),
  outpatientLetter: snomed('371531000', 'Report of clinical encounter', 'Outpatient letter'),
  personalCarePlan: snomed('736366004', 'Advance care plan', 'My own care preferences'),
} satisfies Record<string, FhirCodeableConcept>;

export interface DocumentContent {
  contentType: string;
  title?: string;
  /** Inline body (UTF-8 text, base64-encoded by the builder). */
  text?: string;
  /** A Binary of this record (its id) or an absolute URL on another site. */
  binary?: string;
  url?: string;
  size?: number;
}

export interface DocumentOptions extends ItemOptions {
  id: string;
  type: FhirCodeableConcept;
  category?: FhirCodeableConcept;
  status?: 'current' | 'superseded' | 'entered-in-error';
  docStatus?: 'preliminary' | 'final' | 'amended' | 'entered-in-error';
  date: string;
  /** The author organisation (also the custodian). */
  author: MockOrganisation;
  /** Another author (a clinician, or the patient themselves: R72). */
  alsoBy?: FhirReference;
  description?: string;
  /** The id of the DocumentReference this one replaces (R70). */
  replaces?: string;
  content: DocumentContent[];
}

function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function documentReferenceResource(b: Pick<RecordBuilder, 'subject'>, o: DocumentOptions): FhirResource {
  return {
    resourceType: 'DocumentReference',
    id: o.id,
    meta: metaFor(o, o.date),
    status: o.status ?? 'current',
    ...(o.docStatus && { docStatus: o.docStatus }),
    type: o.type,
    ...(o.category && { category: [o.category] }),
    subject: b.subject,
    date: o.date,
    author: [orgRef(o.author), ...(o.alsoBy ? [o.alsoBy] : [])],
    custodian: orgRef(o.author),
    ...(o.description && { description: o.description }),
    ...(o.replaces && { relatesTo: [{ code: 'replaces', target: { reference: `DocumentReference/${o.replaces}` } }] }),
    content: o.content.map((c) => ({
      attachment: {
        contentType: c.contentType,
        ...(c.title && { title: c.title }),
        ...(c.text !== undefined && { data: base64Utf8(c.text) }),
        ...(c.binary && { url: `Binary/${c.binary}` }),
        ...(c.url && { url: c.url }),
        ...(c.size !== undefined && { size: c.size }),
        creation: o.date,
      },
    })),
  };
}

/** A Binary on the mock's origin, read only with a token whose role may read documents. */
export function binaryResource(id: string, contentType: string, base64: string, document?: string): FhirResource {
  return {
    resourceType: 'Binary',
    id,
    contentType,
    ...(document && { securityContext: { reference: `DocumentReference/${document}` } }),
    data: base64,
  };
}

/**
 * A one-page PDF that says `lines`, built by hand (no PDF library in the mock): enough for a
 * browser's viewer to show, with the cross-reference offsets a reader checks.
 */
export function tinyPdf(lines: readonly string[]): string {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?');
  const stream = ['BT', '/F1 12 Tf', '72 760 Td', '16 TL', ...lines.map((l) => `(${escape(l)}) '`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return btoa(pdf);
}
