/**
 * Builders for the allergies section: AllergyIntolerance (with R4's clinical/verification status
 * rules) and the UK Core allergy List that holds them, with its empty reasons and warnings.
 */
import { ALLERGY_LIST_CODE, cc, EXT, snomed, SYS } from '../codes.js';
import { defaultPractitioner, practitionerRoleRef, type MockPractitioner } from '../organisations.js';
import type { FhirCodeableConcept, FhirResource } from '../types.js';
import { asInstant, metaFor, notes, type ItemContext, type ItemOptions } from './item.js';

export interface Reaction {
  manifestation: FhirCodeableConcept;
  severity?: 'mild' | 'moderate' | 'severe';
  description?: string;
  onset?: string;
}

export interface AllergyOptions extends ItemOptions {
  code: FhirCodeableConcept;
  recorded: string;
  /** `null` leaves clinicalStatus out (allowed, and then read as active). */
  clinical?: 'active' | 'inactive' | 'resolved' | null;
  verification?: 'confirmed' | 'unconfirmed' | 'refuted' | 'entered-in-error';
  type?: 'allergy' | 'intolerance';
  category?: Array<'food' | 'medication' | 'environment' | 'biologic'>;
  criticality?: 'low' | 'high' | 'unable-to-assess';
  onset?: string;
  lastOccurrence?: string;
  reactions?: Reaction[];
  recorder?: MockPractitioner;
}

export interface AllergyListOptions extends ItemOptions {
  date: string;
  /** Ids of the AllergyIntolerance entries. */
  entries?: string[];
  emptyReason?: 'nilknown' | 'notasked' | 'no-content-recorded';
  warning?: 'confidential-items' | 'data-in-transit' | 'data-awaiting-filing';
}

const EMPTY_REASON: Record<NonNullable<AllergyListOptions['emptyReason']>, FhirCodeableConcept> = {
  nilknown: cc(SYS.listEmptyReason, 'nilknown', 'Nil Known'),
  notasked: cc(SYS.listEmptyReason, 'notasked', 'Not Asked'),
  'no-content-recorded': cc(SYS.ukListEmptyReason, 'no-content-recorded', 'No Content Recorded'),
};

const LIST_WARNING_DISPLAY: Record<NonNullable<AllergyListOptions['warning']>, string> = {
  'confidential-items': 'Confidential Items',
  'data-in-transit': 'Data in Transit',
  'data-awaiting-filing': 'Data Awaiting Filing',
};

export function allergyResource(ctx: ItemContext, o: AllergyOptions): FhirResource {
  const r: FhirResource = {
    resourceType: 'AllergyIntolerance',
    id: ctx.nextId('allergy', o.id),
    meta: metaFor(o, asInstant(o.recorded)),
  };
  const clinical = o.clinical === undefined ? 'active' : o.clinical;
  const verification = o.verification ?? 'confirmed';
  // R4 (ait-1/ait-2): clinicalStatus SHALL be present unless entered in error, and absent when it is.
  if (clinical !== null && verification !== 'entered-in-error') {
    r['clinicalStatus'] = cc(SYS.allergyClinical, clinical, clinical.charAt(0).toUpperCase() + clinical.slice(1));
  }
  r['verificationStatus'] = cc(SYS.allergyVerification, verification, {
    confirmed: 'Confirmed',
    unconfirmed: 'Unconfirmed',
    refuted: 'Refuted',
    'entered-in-error': 'Entered in Error',
  }[verification]);
  if (o.type) r['type'] = o.type;
  if (o.category) r['category'] = o.category;
  if (o.criticality) r['criticality'] = o.criticality;
  r['code'] = o.code;
  r['patient'] = ctx.subject;
  if (o.onset) r['onsetDateTime'] = o.onset;
  r['recordedDate'] = o.recorded;
  r['recorder'] = practitionerRoleRef(o.recorder ?? defaultPractitioner(o.source));
  if (o.lastOccurrence) r['lastOccurrence'] = o.lastOccurrence;
  Object.assign(r, notes(o));
  if (o.reactions) {
    r['reaction'] = o.reactions.map((re) => {
      const out: Record<string, unknown> = { manifestation: [re.manifestation] };
      if (re.description) out['description'] = re.description;
      if (re.onset) out['onset'] = re.onset;
      if (re.severity) out['severity'] = re.severity;
      return out;
    });
  }
  return r;
}

export function allergyListResource(ctx: ItemContext, o: AllergyListOptions): FhirResource {
  const r: FhirResource = {
    resourceType: 'List',
    id: ctx.nextId('list', o.id),
    meta: metaFor(o, o.date),
  };
  if (o.warning) {
    r['extension'] = [
      { url: EXT.listWarning, valueCodeableConcept: cc(SYS.ukListWarning, o.warning, LIST_WARNING_DISPLAY[o.warning]) },
    ];
  }
  r['status'] = 'current';
  r['mode'] = 'snapshot';
  r['title'] = 'Allergies and adverse reactions';
  r['code'] = snomed(ALLERGY_LIST_CODE, 'Allergies and adverse reactions');
  r['subject'] = ctx.subject;
  r['date'] = o.date;
  Object.assign(r, notes(o));
  if (o.entries?.length) r['entry'] = o.entries.map((id) => ({ item: { reference: `AllergyIntolerance/${id}` } }));
  if (o.emptyReason) r['emptyReason'] = EMPTY_REASON[o.emptyReason];
  return r;
}
