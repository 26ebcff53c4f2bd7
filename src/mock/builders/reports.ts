/**
 * Builders for the reports section: DiagnosticReport (category, results, imaging, presented forms
 * as base64 text/HTML/PDF) and the ImagingStudy a radiology report points to, plus the small
 * helpers that make presentedForm content (`base64`, `minimalPdf`).
 */
import { cc, coding, SYS } from '../codes.js';
import { orgRef } from '../organisations.js';
import type { FhirCodeableConcept, FhirResource } from '../types.js';
import { metaFor, type ItemContext, type ItemOptions } from './item.js';

export interface PresentedForm {
  contentType: 'text/plain' | 'text/html' | 'application/pdf';
  /** The document text (PDF source for application/pdf); base64-encoded by the builder. */
  text: string;
  title?: string;
}

export interface DiagnosticReportOptions extends ItemOptions {
  code: FhirCodeableConcept;
  /** A v2-0074 code (`RAD`, `LAB`, `HM`, `MB`, `OTH`, ...) or a whole CodeableConcept. */
  category: string | FhirCodeableConcept;
  status: 'registered' | 'partial' | 'preliminary' | 'final' | 'amended' | 'corrected' | 'appended' | 'cancelled' | 'entered-in-error';
  effective: string;
  issued: string;
  results?: string[];
  imagingStudies?: string[];
  conclusion?: string;
  presentedForm?: PresentedForm[];
}

export interface ImagingStudyOptions extends ItemOptions {
  started: string;
  modality: { code: string; display: string };
  description: string;
  bodySite?: FhirCodeableConcept;
  instances?: number;
}

/** The displays HL7 v2-0074 itself gives its codes (a coding's display follows its code system). */
const V2_0074_DISPLAY: Record<string, string> = {
  RAD: 'Radiology',
  LAB: 'Laboratory',
  HM: 'Hematology',
  MB: 'Microbiology',
  CH: 'Chemistry',
  SP: 'Surgical Pathology',
  CP: 'Cytopathology',
  PAT: 'Pathology (gross & histopath, not surgical)',
  OTH: 'Other',
};

/**
 * What a UK laboratory system calls the section, as the category's `text` (what its users read):
 * UK English where the code system's display is not ("Haematology", not "Hematology").
 */
const V2_0074_UK_TEXT: Record<string, string> = {
  HM: 'Haematology',
  SP: 'Surgical pathology',
  PAT: 'Histopathology',
};

/** UTF-8 text as base64, in browsers and Node alike. */
export function base64(value: string): string {
  const bytes = new TextEncoder().encode(value);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** A small, valid one-page PDF showing `lines` (for `presentedForm` application/pdf). */
export function minimalPdf(lines: readonly string[]): string {
  const esc = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = ['BT', '/F1 12 Tf', '72 770 Td', '16 TL', ...lines.map((l) => `(${esc(l)}) '`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return pdf;
}

export function diagnosticReportResource(ctx: ItemContext, o: DiagnosticReportOptions): FhirResource {
  const category =
    typeof o.category === 'string'
      ? cc(SYS.v2_0074, o.category, V2_0074_DISPLAY[o.category] ?? o.category, V2_0074_UK_TEXT[o.category])
      : o.category;
  const r: FhirResource = {
    resourceType: 'DiagnosticReport',
    id: ctx.nextId('report', o.id),
    meta: metaFor(o, o.issued),
    status: o.status,
    category: [category],
    code: o.code,
    subject: ctx.subject,
    effectiveDateTime: o.effective,
    issued: o.issued,
    performer: [orgRef(o.source)],
  };
  if (o.results) r['result'] = o.results.map((id) => ({ reference: `Observation/${id}` }));
  if (o.imagingStudies) r['imagingStudy'] = o.imagingStudies.map((id) => ({ reference: `ImagingStudy/${id}` }));
  if (o.conclusion) r['conclusion'] = o.conclusion;
  if (o.presentedForm) {
    r['presentedForm'] = o.presentedForm.map((f) => ({
      contentType: f.contentType,
      language: 'en-GB',
      data: base64(f.text),
      ...(f.title ? { title: f.title } : {}),
      creation: o.issued,
    }));
  }
  return r;
}

export function imagingStudyResource(ctx: ItemContext, o: ImagingStudyOptions): FhirResource {
  const n = o.instances ?? 1;
  const seed = `${ctx.idPrefix}${ctx.generated('imaging') + 1}`.replace(/\D/g, '') || '1';
  const r: FhirResource = {
    resourceType: 'ImagingStudy',
    id: ctx.nextId('imaging', o.id),
    meta: metaFor(o, o.started),
    status: 'available',
    modality: [coding(SYS.dicom, o.modality.code, o.modality.display)],
    subject: ctx.subject,
    started: o.started,
    numberOfSeries: 1,
    numberOfInstances: n,
    description: o.description,
    series: [
      {
        uid: `2.25.1${seed}0${n}`,
        number: 1,
        modality: coding(SYS.dicom, o.modality.code, o.modality.display),
        description: o.description,
        numberOfInstances: n,
        ...(o.bodySite ? { bodySite: o.bodySite.coding?.[0] } : {}),
        performer: [{ actor: orgRef(o.source) }],
        instance: Array.from({ length: n }, (_, i) => ({
          uid: `2.25.1${seed}0${n}${i + 1}`,
          sopClass: coding('urn:ietf:rfc:3986', 'urn:oid:1.2.840.10008.5.1.4.1.1.2'),
          number: i + 1,
        })),
      },
    ],
  };
  return r;
}
