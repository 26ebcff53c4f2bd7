import type { Meta } from '@storybook/web-components-vite';
import { LOADING, PATIENTS, UNAVAILABLE } from './mock.js';
import { sectionStories } from './story.js';

/** `<icr-immunisations>`: vaccinations with date, vaccine, dose and series and source; one not given says so with its reason (R71); every state. */
const meta: Meta = {
  title: 'Elements/Immunisations',
  component: 'icr-immunisations',
  tags: ['autodocs'],
  args: { 'heading-level': 2 },
  argTypes: { 'heading-level': { control: { type: 'number', min: 1, max: 6 } } },
};
export default meta;

const s = sectionStories('icr-immunisations');

/** A child's routine schedule, doses numbered in their series; a nasal flu vaccine not given, with its reason; one entered in error, counted. */
export const ChildhoodSchedule = s({ nhsNumber: PATIENTS.oliverBennett }, 'loaded');
/** An adult's flu and COVID-19 booster, and a pneumococcal vaccine recorded only to the month. */
export const Adult = s({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
export const Empty = s({ nhsNumber: PATIENTS.edithHolloway }, 'empty');
export const RestrictedForRole = s({ nhsNumber: PATIENTS.richardSmith, role: 'R8010' }, 'restricted');
export const OptedOut = s({ nhsNumber: PATIENTS.garethBrown }, 'opted-out');
export const Unavailable = s({ nhsNumber: PATIENTS.oliverBennett, faults: [{ ...UNAVAILABLE, resourceType: 'Immunization' }] }, 'unavailable');
export const WrongPatient = s({ nhsNumber: PATIENTS.edithHolloway, faults: [{ fault: 'wrong-patient', resourceType: 'Immunization' }] }, 'wrong-patient');
export const Loading = s({ faults: [LOADING] }, 'loading');
export const Standalone = s.alone({ nhsNumber: PATIENTS.oliverBennett }, 'loaded');
