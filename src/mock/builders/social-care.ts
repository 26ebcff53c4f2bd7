/**
 * Builders for the social-care and care-plan sections: Task (assessments, reviews, enquiries),
 * Flag, EpisodeOfCare (packages of care) and CarePlan. Task and EpisodeOfCare carry the social-care
 * tag by default (REQUIREMENTS §8).
 */
import { orgRef, type MockOrganisation } from '../organisations.js';
import type { FhirCodeableConcept, FhirResource } from '../types.js';
import { asInstant, metaFor, notes, type ItemContext, type ItemOptions } from './item.js';

export interface TaskOptions extends ItemOptions {
  code: FhirCodeableConcept;
  status: 'draft' | 'requested' | 'received' | 'accepted' | 'rejected' | 'ready' | 'cancelled' | 'in-progress' | 'on-hold' | 'failed' | 'completed' | 'entered-in-error';
  businessStatus?: FhirCodeableConcept;
  authoredOn: string;
  lastModified?: string;
  executionPeriod?: { start?: string; end?: string };
  /** Due by (Task.restriction.period.end). */
  dueBy?: string;
  owner: MockOrganisation;
  requester?: MockOrganisation;
  basedOn?: string[];
  description?: string;
}

export interface FlagOptions extends ItemOptions {
  category: FhirCodeableConcept[];
  code: FhirCodeableConcept;
  status: 'active' | 'inactive' | 'entered-in-error';
  period: { start?: string; end?: string };
}

export interface EpisodeOfCareOptions extends ItemOptions {
  type: FhirCodeableConcept[];
  status: 'planned' | 'waitlist' | 'active' | 'onhold' | 'finished' | 'cancelled' | 'entered-in-error';
  period: { start?: string; end?: string };
}

export interface CarePlanOptions extends ItemOptions {
  category: FhirCodeableConcept[];
  title: string;
  description?: string;
  status: 'draft' | 'active' | 'on-hold' | 'revoked' | 'completed' | 'entered-in-error' | 'unknown';
  intent?: 'proposal' | 'plan' | 'order' | 'option';
  created: string;
  period?: { start?: string; end?: string };
  activities?: Array<{ code: FhirCodeableConcept; status: string; scheduledStart?: string; description?: string }>;
}

export function taskResource(ctx: ItemContext, o: TaskOptions): FhirResource {
  const r: FhirResource = {
    resourceType: 'Task',
    id: ctx.nextId('task', o.id),
    meta: metaFor(o, o.lastModified ?? o.authoredOn, true),
  };
  if (o.basedOn) r['basedOn'] = o.basedOn.map((ref) => ({ reference: ref }));
  r['status'] = o.status;
  if (o.businessStatus) r['businessStatus'] = o.businessStatus;
  r['intent'] = 'order';
  r['code'] = o.code;
  if (o.description) r['description'] = o.description;
  r['for'] = ctx.subject;
  if (o.executionPeriod) r['executionPeriod'] = o.executionPeriod;
  r['authoredOn'] = o.authoredOn;
  if (o.lastModified) r['lastModified'] = o.lastModified;
  r['requester'] = orgRef(o.requester ?? o.owner);
  r['owner'] = orgRef(o.owner);
  if (o.dueBy) r['restriction'] = { period: { end: o.dueBy } };
  Object.assign(r, notes(o));
  return r;
}

export function flagResource(ctx: ItemContext, o: FlagOptions): FhirResource {
  return {
    resourceType: 'Flag',
    id: ctx.nextId('flag', o.id),
    meta: metaFor(o, asInstant(o.period.start ?? ctx.clock.daysAgo(1))),
    status: o.status,
    category: o.category,
    code: o.code,
    subject: ctx.subject,
    period: o.period,
    author: orgRef(o.source),
  };
}

export function episodeOfCareResource(ctx: ItemContext, o: EpisodeOfCareOptions): FhirResource {
  return {
    resourceType: 'EpisodeOfCare',
    id: ctx.nextId('episode', o.id),
    meta: metaFor(o, asInstant(o.period.start ?? ctx.clock.daysAgo(1)), true),
    status: o.status,
    type: o.type,
    patient: ctx.subject,
    managingOrganization: orgRef(o.source),
    period: o.period,
  };
}

export function carePlanResource(ctx: ItemContext, o: CarePlanOptions): FhirResource {
  const r: FhirResource = {
    resourceType: 'CarePlan',
    id: ctx.nextId('careplan', o.id),
    meta: metaFor(o, asInstant(o.created)),
    status: o.status,
    intent: o.intent ?? 'plan',
    category: o.category,
    title: o.title,
  };
  if (o.description) r['description'] = o.description;
  r['subject'] = ctx.subject;
  if (o.period) r['period'] = o.period;
  r['created'] = o.created;
  r['author'] = orgRef(o.source);
  if (o.activities) {
    r['activity'] = o.activities.map((a) => ({
      detail: {
        code: a.code,
        status: a.status,
        ...(a.description ? { description: a.description } : {}),
        ...(a.scheduledStart ? { scheduledPeriod: { start: a.scheduledStart } } : {}),
      },
    }));
  }
  Object.assign(r, notes(o));
  return r;
}
