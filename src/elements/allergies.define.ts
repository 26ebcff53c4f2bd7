/** Defines `<icr-allergies>`. Import for its side effect: `import 'icr-elements/elements/allergies.js'`. */
import { defineElement } from './define-element.js';
import { IcrAllergies } from './allergies/allergies.js';

defineElement('icr-allergies', IcrAllergies);
export { IcrAllergies };
