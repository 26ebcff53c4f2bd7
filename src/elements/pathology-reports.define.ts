/** Defines `<icr-pathology-reports>`. Import for its side effect: `import 'icr-elements/elements/pathology-reports.js'`. */
import { defineElement } from './define-element.js';
import { IcrPathologyReports } from './pathology-reports/pathology-reports.js';

defineElement('icr-pathology-reports', IcrPathologyReports);
export { IcrPathologyReports };
