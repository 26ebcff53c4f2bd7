/**
 * Issue 21 points 3 and 6: one section's answers are mapped once, however many places show them.
 *
 * `<icr-record>` shows each section twice from the same answers: the section element, and the
 * summary line that reads the section's state through its own controller. Both ask the one shared
 * request (R34), so both hear the very same answer objects, page by page, and each mapped them
 * in full: a 10,000-item list was mapped twice at every refresh. Here the second asker gets the
 * first one's view model.
 *
 * A view model is reused only for the same spec, the same answer objects (by identity: an answer
 * is never changed once handed on, a new page is a new object), the same patient and failures, and
 * the same message catalogue (views hold words), within the same minute. Only the newest mapping of each spec is kept, so
 * nothing older than the answers on screen is held in memory. View models are read-only to their
 * renderers, which is what makes one safe to share.
 */
import type { Failure, Mapped, PatientLoaded, SearchResult, SectionSpec } from './section-contract.js';
import { messagesGeneration } from '../i18n/core.js';

interface Entry {
  inputs: readonly unknown[];
  mapped: Mapped<unknown>;
}

const newest = new WeakMap<SectionSpec<unknown>, Entry>();

/**
 * Some mappers read the clock (a medicine past its end date is not current; a DoLS past its end
 * is expired). The same answers asked for again later (a cached answer, a new element) are mapped
 * again once the minute has turned, so a reused view is never more than a minute behind.
 */
const minute = () => Math.floor(Date.now() / 60_000);

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** `spec.map(results, patient, failures)`, or the view model it gave for exactly these inputs. */
export function mapOnce<VM>(spec: SectionSpec<VM>, results: (SearchResult | undefined)[], patient: PatientLoaded,
  failures: (Failure | undefined)[] = []): Mapped<VM> {
  const inputs = [messagesGeneration(), minute(), patient, results.length, ...results, ...failures];
  const key = spec as SectionSpec<unknown>;
  const hit = newest.get(key);
  if (hit && same(hit.inputs, inputs)) return hit.mapped as Mapped<VM>;
  const mapped = spec.map(results, patient, failures);
  newest.set(key, { inputs, mapped });
  return mapped;
}
