/**
 * The sections `<icr-record>` can show: their names (the `sections` attribute and the events'
 * `detail.section`), tags, titles and the section modules the summary loads them with. The record
 * renders the tags by name and imports no element's folder (the define entry defines them).
 */
import { socialCareSection } from '../../sections/social-care.js';
import { allergiesSection } from '../../sections/allergies.js';
import { medicationsSection } from '../../sections/medications.js';
import { diagnosesSection } from '../../sections/diagnoses.js';
import { resultsSection } from '../../sections/results.js';
import { pathologyReportsSection, radiologyReportsSection } from '../../sections/reports.js';
import { carePlansSection } from '../../sections/care-plans.js';
import { contactDetailsSection } from '../../sections/contact-details.js';
import { careTeamSection } from '../../sections/care-team.js';
import { alertsSection } from '../../sections/alerts.js';
import { alertsMessages } from '../../i18n/en-GB/alerts.js';
import { socialCareCodes } from '../../fhir/social-care-codes.js';
import type { SectionSpec } from '../../fhir/section-contract.js';
import { translator } from '../../i18n/core.js';
import { allergiesMessages } from '../../i18n/en-GB/allergies.js';
import { medicationsMessages } from '../../i18n/en-GB/medications.js';
import { diagnosesMessages } from '../../i18n/en-GB/diagnoses.js';
import { resultsMessages } from '../../i18n/en-GB/results.js';
import { reportsMessages } from '../../i18n/en-GB/reports.js';
import { socialCareMessages } from '../../i18n/en-GB/social-care.js';
import { carePlansMessages } from '../../i18n/en-GB/care-plans.js';
import { contactMessages } from '../../i18n/en-GB/contact.js';
import { careTeamMessages } from '../../i18n/en-GB/care-team.js';
import { encountersSection } from '../../sections/encounters.js';
import { documentsSection } from '../../sections/documents.js';
import { documentsMessages } from '../../i18n/en-GB/documents.js';
import { immunisationsSection } from '../../sections/immunisations.js';
import { immunisationsMessages } from '../../i18n/en-GB/immunisations.js';
import { encountersMessages } from '../../i18n/en-GB/encounters.js';

const t = translator(allergiesMessages, medicationsMessages, diagnosesMessages, resultsMessages, reportsMessages,
  socialCareMessages, carePlansMessages, contactMessages, careTeamMessages, encountersMessages, alertsMessages, documentsMessages, immunisationsMessages);

export interface RecordSection {
  /** `SectionSpec.section`: the name hosts list in `sections`. */
  name: string;
  tag: string;
  /** The section's own heading (looked up at each render, so a new catalogue shows at once). */
  title: () => string;
  /** What the summary and the navigation's count load (the same queries the element makes). */
  spec: SectionSpec<unknown>;
}

const spec = <VM>(s: SectionSpec<VM>) => s as unknown as SectionSpec<unknown>;

/** Every section, in the default order: what a clinician checks first comes first. */
export const RECORD_SECTIONS: readonly RecordSection[] = [
  // R66, R67: alerts and decisions about care first, as what anyone arriving must know; their
  // current ones and child protection status also head the summary (sections/summary.ts).
  { name: 'alerts', tag: 'icr-alerts', title: () => t('alerts.title'), spec: spec(alertsSection(() => new Date())) },
  { name: 'allergies', tag: 'icr-allergies', title: () => t('allergies.title'), spec: spec(allergiesSection) },
  { name: 'medications', tag: 'icr-medications', title: () => t('medications.title'), spec: spec(medicationsSection) },
  { name: 'diagnoses', tag: 'icr-diagnoses', title: () => t('diagnoses.title'), spec: spec(diagnosesSection) },
  { name: 'results', tag: 'icr-results', title: () => t('results.title'), spec: spec(resultsSection) },
  { name: 'pathology-reports', tag: 'icr-pathology-reports', title: () => t('reports.title.pathology'), spec: spec(pathologyReportsSection) },
  { name: 'radiology-reports', tag: 'icr-radiology-reports', title: () => t('reports.title.radiology'), spec: spec(radiologyReportsSection) },
  // The page-wide code table, the one `IcrSocialCareEvents.codes` is unless a host replaces it.
  { name: 'social-care', tag: 'icr-social-care-events', title: () => t('socialCare.title'), spec: spec(socialCareSection(() => socialCareCodes)) },
  { name: 'care-plans', tag: 'icr-care-plans', title: () => t('carePlans.title'), spec: spec(carePlansSection) },
  { name: 'contact-details', tag: 'icr-contact-details', title: () => t('contact.title'), spec: spec(contactDetailsSection(() => new Date())) },
  // Issue 19: who is involved (R68), after the contacts a visitor reads it beside.
  { name: 'care-team', tag: 'icr-care-team', title: () => t('careTeam.title'), spec: spec(careTeamSection(() => new Date())) },
  { name: 'encounters', tag: 'icr-encounters', title: () => t('encounters.title'), spec: spec(encountersSection(() => new Date())) },
  // R70: letters and summaries, after the stays they often close.
  { name: 'documents', tag: 'icr-documents', title: () => t('documents.title'), spec: spec(documentsSection) },
  // R71: what was given and what was not, last: rarely the first thing a visit needs.
  { name: 'immunisations', tag: 'icr-immunisations', title: () => t('immunisations.title'), spec: spec(immunisationsSection) },
];

/**
 * The sections a `sections` attribute asks for, in its order ("allergies medications …", spaces
 * or commas); unknown names are left out, each name once; empty or absent: every section.
 */
export function chooseSections(attribute: string | undefined): RecordSection[] {
  const names = (attribute ?? '').split(/[\s,]+/).filter(Boolean);
  if (!names.length) return [...RECORD_SECTIONS];
  const chosen: RecordSection[] = [];
  for (const name of names) {
    const section = RECORD_SECTIONS.find((s) => s.name === name);
    if (section && !chosen.includes(section)) chosen.push(section);
  }
  return chosen.length ? chosen : [...RECORD_SECTIONS];
}
