/** Defines `<icr-patient-banner>` (side effect). */
import { defineElement } from './define-element.js';
import { IcrPatientBanner } from './patient-banner/patient-banner.js';

defineElement('icr-patient-banner', IcrPatientBanner);
export { IcrPatientBanner };
