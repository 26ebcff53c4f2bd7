/**
 * `icr-elements/mock`: a mock Integrated Care Record for demos, Storybook, tests and hosts' own tests.
 *
 * ```ts
 * import { createMockIcr } from 'icr-elements/mock';
 * import { startMockIcrWorker } from 'icr-elements/mock/msw'; // needs msw (an optional peer)
 * const mock = createMockIcr();                // https://icr.mock.nhs.uk/fhir
 * await startMockIcrWorker(mock);               // msw service worker at /mockServiceWorker.js
 * const token = await mock.issueToken('R8000'); // HS256 demo JWT, role + ODS org inside
 * mock.faults.add({ fault: '503', resourceType: 'AllergyIntolerance', times: 1 });
 * ```
 *
 * This module imports nothing optional: `mock.handle(request)` answers a standard `Request` in a
 * browser or in Node 20+, so a host's tests can use it without msw. `icr-elements/mock/msw` adapts it
 * to msw; `icr-elements/mock/testing` mounts an element on a mock patient and waits for it to settle.
 * In Node, `npx icr-elements-mock --port 8787` serves the same endpoint on http://127.0.0.1:8787/fhir.
 */
export { createMockIcr, DEFAULT_BASE_URL, FOREIGN_ORIGIN } from './icr.js';
export { DEMO_TOKEN_SECRET, TOKEN_ISSUER } from './auth.js';
export { ROLES as roles, ROLES, SECTION_POLICY, RESOURCE_SECTION, mayRead } from './policy.js';
export {
  ORGS as MOCK_ORGANISATIONS,
  SOURCE_ORGANISATIONS,
  SHARING_AGREEMENT_ODS,
  OUTSIDE_ORGANISATION,
  type MockOrganisation,
} from './organisations.js';
export { FAULT_KINDS } from './faults.js';
export { SPINE_ERROR_SYSTEM } from './outcome.js';
export { SYS as MOCK_SYSTEMS, EXT as MOCK_EXTENSIONS, SOCIAL_CARE, CARE_PLAN_TYPE, SOCIAL_CARE_TAG, ALLERGY_LIST_CODE } from './codes.js';
export { isValidNhsNumber } from './nhs-number.js';
/** The discharge-summary HTML (in Richard Smith's reports) whose script must never run: it sets `window.__icrXss`. */
export { HOSTILE_HTML_REPORT } from './population/richard-smith.js';
export type {
  ChainedSearchMode,
  FaultKind,
  FaultRule,
  FhirResource,
  IcrSection,
  IssueTokenOptions,
  MockFaults,
  MockIcr,
  MockIcrOptions,
  MockPatientSummary,
  MockRequestLogEntry,
  MockRole,
  MockRoleCode,
} from './types.js';
