/**
 * The encounters mapper and section (issue 19 point 2, R69): statuses in words, never attended
 * before the date, an open stay current, attendance only left as it is, either search missing.
 */
import { expect } from '@open-wc/testing';
import { mapEncounters, toAppointment, toEncounter, type VisitItem } from '../../src/fhir/encounters.js';
import { encountersSection } from '../../src/sections/encounters.js';
import type { Failure, PatientLoaded, SearchResult } from '../../src/fhir/section-contract.js';
import type { FhirResource } from '../../src/fhir/read.js';
import { formatDateTime } from '../../src/format/dates.js';
import { fixturesOfType, listFixtures, loadFixture } from '../helpers/fixtures.js';

const NOW = new Date('2024-06-15T12:00:00Z');
const PATIENT: PatientLoaded = { kind: 'loaded', patient: { resourceType: 'Patient', id: 'p1' }, id: 'p1', included: [], retrievedAt: 0 };

function result(...matches: unknown[]): SearchResult {
  return { kind: 'loaded', matches: matches as FhirResource[], included: [], warnings: [], retrievedAt: 0 };
}

const appt = (id: string, status: string, start: string | undefined, extra: Record<string, unknown> = {}): FhirResource => ({
  resourceType: 'Appointment', id, status, ...(start && { start }),
  participant: [{ actor: { reference: 'Patient/p1' }, status: 'accepted' }], ...extra,
});
const enc = (id: string, extra: Record<string, unknown>): FhirResource => ({ resourceType: 'Encounter', id, subject: { reference: 'Patient/p1' }, ...extra });

