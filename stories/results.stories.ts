import type { Meta } from '@storybook/web-components-vite';
import { LOADING, PATIENTS, UNAVAILABLE } from './mock.js';
import { sectionStories } from './story.js';

/** `<icr-results>`: latest laboratory results and vital signs with each test's history; every state. */
const meta: Meta = {
  title: 'Elements/Results',
  component: 'icr-results',
  tags: ['autodocs'],
  args: { 'heading-level': 2 },
  argTypes: { 'heading-level': { control: { type: 'number', min: 1, max: 6 } } },
};
export default meta;

const s = sectionStories('icr-results');

export const Latest = s({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
export const ChildGrowth = s({ nhsNumber: PATIENTS.oliverBennett }, 'loaded');
export const LongHistory = s({ nhsNumber: PATIENTS.arthurGreenwood }, 'loaded');
/** The same long history starting at "last year": the count says what the range hides, "Show all" clears it (R62). */
export const LongHistoryLastYear = s({ nhsNumber: PATIENTS.arthurGreenwood }, 'loaded', { 'list-range': '1y' });
export const SensitiveItems = s({ nhsNumber: PATIENTS.amiraKhan }, 'loaded');
export const Empty = s({ nhsNumber: PATIENTS.thomasWright }, 'empty');
export const RestrictedForRole = s({ role: 'R9570' }, 'restricted');
export const OptedOut = s({ nhsNumber: PATIENTS.garethBrown }, 'opted-out');
export const Unavailable = s({ faults: [{ ...UNAVAILABLE, resourceType: 'Observation' }] }, 'unavailable');
export const WrongPatient = s({ faults: [{ fault: 'wrong-patient', resourceType: 'Observation' }] }, 'wrong-patient');
export const Loading = s({ faults: [LOADING] }, 'loading');
export const Standalone = s.alone({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
