import type { Meta } from '@storybook/web-components-vite';
import { LOADING, PATIENTS, UNAVAILABLE } from './mock.js';
import { sectionStories } from './story.js';
import { SOCIAL_CARE_KINDS } from '../src/fhir/social-care-codes.js';

/** `<icr-social-care-events>`: assessments, reviews, safeguarding, DoLS and packages of care. */
const meta: Meta = {
  title: 'Elements/Social care events',
  component: 'icr-social-care-events',
  tags: ['autodocs'],
  args: { 'heading-level': 2, filter: 'all' },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    filter: { control: 'select', options: ['all', ...SOCIAL_CARE_KINDS] },
  },
};
export default meta;

const s = sectionStories('icr-social-care-events');

export const OlderAdult = s({ nhsNumber: PATIENTS.edithHolloway }, 'loaded');
export const Child = s({ nhsNumber: PATIENTS.oliverBennett }, 'loaded');
export const CurrentDols = s({ nhsNumber: PATIENTS.margaretEvans }, 'loaded');
/** R51: a very restricted safeguarding concern: kind and open-safeguarding badge in view, detail behind the reveal. */
export const SensitiveItems = s({ nhsNumber: PATIENTS.amiraKhan }, 'loaded');
export const SocialWorker = s({ nhsNumber: PATIENTS.edithHolloway, role: 'R9570' }, 'loaded');
export const Empty = s({ nhsNumber: PATIENTS.thomasWright }, 'empty');
export const RestrictedForRole = s({ nhsNumber: PATIENTS.edithHolloway, role: 'R8001' }, 'restricted');
export const OptedOut = s({ nhsNumber: PATIENTS.garethBrown }, 'opted-out');
export const Unavailable = s({ nhsNumber: PATIENTS.edithHolloway, faults: [{ ...UNAVAILABLE, resourceType: 'Task' }] }, 'unavailable');
export const WrongPatient = s({ nhsNumber: PATIENTS.edithHolloway, faults: [{ fault: 'wrong-patient', resourceType: 'Task' }] }, 'wrong-patient');
export const Loading = s({ faults: [LOADING] }, 'loading');
export const Standalone = s.alone({ nhsNumber: PATIENTS.edithHolloway }, 'loaded');
