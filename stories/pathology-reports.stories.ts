import type { Meta } from '@storybook/web-components-vite';
import { LOADING, PATIENTS, UNAVAILABLE } from './mock.js';
import { sectionStories } from './story.js';

/** `<icr-pathology-reports>`: reports with their status, results and documents (sanitised); every state. */
const meta: Meta = {
  title: 'Elements/Pathology reports',
  component: 'icr-pathology-reports',
  tags: ['autodocs'],
  args: { 'heading-level': 2, 'hide-other': false },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'hide-other': { control: 'boolean' },
  },
};
export default meta;

const s = sectionStories('icr-pathology-reports');

export const Reports = s({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
export const HideOther = s({ nhsNumber: PATIENTS.richardSmith }, 'loaded', { 'hide-other': true });
export const LongHistory = s({ nhsNumber: PATIENTS.arthurGreenwood }, 'loaded');
/** 1,200 reports from "last 3 months": what the range hides is said, reports not final stay (R62). */
export const LongHistoryLast3Months = s({ nhsNumber: PATIENTS.arthurGreenwood }, 'loaded', { 'hide-other': true, 'list-range': '3m' });
export const SensitiveItems = s({ nhsNumber: PATIENTS.amiraKhan }, 'loaded');
export const Empty = s({ nhsNumber: PATIENTS.zaraOkafor }, 'empty');
export const RestrictedForRole = s({ role: 'R1070' }, 'restricted');
export const OptedOut = s({ nhsNumber: PATIENTS.garethBrown }, 'opted-out');
export const Unavailable = s({ faults: [{ ...UNAVAILABLE, resourceType: 'DiagnosticReport' }] }, 'unavailable');
export const WrongPatient = s({ nhsNumber: PATIENTS.edithHolloway, faults: [{ fault: 'wrong-patient', resourceType: 'DiagnosticReport' }] }, 'wrong-patient');
export const Loading = s({ faults: [LOADING] }, 'loading');
export const Standalone = s.alone({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
