/**
 * The record's at-a-glance summary (`<icr-record>`): a pure function from the section states
 * (the same view models the section elements render, from the same answers) to a few lines, one
 * per concern, each linking to its section.
 *
 * R61, H4, H16: every line states its section's own state in words. A section that is loading,
 * failed, restricted, not recorded or only partly received never reads as "none"; only a section
 * that answered in full says there is nothing. Sensitive entries (R51, H11) are counted, never
 * named, until revealed in their section.
 */
import type { DataState, FailureKind, MappedKind, SectionState } from '../fhir/section-contract.js';
import type { AllergiesSectionView } from './allergies.js';
import type { MedicationsSectionView } from './medications.js';
import type { DiagnosesSectionView } from './diagnoses.js';
import type { EntryGroup } from '../fhir/grouping.js';
import type { ResultsView } from '../fhir/results.js';
import type { ReportsView, ReportView } from '../fhir/reports.js';
import type { CarePlansView } from '../fhir/care-plans.js';
import { isReviewOverdue } from '../fhir/care-plans.js';
import { expiryState, type SocialCareEvent, type SocialCareView } from '../fhir/social-care.js';
import { compareFhirDatesNewestFirst, daysUntil, formatDate } from '../format/dates.js';
import { translator } from '../i18n/core.js';
import { recordMessages } from '../i18n/en-GB/record.js';
import type { AlertsView, AlertView, DecisionView } from '../fhir/alerts.js';
import { alertsMessages } from '../i18n/en-GB/alerts.js';
import { groupingMessages } from '../i18n/en-GB/grouping.js';

const t = translator(recordMessages);
type Key = Parameters<typeof t>[0];

/** How many entries a line names before "and N more". */
export const FIRST_FEW = 3;
/** A care plan review this close (days) is "due". */
const REVIEW_DUE_DAYS = 28;

/** The section states the summary reads, by section name (`SectionSpec.section`). */
export interface SummaryStates {
  'social-care'?: SectionState<SocialCareView>;
  allergies?: SectionState<AllergiesSectionView>;
  medications?: SectionState<MedicationsSectionView>;
  diagnoses?: SectionState<DiagnosesSectionView>;
  results?: SectionState<ResultsView>;
  'pathology-reports'?: SectionState<ReportsView>;
  'radiology-reports'?: SectionState<ReportsView>;
  'care-plans'?: SectionState<CarePlansView>;
  alerts?: SectionState<AlertsView>;
}

/** `partial`: a long list shown before its last page (R39); `incomplete`: pages left unfetched. */
export type SummaryLineState = 'loading' | 'partial' | 'incomplete' | MappedKind | FailureKind;

export interface SummaryLine {
  /** Which concern: alerts, allergies, medications, problems, results, pathology, radiology, care-plans. */
  key: string;
  /** The section the line links to. */
  section: keyof SummaryStates;
  label: string;
  state: SummaryLineState;
  /** The line's own words: the state, or what the section holds. */
  text: string;
  /** The first few entries, by name. */
  items: string[];
  /** Entries not named for space ("and N more"). */
  more: number;
  /** R51: sensitive entries counted, not named. */
  sensitive: number;
  /** What else the reader must know about the list: still arriving, cut short, entries withheld (R39, R50). */
  notes: string[];
  /** Calls for attention (known allergies, open safeguarding, an overdue review, a flagged result). */
  attention: boolean;
}

interface Named {
  name: string;
  sensitivity?: 'R' | 'V';
}

/**
 * R59, R60: one entry per fact, as the section shows it. The lead is the member that calls for more
 * care; a fact from several sources says how many, and that their details differ when they do.
 * Without groups (a view made before grouping), each item is its own entry.
 */
function entries<T extends { sensitivity?: 'R' | 'V' }>(groups: EntryGroup<T>[] | undefined, items: T[], name: (item: T) => string): Named[] {
  if (!groups) return items.map((item) => ({ name: name(item), sensitivity: item.sensitivity }));
  return groups.map((g) => {
    const base = name(g.lead);
    const count = g.members.length;
    const named = count < 2 ? base : g.differences.length ? t('record.group.differ', { name: base, count }) : t('record.group.sources', { name: base, count });
    return { name: named, sensitivity: g.members.some((m) => m.sensitivity) ? 'R' : undefined };
  });
}

