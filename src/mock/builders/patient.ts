/**
 * Helpers for the Patient resource itself (not built through the record builder, because each
 * patient's demographics differ too much to share options): the NHS number identifier with its
 * verification status, official names, PDS death notifications and the Patient wrapper.
 */
import { cc, EXT, SYS } from '../codes.js';
import type { MockOrganisation } from '../organisations.js';
import type { FhirMeta, FhirResource } from '../types.js';
import { securityLabel } from './item.js';

export type VerificationStatus = '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08';

const VERIFICATION_DISPLAY: Record<VerificationStatus, string> = {
  '01': 'Number present and verified',
  '02': 'Number present but not traced',
  '03': 'Trace required',
  '04': 'Trace attempted - No match or multiple match found',
  '05': 'Trace needs to be resolved - (NHS number or patient detail conflict)',
  '06': 'Trace in progress',
  '07': 'Number not present and trace not required',
  '08': 'Trace postponed (baby under six weeks old)',
};

export function nhsNumberIdentifier(value: string, verification: VerificationStatus = '01'): Record<string, unknown> {
  return {
    extension: [
      {
        url: EXT.nhsNumberVerification,
        valueCodeableConcept: cc(SYS.nhsNumberVerification, verification, VERIFICATION_DISPLAY[verification]),
      },
    ],
    system: SYS.nhsNumber,
    value,
  };
}

export function officialName(family: string, given: string[], prefix?: string): Record<string, unknown> {
  return { use: 'official', family, given, ...(prefix ? { prefix: [prefix] } : {}) };
}

export function deathNotification(code: '1' | '2' | 'U', effective: string): Record<string, unknown> {
  const display = { '1': 'Informal - death notice received via an update from a local NHS Organisation such as GP or Trust', '2': 'Formal - death notice received from Registrar of Deaths', U: 'Removed' }[code];
  return {
    url: EXT.deathNotification,
    extension: [
      { url: 'deathNotificationStatus', valueCodeableConcept: cc(SYS.deathNotification, code, display) },
      { url: 'systemEffectiveDate', valueDateTime: effective },
    ],
  };
}

/** Build a Patient resource; PDS-style `meta.security` R when `restricted`. */
export function patientResource(p: {
  id: string;
  source: MockOrganisation;
  lastUpdated: string;
  restricted?: boolean;
  body: Record<string, unknown>;
}): FhirResource {
  const meta: FhirMeta = { lastUpdated: p.lastUpdated, source: p.source.source };
  if (p.restricted) meta.security = [securityLabel('R')];
  return { resourceType: 'Patient', id: p.id, meta, ...p.body };
}
