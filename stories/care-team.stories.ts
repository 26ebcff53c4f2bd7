import type { Meta } from '@storybook/web-components-vite';
import { LOADING, PATIENTS, UNAVAILABLE } from './mock.js';
import { sectionStories } from './story.js';

/** `<icr-care-team>`: who is involved, how to reach them, and who no longer is (R68); every state. */
const meta: Meta = {
  title: 'Elements/Care team',
  component: 'icr-care-team',
  tags: ['autodocs'],
  args: { 'heading-level': 2 },
  argTypes: { 'heading-level': { control: { type: 'number', min: 1, max: 6 } } },
};
export default meta;

const s = sectionStories('icr-care-team');

/** GP, district nurse, consultant, a carer and next of kin; an ended and an inactive member apart. */
export const Loaded = s({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
/** A child on a plan: the allocated social worker of children's services. */
export const ChildWithSocialWorker = s({ nhsNumber: PATIENTS.oliverBennett }, 'loaded');
/** No one current (died: the team closed): those who were involved, open. */
export const NoOneCurrent = s({ nhsNumber: PATIENTS.haroldWalker }, 'empty');
export const NotRecorded = s({ nhsNumber: PATIENTS.thomasWright }, 'not-recorded');
export const RestrictedForRole = s({ role: 'R8010' }, 'restricted');
export const OptedOut = s({ nhsNumber: PATIENTS.garethBrown }, 'opted-out');
export const Unavailable = s({ faults: [{ ...UNAVAILABLE, resourceType: 'CareTeam' }] }, 'unavailable');
export const WrongPatient = s({ nhsNumber: PATIENTS.oliverBennett, faults: [{ fault: 'wrong-patient', resourceType: 'CareTeam' }] }, 'wrong-patient');
export const Loading = s({ faults: [LOADING] }, 'loading');
export const Standalone = s.alone({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
