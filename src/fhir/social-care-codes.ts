/**
 * The recognition table for social care events (REQUIREMENTS.md §8). No national profile exists,
 * so each ICR codes these events its own way: this table says which codes and categories mean
 * which kind of event, and a host adds its ICR's local codes with `socialCareCodes.add(...)`
 * (also reachable as `IcrSocialCareEvents.codes`). docs/social-care-codes.md lists every row.
 *
 * Recognition order: a coded row (code, category, type) first, then an owning organisation the
 * table knows, then the owner's name, and the ICR's `record-domain` tag last (a real ICR would not
 * use our tag). A Flag no row fits is still shown, as "Other alert" (never dropped, as R34).
 */

export type SocialCareKind =
  | 'assessment'
  | 'review'
  | 'safeguarding-concern'
  | 'safeguarding-enquiry'
  | 'dols-application'
  | 'dols-authorisation'
  | 'package-of-care'
  | 'other-event'
  | 'other-alert';

/** Every kind, in the order the filter offers them. */
export const SOCIAL_CARE_KINDS: readonly SocialCareKind[] = [
  'safeguarding-concern', 'safeguarding-enquiry', 'dols-authorisation', 'dols-application',
  'assessment', 'review', 'package-of-care', 'other-event', 'other-alert',
];

/** Which element of the resource a row looks at. */
export type SocialCareElement = 'code' | 'category' | 'type' | 'owner';

export interface SocialCareCodeRow {
  /** The resource the row applies to. */
  resourceType: 'Task' | 'Flag' | 'EpisodeOfCare';
  /**
   * `code` (Task.code, Flag.code), `category` (Flag.category), `type` (EpisodeOfCare.type) or
   * `owner` (Task.owner / Flag.author / EpisodeOfCare.managingOrganization identifier or id).
   */
  element: SocialCareElement;
  /** Code system URI; omitted matches the code in any system. For `owner`, the identifier system. */
  system?: string;
  /** The code (for `owner`: the ODS code or the Organization's logical id). */
  code: string;
  /** What the item is. For an `owner` row: the kind given when nothing else says more. */
  kind: SocialCareKind;
  /** A more precise name shown with the kind (e.g. "Care Act assessment"); else the record's text. */
  label?: string;
}

export const SNOMED = 'http://snomed.info/sct';
export const FLAG_CATEGORY = 'http://terminology.hl7.org/CodeSystem/flag-category';
/** The project's own code system for social care event types (the mock ICR uses it too). */
export const SOCIAL_CARE_EVENT_SYSTEM = 'https://icr.example.nhs.uk/CodeSystem/social-care-event';
/** The mock ICR's record-domain tag: a further signal only. */
export const RECORD_DOMAIN_SYSTEM = 'https://icr.example.nhs.uk/CodeSystem/record-domain';
export const ODS_SYSTEM = 'https://fhir.nhs.uk/Id/ods-organization-code';

const E = SOCIAL_CARE_EVENT_SYSTEM;

/** The rows the library ships with. Hosts add to them; nothing here is removed by `add`. */
export const DEFAULT_SOCIAL_CARE_CODES: readonly SocialCareCodeRow[] = [
  { resourceType: 'Task', element: 'code', system: E, code: 'care-act-assessment', kind: 'assessment', label: 'Care Act assessment' },
  { resourceType: 'Task', element: 'code', system: E, code: 'carer-assessment', kind: 'assessment', label: "Carer's assessment" },
  { resourceType: 'Task', element: 'code', system: E, code: 'carers-assessment', kind: 'assessment', label: "Carer's assessment" },
  { resourceType: 'Task', element: 'code', system: E, code: 'ot-assessment', kind: 'assessment', label: 'Occupational therapy assessment' },
  { resourceType: 'Task', element: 'code', system: E, code: 'financial-assessment', kind: 'assessment', label: 'Financial assessment' },
  { resourceType: 'Task', element: 'code', system: E, code: 'child-in-need-assessment', kind: 'assessment', label: 'Child in need assessment' },
  { resourceType: 'Task', element: 'code', system: E, code: 'child-protection-plan', kind: 'safeguarding-enquiry', label: 'Child protection plan' },
  { resourceType: 'Flag', element: 'code', system: E, code: 'child-protection-plan', kind: 'safeguarding-concern', label: 'Child protection plan' },
  { resourceType: 'Task', element: 'code', system: E, code: 'assessment', kind: 'assessment' },
  { resourceType: 'Task', element: 'code', code: 'review', kind: 'review' },
  { resourceType: 'Task', element: 'code', system: E, code: 'care-plan-review', kind: 'review', label: 'Care and support plan review' },
  { resourceType: 'Task', element: 'code', system: E, code: 's42-enquiry', kind: 'safeguarding-enquiry', label: 'Safeguarding enquiry (Care Act s42)' },
  { resourceType: 'Task', element: 'code', system: E, code: 'safeguarding-enquiry', kind: 'safeguarding-enquiry' },
  { resourceType: 'Task', element: 'code', system: E, code: 'dols-application', kind: 'dols-application', label: 'DoLS application' },
  { resourceType: 'Flag', element: 'category', code: 'safeguarding', kind: 'safeguarding-concern' },
  { resourceType: 'Flag', element: 'code', system: E, code: 'safeguarding-concern', kind: 'safeguarding-concern' },
  { resourceType: 'Flag', element: 'category', system: SNOMED, code: '303186005', kind: 'dols-authorisation' },
  { resourceType: 'Flag', element: 'code', system: E, code: 'dols-authorisation', kind: 'dols-authorisation', label: 'DoLS authorisation' },
  { resourceType: 'EpisodeOfCare', element: 'type', system: E, code: 'package-of-care', kind: 'package-of-care' },
  { resourceType: 'EpisodeOfCare', element: 'type', system: E, code: 'home-care', kind: 'package-of-care', label: 'Home care' },
  { resourceType: 'EpisodeOfCare', element: 'type', system: E, code: 'residential-care', kind: 'package-of-care', label: 'Residential care' },
];

/**
 * The table in force: the shipped rows plus any a host added. One table per page (the elements
 * share it), so a host configures its ICR's codes once at start-up.
 */
export class SocialCareCodeTable {
  private extra: SocialCareCodeRow[] = [];

  /** Every row: the host's first (so a local code can refine a shipped one), then the defaults. */
  get rows(): readonly SocialCareCodeRow[] {
    return [...this.extra, ...DEFAULT_SOCIAL_CARE_CODES];
  }

  /** Adds the ICR's local codes. Returns the table so calls chain. */
  add(...rows: SocialCareCodeRow[]): this {
    this.extra.push(...rows.filter((r) => r && typeof r.code === 'string' && r.code !== ''));
    return this;
  }

  /** Removes every row a host added (tests, or a host switching ICR). */
  reset(): void {
    this.extra = [];
  }

  /** The first row for a coding (or owner identifier) of the given resource and element. */
  find(resourceType: string, element: SocialCareElement, codings: { system?: string; code?: string }[]): SocialCareCodeRow | undefined {
    for (const row of this.rows) {
      if (row.resourceType !== resourceType || row.element !== element) continue;
      if (codings.some((c) => c.code === row.code && (row.system === undefined || c.system === undefined || c.system === row.system))) return row;
    }
    return undefined;
  }
}

/** The page-wide table every social care and care plan element reads. */
export const socialCareCodes = new SocialCareCodeTable();
