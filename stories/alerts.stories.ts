import type { Meta } from '@storybook/web-components-vite';
import { LOADING, PATIENTS, UNAVAILABLE } from './mock.js';
import { sectionStories } from './story.js';

/**
 * `<icr-alerts>`: child protection (R67), decisions about care (ReSPECT, DNACPR, ADRT, LPA,
 * preferred place of care, R66) and alerts; "No longer in force" apart; every state.
 */
const meta: Meta = {
  title: 'Elements/Alerts and decisions',
  component: 'icr-alerts',
  tags: ['autodocs'],
  args: { 'heading-level': 2 },
  argTypes: { 'heading-level': { control: { type: 'number', min: 1, max: 6 } } },
};
export default meta;

const s = sectionStories('icr-alerts');

/** R66: a current ReSPECT form; the DNACPR it replaced, withdrawn, under "No longer in force"; an LPA her daughter added (R72). */
export const RespectAndWithdrawnDnacpr = s({ nhsNumber: PATIENTS.edithHolloway }, 'loaded');
/** R66, R72: a DNACPR limited to a hospital stay, now expired; a preferred place of care she added herself. */
export const ExpiredDecision = s({ nhsNumber: PATIENTS.margaretEvans }, 'loaded');
/** R67: a child on a child protection plan: the CP-IS flag, the local authority and its duty desk. */
export const ChildProtection = s({ nhsNumber: PATIENTS.oliverBennett }, 'loaded');
/** R67: the social worker's view of the same child. */
export const SocialWorker = s({ nhsNumber: PATIENTS.oliverBennett, role: 'R9570' }, 'loaded');
export const Paramedic = s({ nhsNumber: PATIENTS.edithHolloway, role: 'R1070' }, 'loaded');
export const Empty = s({ nhsNumber: PATIENTS.davidJones }, 'empty');
/** R66: a refused search says the decisions could not be checked. */
export const RestrictedForRole = s({ nhsNumber: PATIENTS.edithHolloway, role: 'R8010' }, 'restricted');
export const OptedOut = s({ nhsNumber: PATIENTS.garethBrown }, 'opted-out');
/** R66: the decisions search failed: "could not be checked", with a retry. */
export const Unavailable = s({ nhsNumber: PATIENTS.edithHolloway, faults: [{ ...UNAVAILABLE, resourceType: 'Consent' }] }, 'unavailable');
export const WrongPatient = s({ nhsNumber: PATIENTS.edithHolloway, faults: [{ fault: 'wrong-patient', resourceType: 'Flag' }] }, 'wrong-patient');
export const Loading = s({ faults: [LOADING] }, 'loading');
export const Standalone = s.alone({ nhsNumber: PATIENTS.edithHolloway }, 'loaded');
