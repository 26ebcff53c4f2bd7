import { expect } from '@open-wc/testing';
import {
  expiryState, groupByYear, mapSocialCare, toSocialCareEvent, daysToExpiry,
} from '../../src/fhir/social-care.js';
import { SocialCareCodeTable, socialCareCodes, SNOMED, SOCIAL_CARE_EVENT_SYSTEM } from '../../src/fhir/social-care-codes.js';
import type { SearchResult } from '../../src/data/icr-outcome.js';
import type { FhirResource } from '../../src/fhir/read.js';
import { fixturesOfType } from '../helpers/fixtures.js';

const NOW = new Date('2024-06-15T12:00:00Z');

function result(...matches: unknown[]): SearchResult {
  return { kind: 'loaded', matches: matches as FhirResource[], included: [], warnings: [], retrievedAt: 0 };
}

const dolsFlag = (end: string): FhirResource => ({
  resourceType: 'Flag', id: `dols-${end}`, status: 'active',
  category: [{ coding: [{ system: SNOMED, code: '303186005', display: 'Legal status' }] }],
  code: { text: 'Deprivation of Liberty Safeguards standard authorisation' },
  period: { start: '2024-01-10', end },
  author: { reference: 'Organization/la', display: 'Northbridge Council (supervisory body)' },
});

const safeguardingFlag: FhirResource = {
  resourceType: 'Flag', id: 'sg', status: 'active',
  category: [{ coding: [{ code: 'safeguarding' }], text: 'Safeguarding' }],
  code: { text: 'Safeguarding concern raised' },
  period: { start: '2023-05-01' },
  author: { display: 'Northbridge Council Adult Social Care' },
};

const careActTask: FhirResource = {
  resourceType: 'Task', id: 'ca', status: 'completed', intent: 'order',
  code: { coding: [{ system: SOCIAL_CARE_EVENT_SYSTEM, code: 'care-act-assessment' }] },
  authoredOn: '2022-03-01', executionPeriod: { start: '2022-03-10', end: '2022-04-02' },
  owner: { reference: 'Organization/la', display: 'Northbridge Council Adult Social Care' },
};

const labTask: FhirResource = {
  resourceType: 'Task', id: 'lab', status: 'requested', intent: 'order',
  code: { text: 'Fill the order' }, authoredOn: '2024-01-01',
  owner: { reference: 'Organization/lab', display: 'Acme Clinical Lab' },
};

