/** Defines `<icr-results>`. Import for its side effect: `import 'icr-elements/elements/results.js'`. */
import { defineElement } from './define-element.js';
import { IcrResults } from './results/results.js';

defineElement('icr-results', IcrResults);
export { IcrResults };
