import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOADING, PATIENTS, UNAVAILABLE, inProvider, type LoadedIcr, type Scenario } from './mock.js';
import { story } from './story.js';
import { ROLES, type MockRoleCode } from '../src/mock/index.js';
import { timelineSources } from '../src/sections/timeline.js';
import { socialCareCodes } from '../src/fhir/social-care-codes.js';

/**
 * `<icr-timeline>`: every dated event across the sections, newest first, each date at its own
 * precision (R65), undated entries apart, filterable by type and organisation, a page at a time.
 */
const meta: Meta = {
  title: 'Record/icr-timeline',
  component: 'icr-timeline',
  tags: ['autodocs'],
  args: { patient: 'richardSmith', role: 'R8000' },
  argTypes: {
    patient: { control: 'select', options: Object.keys(PATIENTS), description: 'A patient of the mock ICR (src/mock/population)' },
    role: { control: 'select', options: ROLES.map((r) => r.code), description: 'National RBAC role of the viewer' },
  },
};
export default meta;

const alone = (_args: unknown, loaded: Record<string, unknown>) => {
  const { endpoint, nhsNumber, tokenProvider } = loaded.icr as LoadedIcr;
  return html`<icr-timeline endpoint=${endpoint} nhs-number=${nhsNumber} .tokenProvider=${tokenProvider}></icr-timeline>`;
};

const timeline = (state: string, scenario?: Scenario): StoryObj => story(
  scenario ?? ((a) => ({ nhsNumber: PATIENTS[a.patient as keyof typeof PATIENTS] ?? PATIENTS.richardSmith, role: a.role as MockRoleCode })),
  alone,
  { 'icr-timeline': state },
);

export const Loaded = timeline('loaded');
export const InsideAProvider: StoryObj = story(
  { nhsNumber: PATIENTS.richardSmith },
  (_args, loaded) => inProvider(loaded, html`<icr-patient-banner></icr-patient-banner><icr-timeline></icr-timeline>`),
  { 'icr-timeline': 'loaded' },
);
export const LongHistory = timeline('loaded', { nhsNumber: PATIENTS.arthurGreenwood });
export const Loading = timeline('loading', { faults: [LOADING] });
// Every resource type the timeline's sources read, taken from the sources themselves: a source added
// later (documents, encounters) is faulted too, so this story stays "unavailable" rather than "loaded".
const TIMELINE_TYPES = [...new Set(timelineSources({ now: () => new Date(), socialCareCodes: () => socialCareCodes })
  .flatMap((s) => s.spec.queries().filter((q) => !q.helper).map((q) => q.resourceType)))];
export const Unavailable = timeline('unavailable', { faults: TIMELINE_TYPES.map((resourceType) => ({ ...UNAVAILABLE, resourceType })) });
export const OptedOut = timeline('opted-out', { nhsNumber: PATIENTS.garethBrown });
export const NotFound = timeline('not-found', { nhsNumber: PATIENTS.nobody });
export const WrongPatient = timeline('wrong-patient', { faults: [{ fault: 'wrong-patient', resourceType: 'Patient' }] });