describe('social care mapper', () => {
  it('R45: a DoLS authorisation whose period.end has passed is Expired', () => {
    const e = toSocialCareEvent(dolsFlag('2024-06-14'))!;
    expect(e.kind).to.equal('dols-authorisation');
    expect(expiryState(e, NOW)).to.equal('expired');
  });

  it('R45: a DoLS authorisation ending within 28 days is expiring, not expired', () => {
    const e = toSocialCareEvent(dolsFlag('2024-07-10'))!;
    expect(expiryState(e, NOW)).to.equal('expiring');
    expect(daysToExpiry(e, NOW)).to.equal(25);
    expect(expiryState(toSocialCareEvent(dolsFlag('2024-06-15'))!, NOW)).to.equal('expiring'); // ends today: still in force
    expect(expiryState(toSocialCareEvent(dolsFlag('2024-12-31'))!, NOW)).to.equal(undefined);
  });

  it('R45: key dates, status and owning organisation of a DoLS authorisation', () => {
    const e = toSocialCareEvent(dolsFlag('2024-12-31'))!;
    expect(e.dates).to.deep.equal([{ kind: 'authorised', value: '2024-01-10' }, { kind: 'expires', value: '2024-12-31' }]);
    expect(e.status).to.equal('active');
    expect(e.owner).to.equal('Northbridge Council (supervisory body)');
  });

  it('§8: an active safeguarding Flag is an open safeguarding concern', () => {
    const e = toSocialCareEvent(safeguardingFlag)!;
    expect(e.kind).to.equal('safeguarding-concern');
    expect(e.openSafeguarding).to.equal(true);
    expect(toSocialCareEvent({ ...safeguardingFlag, status: 'inactive' })!.openSafeguarding).to.equal(false);
  });

  it('§8: an s42 enquiry Task is open until completed', () => {
    const task = { ...careActTask, id: 's42', status: 'in-progress', code: { coding: [{ system: SOCIAL_CARE_EVENT_SYSTEM, code: 's42-enquiry' }] } };
    expect(toSocialCareEvent(task)!.openSafeguarding).to.equal(true);
    expect(toSocialCareEvent({ ...task, status: 'completed' })!.openSafeguarding).to.equal(false);
  });

  it('R45: a Care Act assessment Task has requested, started and completed dates and its owner', () => {
    const e = toSocialCareEvent(careActTask)!;
    expect(e.kind).to.equal('assessment');
    expect(e.label).to.equal('Care Act assessment');
    expect(e.dates.map((d) => d.kind)).to.deep.equal(['requested', 'started', 'completed']);
    expect(e.owner).to.equal('Northbridge Council Adult Social Care');
  });

  it('§8: a DoLS application Task shows its businessStatus outcome', () => {
    const e = toSocialCareEvent({ ...careActTask, code: { coding: [{ system: SOCIAL_CARE_EVENT_SYSTEM, code: 'dols-application' }] }, businessStatus: { text: 'Granted' } })!;
    expect(e.kind).to.equal('dols-application');
    expect(e.outcome).to.equal('Granted');
  });

  it('§8: a Task that is not social care is left out by rule', () => {
    expect(toSocialCareEvent(labTask)).to.equal(undefined);
    const mapped = mapSocialCare([result(labTask), result(), result()]);
    expect(mapped.kind).to.equal('empty');
    expect(mapped.view.leftOut).to.equal(1);
  });

  it('§8: a Task owned by a council or tagged social care is recognised without a code', () => {
    const owned = toSocialCareEvent({ ...labTask, code: { text: 'Carer review' }, owner: { display: 'Northbridge Council Adult Social Care' } })!;
    expect(owned.kind).to.equal('review');
    const tagged = toSocialCareEvent({ ...labTask, code: { text: 'Something' }, meta: { tag: [{ system: 'https://icr.example.nhs.uk/CodeSystem/record-domain', code: 'social-care' }] } })!;
    expect(tagged.kind).to.equal('other-event');
  });

  it('§8: a Flag that fits no row is "Other alert", never dropped', () => {
    const e = toSocialCareEvent({ resourceType: 'Flag', id: 'x', status: 'active', code: { text: 'Big dog' } })!;
    expect(e.kind).to.equal('other-alert');
  });

  it('§8: a host adds a local code and it is recognised', () => {
    const table = new SocialCareCodeTable();
    const task = { ...labTask, code: { coding: [{ system: 'https://la.example/codes', code: 'OT1' }] } };
    expect(toSocialCareEvent(task, table)).to.equal(undefined);
    table.add({ resourceType: 'Task', element: 'code', system: 'https://la.example/codes', code: 'OT1', kind: 'assessment', label: 'OT assessment' });
    const e = toSocialCareEvent(task, table)!;
    expect(e.kind).to.equal('assessment');
    expect(e.label).to.equal('OT assessment');
    table.reset();
    expect(toSocialCareEvent(task, table)).to.equal(undefined);
    expect(socialCareCodes.rows.length).to.be.greaterThan(10);
  });

  it('entered-in-error is not shown; malformed input never throws', () => {
    expect(toSocialCareEvent({ ...safeguardingFlag, status: 'entered-in-error' })).to.equal(undefined);
    for (const bad of [null, 1, 'x', {}, { resourceType: 'Flag', period: 'x', author: 7, category: 'y' }, { resourceType: 'Task', owner: [1], executionPeriod: 3 }]) {
      expect(() => mapSocialCare([result(bad), undefined, result(bad)])).not.to.throw();
    }
  });

  it('R45: newest first, grouped by year, undated last', () => {
    const undated = { ...safeguardingFlag, id: 'u', period: undefined };
    const mapped = mapSocialCare([result(careActTask), result(safeguardingFlag, undated, dolsFlag('2025-01-01')), result()]);
    expect(mapped.view.events.map((e) => e.id)).to.deep.equal(['Flag/dols-2025-01-01', 'Flag/sg', 'Task/ca', 'Flag/u']);
    expect(groupByYear(mapped.view.events).map((g) => g.year)).to.deep.equal([2024, 2023, 2022, undefined]);
  });

  it('R45: an empty result is "empty", never a statement that there is none', () => {
    const mapped = mapSocialCare([result(), result(), result()]);
    expect(mapped.kind).to.equal('empty');
    expect(mapped.count).to.equal(0);
  });

  it('the HL7 R4 and UK Core Flag, Task and EpisodeOfCare examples map without error', async () => {
    for (const folder of ['fhir-r4', 'uk-core-json']) {
      const flags = await fixturesOfType(folder, 'Flag');
      const tasks = await fixturesOfType(folder, 'Task');
      const episodes = await fixturesOfType(folder, 'EpisodeOfCare');
      const mapped = mapSocialCare([
        result(...tasks.map((f) => f.resource)), result(...flags.map((f) => f.resource)), result(...episodes.map((f) => f.resource)),
      ]);
      // Every Flag is shown (classified or "Other alert"); non-social-care Tasks and episodes are left out.
      const shownFlags = mapped.view.events.filter((e) => e.resourceType === 'Flag');
      expect(shownFlags.length, folder).to.equal(flags.filter((f) => f.resource.status !== 'entered-in-error').length);
      expect(mapped.view.events.every((e) => e.resourceType === 'Flag'), `${folder}: no health Task/EpisodeOfCare shown`).to.equal(true);
    }
  });
});

describe('social care mapper: packages of care', () => {
  it('R45: a package of care names its detail, status, dates and council', () => {
    const e = toSocialCareEvent({
      resourceType: 'EpisodeOfCare', id: 'ep', status: 'active',
      type: [{ coding: [{ system: SOCIAL_CARE_EVENT_SYSTEM, code: 'package-of-care' }], text: 'Package of care' }, { text: 'Home care: 14 hours a week' }],
      period: { start: '2023-01-01' }, managingOrganization: { display: 'Northbridge Council Adult Social Care' },
    })!;
    expect(e.kind).to.equal('package-of-care');
    expect(e.label).to.equal('Home care: 14 hours a week');
    expect(e.dates).to.deep.equal([{ kind: 'started', value: '2023-01-01' }]);
    expect(e.owner).to.equal('Northbridge Council Adult Social Care');
  });

  it('R51: a restricted item carries its sensitivity to the view', () => {
    const e = toSocialCareEvent({ ...safeguardingFlag, meta: { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }] } })!;
    expect(e.sensitivity).to.equal('R');
  });
});

describe('social care mapper: what is not shown', () => {
  it('H8: an entered-in-error social care event is counted as hidden; another service\'s task is not', () => {
    const mapped = mapSocialCare([result(careActTask, { ...careActTask, id: 'eie', status: 'entered-in-error' }, { ...labTask, id: 'lab-eie', status: 'entered-in-error' })]);
    expect(mapped.view.events.map((e) => e.id)).to.not.include('Task/eie');
    expect(mapped.view.hidden).to.deep.equal({ refuted: 0, enteredInError: 1 });
  });
});
