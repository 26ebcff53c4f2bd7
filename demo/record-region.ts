/**
 * The record region of the demo: the ONE place that says which tags sit inside `<icr-provider>`.
 * The page builds its DOM from `recordMarkup()` and the "Embed this" panel prints the same list, so
 * what a vendor copies is always what the demo shows.
 *
 * >>> LEAD: when `<icr-record>` is on main, swap the body of `recordMarkup()` for the one line
 * >>>   return [{ tag: 'icr-record', attributes: { sections: sections.join(' ') } }];
 * >>> and delete `SECTION_LAYOUT_CLASS` handling in `buildRecord()` (the record lays itself out).
 * >>> Nothing else in the demo needs to change: the section switches already speak `sections`.
 * >>> (With every switch off, `sections=""` would mean every section to `<icr-record>`: the demo
 * >>> then shows the banner alone today; keep one section on, or render the banner alone there.)
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

/** The tags inside the provider for these section names (in the record's order, unknown names ignored). */
export function recordMarkup(sections: readonly string[]): RecordTag[] {
  const shown = SECTIONS.filter((s) => sections.includes(s.name));
  return [{ tag: 'icr-patient-banner', attributes: {} }, ...shown.map((s) => ({ tag: s.tag, attributes: {} }))];
}

/** The class of the grid the demo lays the separate section elements out in (not needed for `<icr-record>`). */
const SECTION_LAYOUT_CLASS = 'record-sections';

/**
 * Puts the record's tags into the provider, replacing what was there. The banner stays full width
 * above; the section elements go in a grid so that at 1280 px two read side by side.
 */
export function buildRecord(provider: HTMLElement, sections: readonly string[]): void {
  const grid = document.createElement('div');
  grid.className = SECTION_LAYOUT_CLASS;
  const nodes: Element[] = [];
  for (const { tag, attributes } of recordMarkup(sections)) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    if (tag === 'icr-patient-banner') nodes.push(el);
    else grid.append(el);
  }
  if (grid.childElementCount) nodes.push(grid);
  provider.replaceChildren(...nodes);
}
