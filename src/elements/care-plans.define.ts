/** Defines `<icr-care-plans>`. Import for its side effect: `import 'icr-elements/elements/care-plans.js'`. */
import { defineElement } from './define-element.js';
import { IcrCarePlans } from './care-plans/care-plans.js';

defineElement('icr-care-plans', IcrCarePlans);
export { IcrCarePlans };