/** R61: the words for a state that holds no data to summarise. */
function failureWords(kind: FailureKind): string {
  if (kind === 'restricted') return t('record.state.restricted');
  if (kind === 'unavailable') return t('record.state.unavailable');
  if (kind === 'bad-response') return t('record.state.badResponse');
  if (kind === 'auth-required') return t('record.state.authRequired');
  return t('record.state.other');
}

function line(key: string, section: keyof SummaryStates, labelKey: Key): SummaryLine {
  return { key, section, label: t(labelKey), state: 'loading', text: t('record.state.loading'), items: [], more: 0, sensitive: 0, notes: [], attention: false };
}

/** Names the first few, counts the rest; sensitive entries are counted apart and never named. */
function fill(out: SummaryLine, entries: Named[]): void {
  const open = entries.filter((e) => !e.sensitivity);
  out.sensitive = entries.length - open.length;
  out.items = open.slice(0, FIRST_FEW).map((e) => e.name);
  out.more = open.length - out.items.length;
}

/**
 * One line from a section state: loading and failures in words (R61); data handed to `describe`,
 * then marked partial or incomplete when only part of the list was received (never "none").
 */
function fromState<VM>(out: SummaryLine, state: SectionState<VM> | undefined, describe: (s: DataState<VM>, out: SummaryLine) => void): SummaryLine {
  if (!state) return out;
  if (state.kind === 'loading') {
    // H4: pages in, none of them this line's yet: how far, never "none" (and not held to the last page).
    if (state.reading) {
      out.state = 'partial';
      out.text = t('record.state.reading', { shown: state.reading.shown, count: state.reading.shown });
    }
    return out;
  }
  if (state.kind !== 'loaded' && state.kind !== 'empty' && state.kind !== 'not-recorded') {
    out.state = state.kind;
    out.text = failureWords(state.kind);
    // A section that could not be read stands out (a refusal for the role is a steady state).
    out.attention = state.kind !== 'restricted';
    return out;
  }
  out.state = state.kind;
  describe(state, out);
  const partial = state.meta.loadingMore;
  const part = partial ? t('record.state.partial', { shown: partial.shown }) : state.meta.incomplete ? t('record.state.incomplete') : undefined;
  if (part) {
    out.state = partial ? 'partial' : 'incomplete';
    // R61, H4: part of a list never says "none": with nothing to name, the line is only the part's words.
    if (out.items.length || out.sensitive) out.notes.push(part);
    else out.text = part;
  }
  // R50: entries the ICR withheld are said here too, so the count is never read as the whole list.
  if (state.meta.warnings.some((w) => w.kind === 'withheld')) out.notes.push(t('record.state.withheld'));
  return out;
}

function alertName(event: SocialCareEvent, now: Date): string | undefined {
  if (event.openSafeguarding) {
    return t('record.alerts.safeguarding', { label: event.label ?? t('record.alerts.defaultLabel.safeguarding') });
  }
  if (event.resourceType !== 'Flag' || event.status !== 'active') return undefined;
  const label = event.label ?? t(event.kind === 'dols-authorisation' ? 'record.alerts.defaultLabel.dols' : 'record.alerts.defaultLabel.alert');
  if (event.kind !== 'dols-authorisation') return label;
  // R45, H14: a DoLS past its end date is said to be expired, whatever its status says.
  const expiry = expiryState(event, now);
  if (!event.expiresOn) return t('record.alerts.noExpiry', { label });
  const date = formatDate(event.expiresOn);
  if (expiry === 'expired') return t('record.alerts.expired', { label, date });
  return t(expiry === 'expiring' ? 'record.alerts.expiresSoon' : 'record.alerts.expires', { label, date });
}

/**
 * `shownAbove`: the Flags the child protection line already names (one line per fact, issue 18):
 * a child protection plan is not listed again among the alerts.
 */
