/**
 * The alerts and decisions about care of the synthetic population (`<icr-alerts>`, R66, R67, R72),
 * kept apart from each patient's module so a module gains them in one line:
 * - Edith Holloway: a current ReSPECT form, the DNACPR it replaced (withdrawn), and a lasting power
 *   of attorney for health and welfare her daughter recorded (added by a carer);
 * - Margaret Evans: a DNACPR limited to a hospital stay, now expired, and the preferred place of
 *   care she recorded herself (added by the patient);
 * - Oliver Bennett: the Child Protection Information Sharing flag of his child protection plan,
 *   with the responsible local authority and its duty desk;
 * - David Jones (and most others): none.
 */
import { addChildProtectionFlag, addConsent } from '../builders/alerts.js';
import type { RecordBuilder } from '../builders/record.js';
import { ORGS, PRACTITIONERS, practitionerRef } from '../organisations.js';

export function edithDecisions(b: RecordBuilder): void {
  const { riverside, general } = ORGS;
  const clock = b.clock;
  addConsent(b, { id: 'eh-consent-dnacpr', source: general, decision: 'dnacpr', status: 'inactive', dateTime: clock.daysAgo(400),
    performer: practitionerRef(PRACTITIONERS.price), says: 'CPR not to be attempted (made during a hospital admission)' });
  addConsent(b, { id: 'eh-consent-respect', source: riverside, decision: 'respect', status: 'active', dateTime: clock.daysAgo(62),
    performer: practitionerRef(PRACTITIONERS.hart), says: 'For ward-based treatment; CPR recommended: not for CPR' });
  addConsent(b, { id: 'eh-consent-lpa', source: riverside, decision: 'lpa-health-welfare', status: 'active', dateTime: clock.daysAgo(700),
    performer: { reference: 'RelatedPerson/eh-related-daughter', type: 'RelatedPerson', display: 'Mrs Susan Parker (daughter)' },
    says: 'Attorney: Mrs Susan Parker (daughter), registered with the Office of the Public Guardian' });
}

export function margaretDecisions(b: RecordBuilder): void {
  const { general, hillcrest } = ORGS;
  const clock = b.clock;
  addConsent(b, { id: 'me-consent-dnacpr', source: general, decision: 'dnacpr', status: 'active', dateTime: clock.daysAgo(90),
    performer: practitionerRef(PRACTITIONERS.wells), says: 'CPR not to be attempted during this admission only',
    period: { start: clock.dateDaysAgo(90), end: clock.dateDaysAgo(75) } });
  addConsent(b, { id: 'me-consent-place', source: hillcrest, decision: 'preferred-place-of-care', status: 'active', dateTime: clock.daysAgo(30),
    performer: { reference: `Patient/${b.patientId}`, type: 'Patient', display: 'Margaret Evans' }, says: 'Home, with her support workers' });
}

export function oliverProtection(b: RecordBuilder, start: string): void {
  addChildProtectionFlag(b, { id: 'ob-flag-cpis', source: ORGS.childrensServices, kind: 'child-protection-plan', authority: ORGS.childrensServices,
    email: 'childrens.duty@northbridge-council.example', start });
}
