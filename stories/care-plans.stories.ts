import type { Meta } from '@storybook/web-components-vite';
import { LOADING, PATIENTS, UNAVAILABLE } from './mock.js';
import { sectionStories } from './story.js';

/** `<icr-care-plans>`: ReSPECT, end-of-life and other plans with their dates; every state. */
const meta: Meta = {
  title: 'Elements/Care plans',
  component: 'icr-care-plans',
  tags: ['autodocs'],
  args: { 'heading-level': 2 },
  argTypes: { 'heading-level': { control: { type: 'number', min: 1, max: 6 } } },
};
export default meta;

const s = sectionStories('icr-care-plans');

export const RespectAndEndOfLife = s({ nhsNumber: PATIENTS.edithHolloway }, 'loaded');
export const Child = s({ nhsNumber: PATIENTS.oliverBennett }, 'loaded');
/** R51: a restricted plan: untitled, its detail behind the reveal. */
export const SensitiveItems = s({ nhsNumber: PATIENTS.amiraKhan }, 'loaded');
export const Paramedic = s({ nhsNumber: PATIENTS.edithHolloway, role: 'R1070' }, 'loaded');
export const Empty = s({ nhsNumber: PATIENTS.thomasWright }, 'empty');
export const RestrictedForRole = s({ nhsNumber: PATIENTS.edithHolloway, role: 'R8010' }, 'restricted');
export const OptedOut = s({ nhsNumber: PATIENTS.garethBrown }, 'opted-out');
export const Unavailable = s({ nhsNumber: PATIENTS.edithHolloway, faults: [{ ...UNAVAILABLE, resourceType: 'CarePlan' }] }, 'unavailable');
export const WrongPatient = s({ nhsNumber: PATIENTS.edithHolloway, faults: [{ fault: 'wrong-patient', resourceType: 'CarePlan' }] }, 'wrong-patient');
export const Loading = s({ faults: [LOADING] }, 'loading');
export const Standalone = s.alone({ nhsNumber: PATIENTS.edithHolloway }, 'loaded');
