/**
 * Interop harness: the endpoint of the independent FHIR server (scripts/interop-server.mjs), what it
 * holds (its own dump, `GET /__interop/loaded`: expectations are computed from that data), and a
 * page that mounts every element for one patient through the ordinary provider configuration.
 */
import { clearSharedRequests } from '../src/data/request-cache.js';

export type Json = Record<string, any>;

export interface InteropData {
  endpoint: string;
  /** Server origin (for `/__interop/*`). */
  origin: string;
  resources: Json[];
  report: Json;
  /** ICR_INTEROP_PATIENTS: run only these patient ids (debugging). */
  only?: string[];
}

let data: Promise<InteropData> | undefined;

export function interopData(): Promise<InteropData> {
  data ??= (async () => {
    const config = (await (await fetch('/interop-config.json')).json()) as { endpoint: string; patients?: string[] };
    const origin = new URL(config.endpoint).origin;
    const loaded = (await (await fetch(`${origin}/__interop/loaded`)).json()) as { resources: Json[]; report: Json };
    return { endpoint: config.endpoint, origin, resources: loaded.resources, report: loaded.report, only: config.patients };
  })();
  return data;
}

export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';

/** The patient's NHS number as recorded (10 digits), if any. */
export function nhsNumberOf(patient: Json): string | undefined {
  const id = (patient.identifier ?? []).find((i: Json) => i?.system === NHS_NUMBER_SYSTEM && typeof i.value === 'string');
  return id?.value.replace(/\s/g, '');
}

/** Whether `ref` (a Reference) points at Patient/<id>: relative, absolute, or versioned. */
export function pointsAt(ref: unknown, patientId: string): boolean {
  const r = (ref as Json | undefined)?.reference;
  if (typeof r !== 'string') return false;
  const m = /(?:^|\/)Patient\/([^/]+)(?:\/_history\/[^/]+)?$/.exec(r);
  return !!m && m[1] === patientId;
}

/** The resources of `type` whose patient reference (`patient` or `subject`) resolves to the patient. */
export function resourcesFor(all: Json[], type: string, patientId: string): Json[] {
  return all.filter((r) => r.resourceType === type && (pointsAt(r.patient, patientId) || pointsAt(r.subject, patientId)));
}

/** Every text a clinician would see: the element's shadow DOM (nested shadow roots too), whitespace collapsed. */
export function visibleText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      if (node.shadowRoot) walk(node.shadowRoot);
      if (node.tagName === 'STYLE' || node.tagName === 'SCRIPT') return;
    }
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return normalise(parts.join(' '));
}

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The texts a CodeableConcept may be shown as (its text, any coding display). */
export function conceptTexts(concept: unknown): string[] {
  const c = concept as Json | undefined;
  if (!c || typeof c !== 'object') return [];
  const out: string[] = [];
  if (typeof c.text === 'string' && c.text.trim()) out.push(c.text);
  for (const coding of c.coding ?? []) if (typeof coding?.display === 'string' && coding.display.trim()) out.push(coding.display);
  return out;
}

/** Passes when `text` contains at least one of `candidates` (none to check passes). */
export function showsOneOf(text: string, candidates: string[]): boolean {
  if (candidates.length === 0) return true;
  return candidates.some((c) => text.includes(normalise(c)));
}

export const SECTION_TAGS = [
  'icr-patient-banner',
  'icr-contact-details',
  'icr-allergies',
  'icr-medications',
  'icr-social-care-events',
  'icr-care-plans',
  'icr-radiology-reports',
  'icr-pathology-reports',
  'icr-results',
  'icr-diagnoses',
  'icr-care-team',
  'icr-encounters',
  'icr-alerts',
  'icr-documents',
  'icr-immunisations',
] as const;
export type SectionTag = (typeof SECTION_TAGS)[number];

/** Each element's own define module (static specifiers, so that the dev server resolves them). */
const DEFINE: Record<SectionTag, () => Promise<unknown>> = {
  'icr-patient-banner': () => import('../src/elements/patient-banner.define.js'),
  'icr-contact-details': () => import('../src/elements/contact-details.define.js'),
  'icr-allergies': () => import('../src/elements/allergies.define.js'),
  'icr-medications': () => import('../src/elements/medications.define.js'),
  'icr-social-care-events': () => import('../src/elements/social-care-events.define.js'),
  'icr-care-plans': () => import('../src/elements/care-plans.define.js'),
  'icr-radiology-reports': () => import('../src/elements/radiology-reports.define.js'),
  'icr-pathology-reports': () => import('../src/elements/pathology-reports.define.js'),
  'icr-results': () => import('../src/elements/results.define.js'),
  'icr-diagnoses': () => import('../src/elements/diagnoses.define.js'),
  'icr-care-team': () => import('../src/elements/care-team.define.js'),
  'icr-encounters': () => import('../src/elements/encounters.define.js'),
  'icr-alerts': () => import('../src/elements/alerts.define.js'),
  'icr-documents': () => import('../src/elements/documents.define.js'),
  'icr-immunisations': () => import('../src/elements/immunisations.define.js'),
};

/** Defines the elements (each on its own, so that one that does not build fails only itself). */
export async function defineElements(): Promise<Map<string, string>> {
  const failed = new Map<string, string>();
  await import('../src/elements/provider.define.js');
  for (const tag of SECTION_TAGS) {
    try {
      await DEFINE[tag]();
    } catch (error) {
      failed.set(tag, String((error as Error)?.message ?? error));
    }
  }
  return failed;
}

export interface Mounted {
  provider: HTMLElement;
  elements: Map<string, HTMLElement>;
  /** console.error calls and uncaught errors while this patient was on screen. */
  errors: string[];
  /** Elements still `loading` (or without a state, or still receiving pages) when the wait ended. */
  stuck: string[];
  dispose(): void;
}

const SETTLED_WAIT_MS = 20000;

/** Mounts <icr-provider> with every element for one patient, and waits until none is loading. */
export async function mountPatient(endpoint: string, ref: { nhsNumber?: string; patientId?: string }, tags: readonly string[]): Promise<Mounted> {
  clearSharedRequests();
  const errors: string[] = [];
  const originalError = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    originalError.apply(console, args as []);
  };
  const onError = (e: ErrorEvent) => errors.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);

  const provider = document.createElement('icr-provider');
  provider.setAttribute('endpoint', endpoint);
  if (ref.nhsNumber) provider.setAttribute('nhs-number', ref.nhsNumber);
  else if (ref.patientId) provider.setAttribute('patient-id', ref.patientId);
  provider.tokenProvider = () => 'interop-token';
  const elements = new Map<string, HTMLElement>();
  for (const tag of tags) {
    if (!customElements.get(tag)) continue;
    const el = document.createElement(tag);
    if (tag === 'icr-medications') el.setAttribute('filter', 'all'); // current and past
    provider.appendChild(el);
    elements.set(tag, el);
  }
  document.body.appendChild(provider);

  // A long list shows its first pages while the rest arrive (`loading-more`); the checks compare
  // with everything the server holds, so they wait for the last page.
  const pending = () => [...elements].filter(([, el]) => {
    const state = el.getAttribute('state');
    return !state || state === 'loading' || el.hasAttribute('loading-more');
  }).map(([tag]) => tag);
  const start = Date.now();
  while (pending().length && Date.now() - start < SETTLED_WAIT_MS) await new Promise((r) => setTimeout(r, 25));
  // One more frame so that the last render is in the DOM.
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  const stuck = pending();
  return {
    provider,
    elements,
    errors,
    stuck,
    dispose() {
      provider.remove();
      console.error = originalError;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
