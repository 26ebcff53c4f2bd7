/**
 * The en-GB catalogue: one object per area, joined here. Keys are prefixed by area
 * (`format.`, `state.`, `banner.`, …) so areas never collide. The join is for the `MessageKey`
 * type and the public `t` (../index.ts); the elements import only the areas they show (../core.ts).
 */
import { formatMessages } from './format.js';
import { stateMessages } from './state.js';
import { dataMessages } from './data.js';
import { bannerMessages } from './banner.js';
import { contactMessages } from './contact.js';
import { allergiesMessages } from './allergies.js';
import { medicationsMessages } from './medications.js';
import { sensitiveMessages } from './sensitive.js';
import { socialCareMessages } from './social-care.js';
import { carePlansMessages } from './care-plans.js';
import { reportsMessages } from './reports.js';
import { resultsMessages } from './results.js';
import { diagnosesMessages } from './diagnoses.js';
import { rolesMessages } from './roles.js';
import { completenessMessages } from './completeness.js';
import { listsMessages } from './lists.js';
import { recordMessages } from './record.js';
import { groupingMessages } from './grouping.js';
import { timelineMessages } from './timeline.js';
import { careTeamMessages } from './care-team.js';
import { encountersMessages } from './encounters.js';
import { alertsMessages } from './alerts.js';
import { documentsMessages } from './documents.js';
import { immunisationsMessages } from './immunisations.js';
import { attachmentMessages } from './attachments.js';
import { hostPolicyMessages } from './host-policy.js';
import { boundedMessages } from './bounded.js';

export const enGB = {
  ...formatMessages,
  ...stateMessages,
  ...dataMessages,
  ...bannerMessages,
  ...contactMessages,
  ...allergiesMessages,
  ...medicationsMessages,
  ...sensitiveMessages,
  ...socialCareMessages,
  ...carePlansMessages,
  ...reportsMessages,
  ...resultsMessages,
  ...diagnosesMessages,
  ...rolesMessages,
  ...completenessMessages,
  ...listsMessages,
  ...recordMessages,
  ...groupingMessages,
  ...timelineMessages,
  ...careTeamMessages,
  ...encountersMessages,
  ...alertsMessages,
  ...documentsMessages,
  ...immunisationsMessages,
  ...attachmentMessages,
  ...hostPolicyMessages,
  ...boundedMessages,
} as const;

export type MessageKey = keyof typeof enGB;
