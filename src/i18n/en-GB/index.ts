/**
 * The en-GB catalogue: one object per area, joined here. Keys are prefixed by area
 * (`format.`, `state.`, `banner.`, …) so areas never collide.
 */
import { formatMessages } from './format.js';
import { stateMessages } from './state.js';

export const enGB = {
  ...formatMessages,
  ...stateMessages,
} as const;

export type MessageKey = keyof typeof enGB;
