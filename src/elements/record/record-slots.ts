/**
 * Sections chosen by the host's own children (issue 18 point 1: "by attribute or slot"):
 *
 *   <icr-record nhs-number="…">
 *     <icr-allergies></icr-allergies>
 *     <icr-medications filter="all" sort="date"></icr-medications>
 *   </icr-record>
 *
 * Each child that is one of the record's section elements becomes that section, in the children's
 * order, configured by its own attributes (a vendor sets a list's filter or page size where the
 * element is written). The record assigns each child to its place itself (manual slot assignment),
 * so the vendor writes no `slot` attribute and the record never rewrites the host's markup. Other
 * children are not shown. With no section children the `sections` attribute (or the default
 * order) decides, as before.
 */
import { RECORD_SECTIONS, type RecordSection } from './record-sections.js';

/** The host's section children, each the first child of its tag, in child order. */
export function slottedSections(host: Element): { section: RecordSection; element: HTMLElement }[] {
  const found: { section: RecordSection; element: HTMLElement }[] = [];
  for (const child of host.children) {
    const section = RECORD_SECTIONS.find((s) => s.tag === child.localName);
    if (section && !found.some((f) => f.section === section)) found.push({ section, element: child as HTMLElement });
  }
  return found;
}

/** The slot a slotted section is shown through, in its place in the record. */
export const slotName = (section: string) => `section-${section}`;

/**
 * Assigns each slotted child to its slot (after every render: a place may be new). Slots without a
 * child are emptied; a child no longer a section child falls back to no slot (not shown).
 */
export function assignSlots(root: ShadowRoot | HTMLElement | DocumentFragment, slotted: ReturnType<typeof slottedSections>): void {
  for (const slot of root.querySelectorAll<HTMLSlotElement>('slot[data-section-slot]')) {
    const child = slotted.find((s) => slotName(s.section.name) === slot.name)?.element;
    slot.assign(...(child ? [child] : []));
  }
}
