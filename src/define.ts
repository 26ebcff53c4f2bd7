/**
 * Defines every `icr-` element (side effect). `import 'icr-elements/define.js'` or load the CDN file.
 * Each element also has its own define entry (`icr-elements/elements/<name>.js`) so a host that
 * uses one element pays for that one only.
 */
import './elements/provider.define.js';
import './elements/patient-banner.define.js';
