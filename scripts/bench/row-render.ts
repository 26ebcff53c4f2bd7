/**
 * Issue 21 point 4, "lighter rows, like for like": the cost of rendering N list rows, mapping
 * excluded, in `<icr-medications>` and in the plain Lit `repeat()` table (plain-list.ts).
 *
 * The element gets its section state ready-made (the FHIR mapping is done before the clock
 * starts, as the peers are handed ready objects), with `page-size` N so that every row is
 * rendered. Each figure runs from handing the element its rows to the next frame painted (style,
 * layout and paint included), and is returned with the elements each row costs, counted in the DOM.
 */
import { IcrMedications } from '../../src/elements/medications/medications.js';
import { medicationsSection } from '../../src/sections/medications.js';
import type { SectionState } from '../../src/controllers/section-controller.js';
import type { PatientLoaded, SearchResult } from '../../src/data/icr-outcome.js';
import type { FhirResource } from '../../src/fhir/read.js';
import type { BenchPlainList, PlainRow } from './plain-list.js';

type State = SectionState<Parameters<IcrMedications['renderData']>[0]['view']>;

/** The real element, its state supplied instead of fetched (as the element tests do). */
class BenchMedications extends IcrMedications {
  ready?: State;
  protected override get state(): State {
    return this.ready ?? super.state;
  }
}
customElements.define('bench-icr-medications', BenchMedications);

const patientResource = { resourceType: 'Patient', id: 'bench', name: [{ family: 'Bench', given: ['Rowan'] }], identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9912003888' }] };
const patient = { kind: 'loaded', patient: patientResource, id: 'bench', nhsNumber: '9912003888', included: [], retrievedAt: 0 } as unknown as PatientLoaded;

/** A typical GP medication: coded name, structured dose with its own words, dates, source. */
function statement(i: number): FhirResource {
  return {
    resourceType: 'MedicationStatement', id: `m${i}`, status: 'active',
    medicationCodeableConcept: { coding: [{ system: 'https://dmd.nhs.uk', code: `3${i}`, display: `Amlodipine ${i} 5mg tablets` }] },
    subject: { reference: 'Patient/bench' },
    effectivePeriod: { start: '2024-03-12' }, dateAsserted: '2024-03-12',
    dosage: [{ text: 'One tablet once a day', timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } }, doseAndRate: [{ doseQuantity: { value: 1, unit: 'tablet' } }] }],
  } as unknown as FhirResource;
}

const loaded = (matches: FhirResource[]): SearchResult => ({ kind: 'loaded', matches, included: [], warnings: [], retrievedAt: Date.now() });

/** Elements in a row: the row element and everything inside it, averaged over the rows. */
function perRow(rows: NodeListOf<Element>): number {
  let n = 0;
  for (const r of rows) n += r.querySelectorAll('*').length + 1;
  return rows.length ? n / rows.length : 0;
}

/** From handing `el` its rows (`give`) and adding it to the page, to the next frame painted. */
async function timed(el: HTMLElement & { updateComplete: Promise<unknown> }, give: () => void, main: Element, painted: () => Promise<void>): Promise<number> {
  const start = performance.now();
  give();
  main.append(el);
  await el.updateComplete;
  await painted();
  return performance.now() - start;
}

export async function rowRender(kind: 'icr' | 'plain', n: number, main: Element, painted: () => Promise<void>) {
  main.replaceChildren();
  if (kind === 'plain') {
    const rows: PlainRow[] = Array.from({ length: n }, (_, i) => ({ id: `m${i}`, name: `Amlodipine ${i} 5mg tablets`, dose: '1 tablet, once a day', date: '12-Mar-2024' }));
    const el = document.createElement('bench-plain-list') as BenchPlainList;
    const ms = await timed(el, () => { el.rows = rows; }, main, painted);
    const trs = el.shadowRoot!.querySelectorAll('tbody tr');
    return { ms, rows: trs.length, perRow: perRow(trs) };
  }
  const mapped = medicationsSection.map([loaded(Array.from({ length: n }, (_, i) => statement(i))), loaded([])], patient);
  const state = { ...mapped, patient, meta: { retrievedAt: Date.now(), warnings: [] } } as State;
  const el = document.createElement('bench-icr-medications') as BenchMedications;
  el.pageSize = n;
  const ms = await timed(el, () => { el.ready = state; }, main, painted);
  const items = el.shadowRoot!.querySelectorAll('li.item');
  return { ms, rows: items.length, perRow: perRow(items) };
}
