/** Strings used by the pure formatters in src/format/. */
export const formatMessages = {
  'format.notRecorded': 'Not recorded',
  'format.notKnown': 'Not known',
} as const;
