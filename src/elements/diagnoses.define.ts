/** Defines `<icr-diagnoses>`. Import for its side effect: `import 'icr-elements/elements/diagnoses.js'`. */
import { defineElement } from './define-element.js';
import { IcrDiagnoses } from './diagnoses/diagnoses.js';

defineElement('icr-diagnoses', IcrDiagnoses);
export { IcrDiagnoses };
