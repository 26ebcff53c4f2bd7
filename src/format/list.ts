/**
 * A list read as a sentence, in the catalogue's language: "Allergies, Results and Diagnoses"
 * (issue 20: Welsh plumbing). The conjunction comes from the catalogue (`format.list.and`), since
 * browsers ship `Intl.ListFormat` patterns for few languages and Welsh is not among them.
 */
import { translator } from '../i18n/core.js';
import { formatMessages } from '../i18n/en-GB/format.js';

const t = translator(formatMessages);

export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('format.list.and', { head: items.slice(0, -1).join(', '), last: items[items.length - 1]! });
}
