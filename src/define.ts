/**
 * Defines every `icr-` element (side effect). `import 'icr-elements/define.js'` or load the CDN file.
 * Each element also has its own define entry (`icr-elements/elements/<name>.js`) so a host that
 * uses one element pays for that one only.
 */
import './elements/provider.define.js';
import './elements/patient-banner.define.js';
import './elements/contact-details.define.js';
import './elements/social-care-events.define.js';
import './elements/care-plans.define.js';
import './elements/radiology-reports.define.js';
import './elements/pathology-reports.define.js';
import './elements/results.define.js';
import './elements/diagnoses.define.js';
import './elements/allergies.define.js';
import './elements/medications.define.js';
import './elements/record.define.js';
import './elements/timeline.define.js';
import './elements/care-team.define.js';
import './elements/encounters.define.js';
import './elements/alerts.define.js';
import './elements/documents.define.js';
import './elements/immunisations.define.js';
