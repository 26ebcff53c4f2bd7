import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PATIENTS, inProvider } from './mock.js';
import { story } from './story.js';
import { ROLES, type MockRoleCode } from '../src/mock/index.js';

/**
 * `<icr-provider>` holding every element: one patient lookup and one correlation id shared by all,
 * as a host page would embed them. Pick the patient and the viewer's role in the controls.
 */
const meta: Meta = {
  title: 'Provider/Whole record',
  component: 'icr-provider',
  tags: ['autodocs'],
  args: { patient: 'richardSmith', role: 'R8000' },
  argTypes: {
    patient: { control: 'select', options: Object.keys(PATIENTS), description: 'A patient of the mock ICR (src/mock/population)' },
    role: { control: 'select', options: ROLES.map((r) => r.code), description: 'National RBAC role of the viewer' },
  },
};
export default meta;

const everything = html`<icr-patient-banner></icr-patient-banner>
  <icr-contact-details></icr-contact-details>
  <icr-allergies></icr-allergies>
  <icr-medications></icr-medications>
  <icr-diagnoses></icr-diagnoses>
  <icr-results></icr-results>
  <icr-radiology-reports></icr-radiology-reports>
  <icr-pathology-reports></icr-pathology-reports>
  <icr-care-plans></icr-care-plans>
  <icr-social-care-events></icr-social-care-events>`;

const record = (expect: Record<string, string>, args: Record<string, unknown> = {}): StoryObj => ({
  ...story(
    (a) => ({ nhsNumber: PATIENTS[a.patient as keyof typeof PATIENTS] ?? PATIENTS.richardSmith, role: a.role as MockRoleCode }),
    (_args, loaded) => inProvider(loaded, everything),
    expect,
  ),
  args,
});

export const LivingAdult = record({
  'icr-patient-banner': 'loaded',
  'icr-allergies': 'loaded',
  'icr-medications': 'loaded',
  'icr-social-care-events': 'loaded',
});
export const DeceasedPatient = record({ 'icr-patient-banner': 'loaded' }, { patient: 'haroldWalker' });
export const ChildWithSocialCare = record({ 'icr-patient-banner': 'loaded', 'icr-social-care-events': 'loaded' }, { patient: 'oliverBennett' });
export const ClericalRole = record(
  { 'icr-patient-banner': 'loaded', 'icr-contact-details': 'loaded', 'icr-allergies': 'restricted', 'icr-medications': 'restricted', 'icr-care-plans': 'restricted' },
  { role: 'R8010' },
);
export const OptedOut = record({ 'icr-patient-banner': 'opted-out', 'icr-allergies': 'opted-out', 'icr-medications': 'opted-out' }, { patient: 'garethBrown' });

/**
 * R73, R8: without a banner, the provider shows a failed lookup once, above the sections, with the
 * NHS number asked for; each section says in one line that it is not shown and points to it.
 */
const noBanner = (nhsNumber: string, state: string): StoryObj => story(
  { nhsNumber },
  (_args, loaded) => inProvider(loaded, html`<icr-allergies></icr-allergies><icr-medications></icr-medications><icr-results></icr-results>`),
  { 'icr-allergies': state, 'icr-medications': state, 'icr-results': state },
);
export const OptedOutWithoutBanner = noBanner(PATIENTS.garethBrown, 'opted-out');
export const NotFoundWithoutBanner = noBanner('9000000009', 'not-found');
export const InvalidNhsNumberWithoutBanner = noBanner('9434765918', 'invalid-nhs-number');
