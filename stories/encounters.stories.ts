import type { Meta } from '@storybook/web-components-vite';
import { LOADING, PATIENTS, UNAVAILABLE } from './mock.js';
import { sectionStories } from './story.js';

/** `<icr-encounters>`: appointments and stays (R69); every state. */
const meta: Meta = {
  title: 'Elements/Appointments and stays',
  component: 'icr-encounters',
  tags: ['autodocs'],
  args: { 'heading-level': 2 },
  argTypes: { 'heading-level': { control: { type: 'number', min: 1, max: 6 } } },
};
export default meta;

const s = sectionStories('icr-encounters');
/** Colin Hughes (1,000 encounters): not in the PATIENTS table of stories/mock.ts, kept here to leave it alone. */
const COLIN_HUGHES = '9990120005';

/** Upcoming apart from past; attended, did not attend, cancelled by whom, outcome not recorded. */
export const Loaded = s({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
/** R69: an admission in progress, "Admitted since …". */
export const AdmittedNow = s({ nhsNumber: PATIENTS.edithHolloway }, 'loaded');
/** A child's record: attendance only, shown as it is. */
export const Child = s({ nhsNumber: PATIENTS.oliverBennett }, 'loaded');
/** R62, R63: 1,000 encounters a page at a time. */
export const LongList = s({ nhsNumber: COLIN_HUGHES }, 'loaded');
export const Clerical = s({ nhsNumber: PATIENTS.richardSmith, role: 'R8010' }, 'loaded');
/** H3: appointments could not be read; stays shown, marked partly unavailable. */
export const PartlyUnavailable = s({ nhsNumber: PATIENTS.richardSmith, faults: [{ ...UNAVAILABLE, resourceType: 'Appointment' }] }, 'loaded');
export const NotRecorded = s({ nhsNumber: PATIENTS.sophieTaylor }, 'not-recorded');
export const OptedOut = s({ nhsNumber: PATIENTS.garethBrown }, 'opted-out');
export const Unavailable = s({ nhsNumber: PATIENTS.richardSmith, faults: [{ ...UNAVAILABLE, resourceType: 'Encounter' }, { ...UNAVAILABLE, resourceType: 'Appointment' }] }, 'unavailable');
export const WrongPatient = s({ nhsNumber: PATIENTS.richardSmith, faults: [{ fault: 'wrong-patient', resourceType: 'Appointment' }] }, 'wrong-patient');
export const Loading = s({ faults: [LOADING] }, 'loading');
export const Standalone = s.alone({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
