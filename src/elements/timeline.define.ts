/** Defines `<icr-timeline>`. Import for its side effect: `import 'icr-elements/elements/timeline.js'`. */
import { defineElement } from './define-element.js';
import { IcrTimeline } from './timeline/timeline.js';

defineElement('icr-timeline', IcrTimeline);
export { IcrTimeline };
