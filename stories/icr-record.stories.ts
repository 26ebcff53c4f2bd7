import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LOADING, PATIENTS, UNAVAILABLE, inProvider, type LoadedIcr, type Scenario } from './mock.js';
import { story, type Args } from './story.js';
import { ROLES, type MockRoleCode } from '../src/mock/index.js';

/**
 * `<icr-record>`: the whole record in one tag. The sticky banner, the at-a-glance summary (each
 * line in its section's own state, R61), the navigation with counts, then every section. A
 * whole-record state is shown once, by the banner, in place of the rest (R73).
 */
const meta: Meta = {
  title: 'Record/icr-record',
  component: 'icr-record',
  tags: ['autodocs'],
  args: { patient: 'richardSmith', role: 'R8000', sections: '' },
  argTypes: {
    patient: { control: 'select', options: Object.keys(PATIENTS), description: 'A patient of the mock ICR (src/mock/population)' },
    role: { control: 'select', options: ROLES.map((r) => r.code), description: 'National RBAC role of the viewer' },
    sections: { control: 'text', description: 'Which sections, in order (e.g. "allergies medications results"); empty: all' },
  },
};
export default meta;

const alone = (args: Args, loaded: Record<string, unknown>) => {
  const { endpoint, nhsNumber, tokenProvider } = loaded.icr as LoadedIcr;
  return html`<icr-record endpoint=${endpoint} nhs-number=${nhsNumber} .tokenProvider=${tokenProvider}
    sections=${ifDefined(args.sections ? String(args.sections) : undefined)}></icr-record>`;
};

/** A record story: the scenario from the controls (patient, role) unless one is given. */
const record = (state: string, scenario?: Scenario, args: Args = {}): StoryObj => ({
  ...story(
    scenario ?? ((a) => ({ nhsNumber: PATIENTS[a.patient as keyof typeof PATIENTS] ?? PATIENTS.richardSmith, role: a.role as MockRoleCode })),
    alone,
    { 'icr-record': state },
  ),
  args,
});

export const Loaded = record('loaded');
export const InsideAProvider: StoryObj = story(
  { nhsNumber: PATIENTS.richardSmith },
  (_args, loaded) => inProvider(loaded, html`<icr-record></icr-record>`),
  { 'icr-record': 'loaded' },
);
export const ChosenSections = record('loaded', undefined, { sections: 'allergies medications results' });
export const Loading = record('loading', { faults: [LOADING] });
/** Two sections failed: each says so in the summary, and one "Try again" repeats both. */
export const SectionsFailed = record('loaded', {
  faults: [{ ...UNAVAILABLE, resourceType: 'Condition' }, { ...UNAVAILABLE, resourceType: 'CarePlan' }],
});
export const ClericalRole = record('loaded', { role: 'R8010' });
export const LongHistory = record('loaded', { nhsNumber: PATIENTS.arthurGreenwood });
export const OptedOut = record('opted-out', { nhsNumber: PATIENTS.garethBrown });
export const NotFound = record('not-found', { nhsNumber: PATIENTS.nobody });
export const InvalidNhsNumber = record('invalid-nhs-number', { nhsNumber: PATIENTS.invalid });
export const WrongPatient = record('wrong-patient', { faults: [{ fault: 'wrong-patient', resourceType: 'Patient' }] });
export const AuthenticationNeeded = record('auth-required', { faults: [{ fault: '401', resourceType: 'Patient' }] });
/** R8: a record told about another patient than its provider's shows nothing clinical. */
export const ConflictsWithProvider: StoryObj = story(
  { nhsNumber: PATIENTS.richardSmith },
  (_args, loaded) => inProvider(loaded, html`<icr-record nhs-number=${PATIENTS.davidJones}></icr-record>`),
  { 'icr-record': 'wrong-patient' },
);
/** Sections by slot: the host writes the section elements, in its order, each with its own attributes. */
export const SectionsBySlot: StoryObj = story(
  { nhsNumber: PATIENTS.richardSmith },
  (_args, loaded) => {
    const { endpoint, nhsNumber, tokenProvider } = loaded.icr as LoadedIcr;
    return html`<icr-record endpoint=${endpoint} nhs-number=${nhsNumber} .tokenProvider=${tokenProvider}>
      <icr-medications filter="all" sort="date"></icr-medications>
      <icr-allergies></icr-allergies>
    </icr-record>`;
  },
  { 'icr-record': 'loaded' },
);