describe('encounters mapper (R69)', () => {
  it('R69: a past appointment says attended, did not attend, cancelled, or that its outcome is not recorded', () => {
    const s = (status: string) => toAppointment(appt('a', status, '2024-05-01T09:00:00Z'), NOW)!.status;
    expect(s('fulfilled')).to.equal('attended');
    expect(s('noshow')).to.equal('did-not-attend');
    expect(s('cancelled')).to.equal('cancelled');
    expect(s('booked')).to.equal('outcome-not-recorded');
    expect(s('arrived')).to.equal('arrived');
    expect(s('waitlist')).to.equal('waitlist');
  });

  it('R69: a future appointment never reads as attended, whatever its status says', () => {
    const fulfilled = toAppointment(appt('a', 'fulfilled', '2024-07-01T09:00:00Z'), NOW)!;
    expect(fulfilled.status).to.equal('booked');
    expect(fulfilled.attendedBeforeDate).to.equal(true);
    expect(fulfilled.upcoming).to.equal(true);
    const booked = toAppointment(appt('b', 'booked', '2024-07-01'), NOW)!;
    expect(booked.status).to.equal('booked');
    expect(booked.upcoming).to.equal(true);
  });

  it('R69: who cancelled, from the cancellation reason code or a declined participant, and the reason in words', () => {
    const byPatient = toAppointment(appt('a', 'cancelled', '2024-05-01', {
      cancelationReason: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason', code: 'pat-fb' }], text: 'Feeling better' },
    }), NOW)!;
    expect(byPatient.cancelledBy).to.equal('patient');
    expect(byPatient.cancelReason).to.equal('Feeling better');
    const byService = toAppointment(appt('b', 'cancelled', '2024-05-01', { cancelationReason: { coding: [{ code: 'prov' }] } }), NOW)!;
    expect(byService.cancelledBy).to.equal('service');
    const declined = toAppointment(appt('c', 'cancelled', '2024-05-01', { participant: [{ actor: { reference: 'Patient/p1' }, status: 'declined' }] }), NOW)!;
    expect(declined.cancelledBy).to.equal('patient');
    const unknown = toAppointment(appt('d', 'cancelled', '2024-05-01'), NOW)!;
    expect(unknown.cancelledBy).to.equal(undefined);
    // A cancelled appointment still to come is not "upcoming": it will not happen.
    expect(toAppointment(appt('e', 'cancelled', '2024-07-01'), NOW)!.upcoming).to.equal(false);
  });

  it('R69: an open admission (no end, in progress) is current; a finished one is not', () => {
    const open = toEncounter(enc('e1', { status: 'in-progress', class: { code: 'IMP' }, period: { start: '2024-06-10T22:00:00Z' }, location: [{ location: { display: 'Ward 7' } }] }), NOW)!;
    expect(open.kind).to.equal('admission');
    expect(open.current).to.equal(true);
    expect(open.status).to.equal('in-progress');
    expect(open.place).to.equal('Ward 7');
    const done = toEncounter(enc('e2', { status: 'finished', class: { code: 'IMP' }, period: { start: '2024-01-01T10:00:00Z', end: '2024-01-05T10:00:00Z' } }), NOW)!;
    expect(done.current).to.equal(false);
    expect(done.status).to.equal('finished');
  });

  it('A&E (EMER), out of hours (by its service or provider) and home visits are told apart', () => {
    expect(toEncounter(enc('e', { status: 'finished', class: { code: 'EMER' } }), NOW)!.kind).to.equal('emergency');
    expect(toEncounter(enc('e', { status: 'finished', class: { code: 'AMB' }, serviceProvider: { display: 'Northbridge Out of Hours Service' } }), NOW)!.kind).to.equal('out-of-hours');
    expect(toEncounter(enc('e', { status: 'finished', class: { code: 'HH' } }), NOW)!.kind).to.equal('home-visit');
    expect(toEncounter(enc('e', { status: 'finished', class: { code: 'AMB' } }), NOW)!.kind).to.equal('attendance');
  });

  it("a child's attendance-only record gives only what is there: no reason, type or place is made up", () => {
    const v = toEncounter(enc('e', { status: 'finished', class: { code: 'AMB' }, period: { start: '2024-03-02' } }), NOW)!;
    expect(v.reason).to.equal(undefined);
    expect(v.type).to.equal(undefined);
    expect(v.place).to.equal(undefined);
    expect(v.specialty).to.equal(undefined);
    expect(v.start).to.equal('2024-03-02');
  });

  it('R22, R21: dates keep their precision and show in London time (the UTC/London boundary)', () => {
    const v = toAppointment(appt('a', 'fulfilled', '2024-03-31T23:30:00Z'), NOW)!;
    expect(formatDateTime(v.start)).to.equal('01-Apr-2024 00:30');
    const partial = toEncounter(enc('e', { status: 'finished', class: { code: 'IMP' }, period: { start: '2019-03' } }), NOW)!;
    expect(partial.start).to.equal('2019-03');
    expect(formatDateTime(partial.start)).to.equal('Mar-2019');
    // 23:30 UTC on 14-Jun is 00:30 on 15-Jun in London, still before NOW: past, not upcoming.
    expect(toAppointment(appt('b', 'booked', '2024-06-14T23:30:00Z'), NOW)!.upcoming).to.equal(false);
  });

  it('H8: entered in error is left out and counted; upcoming soonest first, past newest first, undated last', () => {
    const mapped = mapEncounters([
      result(enc('e1', { status: 'finished', class: { code: 'AMB' }, period: { start: '2024-01-01' } }), enc('e2', { status: 'entered-in-error', class: { code: 'AMB' } }),
        enc('e3', { status: 'finished', class: { code: 'AMB' } })),
      result(appt('a1', 'booked', '2024-08-01'), appt('a2', 'booked', '2024-07-01'), appt('a3', 'fulfilled', '2024-03-01')),
    ], NOW, PATIENT);
    expect(mapped.kind).to.equal('loaded');
    expect(mapped.view.hidden.enteredInError).to.equal(1);
    expect(mapped.view.upcoming.map((v) => v.id)).to.deep.equal(['Appointment/a2', 'Appointment/a1']);
    expect(mapped.view.past.map((v) => v.id)).to.deep.equal(['Appointment/a3', 'Encounter/e1', 'Encounter/e3']);
    expect(mapped.count).to.equal(5);
  });

  it('nothing at all is "not recorded"; only entries in error is "empty" (with the count)', () => {
    expect(mapEncounters([result(), result()], NOW, PATIENT).kind).to.equal('not-recorded');
    const onlyError = mapEncounters([result(enc('e', { status: 'entered-in-error' })), result()], NOW, PATIENT);
    expect(onlyError.kind).to.equal('empty');
    expect(onlyError.view.hidden.enteredInError).to.equal(1);
  });

  it('R51: a restricted encounter carries its sensitivity', () => {
    const v = toEncounter(enc('e', { status: 'finished', class: { code: 'AMB' }, meta: { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }] } }), NOW)!;
    expect(v.sensitivity).to.equal('R');
  });
});

