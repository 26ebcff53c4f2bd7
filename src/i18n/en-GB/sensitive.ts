/** Strings for the shared R51 sensitive-item control (src/elements/shared/sensitive.ts). */
export const sensitiveMessages = {
  'sensitive.R': 'Restricted item',
  'sensitive.V': 'Very restricted item',
  'sensitive.collapsed': 'Details are hidden because this item is marked as sensitive.',
  'sensitive.reveal': 'Show sensitive details',
  'sensitive.revealedNote': 'Sensitive details shown. Your access has been reported for audit.',
  'sensitive.hiddenName': 'a restricted item',
} as const;