function alertsLine(state: SummaryStates['social-care'], now: Date, shownAbove: ReadonlySet<string> = new Set()): SummaryLine {
  return fromState(line('alerts', 'social-care', 'record.line.alerts'), state, (s, out) => {
    if (s.kind !== 'loaded') {
      out.text = t('record.alerts.noSocialCare');
      return;
    }
    const alerts = s.view.events
      .filter((e) => !shownAbove.has(e.id))
      .map((e) => ({ event: e, name: alertName(e, now) }))
      .filter((a): a is { event: SocialCareEvent; name: string } => !!a.name);
    const current = alerts.filter((a) => a.event.kind !== 'dols-authorisation' || expiryState(a.event, now) !== 'expired');
    // Safeguarding first, then a current DoLS, other alerts, and last an expired DoLS: still named
    // (as expired, never as current: H14) but never in place of a current alert among the first few.
    const expired = (e: SocialCareEvent) => e.kind === 'dols-authorisation' && expiryState(e, now) === 'expired';
    const rank = (e: SocialCareEvent) => (e.openSafeguarding ? 0 : expired(e) ? 3 : e.kind === 'dols-authorisation' ? 1 : 2);
    alerts.sort((a, b) => rank(a.event) - rank(b.event));
    fill(out, alerts.map((a) => ({ name: a.name, sensitivity: a.event.sensitivity })));
    out.text = current.length ? t('record.alerts.count', { count: current.length }) : t('record.alerts.none');
    out.attention = current.length > 0;
  });
}

function allergiesLine(state: SummaryStates['allergies']): SummaryLine {
  return fromState(line('allergies', 'allergies', 'record.line.allergies'), state, (s, out) => {
    const { summary, active, activeGroups } = s.view;
    if (summary === 'not-recorded' || s.kind === 'not-recorded') {
      out.text = t('record.allergies.notRecorded');
      out.attention = true;
    } else if (summary === 'nka') out.text = t('record.allergies.nka');
    else if (summary === 'nkda') out.text = t('record.allergies.nkda');
    else {
      // High criticality first, so the most dangerous is always among the first few named (a group's
      // lead is its member that calls for more care, R60).
      const high = (a: { criticality?: string }) => Number(a.criticality === 'high');
      const groups = activeGroups && [...activeGroups].sort((a, b) => high(b.lead) - high(a.lead));
      const sorted = [...active].sort((a, b) => high(b) - high(a));
      const named = entries(groups, sorted, (a) => (a.criticality === 'high' ? t('record.allergies.criticality', { agent: a.agent }) : a.agent));
      fill(out, named);
      out.text = t('record.allergies.known', { count: named.length });
      out.attention = true;
    }
  });
}

function medicationsLine(state: SummaryStates['medications']): SummaryLine {
  return fromState(line('medications', 'medications', 'record.line.medications'), state, (s, out) => {
    const { current, past, currentGroups, pastGroups } = s.view;
    if (current.length) {
      const named = entries(currentGroups, current, (m) => m.name);
      fill(out, named);
      out.text = t('record.medications.current', { count: named.length });
    } else if (past.length) out.text = t('record.medications.noneCurrent', { count: pastGroups?.length ?? past.length });
    else out.text = t('record.medications.empty');
  });
}

function problemsLine(state: SummaryStates['diagnoses']): SummaryLine {
  return fromState(line('problems', 'diagnoses', 'record.line.problems'), state, (s, out) => {
    const { current, history, currentGroups, historyGroups } = s.view;
    if (current.length) {
      const named = entries(currentGroups, current, (d) => (d.unconfirmed ? t('record.problems.unconfirmed', { name: d.name }) : d.name));
      fill(out, named);
      out.text = t('record.problems.active', { count: named.length });
    } else if (history.length) out.text = t('record.problems.noneActive', { count: historyGroups?.length ?? history.length });
    else out.text = t('record.problems.empty');
  });
}

