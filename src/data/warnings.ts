/**
 * Section warnings said once each (R40, R41, R50, H3). The ICR often says the same thing several
 * ways: a searchset OperationOutcome ("1 item withheld"), the List's `confidential-items` warning,
 * the same outcome on two searches of one section. Shown as they come, a clinician reads "1 item
 * withheld" twice and may count two. Every section's warnings pass through `mergeWarnings` (in the
 * section controller), so each section states withholding in one line with one count.
 */
import type { DataWarning } from './icr-outcome.js';
import type { OutcomeIssue } from './operation-outcome.js';
import { translator } from '../i18n/core.js';
import { completenessMessages } from '../i18n/en-GB/completeness.js';

const t = translator(completenessMessages);

/** "2 items withheld", "1 record excluded …": the count an ICR puts in its own words. */
const COUNTED = /\b(\d{1,6})\s+(?:items?|entries|entry|records?|resources?)\b[^.;]{0,60}?\b(?:withheld|excluded|suppressed|not returned)\b/i;
const WITHHELD_WORDS = /\bwithheld\b|\bexcluded due to confidentiality\b|\bconfidential items?\b/i;

/**
 * Whether an OperationOutcome says items were withheld, and how many when it says so. FHIR's
 * issue type `suppressed` is the coded signal; the words are the uncoded one.
 */
export function withheldFromIssues(issues: OutcomeIssue[]): DataWarning['withheld'] {
  const about = issues.filter((i) => i.code === 'suppressed' || (i.text !== undefined && WITHHELD_WORDS.test(i.text)));
  if (!about.length) return undefined;
  const counts = about.map((i) => COUNTED.exec(i.text ?? '')?.[1]).filter((c): c is string => !!c).map(Number);
  // Several issues of one outcome restate one fact ("1 item withheld" / "1 item withheld from …").
  return counts.length ? { count: Math.max(...counts) } : {};
}

function isWithheld(w: DataWarning): boolean {
  return !!w.withheld || (w.kind === 'list-warning' && w.code === 'confidential-items');
}

/** The one line for withholding: the R41 wording, with the count when the ICR gave one. */
export function withheldWarning(count?: number): DataWarning {
  return count === undefined
    ? { kind: 'withheld', text: t('completeness.withheld'), withheld: {} }
    : { kind: 'withheld', text: t('completeness.withheld', { count }), withheld: { count } };
}

/**
 * One section's warnings, grouped by where they came from (one group per search, one for the
 * mapper's own), merged by meaning: every withholding warning becomes one line at the place of
 * the first, and a warning repeated word for word is kept once.
 *
 * The count: within one search, several warnings restate one fact (the largest count stands);
 * across searches they add up (statements and prescriptions withheld are different items). A List
 * warning never carries a count and describes the same list, so it adds none. If a search says it
 * withheld items without saying how many, no total is given: a number that is too small is worse
 * than none.
 */
export function mergeWarnings(groups: DataWarning[][]): DataWarning[] {
  let total = 0;
  let counted = false;
  let uncounted = false;
  for (const group of groups) {
    const withheld = group.filter(isWithheld);
    if (!withheld.length) continue;
    const counts = withheld.map((w) => w.withheld?.count).filter((c): c is number => c !== undefined);
    if (counts.length) {
      total += Math.max(...counts);
      counted = true;
    } else if (withheld.some((w) => w.kind !== 'list-warning')) {
      uncounted = true;
    }
  }
  const out: DataWarning[] = [];
  const seen = new Set<string>();
  for (const w of groups.flat()) {
    const key = isWithheld(w) ? 'withheld' : `${w.kind}|${w.code ?? ''}|${w.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(isWithheld(w) ? withheldWarning(counted && !uncounted ? total : undefined) : w);
  }
  return out;
}
