/** Defines `<icr-care-team>`. Import for its side effect: `import 'icr-elements/elements/care-team.js'`. */
import { defineElement } from './define-element.js';
import { IcrCareTeam } from './care-team/care-team.js';

defineElement('icr-care-team', IcrCareTeam);
export { IcrCareTeam };
