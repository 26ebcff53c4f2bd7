/** Defines `<icr-alerts>`. Import for its side effect: `import 'icr-elements/elements/alerts.js'`. */
import { defineElement } from './define-element.js';
import { IcrAlerts } from './alerts/alerts.js';

defineElement('icr-alerts', IcrAlerts);
export { IcrAlerts };
