/**
 * Entries a mapper leaves out so that they are never read as valid (H8): refuted (an allergy or a
 * diagnosis ruled out) and entered in error. They are counted, not dropped silently, so the reader
 * knows the record holds more than is shown (R27, R35, R37, R70); every section says so in the same
 * words (src/elements/shared/hidden-note.ts).
 */
export interface HiddenEntries {
  refuted: number;
  enteredInError: number;
}

export function noneHidden(): HiddenEntries {
  return { refuted: 0, enteredInError: 0 };
}

/** Why an entry is left out, from its status or verification status code; undefined when shown. */
export function hiddenReason(status: string | undefined): keyof HiddenEntries | undefined {
  if (status === 'entered-in-error') return 'enteredInError';
  if (status === 'refuted') return 'refuted';
  return undefined;
}
