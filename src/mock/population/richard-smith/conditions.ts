/**
 * Richard Smith's diagnoses: problem-list items and encounter diagnoses, a duplicate across
 * sources, refuted, entered in error, in remission and a restricted (R) one.
 */
import { snomed, type RecordBuilder } from '../../build.js';
import { ORGS } from '../../organisations.js';

/** His conditions, one line each. */
export function addConditions(b: RecordBuilder): void {
  const { clock } = b;
  const { riverside, general, outOfHours, pennineVale, community } = ORGS;

  b.condition({ source: riverside, code: snomed('59621000', 'Essential hypertension'), onset: '2019-03', recorded: '2019-03-21T10:00:00+00:00' });
  b.condition({ source: general, category: 'encounter-diagnosis', code: snomed('59621000', 'Essential hypertension'), onset: '2019-03', recorded: clock.daysAgo(203, '16:00') });
  b.condition({ source: riverside, code: snomed('44054006', 'Type 2 diabetes mellitus'), onset: '2019', recorded: '2019-11-02T10:00:00+00:00', severity: snomed('6736007', 'Moderate') });
  b.condition({ source: riverside, code: snomed('195967001', 'Asthma'), clinical: 'resolved', onset: '1982', abatement: '1995', recorded: '2001-01-01T09:00:00+00:00' });
  b.condition({ source: general, category: 'encounter-diagnosis', code: snomed('194828000', 'Angina'), clinical: 'inactive', verification: 'refuted', recorded: clock.daysAgo(200, '11:00'), note: 'Chest pain not cardiac: angina excluded.' });
  b.condition({ source: outOfHours, category: 'encounter-diagnosis', code: snomed('65363002', 'Otitis media'), verification: 'entered-in-error', recorded: clock.daysAgo(90, '21:30') });
  b.condition({ source: pennineVale, code: snomed('35489007', 'Depressive disorder'), clinical: 'remission', onset: '2021-06', recorded: clock.daysAgo(500), security: 'R' });
  b.condition({ source: community, code: snomed('239873007', 'Osteoarthritis of knee'), onset: '2022-11-14', recorded: clock.daysAgo(150) });
  b.condition({ source: general, category: 'encounter-diagnosis', code: snomed('233604007', 'Pneumonia'), clinical: 'resolved', onset: clock.daysAgo(205), abatement: clock.daysAgo(190), recorded: clock.daysAgo(204) });
}
