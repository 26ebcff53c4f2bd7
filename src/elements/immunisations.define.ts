/** Defines `<icr-immunisations>`. Import for its side effect: `import 'icr-elements/elements/immunisations.js'`. */
import { defineElement } from './define-element.js';
import { IcrImmunisations } from './immunisations/immunisations.js';

defineElement('icr-immunisations', IcrImmunisations);
export { IcrImmunisations };
