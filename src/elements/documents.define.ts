/** Defines `<icr-documents>`. Import for its side effect: `import 'icr-elements/elements/documents.js'`. */
import { defineElement } from './define-element.js';
import { IcrDocuments } from './documents/documents.js';

defineElement('icr-documents', IcrDocuments);
export { IcrDocuments };
