import type { Meta } from '@storybook/web-components-vite';
import { LOADING, PATIENTS, UNAVAILABLE } from './mock.js';
import { sectionStories } from './story.js';

/** `<icr-radiology-reports>`: reports with their status, results and documents (sanitised); every state. */
const meta: Meta = {
  title: 'Elements/Radiology reports',
  component: 'icr-radiology-reports',
  tags: ['autodocs'],
  args: { 'heading-level': 2, 'hide-other': false },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'hide-other': { control: 'boolean' },
  },
};
export default meta;

const s = sectionStories('icr-radiology-reports');

export const Reports = s({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
export const HideOther = s({ nhsNumber: PATIENTS.richardSmith }, 'loaded', { 'hide-other': true });
export const SensitiveItems = s({ nhsNumber: PATIENTS.amiraKhan }, 'loaded');
export const Empty = s({ nhsNumber: PATIENTS.zaraOkafor }, 'empty');
export const RestrictedForRole = s({ role: 'R1070' }, 'restricted');
export const OptedOut = s({ nhsNumber: PATIENTS.garethBrown }, 'opted-out');
export const Unavailable = s({ faults: [{ ...UNAVAILABLE, resourceType: 'DiagnosticReport' }] }, 'unavailable');
export const WrongPatient = s({ nhsNumber: PATIENTS.edithHolloway, faults: [{ fault: 'wrong-patient', resourceType: 'DiagnosticReport' }] }, 'wrong-patient');
export const Loading = s({ faults: [LOADING] }, 'loading');
export const Standalone = s.alone({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
