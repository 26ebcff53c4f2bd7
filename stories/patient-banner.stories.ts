import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOADING, PATIENTS, UNAVAILABLE, inProvider, type Scenario } from './mock.js';
import { story, type Args } from './story.js';

/**
 * `<icr-patient-banner>` inside an `<icr-provider>`: every patient-level state. The provider does
 * the one patient lookup every element shares.
 */
const meta: Meta = {
  title: 'Elements/Patient banner',
  component: 'icr-patient-banner',
  tags: ['autodocs'],
  args: { variant: 'full', expanded: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'micro'] },
    expanded: { control: 'boolean' },
  },
};
export default meta;

const banner = (args: Args) =>
  html`<icr-patient-banner variant=${String(args.variant ?? 'full')} ?expanded=${Boolean(args.expanded)}></icr-patient-banner>`;

const banners = (scenario: Scenario, state: string) =>
  story(scenario, (args, loaded) => inProvider(loaded, banner(args)), { 'icr-patient-banner': state });

export const LivingAdult = banners({ nhsNumber: PATIENTS.richardSmith }, 'loaded');
export const Expanded = { ...banners({ nhsNumber: PATIENTS.richardSmith }, 'loaded'), args: { expanded: true } };
export const Child = banners({ nhsNumber: PATIENTS.oliverBennett }, 'loaded');
export const Newborn = banners({ nhsNumber: PATIENTS.zaraOkafor }, 'loaded');
export const Deceased = banners({ nhsNumber: PATIENTS.haroldWalker }, 'loaded');
export const RestrictedRecord = banners({ nhsNumber: PATIENTS.sophieTaylor }, 'loaded');
export const UnverifiedNhsNumber = banners({ nhsNumber: PATIENTS.priyaSharma }, 'loaded');
export const OptedOut = banners({ nhsNumber: PATIENTS.garethBrown }, 'opted-out');
export const NotFound = banners({ nhsNumber: PATIENTS.nobody }, 'not-found');
export const InvalidNhsNumber = banners({ nhsNumber: PATIENTS.invalid }, 'invalid-nhs-number');
export const WrongPatient = banners({ faults: [{ fault: 'wrong-patient' }] }, 'wrong-patient');
export const Unavailable = banners({ faults: [UNAVAILABLE] }, 'unavailable');
export const Loading = banners({ faults: [LOADING] }, 'loading');
export const ClericalRole = banners({ role: 'R8010' }, 'loaded');
export const Micro = { ...banners({ nhsNumber: PATIENTS.richardSmith }, 'loaded'), args: { variant: 'micro' } };
