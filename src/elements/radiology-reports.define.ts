/** Defines `<icr-radiology-reports>`. Import for its side effect: `import 'icr-elements/elements/radiology-reports.js'`. */
import { defineElement } from './define-element.js';
import { IcrRadiologyReports } from './radiology-reports/radiology-reports.js';

defineElement('icr-radiology-reports', IcrRadiologyReports);
export { IcrRadiologyReports };
