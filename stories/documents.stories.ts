import type { Meta } from '@storybook/web-components-vite';
import { LOADING, PATIENTS, UNAVAILABLE } from './mock.js';
import { sectionStories } from './story.js';

/** `<icr-documents>`: letters and summaries opened in place (R70): HTML, a PDF Binary, a superseded letter, a foreign link; every state. */
const meta: Meta = {
  title: 'Elements/Documents',
  component: 'icr-documents',
  tags: ['autodocs'],
  args: { 'heading-level': 2 },
  argTypes: { 'heading-level': { control: { type: 'number', min: 1, max: 6 } } },
};
export default meta;

const s = sectionStories('icr-documents');

/** A discharge summary (HTML), a clinic letter (PDF Binary) replacing a superseded one, a foreign link, one entered in error, the patient's own, a restricted one. */
export const Letters = s({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
export const Empty = s({ nhsNumber: PATIENTS.zaraOkafor }, 'empty');
export const RestrictedForRole = s({ nhsNumber: PATIENTS.richardSmith, role: 'R8010' }, 'restricted');
export const OptedOut = s({ nhsNumber: PATIENTS.garethBrown }, 'opted-out');
export const Unavailable = s({ nhsNumber: PATIENTS.richardSmith, faults: [{ ...UNAVAILABLE, resourceType: 'DocumentReference' }] }, 'unavailable');
export const WrongPatient = s({ nhsNumber: PATIENTS.edithHolloway, faults: [{ fault: 'wrong-patient', resourceType: 'DocumentReference' }] }, 'wrong-patient');
export const Loading = s({ faults: [LOADING] }, 'loading');
export const Standalone = s.alone({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
