/** Strings for text cut at its bound (issue 22, R43: an ellipsis and a way to the full text). */
export const boundedMessages = {
  'bounded.showAll.one': 'Show all {count} character',
  'bounded.showAll.other': 'Show all {count} characters',
  // Said to screen readers after the cut text, which a sighted reader sees end in "…".
  'bounded.cut': '(shortened)',
  // The names of the region holding the full text.
  'bounded.fullName': 'Full name',
  'bounded.fullText': 'Full text: {label}',
} as const;
