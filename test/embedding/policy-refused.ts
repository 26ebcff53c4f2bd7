/** The refused host's own module: loads every element, as a host would (issue 22). */
import '../../src/define.js';
