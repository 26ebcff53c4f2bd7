/**
 * Welsh (cy) catalogue: a SKELETON, not a translation. It proves the catalogue is ready for Welsh
 * (same keys, type-checked against en-GB; any key left out falls back to en-GB). Every string here
 * must be supplied or checked by a Welsh translator before use with patients or clinicians.
 *
 * ```ts
 * import { setMessages } from 'icr-elements';
 * import { cy } from 'icr-elements/i18n/cy'; // (not yet an export: see package.json)
 * setMessages(cy); // before the elements first render
 * ```
 */
import type { Messages } from '../index.js';

export const cy: Partial<Messages> = {
  'allergies.title': 'Alergeddau',
  'allergies.summary.known': 'Alergeddau hysbys',
  'medications.title': 'Meddyginiaethau',
  'banner.born': 'Ganwyd',
  'banner.gender': 'Rhywedd',
};
