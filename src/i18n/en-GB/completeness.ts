/**
 * Strings that say what a section does not show (R41, R50, R27, R35, R37, R70): items the ICR
 * withheld, and entries left out because they are refuted or entered in error. One phrasing for
 * every section, so the same gap never reads differently in two places.
 *
 * Keys ending `.one` / `.other` are plural forms, picked by `count`.
 */
export const completenessMessages = {
  'completeness.withheld': 'Items excluded due to confidentiality and/or patient preferences',
  'completeness.withheld.one': 'Items excluded due to confidentiality and/or patient preferences: {count} item withheld',
  'completeness.withheld.other': 'Items excluded due to confidentiality and/or patient preferences: {count} items withheld',
  'completeness.hidden.refuted.one': '{count} entry marked as refuted is not shown.',
  'completeness.hidden.refuted.other': '{count} entries marked as refuted are not shown.',
  'completeness.hidden.enteredInError.one': '{count} entry marked as entered in error is not shown.',
  'completeness.hidden.enteredInError.other': '{count} entries marked as entered in error are not shown.',
  'completeness.hidden.both':
    '{count} entries are not shown: {refuted} marked as refuted, {enteredInError} marked as entered in error.',
} as const;
