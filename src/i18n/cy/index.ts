/**
 * Welsh (cy) catalogue: a SKELETON, not a translation. It proves the catalogue is ready for Welsh
 * (same keys, type-checked against en-GB; any key left out falls back to en-GB). Every string here
 * must be supplied or checked by a Welsh translator before use with patients or clinicians.
 *
 * ```ts
 * import { setMessages } from 'icr-elements';
 * import { cy } from 'icr-elements/i18n/cy'; // (not yet an export: see package.json)
 * setMessages(cy, 'cy'); // at any time: the elements on the page say it again at once
 * ```
 */
import type { Messages } from '../index.js';

export const cy: Partial<Messages> = {
  'allergies.title': 'Alergeddau',
  'allergies.summary.known': 'Alergeddau hysbys',
  'medications.title': 'Meddyginiaethau',
  'banner.born': 'Ganwyd',
  'banner.gender': 'Rhywedd',
  // "a" (and; "ac" before a vowel, which a translator will settle).
  'format.list.and': '{head} a {last}',
  // dd-Mmm-yyyy (R18) in Welsh: to be checked by a Welsh translator with the rest.
  'format.month.1': 'Ion',
  'format.month.2': 'Chwe',
  'format.month.3': 'Maw',
  'format.month.4': 'Ebr',
  'format.month.5': 'Mai',
  'format.month.6': 'Meh',
  'format.month.7': 'Gor',
  'format.month.8': 'Awst',
  'format.month.9': 'Medi',
  'format.month.10': 'Hyd',
  'format.month.11': 'Tach',
  'format.month.12': 'Rhag',
};
