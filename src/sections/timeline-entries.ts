/**
 * One timeline entry per dated event, from each section's own view model (never from FHIR): the
 * timeline says what the sections say, in their words. Pure. Each entry keeps its date as recorded
 * (R65, R22: `2019` stays `2019`; a time is shown in London time, R21) and carries the facts its
 * detail shows, display-ready.
 */
import { formatDate, formatDateTime, parseFhirDate } from '../format/dates.js';
import { translator } from '../i18n/core.js';
import { timelineMessages } from '../i18n/en-GB/timeline.js';
import { socialCareMessages } from '../i18n/en-GB/social-care.js';
import { reportsMessages } from '../i18n/en-GB/reports.js';
import { expiryState, type SocialCareView } from '../fhir/social-care.js';
import type { CarePlansView } from '../fhir/care-plans.js';
import type { ReportsView } from '../fhir/reports.js';
import { displayValue, type ResultsView } from '../fhir/results.js';
import { medicationEndKind, type MedicationItem, type MedicationsView } from '../fhir/medications.js';
import type { EncountersView } from '../fhir/encounters.js';
import { visitCurrentText, visitKindText, visitStatusText } from './encounters.js';
import { encountersMessages } from '../i18n/en-GB/encounters.js';
import type { AlertsView, DecisionView } from '../fhir/alerts.js';
import { documentTitle, type DocumentsView } from '../fhir/documents.js';
import { documentsMessages } from '../i18n/en-GB/documents.js';
import type { ImmunisationsView } from '../fhir/immunisations.js';
import { immunisationsMessages } from '../i18n/en-GB/immunisations.js';

const t = translator(timelineMessages, socialCareMessages, reportsMessages, encountersMessages, documentsMessages, immunisationsMessages);
type MessageKey = Parameters<typeof t>[0];

export type TimelineType =
  | 'social-care' | 'care-plan' | 'radiology-report' | 'pathology-report' | 'other-report' | 'result'
  | 'medicine-started' | 'medicine-ended'
  | 'encounter' | 'document' | 'care-decision' | 'immunisation';

export interface TimelineFact {
  term: string;
  value: string;
}

export interface TimelineEntry {
  /** Unique in the timeline (one resource may give several entries: a plan created, reviewed, ended). */
  key: string;
  type: TimelineType;
  /** What happened, in the section's words ("Full blood count", "Started: Amlodipine 5mg tablets"). */
  title: string;
  /** The FHIR date as recorded, for sorting; undefined or unreadable: listed under "Date not recorded". */
  date?: string;
  /** The date at its own precision (R22), a time in London time (R21). */
  dateText: string;
  /** The organisation the entry comes from, when the record names it (the organisation filter). */
  organisation?: string;
  /** Safety signals said in words beside the type, kept in view even while the detail is hidden. */
  signals: string[];
  /** What the section shows for it, display-ready. */
  facts: TimelineFact[];
  /** R51: the item's level, and the resource(s) its reveal stands for. */
  sensitivity?: 'R' | 'V';
  resourceType: string;
  id: string;
  alsoReveals?: { resourceType: string; id: string }[];
}

/** R65: the date at its own precision; a value with a time shows the London time too. */
export function timelineDateText(value: string | undefined): string {
  if (value === undefined) return t('timeline.undated');
  return parseFhirDate(value)?.precision === 'time' ? formatDateTime(value) : formatDate(value);
}

/** True when the entry can be placed in date order (a readable date). */
export function isDated(entry: Pick<TimelineEntry, 'date'>): boolean {
  return !!parseFhirDate(entry.date);
}

const fact = (term: MessageKey, value: string | undefined): TimelineFact[] => (value ? [{ term: t(term), value }] : []);

function entry(e: Omit<TimelineEntry, 'dateText' | 'signals'> & { signals?: string[] }): TimelineEntry {
  return { ...e, signals: e.signals ?? [], dateText: timelineDateText(e.date) };
}

function translated(key: string, fallback: string): string {
  const text = t(key as MessageKey);
  return text === key ? fallback : text;
}

