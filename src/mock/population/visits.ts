/**
 * Appointments, stays and immunisations for patients other than Richard Smith (issue 19), each
 * added by one line in the patient's module:
 * - Edith Holloway: an admission in progress (open period, status in-progress): "Admitted since …".
 * - Oliver Bennett (a child): attendance only (date, class and place, no reason or detail, as
 *   children's records often are) and his childhood immunisations, one not given with its reason.
 * - Colin Hughes: 1,000 encounters (dialysis three times a week for years): bounded rendering, R62, R63.
 */
import { snomed, text, type RecordBuilder } from '../build.js';
import { addAppointment, addEncounter, addImmunization, type EncounterClass } from '../builders/encounters.js';
import { ORGS } from '../organisations.js';
import { createPrng } from '../prng.js';

/** How many encounters Colin Hughes's record holds (exported for tests). */
export const LONG_ENCOUNTER_COUNT = 1000;

export function addEdithVisits(b: RecordBuilder): void {
  const { clock } = b;
  addEncounter(b, {
    source: ORGS.general, class: 'IMP', status: 'in-progress', period: { start: clock.daysAgo(3, '23:40') },
    type: snomed('183452005', 'Emergency hospital admission'), serviceType: snomed('394811001', 'Geriatric medicine'),
    location: 'Ward 7 (Care of the Elderly)', reason: text('Fall at home; confusion'),
  });
  addEncounter(b, { source: ORGS.general, class: 'EMER', status: 'finished', period: { start: clock.daysAgo(3, '20:10'), end: clock.daysAgo(3, '23:35') }, location: 'Emergency Department' });
  addAppointment(b, { source: ORGS.pennineVale, status: 'cancelled', start: clock.daysAhead(2, '14:00'), serviceType: text('Memory clinic'), cancelation: { code: 'prov', text: 'Patient is an inpatient' } });
}

export function addOliverVisits(b: RecordBuilder): void {
  const { clock } = b;
  const { hillcrest, general, community, outOfHours } = ORGS;
  // Attendance only: what the record holds, nothing more (no reason, no outcome).
  addEncounter(b, { source: community, class: 'AMB', status: 'finished', period: { start: clock.dateDaysAgo(30) }, type: text('Health visitor clinic') });
  addEncounter(b, { source: outOfHours, class: 'AMB', status: 'finished', period: { start: clock.daysAgo(120, '23:00') } });
  addEncounter(b, { source: general, class: 'EMER', status: 'finished', period: { start: clock.daysAgo(1300, '02:10'), end: clock.daysAgo(1300, '06:00') } });
  addAppointment(b, { source: hillcrest, status: 'noshow', start: clock.daysAgo(14, '09:00'), description: 'Asthma review' });
  addAppointment(b, { source: hillcrest, status: 'booked', start: clock.daysAhead(21, '10:30'), description: 'Pre-school immunisations' });

  const childhood = 'Routine childhood immunisation schedule';
  addImmunization(b, { source: hillcrest, status: 'completed', vaccine: text('DTaP/IPV/Hib/HepB (6-in-1)'), occurrence: clock.dateDaysAgo(1430), series: childhood, dose: 1, seriesDoses: 3 });
  addImmunization(b, { source: hillcrest, status: 'completed', vaccine: text('DTaP/IPV/Hib/HepB (6-in-1)'), occurrence: clock.dateDaysAgo(1400), series: childhood, dose: 2, seriesDoses: 3 });
  addImmunization(b, { source: hillcrest, status: 'completed', vaccine: text('DTaP/IPV/Hib/HepB (6-in-1)'), occurrence: clock.dateDaysAgo(1372), series: childhood, dose: 3, seriesDoses: 3 });
  addImmunization(b, { source: hillcrest, status: 'completed', vaccine: snomed('38598009', 'Measles, mumps and rubella vaccine'), occurrence: clock.dateDaysAgo(1150), series: childhood, dose: 1, seriesDoses: 2 });
  addImmunization(b, {
    source: hillcrest, status: 'not-done', vaccine: text('Live attenuated influenza vaccine (nasal)'), occurrence: clock.daysAgo(100, '11:00'),
    statusReason: text('Acute wheeze on the day: to rebook'),
  });
  addImmunization(b, { source: hillcrest, status: 'entered-in-error', vaccine: text('Rotavirus vaccine'), occurrence: clock.dateDaysAgo(1420) });
}

/**
 * Colin Hughes: 1,000 encounters, mostly haemodialysis three times a week for about seven years,
 * with the admissions and A&E attendances such a history holds (deterministic: seeded).
 */
export function addLongVisits(b: RecordBuilder): void {
  const rng = createPrng(0x5ee1);
  const { general, community, outOfHours, riverside } = ORGS;
  const renal = text('Renal medicine');
  let day = 3;
  for (let i = 0; i < LONG_ENCOUNTER_COUNT; i++) {
    const roll = rng.next();
    const cls: EncounterClass = roll < 0.02 ? 'IMP' : roll < 0.05 ? 'EMER' : roll < 0.07 ? 'HH' : 'AMB';
    const start = b.clock.daysAgo(day, cls === 'EMER' ? `${String(rng.int(0, 23)).padStart(2, '0')}:${rng.pick(['05', '20', '35', '50'])}` : '07:30');
    if (cls === 'IMP') {
      const stay = rng.int(2, 9);
      addEncounter(b, { source: general, class: 'IMP', status: 'finished', period: { start, end: b.clock.daysAgo(Math.max(1, day - stay), '14:00') },
        type: text('Emergency hospital admission'), serviceType: renal, location: rng.pick(['Ward 20 (Renal)', 'Ward 12 (Acute Medicine)']), reason: text(rng.pick(['Fluid overload', 'Line infection', 'Hyperkalaemia'])) });
    } else if (cls === 'EMER') {
      addEncounter(b, { source: general, class: 'EMER', status: 'finished', period: { start }, location: 'Emergency Department' });
    } else if (cls === 'HH') {
      addEncounter(b, { source: i % 2 ? community : outOfHours, class: 'HH', status: 'finished', period: { start }, type: text('District nurse visit') });
    } else {
      addEncounter(b, { source: i % 50 === 0 ? riverside : general, class: 'AMB', status: 'finished', period: { start, end: b.clock.daysAgo(day, '11:45') },
        type: text(i % 50 === 0 ? 'GP review' : 'Haemodialysis session'), serviceType: i % 50 === 0 ? text('General practice') : renal, location: i % 50 === 0 ? undefined : 'Renal Unit' });
    }
    day += rng.pick([2, 2, 3]);
  }
  addAppointment(b, { source: general, status: 'booked', start: b.clock.daysAhead(1, '07:30'), serviceType: renal, description: 'Haemodialysis session', location: 'Renal Unit' });
  addAppointment(b, { source: general, status: 'booked', start: b.clock.daysAhead(40, '10:00'), serviceType: text('Transplant assessment clinic') });
}
