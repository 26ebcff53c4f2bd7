/** The documents section (`<icr-documents>`): letters and summaries (DocumentReference, ICR-API.md). */
import type { SectionQuery, SectionSpec } from '../fhir/section-contract.js';
import { mapDocuments, type DocumentsView } from '../fhir/documents.js';

export const DOCUMENTS_QUERY: SectionQuery = { resourceType: 'DocumentReference' };

export const documentsSection: SectionSpec<DocumentsView> = {
  section: 'documents',
  queries: () => [DOCUMENTS_QUERY],
  map: (results, patient) => mapDocuments(results, patient),
};