function resultsLine(state: SummaryStates['results']): SummaryLine {
  return fromState(line('results', 'results', 'record.line.results'), state, (s, out) => {
    const { tests } = s.view;
    const flagged = tests
      .filter((x) => x.latest.flag)
      .sort((a, b) => Number(b.latest.flag === 'critical') - Number(a.latest.flag === 'critical') || compareFhirDatesNewestFirst(a.latest.when, b.latest.when));
    if (!tests.length) {
      out.text = t('record.results.empty');
      return;
    }
    fill(out, flagged.map((x) => ({
      name: t('record.results.item', { name: x.name, value: x.latest.value ?? '', flag: x.latest.interpretation ?? x.latest.flag ?? '', date: x.latest.date }),
      sensitivity: x.sensitivity,
    })));
    out.text = flagged.length ? t('record.results.flagged', { count: flagged.length }) : t('record.results.noneFlagged', { count: tests.length });
    out.attention = flagged.length > 0;
  });
}

function reportName(r: ReportView): string {
  const params = { title: r.title, date: r.issued };
  return r.notFinal ? t('record.reports.notFinal', params) : t('record.reports.item', params);
}

function reportsLine(key: 'pathology' | 'radiology', state: SummaryStates['pathology-reports']): SummaryLine {
  const section = key === 'pathology' ? 'pathology-reports' : 'radiology-reports';
  return fromState(line(key, section, key === 'pathology' ? 'record.line.pathology' : 'record.line.radiology'), state, (s, out) => {
    // The view holds every report (each element filters its own group): only this group's here.
    const reports = s.view.reports.filter((r) => r.group === key).sort((a, b) => compareFhirDatesNewestFirst(a.issuedRaw, b.issuedRaw));
    if (!reports.length) {
      out.text = t('record.reports.empty');
      return;
    }
    fill(out, reports.map((r) => ({ name: reportName(r), sensitivity: r.sensitivity })));
    out.more = 0; // the count says how many there are; "and 1,197 more" adds nothing
    out.text = t(out.items.length ? 'record.reports.countNewest' : 'record.reports.count', { count: reports.length });
  });
}

function carePlansLine(state: SummaryStates['care-plans'], now: Date): SummaryLine {
  return fromState(line('care-plans', 'care-plans', 'record.line.carePlans'), state, (s, out) => {
    const { plans } = s.view;
    if (!plans.length) {
      out.text = t('record.carePlans.empty');
      return;
    }
    const inForce = (status?: string) => !status || ['active', 'on-hold', 'draft', 'unknown'].includes(status);
    const due = plans
      .filter((p) => p.reviewDue && inForce(p.status) && (isReviewOverdue(p, now) || (daysUntil(p.reviewDue, now) ?? Infinity) <= REVIEW_DUE_DAYS))
      .sort((a, b) => -compareFhirDatesNewestFirst(a.reviewDue, b.reviewDue));
    fill(out, due.map((p) => {
      const params = { title: p.title ?? p.categories[0] ?? '', date: formatDate(p.reviewDue) };
      return { name: isReviewOverdue(p, now) ? t('record.carePlans.overdue', params) : t('record.carePlans.dueOn', params), sensitivity: p.sensitivity };
    }));
    out.text = due.length ? t('record.carePlans.due', { count: due.length }) : t('record.carePlans.noneDue', { count: plans.length });
    out.attention = due.some((p) => isReviewOverdue(p, now));
  });
}

// ---- R66, R67: decisions about care and child protection, at the top of the summary.
const ta = translator(alertsMessages, groupingMessages);

/** A line of the alerts section, labelled in its own words. */
function alertsSectionLine(key: string, label: string): SummaryLine {
  return { ...line(key, 'alerts', 'record.line.alerts'), label };
}

/** R72: a decision the patient or a carer added says so here too (the grouping catalogue's words). */
function withAddedBy(entry: string, who: DecisionView['addedBy']): string {
  return who ? ta('alerts.summary.addedBy', { entry, who: ta(`grouping.addedBy.${who}`) }) : entry;
}

function decisionName(d: DecisionView): string {
  const params = { title: d.title, date: d.dateText, who: d.recordedBy ?? '' };
  return withAddedBy(ta(d.recordedBy ? 'alerts.summary.decision' : 'alerts.summary.decisionNoRecorder', params), d.addedBy);
}

