import type { Meta } from '@storybook/web-components-vite';
import { LOADING, PATIENTS, UNAVAILABLE } from './mock.js';
import { sectionStories } from './story.js';

/** `<icr-diagnoses>`: current diagnoses, resolved ones in a separate history; every state. */
const meta: Meta = {
  title: 'Elements/Diagnoses',
  component: 'icr-diagnoses',
  tags: ['autodocs'],
  args: { 'heading-level': 2 },
  argTypes: { 'heading-level': { control: { type: 'number', min: 1, max: 6 } } },
};
export default meta;

const s = sectionStories('icr-diagnoses');

export const Current = s({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
export const Child = s({ nhsNumber: PATIENTS.oliverBennett }, 'loaded');
export const LongHistory = s({ nhsNumber: PATIENTS.arthurGreenwood }, 'loaded');
export const SensitiveItems = s({ nhsNumber: PATIENTS.amiraKhan }, 'loaded');
export const Empty = s({ nhsNumber: PATIENTS.zaraOkafor }, 'empty');
export const RestrictedForRole = s({ role: 'R9570' }, 'restricted');
export const OptedOut = s({ nhsNumber: PATIENTS.garethBrown }, 'opted-out');
export const Unavailable = s({ faults: [{ ...UNAVAILABLE, resourceType: 'Condition' }] }, 'unavailable');
export const WrongPatient = s({ faults: [{ fault: 'wrong-patient', resourceType: 'Condition' }] }, 'wrong-patient');
export const Loading = s({ faults: [LOADING] }, 'loading');
export const Standalone = s.alone({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