export function socialCareEntries(view: SocialCareView, now: Date): TimelineEntry[] {
  return view.events.map((ev) => {
    const [resourceType = ev.resourceType, id = ev.id] = ev.id.split('/');
    const kind = t(`socialCare.kind.${ev.kind}` as MessageKey);
    const label = ev.label && ev.label.toLowerCase() !== kind.toLowerCase() ? ev.label : undefined;
    const signals = [
      ...(ev.openSafeguarding ? [t('timeline.signal.openSafeguarding')] : []),
      ...(expiryState(ev, now) === 'expired' ? [t('timeline.signal.expired')] : []),
    ];
    return entry({
      key: ev.id, type: 'social-care', title: label ? `${kind}: ${label}` : kind, date: ev.date,
      organisation: ev.owner ?? ev.source, signals, sensitivity: ev.sensitivity, resourceType, id,
      facts: [
        ...fact('timeline.fact.status', ev.status ? translated(`socialCare.status.${ev.status}`, ev.status) : undefined),
        ...fact('timeline.fact.outcome', ev.outcome),
        ...ev.dates.map((d) => ({ term: t(`socialCare.date.${d.kind}` as MessageKey), value: timelineDateText(d.value) })),
        ...fact('timeline.fact.organisation', ev.owner ?? ev.source ?? t('timeline.notRecorded')),
      ],
    });
  });
}

/** Each plan's events; a review still due is not something that happened, so it is not listed. */
export function carePlanEntries(view: CarePlansView): TimelineEntry[] {
  return view.plans.flatMap((plan) => plan.events
    .filter((ev) => ev.kind !== 'review-due')
    .map((ev, i) => {
      const title = plan.title ?? t('timeline.carePlan.untitled');
      const organisation = plan.author ?? plan.source;
      return entry({
        key: `CarePlan/${plan.id}#${ev.kind}-${i}`, type: 'care-plan', title: `${t(`timeline.carePlan.${ev.kind}` as MessageKey)}: ${title}`,
        date: ev.date, organisation, sensitivity: plan.sensitivity, resourceType: 'CarePlan', id: plan.id,
        facts: [
          ...fact('timeline.fact.status', plan.status),
          ...fact('timeline.fact.categories', plan.categories.join(', ')),
          ...fact('timeline.fact.by', ev.by),
          ...fact('timeline.fact.organisation', organisation ?? t('timeline.notRecorded')),
          ...fact('timeline.fact.reviewDue', plan.reviewDue ? timelineDateText(plan.reviewDue) : undefined),
        ],
      });
    }));
}

export function reportEntries(view: ReportsView): TimelineEntry[] {
  return view.reports.map((r, i) => {
    const id = r.id ?? `report-${i}`;
    const sensitiveResults = r.results.flatMap((o) => [o, ...o.members]).filter((o) => o.sensitivity && o.id);
    return entry({
      key: `DiagnosticReport/${id}`, type: `${r.group}-report`, title: r.title, date: r.issuedRaw,
      organisation: r.source, signals: r.notFinal ? [t('timeline.signal.notFinal')] : [],
      sensitivity: r.sensitivity, resourceType: 'DiagnosticReport', id,
      alsoReveals: [...new Set(sensitiveResults.map((o) => o.id!))].map((oid) => ({ resourceType: 'Observation', id: oid })),
      facts: [
        { term: t('timeline.fact.status'), value: t(`reports.status.${r.status}` as MessageKey) },
        ...fact('timeline.fact.discipline', r.discipline),
        ...fact('timeline.fact.performer', r.performers.join(', ')),
        ...fact('timeline.fact.organisation', r.source ?? t('timeline.notRecorded')),
        ...fact('timeline.fact.conclusion', r.conclusion),
        ...r.codedConclusions.map((c) => ({ term: t('timeline.fact.codedConclusion'), value: c })),
        ...r.results.map((o) => ({ term: o.name, value: [displayValue(o), o.range && `(${o.range})`, o.interpretation].filter(Boolean).join(' ') })),
        ...r.missingResults.map((m) => ({ term: t('timeline.fact.missingResult'), value: m })),
      ],
    });
  });
}

