/** Defines `<icr-contact-details>`. Import for its side effect: `import 'icr-elements/elements/contact-details.js'`. */
import { defineElement } from './define-element.js';
import { IcrContactDetails } from './contact-details/contact-details.js';

defineElement('icr-contact-details', IcrContactDetails);
export { IcrContactDetails };
