/**
 * Documents (issue 19 point 3, R70): DocumentReference → letters and summaries with their type,
 * author organisation, date and status. Pure, never throws. A superseded document says so and names
 * its replacement (the DocumentReference whose `relatesTo` `replaces` it); one replaced by another
 * is never shown as current, whatever its own status says. Entered in error (status or docStatus)
 * is not shown, and counted (H8). The bodies (`content.attachment`) are carried as received: the
 * element opens them (src/elements/shared/attachment.ts), never this mapper.
 */
import type { Mapped, PatientLoaded, SearchResult } from './section-contract.js';
import { compareFhirDatesNewestFirst } from '../format/dates.js';
import { conceptText, isResource, num, obj, objects, readReference, str, type FhirResource } from './read.js';
import { highest, sensitivity } from './security.js';
import { addedBy, containedOf, isWords, organisationOf, referenceName, sourceOrganisation } from './provenance.js';
import { noneHidden, type HiddenEntries } from './hidden.js';
import type { AttachmentData } from './report-detail.js';

export type DocumentStatus = 'current' | 'superseded';

export interface DocumentReplacement {
  id: string;
  title?: string;
  date?: string;
}

export interface DocumentItem {
  id: string;
  /** The document type in words (e.g. "Discharge summary"); undefined: not recorded. */
  type?: string;
  /** A category in words ("Clinic letter"), when the record gives one. */
  category?: string;
  description?: string;
  /** FHIR instant/date as recorded: `date`, else the context period's start, else the attachment's creation. */
  date?: string;
  /** The author organisation (author, else custodian), in words. */
  organisation?: string;
  /** A named person among the authors, when the record names one. */
  authorPerson?: string;
  /** R70: superseded when its status says so, or when another document here replaces it. */
  status: DocumentStatus;
  /** The document's own status of its content: preliminary, final, amended. */
  docStatus?: string;
  /** R70: the document that replaces this one, when it is in the list. */
  replacedBy?: DocumentReplacement;
  /** The ids this document replaces (so the replacement can say what it replaces). */
  replaces: string[];
  attachments: AttachmentData[];
  sensitivity?: 'R' | 'V';
  /** The source organisation in words (R44). */
  source?: string;
  /** R72: written by the patient or by a carer. */
  addedBy?: 'patient' | 'related-person';
}

export interface DocumentsView {
  documents: DocumentItem[];
  /** Entered in error: never shown, counted so the gap shows (R70). */
  hidden: HiddenEntries;
}

const DOCUMENT_SECURITY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';

function attachmentOf(value: unknown): AttachmentData | undefined {
  const a = obj(value);
  if (!a) return undefined;
  const data: AttachmentData = {
    contentType: str(a.contentType), language: str(a.language), data: str(a.data), url: str(a.url),
    size: num(a.size), title: str(a.title), creation: str(a.creation),
  };
  return data.data || data.url ? data : undefined;
}

/** R51: `meta.security`, and DocumentReference's own `securityLabel` (a CodeableConcept list). */
function documentSensitivity(resource: FhirResource): 'R' | 'V' | undefined {
  const labels = objects(resource.securityLabel).flatMap((c) => objects(c.coding));
  const own = labels.map((c) => {
    const system = str(c.system);
    const code = str(c.code);
    return (system === undefined || system === DOCUMENT_SECURITY_SYSTEM) && (code === 'R' || code === 'V') ? code : undefined;
  });
  return highest([sensitivity(resource), ...own]);
}

function isEnteredInError(r: FhirResource): boolean {
  return str(r.status) === 'entered-in-error' || str(r.docStatus) === 'entered-in-error';
}

/** Ids of the documents this one replaces (`relatesTo.code` = replaces). */
function replacedIds(r: FhirResource): string[] {
  return objects(r.relatesTo)
    .filter((rel) => str(rel.code) === 'replaces')
    .map((rel) => readReference(rel.target))
    .filter((p) => p?.id && (p.type === undefined || p.type === 'DocumentReference'))
    .map((p) => p!.id!);
}

export function toDocument(resource: unknown, included: readonly FhirResource[] = []): DocumentItem | undefined {
  if (!isResource(resource) || resource.resourceType !== 'DocumentReference' || isEnteredInError(resource)) return undefined;
  const ctx = { included, contained: containedOf(resource) };
  const authors = objects(resource.author);
  const organisation = [...authors, resource.custodian].map((a) => organisationOf(a, ctx, false)).find(isWords)
    ?? organisationOf(resource.custodian, ctx, true);
  const authorPerson = authors
    .filter((a) => ['Practitioner', 'PractitionerRole'].includes(readReference(a)?.type ?? ''))
    .map((a) => referenceName(a, ctx)).find(isWords);
  const attachments = objects(resource.content).map((c) => attachmentOf(c.attachment)).filter((a): a is AttachmentData => !!a);
  const context = obj(resource.context);
  const date = str(resource.date) ?? str(obj(context?.period)?.start) ?? attachments.find((a) => a.creation)?.creation;
  const who = addedBy(resource);
  return {
    id: str(resource.id) ?? '',
    type: conceptText(resource.type),
    category: objects(resource.category).map(conceptText).find(Boolean),
    description: str(resource.description),
    date,
    organisation: isWords(organisation) ? organisation : undefined,
    authorPerson,
    status: str(resource.status) === 'superseded' ? 'superseded' : 'current',
    docStatus: str(resource.docStatus),
    replaces: replacedIds(resource),
    attachments,
    sensitivity: documentSensitivity(resource),
    source: sourceOrganisation(resource, { included }),
    ...(who && { addedBy: who }),
  };
}

/** The title a reader sees: the type, else the category, else the description; undefined → "Document". */
export function documentTitle(d: Pick<DocumentItem, 'type' | 'category' | 'description'>): string | undefined {
  return d.type ?? d.category ?? d.description;
}

/** DocumentReference results → the view model, newest first, superseded ones linked to their replacement. */
export function mapDocuments(results: (SearchResult | undefined)[], patient?: Pick<PatientLoaded, 'included'>): Mapped<DocumentsView> {
  const [answer] = results;
  const included = [...(answer?.included ?? []), ...(patient?.included ?? [])];
  const matches = (answer?.matches ?? []).filter((r) => isResource(r) && r.resourceType === 'DocumentReference');
  const hidden = noneHidden();
  hidden.enteredInError = matches.filter(isEnteredInError).length;
  const documents = matches
    .map((r) => toDocument(r, included))
    .filter((d): d is DocumentItem => !!d)
    .map((d, i) => ({ d, i }))
    .sort((a, b) => compareFhirDatesNewestFirst(a.d.date, b.d.date) || a.i - b.i)
    .map(({ d }) => d);
  for (const doc of documents) {
    // The newest document that says it replaces this one; a replaced one is never current.
    const replacement = documents.find((other) => other !== doc && other.replaces.includes(doc.id));
    if (replacement) {
      doc.status = 'superseded';
      doc.replacedBy = { id: replacement.id, title: documentTitle(replacement), date: replacement.date };
    }
  }
  return { kind: documents.length ? 'loaded' : 'empty', view: { documents, hidden }, count: documents.length, warnings: [] };
}
