/**
 * Richard Smith's appointments, stays and immunisations (issue 19): past and upcoming appointments
 * with every status a reader must tell apart (attended, did not attend, cancelled by the patient and
 * by the hospital, booked still to come, a past one whose outcome was never recorded), the admission
 * his reablement followed, an A&E and an out-of-hours attendance, one entry in error; and vaccines.
 */
import { snomed, text, type RecordBuilder } from '../../build.js';
import { addAppointment, addEncounter, addImmunization } from '../../builders/encounters.js';
import { ORGS } from '../../organisations.js';

export function addEncountersAndImmunisations(b: RecordBuilder): void {
  const { clock } = b;
  const { riverside, general, outOfHours } = ORGS;
  const diabetes = snomed('408475000', 'Diabetic medicine');

  // Upcoming: a booked diabetes clinic, and a GP review.
  addAppointment(b, { source: general, status: 'booked', start: clock.daysAhead(12, '09:30'), end: clock.daysAhead(12, '09:50'), serviceType: diabetes, appointmentType: text('Follow-up'), location: 'Diabetes Centre, Outpatients B' });
  addAppointment(b, { source: riverside, status: 'booked', start: clock.daysAhead(30, '11:10'), serviceType: text('General practice'), description: 'Annual diabetes review with the practice nurse' });
  // Past: attended, did not attend, cancelled by him and by the hospital, and one never updated.
  addAppointment(b, { source: general, status: 'fulfilled', start: clock.daysAgo(40, '14:00'), serviceType: diabetes, appointmentType: text('Follow-up'), location: 'Diabetes Centre, Outpatients B' });
  addAppointment(b, { source: general, status: 'noshow', start: clock.daysAgo(95, '10:20'), serviceType: snomed('394579002', 'Cardiology'), appointmentType: text('New patient'), location: 'Cardiology Outpatients' });
  addAppointment(b, { source: general, status: 'cancelled', start: clock.daysAgo(120, '15:00'), serviceType: snomed('394579002', 'Cardiology'), cancelation: { code: 'pat', text: 'Patient unwell on the day' } });
  addAppointment(b, { source: general, status: 'cancelled', start: clock.daysAgo(150, '09:00'), serviceType: snomed('394579002', 'Cardiology'), cancelation: { code: 'prov', text: 'Clinic cancelled: consultant unavailable' } });
  addAppointment(b, { source: riverside, status: 'booked', start: clock.daysAgo(60, '08:40'), description: 'Blood test (HbA1c)' });
  addAppointment(b, { source: riverside, status: 'entered-in-error', start: clock.daysAgo(61, '08:40'), description: 'Booked against the wrong patient' });
  // The admission the reablement plan followed; an A&E attendance; an out-of-hours visit.
  addEncounter(b, {
    source: general, class: 'IMP', status: 'finished', period: { start: clock.daysAgo(206, '16:45'), end: clock.daysAgo(199, '12:00') },
    type: snomed('183452005', 'Emergency hospital admission'), serviceType: snomed('394802001', 'General medicine'), location: 'Ward 12 (Acute Medicine)',
    reason: snomed('71620000', 'Fracture of femur'),
  });
  addEncounter(b, { source: general, class: 'EMER', status: 'finished', period: { start: clock.daysAgo(206, '13:05'), end: clock.daysAgo(206, '16:40') }, type: snomed('4525004', 'Emergency department patient visit'), location: 'Emergency Department' });
  addEncounter(b, { source: outOfHours, class: 'AMB', status: 'finished', period: { start: clock.daysAgo(300, '22:15'), end: clock.daysAgo(300, '22:35') }, type: text('Out of hours GP consultation'), reason: text('Chest infection') });

  addImmunization(b, { source: riverside, status: 'completed', vaccine: snomed('1324681000000101', 'Influenza vaccine'), occurrence: clock.daysAgo(70, '10:15'), series: 'Seasonal influenza', dose: 1, seriesDoses: 1 });
  addImmunization(b, { source: riverside, status: 'completed', vaccine: snomed('39114911000001105', 'COVID-19 vaccine'), occurrence: clock.daysAgo(400, '09:40'), series: 'COVID-19 booster', dose: 'Booster' });
  addImmunization(b, { source: riverside, status: 'completed', vaccine: text('Pneumococcal polysaccharide vaccine'), occurrence: '2019-03', dose: 1, seriesDoses: 1 });
}
