/** Events of `<icr-patient-banner>`, in the style of src/events.ts (bubbles, composed). */

import { IcrEvent } from '../../events.js';

export interface NhsNumberCopyDetail {
  /** The ten digits copied (only a valid number is ever offered for copying, R14). */
  nhsNumber: string;
}

/** Fired when the user copies the NHS number from the banner (R17), e.g. for the host's audit. */
export class IcrNhsNumberCopyEvent extends IcrEvent<NhsNumberCopyDetail> {
  static readonly eventName = 'icr-nhs-number-copy';
  constructor(detail: NhsNumberCopyDetail) {
    super(IcrNhsNumberCopyEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'icr-nhs-number-copy': IcrNhsNumberCopyEvent;
  }
}
