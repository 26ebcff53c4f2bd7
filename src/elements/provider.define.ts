/** Defines `<icr-provider>`. Import for its side effect: `import 'icr-elements/elements/provider.js'`. */
import { defineElement } from './define-element.js';
import { IcrProvider } from './provider/provider.js';

defineElement('icr-provider', IcrProvider);
export { IcrProvider };
