/** The elements the reliability suites drive, what each asks the ICR for, and how to mount them. */
import '../../../src/define.js';
import type { IcrProvider } from '../../../src/elements/provider/provider.js';
import type { TokenProvider } from '../../../src/data/http.js';
import type { IcrClientOptions } from '../../../src/data/client.js';

export interface ElementInfo {
  tag: string;
  /** `detail.section` of its events; `patient` for the banner (the provider reports the lookup). */
  section: string;
  /** Resource types it cannot show anything without (the role check: R47–R49). */
  required: string[];
  /** Attributes that make every item visible (no filter hiding past items, no other group hidden). */
  attributes?: Record<string, string>;
}

export const ELEMENTS: readonly ElementInfo[] = [
  { tag: 'icr-patient-banner', section: 'patient', required: ['Patient'] },
  { tag: 'icr-contact-details', section: 'contact-details', required: ['Patient'] },
  { tag: 'icr-allergies', section: 'allergies', required: ['AllergyIntolerance'] },
  { tag: 'icr-medications', section: 'medications', required: ['MedicationStatement', 'MedicationRequest'], attributes: { filter: 'all' } },
  { tag: 'icr-social-care-events', section: 'social-care', required: ['Task', 'Flag', 'EpisodeOfCare'] },
  { tag: 'icr-care-plans', section: 'care-plans', required: ['CarePlan'] },
  { tag: 'icr-radiology-reports', section: 'radiology-reports', required: ['DiagnosticReport'] },
  { tag: 'icr-pathology-reports', section: 'pathology-reports', required: ['DiagnosticReport'] },
  { tag: 'icr-results', section: 'results', required: ['Observation'] },
  { tag: 'icr-diagnoses', section: 'diagnoses', required: ['Condition'] },
  { tag: 'icr-care-team', section: 'care-team', required: ['CareTeam'] },
  { tag: 'icr-encounters', section: 'encounters', required: ['Encounter', 'Appointment'] },
  { tag: 'icr-alerts', section: 'alerts', required: ['Flag', 'Consent'] },
  { tag: 'icr-documents', section: 'documents', required: ['DocumentReference'] },
  { tag: 'icr-immunisations', section: 'immunisations', required: ['Immunization'] },
];

/** The states an element may end in: anything else (or `loading` forever) is undefined. */
export const DEFINED_STATES = [
  'loaded', 'empty', 'not-recorded', 'restricted', 'opted-out', 'unavailable', 'bad-response',
  'auth-required', 'not-found', 'invalid-nhs-number', 'not-configured', 'wrong-patient',
] as const;

export const DATA_STATES = ['loaded', 'empty', 'not-recorded'];

export interface ProviderSetup {
  endpoint: string;
  tokenProvider?: TokenProvider;
  nhsNumber?: string;
  patientId?: string;
  clientOptions?: Partial<IcrClientOptions>;
  /** Which elements to put inside (default all). */
  tags?: readonly string[];
}

/** A provider with the elements inside it, attached to `parent` (default document.body). */
export function mountProvider(setup: ProviderSetup, parent: Element = document.body): { provider: IcrProvider; elements: HTMLElement[] } {
  const provider = document.createElement('icr-provider');
  provider.endpoint = setup.endpoint;
  if (setup.nhsNumber) provider.nhsNumber = setup.nhsNumber;
  if (setup.patientId) provider.patientId = setup.patientId;
  if (setup.clientOptions) provider.clientOptions = setup.clientOptions;
  if (setup.tokenProvider) provider.tokenProvider = setup.tokenProvider;
  const elements = (setup.tags ?? ELEMENTS.map((e) => e.tag)).map((tag) => createElement(tag));
  provider.append(...elements);
  parent.append(provider);
  return { provider, elements };
}

export function createElement(tag: string): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(infoOf(tag).attributes ?? {})) el.setAttribute(name, value);
  return el;
}

export function infoOf(tag: string): ElementInfo {
  const info = ELEMENTS.find((e) => e.tag === tag);
  if (!info) throw new Error(`unknown element ${tag}`);
  return info;
}

/** Resolves once every element's `state` is one of `states` (or rejects after `timeoutMs`). */
export async function untilAll(elements: readonly Element[], states: readonly string[], timeoutMs = 10000): Promise<void> {
  const start = performance.now();
  while (!elements.every((e) => states.includes(e.getAttribute('state') ?? ''))) {
    if (performance.now() - start > timeoutMs) {
      throw new Error(`timed out: ${elements.map((e) => `${e.localName}=${e.getAttribute('state')}`).join(', ')}`);
    }
    await new Promise((r) => setTimeout(r, 2));
  }
}