/** Every value of every test (not only the latest): each is a dated event. */
export function resultEntries(view: ResultsView): TimelineEntry[] {
  return view.tests.flatMap((test) => test.history.map((o, i) => {
    const id = o.id ?? `${test.key}#${i}`;
    const signals = o.flag === 'critical' ? [t('timeline.signal.critical')] : o.flag === 'abnormal' ? [t('timeline.signal.abnormal')] : [];
    return entry({
      key: `Observation/${id}`, type: 'result', title: `${o.name}: ${displayValue(o)}`, date: o.when,
      organisation: o.source, sensitivity: o.sensitivity, resourceType: 'Observation', id,
      // A flag says what the value is: shown in the detail only, so a hidden result stays hidden.
      facts: [
        ...fact('timeline.fact.interpretation', o.interpretation ?? signals[0]),
        ...fact('timeline.fact.range', o.range),
        ...fact('timeline.fact.status', o.status),
        ...o.components.map((c) => ({ term: c.name, value: c.value })),
        ...o.members.map((m) => ({ term: m.name, value: displayValue(m) })),
        ...fact('timeline.fact.note', o.note),
        ...fact('timeline.fact.organisation', o.source ?? t('timeline.notRecorded')),
      ],
    });
  }));
}

const END_FACTS = { ended: 'timeline.fact.ended', due: 'timeline.fact.endDue', planned: 'timeline.fact.endPlanned' } as const;

function medicineFacts(m: MedicationItem, now: Date): TimelineFact[] {
  return [
    ...fact('timeline.fact.form', [m.form, m.strength].filter(Boolean).join(', ')),
    ...m.dosage.map((d) => ({ term: t('timeline.fact.dose'), value: [d.structured, d.text].filter(Boolean).join(' · ') })).filter((f) => f.value),
    { term: t('timeline.fact.status'), value: m.statusLabel },
    ...fact('timeline.fact.statusReason', m.statusReason),
    ...fact('timeline.fact.reason', m.reason),
    { term: t('timeline.fact.started'), value: timelineDateText(m.start) },
    ...fact(END_FACTS[medicationEndKind(m, now) ?? 'ended'], m.end ? timelineDateText(m.end) : undefined),
    ...fact('timeline.fact.lastIssue', m.lastIssue ? timelineDateText(m.lastIssue) : undefined),
    ...fact('timeline.fact.prescriber', m.prescriber),
    ...fact('timeline.fact.organisation', m.organisation ?? t('timeline.notRecorded')),
  ];
}

/**
 * Each medicine's start, and its end once it is no longer current (a planned end has not happened):
 * a stopped medicine whose recorded end is still to come is listed as ended with no date ("Date not
 * recorded", R65), never placed at that future date.
 */
export function medicationEntries(view: MedicationsView, now: Date = new Date()): TimelineEntry[] {
  return [...view.current, ...view.past].flatMap((m) => {
    const base = { organisation: m.organisation, sensitivity: m.sensitivity, resourceType: m.resourceType, id: m.id, facts: medicineFacts(m, now) };
    const started = entry({ ...base, key: `${m.key}#start`, type: 'medicine-started', title: t('timeline.medicine.started', { name: m.name }), date: m.start });
    if (m.current || (!m.end && m.status !== 'stopped')) return [started];
    const ended = entry({ ...base, key: `${m.key}#end`, type: 'medicine-ended', title: t('timeline.medicine.ended', { status: m.statusLabel, name: m.name }), date: medicationEndKind(m, now) === 'planned' ? undefined : m.end });
    return [started, ended];
  });
}

/**
 * Each appointment, stay or attendance at its start (R65: its own precision; an undated one under
 * "Date not recorded"). An open stay says "Admitted since …" as a signal, kept in view (R69).
 */
