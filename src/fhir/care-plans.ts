/**
 * Care plans (REQUIREMENTS.md §8): CarePlan, with its reviews carried as Tasks (`basedOn` →
 * the CarePlan) → a view model of plans and their events: created, started, reviewed, due for
 * review, ended. Pure, never throws. Every CarePlan is shown (health and social care alike);
 * entered-in-error is not. A Task that is not a review of a plan here is left out by rule.
 */
import type { Mapped, DataWarning, PatientLoaded, SearchResult } from './section-contract.js';
import { compareFhirDatesNewestFirst, isPast, parseFhirDate } from '../format/dates.js';
import { codings, conceptText, isResource, obj, objects, readReference, sensitivity, str, type FhirResource } from './read.js';
import { translator } from '../i18n/core.js';
import { carePlansMessages } from '../i18n/en-GB/care-plans.js';
import { containedOf, isWords, referenceName, sourceOrganisation } from './provenance.js';
import { socialCareCodes, type SocialCareCodeTable } from './social-care-codes.js';
import { noneHidden, type HiddenEntries } from './hidden.js';

const t = translator(carePlansMessages);

export type CarePlanEventKind = 'created' | 'started' | 'reviewed' | 'review-due' | 'ended';

export interface CarePlanEvent {
  kind: CarePlanEventKind;
  /** FHIR date/dateTime as recorded. */
  date: string;
  /** Who did it, when the record says (a review's owner). */
  by?: string;
}

export interface CarePlanItem {
  id: string;
  /** Title, else the first category, else the description; undefined → "Care plan". */
  title?: string;
  /** Category names as recorded (e.g. "Support plan", "End of life care"). */
  categories: string[];
  /** A ReSPECT form / plan is named so it cannot be missed. */
  respect: boolean;
  /** FHIR CarePlan.status (`active`, `completed`, `revoked`, `on-hold`, `draft`, `unknown`). */
  status?: string;
  /** Author organisation (author, else the first contributor). */
  author?: string;
  events: CarePlanEvent[];
  /** The next review date not yet done (R45-like: overdue when past). */
  reviewDue?: string;
  /** Sort key: created, else period start. */
  date?: string;
  sensitivity?: 'R' | 'V';
  /** The source organisation in words (R44); undefined: the record does not name it. */
  source?: string;
}

export interface CarePlansView {
  plans: CarePlanItem[];
  /** Plans marked entered in error: never shown (H8), counted so the gap shows. */
  hidden: HiddenEntries;
}

const RESPECT = /\bre\s?spect\b/i;
const REVIEW_DONE = ['completed'];
const REVIEW_DROPPED = ['cancelled', 'rejected', 'failed', 'entered-in-error'];

function isReviewTask(task: FhirResource, table: SocialCareCodeTable): boolean {
  const concepts = [task.code, ...objects(task.category)];
  const row = table.find('Task', 'code', concepts.flatMap((c) => codings(c)));
  if (row) return row.kind === 'review';
  return /\breview/i.test(concepts.map(conceptText).filter(Boolean).join(' '));
}

/** Review Tasks keyed by the CarePlan id they are based on. */
function reviewsByPlan(tasks: FhirResource[], table: SocialCareCodeTable): Map<string, FhirResource[]> {
  const map = new Map<string, FhirResource[]>();
  for (const task of tasks) {
    if (!isReviewTask(task, table)) continue;
    for (const ref of objects(task.basedOn)) {
      const parts = readReference(ref);
      if (parts?.type !== 'CarePlan' || !parts.id) continue;
      map.set(parts.id, [...(map.get(parts.id) ?? []), task]);
    }
  }
  return map;
}

function reviewEvents(tasks: FhirResource[], included: readonly FhirResource[]): { events: CarePlanEvent[]; due?: string } {
  const events: CarePlanEvent[] = [];
  const dues: string[] = [];
  for (const task of tasks) {
    const status = str(task.status);
    if (REVIEW_DROPPED.includes(status ?? '')) continue;
    const period = obj(task.executionPeriod);
    const by = referenceName(task.owner, { included, contained: containedOf(task) });
    if (REVIEW_DONE.includes(status ?? '')) {
      const done = str(period?.end) ?? str(task.lastModified) ?? str(period?.start);
      if (done) events.push({ kind: 'reviewed', date: done, by });
    } else {
      const due = str(obj(obj(task.restriction)?.period)?.end) ?? str(period?.end) ?? str(period?.start);
      if (due) dues.push(due);
    }
  }
  // The earliest outstanding review is the one that is (or will first be) overdue.
  const due = dues.sort((a, b) => -compareFhirDatesNewestFirst(a, b))[0];
  if (due) events.push({ kind: 'review-due', date: due });
  return { events, due };
}

