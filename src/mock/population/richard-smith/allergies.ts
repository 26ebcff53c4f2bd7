/**
 * Richard Smith's allergies: drug, food and environment; resolved, refuted, entered in error,
 * transfer-degraded, and the same allergy from two sources (R44), all on the allergy List.
 */
import { snomed, text, type RecordBuilder } from '../../build.js';
import { ORGS } from '../../organisations.js';

/** The allergies, then the allergy List that holds them all. */
export function addAllergies(b: RecordBuilder): void {
  const { clock } = b;
  const { riverside, general, outOfHours, community } = ORGS;

  const penicillinGp = b.allergy({
    source: riverside,
    code: snomed('764146007', 'Penicillin'),
    category: ['medication'],
    type: 'allergy',
    criticality: 'high',
    recorded: '2003-05-14T11:20:00+01:00',
    onset: '2003',
    reactions: [{ manifestation: snomed('39579001', 'Anaphylaxis'), severity: 'severe', description: 'Collapsed after first dose of amoxicillin' }],
  });
  const penicillinAcute = b.allergy({
    source: general,
    code: snomed('764146007', 'Penicillin'),
    category: ['medication'],
    type: 'allergy',
    criticality: 'high',
    recorded: clock.daysAgo(200, '14:05'),
    reactions: [{ manifestation: snomed('39579001', 'Anaphylaxis'), severity: 'severe' }],
    note: 'Patient reports anaphylaxis to penicillin (recorded again on admission).',
  });
  const peanut = b.allergy({
    source: outOfHours,
    code: snomed('91935009', 'Allergy to peanut'),
    category: ['food'],
    type: 'allergy',
    criticality: 'high',
    recorded: clock.daysAgo(90, '21:40'),
    reactions: [
      { manifestation: snomed('126485001', 'Urticaria'), severity: 'moderate' },
      { manifestation: snomed('41291007', 'Angioedema'), severity: 'moderate' },
    ],
  });
  const dustMite = b.allergy({
    source: riverside,
    code: snomed('260147004', 'House dust mite'),
    category: ['environment'],
    type: 'allergy',
    criticality: 'low',
    recorded: '2011-10-03T09:00:00+01:00',
    reactions: [{ manifestation: snomed('61582004', 'Allergic rhinitis'), severity: 'mild' }],
  });
  const codeineNoReaction = b.allergy({
    source: community,
    code: snomed('387494007', 'Codeine'),
    category: ['medication'],
    type: 'intolerance',
    clinical: null,
    recorded: clock.daysAgo(700),
  });
  const resolved = b.allergy({
    source: riverside,
    code: snomed('387207008', 'Ibuprofen'),
    category: ['medication'],
    type: 'intolerance',
    clinical: 'resolved',
    recorded: '2009-02-11T10:00:00+00:00',
    reactions: [{ manifestation: snomed('422587007', 'Nausea'), severity: 'mild' }],
    note: 'Tolerated ibuprofen in 2020 without symptoms.',
  });
  const refuted = b.allergy({
    source: general,
    code: snomed('111088007', 'Latex'),
    category: ['environment'],
    clinical: 'inactive',
    verification: 'refuted',
    recorded: clock.daysAgo(200, '14:10'),
    note: 'Skin-prick testing negative; latex allergy refuted.',
  });
  const eie = b.allergy({
    source: outOfHours,
    code: snomed('372687004', 'Amoxicillin'),
    category: ['medication'],
    verification: 'entered-in-error',
    recorded: clock.daysAgo(90, '21:35'),
  });
  const degraded = b.allergy({
    source: riverside,
    code: snomed('196461000000101', 'Transfer-degraded drug allergy', 'Septrin'),
    category: ['medication'],
    recorded: '2015-06-30T12:00:00+01:00',
    reactions: [{ manifestation: text('Rash'), severity: 'mild' }],
  });
  b.allergyList({
    source: riverside,
    date: clock.daysAgo(12),
    entries: [penicillinGp, penicillinAcute, peanut, dustMite, codeineNoReaction, resolved, refuted, eie, degraded].map((r) => r.id),
  });
}
