/**
 * DiagnosticReports → view model for `<icr-radiology-reports>` and `<icr-pathology-reports>`.
 * R34: classified by category (v2-0074): radiology, pathology, or "other" — never dropped (H13).
 * R35: every status other than final is labelled; entered-in-error is left out and counted (H12).
 * Pure: no DOM; the HTML of a presented form is sanitised where it is rendered.
 */
import type { Mapped, PatientLoaded, SearchResult } from './section-contract.js';
import { compareFhirDatesNewestFirst, formatDate, formatDateTime } from '../format/index.js';
import { translator } from '../i18n/core.js';
import { reportsMessages } from '../i18n/en-GB/reports.js';
import {
  codings, conceptText, isResource, obj, objects, readReference, sensitivity, str,
  type FhirResource, type Json,
} from './read.js';
import { containedOf, referenceName, sourceOrganisation } from './provenance.js';
import { indexById, mapObservation, referenceId, type ObservationView } from './results.js';
import { readAttachment, type FormView } from './report-detail.js';
import { highest } from './security.js';

const t = translator(reportsMessages);

export type { FormView } from './report-detail.js';

export type ReportGroup = 'radiology' | 'pathology' | 'other';

/** Report statuses a reader must notice (R35). */
export type ReportStatus =
  | 'registered' | 'partial' | 'preliminary' | 'final' | 'amended' | 'corrected' | 'appended' | 'cancelled' | 'unknown';

const V2_0074 = 'http://terminology.hl7.org/CodeSystem/v2-0074';
/** Imaging diagnostic service sections of v2-0074. */
const RADIOLOGY_CODES = new Set(['RAD', 'RX', 'CT', 'NMR', 'NMS', 'CUS', 'OUS', 'RUS', 'VUS', 'XRC']);
/** Laboratory and pathology disciplines of v2-0074 (and PAT, used by the HL7 examples). */
const PATHOLOGY_CODES = new Set([
  'LAB', 'PAT', 'HM', 'MB', 'MCB', 'MYC', 'SP', 'CP', 'CH', 'BG', 'BLB', 'CG', 'IMM', 'SR', 'VR', 'TX', 'GE', 'HLA', 'OSL', 'PHR',
]);
const SNOMED = 'http://snomed.info/sct';
const SNOMED_RADIOLOGY = new Set(['394914008']);
const SNOMED_PATHOLOGY = new Set(['394915009', '394595002', '394916005', '394597005', '394596001', '394913002']);

export interface ImagingStudyRef {
  /** Logical id of the ImagingStudy, when known. */
  id?: string;
  /** DICOM Study Instance UID (`urn:oid:…` stripped), when known. */
  studyInstanceUid?: string;
  identifiers: { system?: string; value: string }[];
  /** DICOM Series Instance UIDs, for viewers that open a series. */
  seriesUids: string[];
  modality?: string;
  description?: string;
  started?: string;
}

export interface ReportView {
  id?: string;
  group: ReportGroup;
  title: string;
  issued: string;
  issuedRaw?: string;
  effective?: string;
  /** Modality (radiology) or discipline (pathology, other). */
  discipline?: string;
  status: ReportStatus;
  /** True when the status is anything but final: labelled prominently (R35). */
  notFinal: boolean;
  performers: string[];
  conclusion?: string;
  codedConclusions: string[];
  results: ObservationView[];
  /** Results the report lists but the ICR did not send (named, so none is silently lost). */
  missingResults: string[];
  forms: FormView[];
  studies: ImagingStudyRef[];
  /**
   * R51: the highest level of the report and of its results (a sensitive result makes the whole
   * report sensitive: its title would tell what the result is).
   */
  sensitivity?: 'R' | 'V';
  /** The source organisation in words (R42, R44); undefined: the record does not name it. */
  source?: string;
}

