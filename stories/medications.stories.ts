import type { Meta } from '@storybook/web-components-vite';
import { LOADING, PATIENTS, UNAVAILABLE } from './mock.js';
import { sectionStories } from './story.js';

/** `<icr-medications>`: current and past medications, filter, search and sort; every state. */
const meta: Meta = {
  title: 'Elements/Medications',
  component: 'icr-medications',
  tags: ['autodocs'],
  args: { 'heading-level': 2, filter: 'current', sort: 'name', 'page-size': 100 },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    filter: { control: 'inline-radio', options: ['current', 'past', 'all'] },
    sort: { control: 'inline-radio', options: ['name', 'date'] },
    'page-size': { control: { type: 'number', min: 1 } },
  },
};
export default meta;

const s = sectionStories('icr-medications');

export const Current = s({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
export const Past = s({ nhsNumber: PATIENTS.richardSmith }, 'loaded', { filter: 'past' });
export const AllByDate = s({ nhsNumber: PATIENTS.richardSmith }, 'loaded', { filter: 'all', sort: 'date' });
export const LongList = s({ nhsNumber: PATIENTS.arthurGreenwood }, 'loaded', { filter: 'all', 'page-size': 50 });
/** A long record whose later pages are still arriving: the first page, marked as not complete yet (R39). */
export const LoadingTheRest = s(
  { nhsNumber: PATIENTS.arthurGreenwood, faults: [{ fault: 'delay', resourceType: 'MedicationStatement', after: 1, delayMs: 600_000 }] },
  'loaded',
  { filter: 'all' },
);
export const Child = s({ nhsNumber: PATIENTS.oliverBennett }, 'loaded');
export const SensitiveItems = s({ nhsNumber: PATIENTS.amiraKhan }, 'loaded', { filter: 'all' });
export const Empty = s({ nhsNumber: PATIENTS.thomasWright }, 'empty');
export const RestrictedForRole = s({ role: 'R9570' }, 'restricted');
export const OptedOut = s({ nhsNumber: PATIENTS.garethBrown }, 'opted-out');
export const Unavailable = s({ faults: [{ ...UNAVAILABLE, resourceType: 'MedicationStatement' }] }, 'unavailable');
export const WrongPatient = s({ faults: [{ fault: 'wrong-patient', resourceType: 'MedicationStatement' }] }, 'wrong-patient');
export const Loading = s({ faults: [LOADING] }, 'loading');
export const Standalone = s.alone({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