function protectionName(p: AlertView): string {
  const la = p.localAuthority ?? {};
  const contact = [la.phone, la.email].filter(Boolean).join(', ') || ta('alerts.contactNotRecorded');
  return ta('alerts.summary.protectionItem', { title: p.title, date: p.dateText, authority: la.name ?? ta('alerts.authorityNotRecorded'), contact });
}

/** R66: a failed or refused search says the decisions could not be checked, never "none". */
function notChecked(out: SummaryLine, state: SummaryStates['alerts']): SummaryLine {
  if (state && state.kind !== 'loading' && state.kind !== 'loaded' && state.kind !== 'empty' && state.kind !== 'not-recorded') {
    out.text = ta(state.kind === 'restricted' ? 'alerts.summary.restricted' : 'alerts.summary.notChecked');
    out.attention = true;
  }
  return out;
}

function decisionsLine(state: SummaryStates['alerts']): SummaryLine {
  const out = fromState(alertsSectionLine('decisions', ta('alerts.summary.decisions')), state, (s, o) => {
    const { decisions, notInForce } = s.view;
    const past = notInForce.filter((e) => e.resourceType === 'Consent').length;
    // Every current decision is named (never "and 1 more" for a DNACPR): they are few and each matters.
    fill(o, decisions.map((d) => ({ name: decisionName(d), sensitivity: d.sensitivity })));
    o.items = [...o.items, ...decisions.filter((d) => !d.sensitivity).slice(FIRST_FEW).map(decisionName)];
    o.more = 0;
    o.text = decisions.length ? ta('alerts.summary.current', { count: decisions.length })
      : past ? ta('alerts.summary.noneCurrentPast', { count: past }) : ta('alerts.summary.noneCurrent');
    o.attention = decisions.length > 0;
  });
  return notChecked(out, state);
}

/** R67: only for a child with a current child protection plan or looked after status. */
function protectionLine(state: SummaryStates['alerts']): SummaryLine | undefined {
  if (state?.kind !== 'loaded' || !state.view.protection.length) return undefined;
  return fromState(alertsSectionLine('protection', ta('alerts.summary.protection')), state, (s, o) => {
    fill(o, s.view.protection.map((p) => ({ name: protectionName(p), sensitivity: p.sensitivity })));
    o.items = [...o.items, ...s.view.protection.filter((p) => !p.sensitivity).slice(FIRST_FEW).map(protectionName)];
    o.more = 0;
    o.text = ta('alerts.summary.current', { count: s.view.protection.length });
    o.attention = true;
  });
}

/**
 * The summary lines for the sections given (a section left out of `states` has no line), in the
 * order a clinician reads them: child protection and decisions about care (R66, R67), alerts, allergies, medicines, problems, results, reports, reviews.
 */
export function summarise(states: SummaryStates, now: Date): SummaryLine[] {
  const has = (s: keyof SummaryStates) => Object.prototype.hasOwnProperty.call(states, s);
  const lines: SummaryLine[] = [];
  let shownAbove = new Set<string>();
  if (has('alerts')) {
    const protection = protectionLine(states.alerts);
    if (protection) lines.push(protection);
    lines.push(decisionsLine(states.alerts));
    if (protection && states.alerts?.kind === 'loaded') shownAbove = new Set(states.alerts.view.protection.map((p) => p.id));
  }
  if (has('social-care')) lines.push(alertsLine(states['social-care'], now, shownAbove));
  if (has('allergies')) lines.push(allergiesLine(states.allergies));
  if (has('medications')) lines.push(medicationsLine(states.medications));
  if (has('diagnoses')) lines.push(problemsLine(states.diagnoses));
  if (has('results')) lines.push(resultsLine(states.results));
  if (has('pathology-reports')) lines.push(reportsLine('pathology', states['pathology-reports']));
  if (has('radiology-reports')) lines.push(reportsLine('radiology', states['radiology-reports']));
  if (has('care-plans')) lines.push(carePlansLine(states['care-plans'], now));
  return lines;
}
