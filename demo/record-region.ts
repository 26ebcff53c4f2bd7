/**
 * The record region of the demo: the ONE place that says which tags sit inside `<icr-provider>`.
 * The page builds its DOM from `recordMarkup()` and the "Embed this" panel prints the same list, so
 * what a vendor copies is always what the demo shows: one `<icr-record>` naming the sections shown.
 */

/**
 * A record section the demo can show: its name in `<icr-record sections="…">` (the section modules'
 * `SectionSpec.section`, src/sections/*.ts) and its own tag.
 */
export interface DemoSection {
  name: string;
  tag: string;
  label: string;
}

/** In the order the record reads; the banner is not a switch: whose record it is is always shown (R8). */
export const SECTIONS: readonly DemoSection[] = [
  { name: 'allergies', tag: 'icr-allergies', label: 'Allergies' },
  { name: 'medications', tag: 'icr-medications', label: 'Medications' },
  { name: 'diagnoses', tag: 'icr-diagnoses', label: 'Diagnoses' },
  { name: 'results', tag: 'icr-results', label: 'Results' },
  { name: 'pathology-reports', tag: 'icr-pathology-reports', label: 'Pathology reports' },
  { name: 'radiology-reports', tag: 'icr-radiology-reports', label: 'Radiology reports' },
  { name: 'social-care', tag: 'icr-social-care-events', label: 'Social care events' },
  { name: 'care-plans', tag: 'icr-care-plans', label: 'Care plans' },
  { name: 'contact-details', tag: 'icr-contact-details', label: 'Contact details' },
];

/** One tag inside the provider, with its attributes as a host writes them. */
export interface RecordTag {
  tag: string;
  attributes: Record<string, string>;
}

/**
 * The tags inside the provider for these section names: one `<icr-record>` with the sections shown,
 * in the record's order (unknown names ignored). With every section switched off the record would
 * read `sections=""` as "every section", so the demo shows the banner alone then.
 */
export function recordMarkup(sections: readonly string[]): RecordTag[] {
  const shown = SECTIONS.filter((s) => sections.includes(s.name)).map((s) => s.name);
  if (!shown.length) return [{ tag: 'icr-patient-banner', attributes: {} }];
  return [{ tag: 'icr-record', attributes: { sections: shown.join(' ') } }];
}

/** Puts the record's tags into the provider, replacing what was there (the record lays itself out). */
export function buildRecord(provider: HTMLElement, sections: readonly string[]): void {
  provider.replaceChildren(...recordMarkup(sections).map(({ tag, attributes }) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    return el;
  }));
}
