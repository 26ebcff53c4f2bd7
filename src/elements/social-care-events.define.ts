/** Defines `<icr-social-care-events>`. Import for its side effect: `import 'icr-elements/elements/social-care-events.js'`. */
import { defineElement } from './define-element.js';
import { IcrSocialCareEvents } from './social-care-events/social-care-events.js';

defineElement('icr-social-care-events', IcrSocialCareEvents);
export { IcrSocialCareEvents };