export interface ReportsView {
  reports: ReportView[];
  /** Reports marked entered-in-error: not shown as valid (R35), counted so the gap is visible. */
  enteredInError: { radiology: number; pathology: number; other: number };
}

/** R34: the group a report belongs to, from all its category codings. */
export function classifyReport(report: Json): ReportGroup {
  const all = objects(report.category).flatMap((c) => codings(c));
  const code = (c: { code?: string }) => c.code?.toUpperCase() ?? '';
  const v2 = all.filter((c) => c.system === V2_0074 || c.system === undefined || c.system?.endsWith('v2-0074'));
  if (v2.some((c) => RADIOLOGY_CODES.has(code(c)))) return 'radiology';
  if (all.some((c) => c.system === SNOMED && SNOMED_RADIOLOGY.has(c.code ?? ''))) return 'radiology';
  if (v2.some((c) => PATHOLOGY_CODES.has(code(c)))) return 'pathology';
  if (all.some((c) => c.system === SNOMED && SNOMED_PATHOLOGY.has(c.code ?? ''))) return 'pathology';
  return 'other';
}

const STATUSES: ReportStatus[] = ['registered', 'partial', 'preliminary', 'final', 'amended', 'corrected', 'appended', 'cancelled', 'unknown'];

function statusOf(value: unknown): ReportStatus {
  const s = str(value) as ReportStatus | undefined;
  return s && STATUSES.includes(s) ? s : 'unknown';
}

/** Our UK English name of a v2-0074 section code ("HM" → "Haematology"), when we have one. */
function sectionName(concept: unknown): string | undefined {
  const code = codings(concept).find((c) => c.system === V2_0074 && c.code)?.code?.toUpperCase();
  const key = `reports.discipline.${code}`;
  return code && key in reportsMessages ? t(key as keyof typeof reportsMessages) : undefined;
}

/** The recorded text or display first (never re-spelt), then our name of the code, then the code. */
function disciplineOf(report: Json): string | undefined {
  const texts = objects(report.category).map((c) => conceptText(c) ?? sectionName(c) ?? codings(c).find((x) => x.code)?.code).filter(Boolean);
  return texts.length ? [...new Set(texts)].join(', ') : undefined;
}

function performerNames(report: FhirResource, included: readonly FhirResource[]): string[] {
  const refs = [...objects(report.performer), ...objects(report.resultsInterpreter)];
  const ctx = { included, contained: containedOf(report) };
  const names = refs.map((r) => referenceName(r, ctx));
  return [...new Set(names.filter((n): n is string => !!n))];
}

function uid(value: string | undefined): string | undefined {
  return value?.replace(/^urn:oid:/, '');
}

export function mapImagingStudy(study: FhirResource | undefined, ref?: Json): ImagingStudyRef {
  const identifiers: { system?: string; value: string }[] = [];
  for (const i of objects(study?.identifier)) {
    const value = str(i.value);
    if (value) identifiers.push({ system: str(i.system), value });
  }
  const dicom = identifiers.find((i) => i.system === 'urn:dicom:uid' || i.value.startsWith('urn:oid:'));
  const modalities = [
    ...objects(study?.modality).map((m) => str(m.display) ?? str(m.code)),
    ...objects(study?.series).map((s) => { const m = obj(s.modality); return m ? str(m.display) ?? str(m.code) : undefined; }),
  ].filter((m): m is string => !!m);
  const refParts = readReference(ref);
  return {
    id: str(study?.id) ?? refParts?.id,
    studyInstanceUid: uid(dicom?.value),
    identifiers,
    seriesUids: objects(study?.series).map((s) => str(s.uid)).filter((u): u is string => !!u),
    modality: modalities.length ? [...new Set(modalities)].join(', ') : undefined,
    description: str(study?.description) ?? refParts?.display,
    started: str(study?.started),
  };
}

