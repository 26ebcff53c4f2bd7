/** Strings for `<icr-immunisations>` (R71). */
export const immunisationsMessages = {
  'immunisations.title': 'Immunisations',
} as const;
