/** Strings for the section states every element shares (src/elements/shared). */
export const stateMessages = {
  'state.loading': 'Loading…',
} as const;
