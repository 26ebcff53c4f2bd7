import type { Meta } from '@storybook/web-components-vite';
import { LOADING, PATIENTS, UNAVAILABLE } from './mock.js';
import { sectionStories } from './story.js';

/** `<icr-allergies>`: one explicit summary, then the allergies; every state from the mock ICR. */
const meta: Meta = {
  title: 'Elements/Allergies',
  component: 'icr-allergies',
  tags: ['autodocs'],
  args: { 'heading-level': 2 },
  argTypes: { 'heading-level': { control: { type: 'number', min: 1, max: 6 } } },
};
export default meta;

const s = sectionStories('icr-allergies');

export const KnownAllergies = s({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
export const NoKnownAllergies = s({ nhsNumber: PATIENTS.davidJones }, 'loaded');
export const NoKnownAllergiesFromList = s({ nhsNumber: PATIENTS.priyaSharma }, 'loaded');
export const NoKnownDrugAllergies = s({ nhsNumber: PATIENTS.margaretEvans }, 'loaded');
export const NotRecorded = s({ nhsNumber: PATIENTS.thomasWright }, 'not-recorded');
export const NewbornNoRecordYet = s({ nhsNumber: PATIENTS.zaraOkafor }, 'not-recorded');
export const DeceasedNoContentRecorded = s({ nhsNumber: PATIENTS.haroldWalker }, 'not-recorded');
export const Child = s({ nhsNumber: PATIENTS.oliverBennett }, 'loaded');
export const SensitiveItems = s({ nhsNumber: PATIENTS.amiraKhan }, 'loaded');
export const RestrictedForRole = s({ role: 'R8010' }, 'restricted');
export const OptedOut = s({ nhsNumber: PATIENTS.garethBrown }, 'opted-out');
export const OptedOutOfSection = s({ faults: [{ fault: 'opted-out', resourceType: 'AllergyIntolerance' }] }, 'opted-out');
export const Unavailable = s({ faults: [{ ...UNAVAILABLE, resourceType: 'AllergyIntolerance' }] }, 'unavailable');
export const WrongPatient = s({ faults: [{ fault: 'wrong-patient', resourceType: 'AllergyIntolerance' }] }, 'wrong-patient');
export const Loading = s({ faults: [LOADING] }, 'loading');
export const Standalone = s.alone({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
