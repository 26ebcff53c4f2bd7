import { expect } from '@open-wc/testing';
import { isReviewOverdue, mapCarePlans, toCarePlan } from '../../src/fhir/care-plans.js';
import type { SearchResult } from '../../src/data/icr-outcome.js';
import type { FhirResource } from '../../src/fhir/read.js';
import { fixturesOfType } from '../helpers/fixtures.js';

const NOW = new Date('2024-06-15T12:00:00Z');

function result(...matches: unknown[]): SearchResult {
  return { kind: 'loaded', matches: matches as FhirResource[], included: [], warnings: [], retrievedAt: 0 };
}

const plan: FhirResource = {
  resourceType: 'CarePlan', id: 'cp1', status: 'active', intent: 'plan',
  title: 'Care and support plan', category: [{ text: 'Support plan' }],
  created: '2023-02-01', period: { start: '2023-02-10' },
  author: { reference: 'Organization/la', display: 'Northbridge Council Adult Social Care' },
};

const review = (status: string, extra: Record<string, unknown>): FhirResource => ({
  resourceType: 'Task', id: `r-${status}`, status, intent: 'plan', code: { coding: [{ code: 'review' }], text: 'Review' },
  basedOn: [{ reference: 'CarePlan/cp1' }], owner: { display: 'Northbridge Council Adult Social Care' }, ...extra,
});

describe('care plans mapper', () => {
  it('shows created, started, reviewed and due-for-review events with status, author and category', () => {
    const mapped = mapCarePlans([
      result(plan),
      result(review('completed', { executionPeriod: { start: '2024-01-05', end: '2024-01-20' } }), review('requested', { restriction: { period: { end: '2024-05-01' } } })),
    ]);
    const p = mapped.view.plans[0];
    expect(p.title).to.equal('Care and support plan');
    expect(p.categories).to.deep.equal(['Support plan']);
    expect(p.status).to.equal('active');
    expect(p.author).to.equal('Northbridge Council Adult Social Care');
    expect(p.events.map((e) => e.kind)).to.deep.equal(['review-due', 'reviewed', 'started', 'created']);
    expect(p.reviewDue).to.equal('2024-05-01');
  });

  it('an overdue review stands out; a future one or an ended plan does not', () => {
    expect(isReviewOverdue({ reviewDue: '2024-05-01', status: 'active' }, NOW)).to.equal(true);
    expect(isReviewOverdue({ reviewDue: '2024-07-01', status: 'active' }, NOW)).to.equal(false);
    expect(isReviewOverdue({ reviewDue: '2024-05-01', status: 'completed' }, NOW)).to.equal(false);
    expect(isReviewOverdue({ status: 'active' }, NOW)).to.equal(false);
  });

  it('an ended plan shows Ended; ReSPECT is recognised where present', () => {
    const p = toCarePlan({ ...plan, title: 'ReSPECT form', status: 'completed', period: { start: '2020-01-01', end: '2021-01-01' } })!;
    expect(p.respect).to.equal(true);
    expect(p.events.map((e) => e.kind)).to.include('ended');
    expect(toCarePlan(plan)!.respect).to.equal(false);
  });

  it('a Task that is not a review of a plan is left out; entered-in-error plans are not shown', () => {
    const other = { ...review('requested', {}), code: { text: 'Fill the order' } };
    const mapped = mapCarePlans([result(plan, { ...plan, id: 'x', status: 'entered-in-error' }), result(other)]);
    expect(mapped.view.plans.length).to.equal(1);
    expect(mapped.view.plans[0].events.map((e) => e.kind)).to.deep.equal(['started', 'created']);
  });

  it('R49: reviews that could not be fetched are said to be missing, never silently', () => {
    const mapped = mapCarePlans([result(plan), undefined]);
    expect(mapped.warnings?.length).to.equal(1);
  });

  it('an empty result is "empty"; malformed input never throws', () => {
    expect(mapCarePlans([result(), result()]).kind).to.equal('empty');
    for (const bad of [null, {}, { resourceType: 'CarePlan', category: 'x', period: 3, author: [] }]) {
      expect(() => mapCarePlans([result(bad), result(bad)])).not.to.throw();
    }
  });

  it('the HL7 R4 and UK Core CarePlan examples map without error, newest first', async () => {
    for (const folder of ['fhir-r4', 'uk-core-json']) {
      const plans = await fixturesOfType(folder, 'CarePlan');
      const mapped = mapCarePlans([result(...plans.map((f) => f.resource)), result()]);
      expect(mapped.view.plans.length, folder).to.equal(plans.filter((f) => f.resource.status !== 'entered-in-error').length);
    }
    const uk = (await fixturesOfType('uk-core-json', 'CarePlan')).map((f) => f.resource);
    const p = mapCarePlans([result(...uk), result()]).view.plans[0];
    expect(p.title).to.equal('Weight management plan');
    expect(p.events.map((e) => e.kind)).to.deep.equal(['created', 'ended']);
  });
});

describe('care plans mapper: what is not shown', () => {
  it('H8: an entered-in-error plan is not shown, and is counted for the shared note', () => {
    const mapped = mapCarePlans([result(plan, { ...plan, id: 'cp2', status: 'entered-in-error' })]);
    expect(mapped.view.plans.map((p) => p.id)).to.deep.equal(['cp1']);
    expect(mapped.view.hidden).to.deep.equal({ refuted: 0, enteredInError: 1 });
  });
});
