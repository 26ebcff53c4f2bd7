/**
 * Builder for the diagnoses section: Condition (problem-list item or encounter diagnosis), keeping
 * R4's rule that an entered-in-error condition has no clinical status.
 */
import { cc, SYS } from '../codes.js';
import { defaultPractitioner, practitionerRoleRef, type MockPractitioner } from '../organisations.js';
import type { FhirCodeableConcept, FhirResource } from '../types.js';
import { asInstant, metaFor, notes, type ItemContext, type ItemOptions } from './item.js';

export interface ConditionOptions extends ItemOptions {
  code: FhirCodeableConcept;
  clinical?: 'active' | 'recurrence' | 'relapse' | 'inactive' | 'remission' | 'resolved' | null;
  verification?: 'unconfirmed' | 'provisional' | 'differential' | 'confirmed' | 'refuted' | 'entered-in-error';
  category?: 'problem-list-item' | 'encounter-diagnosis';
  onset?: string;
  abatement?: string;
  recorded: string;
  severity?: FhirCodeableConcept;
  recorder?: MockPractitioner;
}

export function conditionResource(ctx: ItemContext, o: ConditionOptions): FhirResource {
  const verification = o.verification ?? 'confirmed';
  const r: FhirResource = {
    resourceType: 'Condition',
    id: ctx.nextId('condition', o.id),
    meta: metaFor(o, asInstant(o.recorded)),
  };
  const clinical = o.clinical === undefined ? 'active' : o.clinical;
  // R4 con-5: no clinicalStatus when entered in error.
  if (clinical !== null && verification !== 'entered-in-error') {
    r['clinicalStatus'] = cc(SYS.conditionClinical, clinical, clinical.charAt(0).toUpperCase() + clinical.slice(1));
  }
  r['verificationStatus'] = cc(SYS.conditionVerification, verification, {
    unconfirmed: 'Unconfirmed',
    provisional: 'Provisional',
    differential: 'Differential',
    confirmed: 'Confirmed',
    refuted: 'Refuted',
    'entered-in-error': 'Entered in Error',
  }[verification]);
  const category = o.category ?? 'problem-list-item';
  r['category'] = [cc(SYS.conditionCategory, category, category === 'problem-list-item' ? 'Problem List Item' : 'Encounter Diagnosis')];
  if (o.severity) r['severity'] = o.severity;
  r['code'] = o.code;
  r['subject'] = ctx.subject;
  if (o.onset) r['onsetDateTime'] = o.onset;
  if (o.abatement) r['abatementDateTime'] = o.abatement;
  r['recordedDate'] = o.recorded;
  r['recorder'] = practitionerRoleRef(o.recorder ?? defaultPractitioner(o.source));
  // The clinician who recorded it also asserts it; R4 can search (and `_include`) a Condition's
  // person only as `asserter`, which is how the elements name its source organisation (R44).
  r['asserter'] = practitionerRoleRef(o.recorder ?? defaultPractitioner(o.source));
  Object.assign(r, notes(o));
  return r;
}