describe('encounters section: either search may fail or not be offered', () => {
  const section = encountersSection(() => NOW);
  const unavailable: Failure = { kind: 'unavailable', status: 503 };
  const notSupported: Failure = { kind: 'unavailable', status: 400, detail: 'Resource type Appointment is not supported by this server' };
  const someEncounter = result(enc('e1', { status: 'finished', class: { code: 'AMB' }, period: { start: '2024-01-01' } }));

  it('asks for both, each optional, so one failing leaves the other shown', () => {
    expect(section.queries().map((q) => [q.resourceType, q.optional])).to.deep.equal([['Encounter', true], ['Appointment', true]]);
  });

  it('H3: one failing while the other has entries is loaded, marked partly unavailable, with a warning', () => {
    const mapped = section.map([someEncounter, undefined], PATIENT, [undefined, unavailable]);
    expect(mapped.failure).to.equal(undefined);
    expect(mapped.kind).to.equal('loaded');
    expect(mapped.view.unavailable).to.deep.equal(['Appointment']);
    expect(mapped.warnings!.map((w) => w.text).join(' ')).to.contain('Appointments could not be retrieved');
  });

  it('H4: one failing while the other holds nothing is that failure, never "none"', () => {
    const mapped = section.map([result(), undefined], PATIENT, [undefined, unavailable]);
    expect(mapped.failure?.kind).to.equal('unavailable');
  });

  it('both failing is the failure that says most (a retry may mend unavailable before restricted)', () => {
    const mapped = section.map([undefined, undefined], PATIENT, [{ kind: 'restricted', status: 403 }, unavailable]);
    expect(mapped.failure?.kind).to.equal('unavailable');
    expect(section.map([undefined, undefined], PATIENT, [{ kind: 'restricted', status: 403 }, { kind: 'restricted', status: 403 }]).failure?.kind).to.equal('restricted');
  });

  it('an ICR that offers only one of them (400 "not supported") is said as not shared, and "none" may then be said', () => {
    const mapped = section.map([result(), undefined], PATIENT, [undefined, notSupported]);
    expect(mapped.failure).to.equal(undefined);
    expect(mapped.kind).to.equal('not-recorded');
    expect(mapped.view.notOffered).to.deep.equal(['Appointment']);
    expect(mapped.view.unavailable).to.deep.equal([]);
  });
});

describe('encounters mapper: the shared fixtures', () => {
  it('maps the UK Core inpatient encounter: an admission, finished, with its dates', async () => {
    const r = await loadFixture('uk-core-json/UKCore-Encounter-InpatientEncounter-Example.json');
    const v = toEncounter(r, NOW)!;
    expect(v.kind).to.equal('admission');
    expect(v.status).to.equal('finished');
    expect(v.current).to.equal(false);
    expect(formatDateTime(v.start)).to.equal('10-Dec-2019 13:00');
    expect(formatDateTime(v.end)).to.equal('11-Dec-2019 13:00');
    expect(v.type).to.equal('Seen in hospital ward');
    expect(v.reason).to.equal('General treatment');
  });

  it('maps every Encounter of the FHIR R4 examples and the Synthea patients without throwing, none current when finished', async function () {
    this.timeout(60000); // five Synthea bundles and the R4 examples, fetched one by one
    const all: FhirResource[] = (await fixturesOfType('fhir-r4', 'Encounter')).map((f) => f.resource);
    for (const file of await listFixtures('synthea')) {
      const bundle = await loadFixture<{ entry: { resource: FhirResource }[] }>(`synthea/${file}`);
      all.push(...bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'Encounter'));
    }
    expect(all.length).to.be.greaterThan(20);
    const items = all.map((r) => toEncounter(r, NOW)).filter((v): v is VisitItem => !!v);
    expect(items.length).to.equal(all.filter((r) => r.status !== 'entered-in-error').length);
    for (const v of items) {
      if (v.status === 'finished') expect(v.current, v.id).to.equal(false);
      expect(v.kind, v.id).to.be.a('string');
    }
    // Synthea's emergency class is A&E.
    expect(items.some((v) => v.kind === 'emergency')).to.equal(true);
  });
});
