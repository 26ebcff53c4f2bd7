import type { Meta } from '@storybook/web-components-vite';
import { LOADING, PATIENTS, UNAVAILABLE } from './mock.js';
import { sectionStories } from './story.js';

/** `<icr-contact-details>`: addresses, phones, communication needs, contacts and GP; every state. */
const meta: Meta = {
  title: 'Elements/Contact details',
  component: 'icr-contact-details',
  tags: ['autodocs'],
  args: { 'heading-level': 2 },
  argTypes: { 'heading-level': { control: { type: 'number', min: 1, max: 6 } } },
};
export default meta;

const s = sectionStories('icr-contact-details');

export const Adult = s({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
export const Child = s({ nhsNumber: PATIENTS.oliverBennett }, 'loaded');
export const Deceased = s({ nhsNumber: PATIENTS.haroldWalker }, 'loaded');
export const RestrictedRecord = s({ nhsNumber: PATIENTS.sophieTaylor }, 'loaded');
/** R51: a related person labelled with the ActCode SDV policy: "Related person", the rest behind the reveal. */
export const SensitiveItems = s({ nhsNumber: PATIENTS.amiraKhan }, 'loaded');
export const ClericalRole = s({ role: 'R8010' }, 'loaded');
export const OptedOut = s({ nhsNumber: PATIENTS.garethBrown }, 'opted-out');
export const NotFound = s({ nhsNumber: PATIENTS.nobody }, 'not-found');
export const Unavailable = s({ faults: [UNAVAILABLE] }, 'unavailable');
export const WrongPatient = s({ faults: [{ fault: 'wrong-patient' }] }, 'wrong-patient');
export const Loading = s({ faults: [LOADING] }, 'loading');
export const Standalone = s.alone({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
