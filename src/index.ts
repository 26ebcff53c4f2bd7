/**
 * icr-elements: classes and types only. Importing this module defines no element; import
 * `icr-elements/define.js` (all) or `icr-elements/elements/<name>.js` (one) for that, or register
 * the classes under your own tag names.
 */
export { IcrClient, readSearchset } from './data/client.js';
export type { IcrClientOptions, PatientRef, SearchRequest } from './data/client.js';
export type { TokenProvider, RequestContext } from './data/http.js';
export type { Failure, FailureKind, DataWarning, SearchResult, SearchOutcome, PatientLoaded, PatientOutcome } from './data/outcome.js';
export { PatientView } from './data/patient-view.js';
export type { PatientViewConfig, PatientViewState } from './data/patient-view.js';
export { clearSharedRequests, pendingSharedRequests } from './data/shared-requests.js';
export { patientViewContext } from './context/patient-view-context.js';
export { IcrDataLoadEvent, IcrErrorEvent, IcrAuthExpireEvent } from './events.js';
export type { DataLoadDetail, ErrorDetail, AuthExpireDetail } from './events.js';
export { setMessages, t } from './i18n/index.js';
export { defineElement, TAG_PREFIX } from './elements/define-element.js';
export { IcrElement } from './elements/shared/icr-element.js';
export { IcrProvider } from './elements/provider/provider.js';
export { IcrPatientBanner } from './elements/patient-banner/patient-banner.js';