/** `lookup`: resources by id, for results and studies; `included`: what names performers and the source. */
export function mapReport(report: FhirResource, lookup: Map<string, FhirResource>, included: readonly FhirResource[] = [...lookup.values()]): ReportView {
  const group = classifyReport(report);
  const status = statusOf(report.status);
  const resultRefs = objects(report.result);
  const results: ObservationView[] = [];
  const missingResults: string[] = [];
  for (const ref of resultRefs) {
    const target = lookup.get(referenceId(ref) ?? '');
    if (target && target.resourceType === 'Observation') {
      if (str(target.status) !== 'entered-in-error') results.push(mapObservation(target, lookup, 0, included));
    } else {
      missingResults.push(readReference(ref)?.display ?? t('reports.result.unnamed'));
    }
  }
  const studies = objects(report.imagingStudy).map((ref) => {
    const target = lookup.get(referenceId(ref) ?? '');
    return mapImagingStudy(target?.resourceType === 'ImagingStudy' ? target : undefined, ref);
  });
  const modality = studies.map((s) => s.modality).filter(Boolean).join(', ');
  const issuedRaw = str(report.issued) ?? str(report.effectiveDateTime) ?? str(obj(report.effectivePeriod)?.start);
  return {
    id: str(report.id),
    group,
    title: conceptText(report.code) ?? codings(report.code).find((c) => c.code)?.code ?? t('reports.untitled'),
    issued: formatDateTime(issuedRaw),
    issuedRaw,
    effective: report.effectiveDateTime || report.effectivePeriod
      ? formatDate(str(report.effectiveDateTime) ?? str(obj(report.effectivePeriod)?.start))
      : undefined,
    discipline: (group === 'radiology' && modality) || disciplineOf(report),
    status,
    notFinal: status !== 'final',
    performers: performerNames(report, included),
    source: sourceOrganisation(report, { included }),
    conclusion: str(report.conclusion),
    codedConclusions: objects(report.conclusionCode).map(conceptText).filter((c): c is string => !!c),
    results,
    missingResults,
    forms: objects(report.presentedForm).map(readAttachment),
    studies,
    sensitivity: highest([sensitivity(report), ...results.flatMap((r) => [r, ...r.members]).map((r) => r.sensitivity)]),
  };
}

/** All reports from the shared search (matches + included Observations) and the ImagingStudy search. */
export function mapReportResources(reports: unknown[], included: unknown[], known: readonly FhirResource[] = []): ReportsView {
  const all = [...reports, ...included].filter(isResource);
  const named = [...all, ...known];
  const lookup = indexById(all);
  for (const r of reports.filter(isResource)) objects(r.contained).filter(isResource).forEach((c) => c.id && lookup.set(c.id, c));
  const enteredInError = { radiology: 0, pathology: 0, other: 0 };
  const views: ReportView[] = [];
  for (const report of reports.filter(isResource).filter((r) => r.resourceType === 'DiagnosticReport')) {
    if (str(report.status) === 'entered-in-error') {
      enteredInError[classifyReport(report)]++;
      continue;
    }
    views.push(mapReport(report, lookup, named));
  }
  views.sort((a, b) => compareFhirDatesNewestFirst(a.issuedRaw, b.issuedRaw) || a.title.localeCompare(b.title));
  return { reports: views, enteredInError };
}

export interface ReportsOptions {
  group: 'radiology' | 'pathology';
  showOther: boolean;
}

/** Mapper for one element: its own group, then (unless hidden) the other reports. */
export function mapReports(
  results: (SearchResult | undefined)[], options: ReportsOptions, patient?: Pick<PatientLoaded, 'included'>,
): Mapped<ReportsView> {
  const main = results[0];
  const studies = results[1]?.matches ?? [];
  const view = mapReportResources(main?.matches ?? [], [...(main?.included ?? []), ...studies], patient?.included);
  const shown = view.reports.filter((r) => r.group === options.group || (options.showOther && r.group === 'other'));
  const count = shown.length;
  return { kind: count ? 'loaded' : 'empty', view, count };
}
