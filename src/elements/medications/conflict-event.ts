/** The conflict-cue event shared by <icr-allergies> and <icr-medications>. */
import { IcrEvent } from '../../events.js';
import type { ConflictMatch } from '../../fhir/conflicts.js';

export interface ConflictDetectDetail {
  /** The section whose element fired it (`allergies` or `medications`). */
  section: string;
  /** Exact matches only (same code or same normalised name): never a statement that no conflict exists. */
  matches: ConflictMatch[];
}

/** Fired once per load when a current medication and a recorded allergy share a substance. */
export class IcrConflictDetectEvent extends IcrEvent<ConflictDetectDetail> {
  static readonly eventName = 'icr-conflict-detect';
  constructor(detail: ConflictDetectDetail) {
    super(IcrConflictDetectEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'icr-conflict-detect': IcrConflictDetectEvent;
  }
}
