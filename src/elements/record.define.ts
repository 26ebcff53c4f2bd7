/**
 * Defines `<icr-record>` and every element it shows (banner and sections). Import for its side
 * effect: `import 'icr-elements/elements/record.js'`.
 */
import './patient-banner.define.js';
import './allergies.define.js';
import './medications.define.js';
import './diagnoses.define.js';
import './results.define.js';
import './pathology-reports.define.js';
import './radiology-reports.define.js';
import './social-care-events.define.js';
import './care-plans.define.js';
import './contact-details.define.js';
import './care-team.define.js';
import './encounters.define.js';
import './alerts.define.js';
import './documents.define.js';
import './immunisations.define.js';
import { defineElement } from './define-element.js';
import { IcrRecord } from './record/record.js';

defineElement('icr-record', IcrRecord);
export { IcrRecord };
