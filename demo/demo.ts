/**
 * The demo host: every mock patient, every role, latency and faults, the sections shown, a theme
 * switch, an event log and the HTML to embed, around one `<icr-provider>` (the record region,
 * demo/record-region.ts). Switching patient or role replaces the provider's patient view, so every
 * element clears at once (R42); so does every switch that changes what the ICR answers (faults,
 * latency), so that its effect shows at once instead of on the next patient click.
 */
import { createMockIcr, type FaultRule } from '../src/mock/index.js';
import { startMockIcrWorker } from '../src/mock/msw.js';
import { clearSharedRequests } from '../src/data/request-cache.js';
import type { IcrProvider } from '../src/elements/provider/provider.js';
import { SECTIONS, buildRecord, recordMarkup } from './record-region.js';
import { embedSnippet, type EmbedSource } from './embed-snippet.js';
import { setMessages } from '../src/i18n/index.js';
import { cy } from '../src/i18n/cy/index.js';

const mock = createMockIcr();
await startMockIcrWorker(mock);

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const provider = $<IcrProvider>('#provider');
const patientSelect = $<HTMLSelectElement>('#patient');
const patientDescription = $<HTMLParagraphElement>('#patient-description');
const roleSelect = $<HTMLSelectElement>('#role');
const roleDescription = $<HTMLParagraphElement>('#role-description');
const latency = $<HTMLInputElement>('#latency');
const latencyValue = $<HTMLOutputElement>('#latency-value');
const sectionSwitches = $<HTMLFieldSetElement>('#sections');
const embedCode = $<HTMLElement>('#embed-code');
const copyStatus = $<HTMLElement>('#copy-status');
const log = $<HTMLOListElement>('#log');

let role = 'R8000';
let token: Promise<string> | undefined;
let shownSections: string[] = SECTIONS.map((s) => s.name);
let embedSource: EmbedSource = 'cdn';

/** The host's token provider: one token per role, renewed when the elements ask after a 401. */
function tokenProvider(options?: { forceRefresh?: boolean }): Promise<string> {
  if (!token || options?.forceRefresh) token = mock.issueToken(role as never);
  return token;
}

/**
 * Asks the ICR again for the patient shown, as if the page had just opened: the answers cached for
 * the last 30 s are dropped (or a fault would not show until they expire), and a new token provider
 * function makes the provider start a new patient view (its documented way to clear and reload).
 */
function rerun(): void {
  clearSharedRequests();
  provider.tokenProvider = (options) => tokenProvider(options);
}

function selectPatient(id: string): void {
  const patient = mock.population.find((p) => p.id === id) ?? mock.population[0];
  patientSelect.value = patient.id;
  patientDescription.textContent = patient.demonstrates;
  // Both in one task: the provider sees one change and makes one new patient view.
  provider.patientId = patient.nhsNumber ? undefined : patient.id;
  provider.nhsNumber = patient.nhsNumber || undefined;
  history.replaceState(null, '', `#${patient.id}`);
  showEmbed();
}

function selectRole(code: string): void {
  role = code;
  token = undefined;
  roleDescription.textContent = mock.roles.find((r) => r.code === code)?.description ?? '';
  rerun();
  showEmbed();
}

function showEmbed(): void {
  const r = mock.roles.find((x) => x.code === role)!;
  embedCode.textContent = embedSnippet({
    endpoint: provider.endpoint ?? mock.baseUrl,
    nhsNumber: provider.nhsNumber,
    patientId: provider.patientId,
    role: { code: r.code, name: r.name },
    tags: recordMarkup(shownSections),
    source: embedSource,
  });
  copyStatus.textContent = '';
}

for (const p of mock.population) patientSelect.add(new Option(p.name, p.id));
patientSelect.addEventListener('change', () => selectPatient(patientSelect.value));
for (const r of mock.roles) roleSelect.add(new Option(`${r.name} (${r.code})`, r.code));
roleSelect.addEventListener('change', () => selectRole(roleSelect.value));

// Dragging shows the value; letting go (or a key press) applies it to a fresh load.
latency.addEventListener('input', () => {
  latencyValue.textContent = `${latency.value} ms`;
});
latency.addEventListener('change', () => {
  mock.latencyMs = Number(latency.value);
  rerun();
});

const removers = new Map<string, () => void>();
for (const box of document.querySelectorAll<HTMLInputElement>('input[name="fault"]')) {
  box.addEventListener('change', () => {
    removers.get(box.value)?.();
    removers.delete(box.value);
    if (box.checked) {
      const rule: FaultRule = { fault: box.value as FaultRule['fault'], retryAfterSeconds: 1 };
      removers.set(box.value, mock.faults.add(rule));
    }
    rerun();
  });
}

for (const section of SECTIONS) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = 'section';
  box.value = section.name;
  box.checked = true;
  box.addEventListener('change', () => {
    const checked = new Set([...sectionSwitches.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value));
    shownSections = SECTIONS.map((s) => s.name).filter((name) => checked.has(name));
    buildRecord(provider, shownSections);
    showEmbed();
  });
  label.append(box, ` ${section.label}`);
  sectionSwitches.append(label);
}

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="embed-source"]')) {
  radio.addEventListener('change', () => {
    embedSource = radio.value as EmbedSource;
    showEmbed();
  });
}
$('#copy-embed').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(embedCode.textContent ?? '');
    copyStatus.textContent = 'Copied';
  } catch {
    copyStatus.textContent = 'Could not copy: select the text and copy it';
  }
});

$<HTMLSelectElement>('#theme').addEventListener('change', (event) => {
  document.body.className = `theme-${(event.target as HTMLSelectElement).value}`;
});

// The language switch: the elements on the page say everything again at once, dates included.
$<HTMLSelectElement>('#language').addEventListener('change', (event) => {
  const lang = (event.target as HTMLSelectElement).value;
  if (lang === 'cy') setMessages(cy, 'cy');
  else setMessages({});
});

// The event log: every icr- event the host receives, newest first.
const EVENTS = ['icr-data-load', 'icr-error', 'icr-auth-expire', 'icr-sensitive-reveal', 'icr-conflict-detect', 'icr-report-open', 'icr-image-open', 'icr-nhs-number-copy'];
for (const type of EVENTS) {
  document.addEventListener(type, (event) => {
    const li = document.createElement('li');
    const source = (event.composedPath()[0] as Element | undefined)?.localName ?? '';
    li.textContent = `${new Date().toLocaleTimeString('en-GB')} ${type} <${source}> ${JSON.stringify((event as CustomEvent).detail)}`;
    log.prepend(li);
    while (log.children.length > 200) log.lastElementChild?.remove();
  });
}
$('#clear-log').addEventListener('click', () => log.replaceChildren());

// Beside the record on a wide screen the switches are open; above it on a narrow one they fold away.
$<HTMLDetailsElement>('#controls').open = matchMedia('(min-width: 64rem)').matches;

provider.endpoint = mock.baseUrl;
roleSelect.value = role;
buildRecord(provider, shownSections);
selectRole(role);
selectPatient(location.hash.slice(1) || mock.population[0].id);
// Define the elements only now, configured, so they never flash "Not configured" at start-up.
await import('../src/define.js');
document.body.dataset.ready = 'true';