export function encounterEntries(view: EncountersView): TimelineEntry[] {
  return [...view.upcoming, ...view.past].map((v) => {
    const [resourceType = v.resourceType, id = v.id] = v.id.split('/');
    const what = v.type ?? v.specialty;
    return entry({
      key: v.id, type: 'encounter', title: what ? `${visitKindText(v.kind)}: ${what}` : visitKindText(v.kind), date: v.start,
      organisation: v.source, signals: v.current ? [visitCurrentText(v)] : [], sensitivity: v.sensitivity, resourceType, id,
      facts: [
        { term: t('timeline.fact.status'), value: visitStatusText(v) },
        ...fact('encounters.specialty', v.specialty),
        ...fact('encounters.place', v.place),
        ...fact('encounters.reason', v.reason),
        ...fact('encounters.cancelReason', v.cancelReason),
        ...fact(v.kind === 'admission' ? 'encounters.discharged' : 'encounters.ended', v.end ? timelineDateText(v.end) : undefined),
        ...fact('timeline.fact.organisation', v.source ?? t('timeline.notRecorded')),
      ],
    });
  });
}

/**
 * R66: each decision about care at the date it was recorded. A decision no longer in force says
 * so beside the type (withdrawn, superseded, expired), so a past DNACPR never reads as current;
 * a current one says Current. Flags are the social care source's entries, not listed twice.
 */
export function decisionEntries(view: AlertsView): TimelineEntry[] {
  const decisions = [...view.decisions, ...view.notInForce.filter((e): e is DecisionView => e.resourceType === 'Consent')];
  return decisions.map((d) => {
    const [, id = d.id] = d.id.split('/');
    return entry({
      key: d.id, type: 'care-decision', title: t('timeline.decision.recorded', { title: d.title }), date: d.date,
      organisation: d.source, signals: [d.standingText ?? t('timeline.signal.current')], sensitivity: d.sensitivity, resourceType: 'Consent', id,
      facts: [
        ...fact('timeline.fact.note', d.detail),
        ...fact('timeline.fact.by', d.recordedBy),
        ...fact('timeline.fact.ended', d.endsOn ? timelineDateText(d.endsOn) : undefined),
        ...fact('timeline.fact.organisation', d.source ?? t('timeline.notRecorded')),
      ],
    });
  });
}

/**
 * R70: each letter or summary at its date. A superseded one says so, so an old discharge summary
 * is never read as the latest; the body opens in <icr-documents>, not here.
 */
export function documentEntries(view: DocumentsView): TimelineEntry[] {
  return view.documents.map((d) => {
    const [, id = d.id] = d.id.split('/');
    return entry({
      key: `DocumentReference/${id}`, type: 'document', title: documentTitle(d) ?? t('documents.untitled'), date: d.date,
      organisation: d.organisation ?? d.source, signals: d.status === 'superseded' ? [t('documents.status.superseded')] : [],
      sensitivity: d.sensitivity, resourceType: 'DocumentReference', id,
      facts: [
        { term: t('timeline.fact.status'), value: t(`documents.status.${d.status}`) },
        ...fact('documents.author', d.authorPerson),
        ...fact('timeline.fact.organisation', d.organisation ?? d.source ?? t('timeline.notRecorded')),
        ...fact('timeline.fact.note', d.description),
        ...(d.replacedBy ? [{ term: t('documents.status.superseded'), value: t('documents.replacedBy', { title: d.replacedBy.title ?? t('documents.untitled'), date: timelineDateText(d.replacedBy.date) }) }] : []),
      ],
    });
  });
}

/**
 * R71: each vaccination at its date, at its own precision. One not given says so beside the type
 * (a signal, in view while a restricted entry's detail is hidden), with its reason.
 */
export function immunisationEntries(view: ImmunisationsView): TimelineEntry[] {
  return view.items.map((v) => {
    const [, id = v.id] = v.id.split('/');
    return entry({
      key: v.id, type: 'immunisation', title: v.vaccine, date: v.date, organisation: v.source,
      signals: v.given ? [] : [t('immunisations.notGiven')], sensitivity: v.sensitivity, resourceType: 'Immunization', id,
      facts: [
        ...(v.given ? [] : [{ term: t('immunisations.reason'), value: v.notGivenReason ?? t('immunisations.reasonNotRecorded') }]),
        ...fact('immunisations.doseLabel', v.dose),
        ...fact('immunisations.series', v.series),
        ...fact('immunisations.reportedFrom', v.reportedFrom),
        ...fact('timeline.fact.organisation', v.source ?? t('timeline.notRecorded')),
      ],
    });
  });
}