export function toCarePlan(resource: unknown, reviews: FhirResource[] = [], included: readonly FhirResource[] = []): CarePlanItem | undefined {
  if (!isResource(resource) || resource.resourceType !== 'CarePlan') return undefined;
  const status = str(resource.status);
  if (status === 'entered-in-error') return undefined;
  const categories = objects(resource.category).map(conceptText).filter((c): c is string => !!c);
  const title = str(resource.title) ?? categories[0] ?? str(resource.description);
  const period = obj(resource.period);
  const events: CarePlanEvent[] = [];
  const created = str(resource.created);
  if (created) events.push({ kind: 'created', date: created });
  if (str(period?.start)) events.push({ kind: 'started', date: str(period?.start)! });
  const review = reviewEvents(reviews, included);
  events.push(...review.events);
  if (str(period?.end)) events.push({ kind: 'ended', date: str(period?.end)! });
  const ctx = { included, contained: containedOf(resource) };
  const author = [resource.author, ...objects(resource.contributor)].map((r) => referenceName(r, ctx)).find(isWords);
  const allText = [title, str(resource.description), ...categories].filter(Boolean).join(' ');
  const plan: CarePlanItem = {
    id: str(resource.id) ?? '',
    title,
    categories,
    respect: RESPECT.test(allText),
    status,
    author,
    events: events.sort((a, b) => compareFhirDatesNewestFirst(a.date, b.date)),
    reviewDue: review.due,
    date: created ?? str(period?.start),
    sensitivity: sensitivity(resource),
    source: sourceOrganisation(resource, { included }),
  };
  return plan;
}

/** CarePlan results, then (optionally) the Task results → the view model. */
export function mapCarePlans(
  results: (SearchResult | undefined)[],
  patient?: Pick<PatientLoaded, 'included'>,
  table: SocialCareCodeTable = socialCareCodes,
): Mapped<CarePlansView> {
  const [plansResult, tasksResult] = results;
  const included = [...results.flatMap((r) => r?.included ?? []), ...(patient?.included ?? [])];
  const tasks = (tasksResult?.matches ?? []).filter((r) => isResource(r) && r.resourceType === 'Task');
  const reviews = reviewsByPlan(tasks, table);
  const hidden = noneHidden();
  hidden.enteredInError = (plansResult?.matches ?? []).filter((r) => isResource(r) && r.resourceType === 'CarePlan' && str(r.status) === 'entered-in-error').length;
  const plans = (plansResult?.matches ?? [])
    .map((r) => toCarePlan(r, isResource(r) ? reviews.get(str(r.id) ?? '') ?? [] : [], included))
    .filter((p): p is CarePlanItem => !!p)
    .map((p, i) => ({ p, i }))
    .sort((a, b) => compareFhirDatesNewestFirst(a.p.date, b.p.date) || a.i - b.i)
    .map(({ p }) => p);
  const warnings: DataWarning[] = [];
  if (results.length > 1 && !tasksResult) {
    warnings.push({ kind: 'search-outcome', text: t('carePlans.reviewsUnavailable') });
  }
  return { kind: plans.length ? 'loaded' : 'empty', view: { plans, hidden }, count: plans.length, warnings };
}

/** A review due date that has passed, on a plan still in force. */
export function isReviewOverdue(plan: Pick<CarePlanItem, 'reviewDue' | 'status'>, now: Date): boolean {
  if (!plan.reviewDue) return false;
  if (plan.status && !['active', 'on-hold', 'draft', 'unknown'].includes(plan.status)) return false;
  return isPast(plan.reviewDue, now) === true;
}

/** Year of a plan's date, for display grouping if wanted. */
export function planYear(plan: Pick<CarePlanItem, 'date'>): number | undefined {
  return parseFhirDate(plan.date)?.year;
}
