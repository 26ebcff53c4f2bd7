/** Defines `<icr-encounters>`. Import for its side effect: `import 'icr-elements/elements/encounters.js'`. */
import { defineElement } from './define-element.js';
import { IcrEncounters } from './encounters/encounters.js';

defineElement('icr-encounters', IcrEncounters);
export { IcrEncounters };
