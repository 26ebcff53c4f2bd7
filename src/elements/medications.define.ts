/** Defines `<icr-medications>`. Import for its side effect: `import 'icr-elements/elements/medications.js'`. */
import { defineElement } from './define-element.js';
import { IcrMedications } from './medications/medications.js';

defineElement('icr-medications', IcrMedications);
export { IcrMedications };
