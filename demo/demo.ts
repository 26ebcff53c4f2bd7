/**
 * The demo host: every mock patient, every role, latency and faults, a theme switch and an event
 * log, around an `<icr-provider>` holding every element. Switching patient or role replaces the
 * provider's patient view, so every element clears at once (R42).
 */
import { createMockIcr, type FaultRule } from '../src/mock/index.js';
import { startMockIcrWorker } from '../src/mock/msw.js';
import type { IcrProvider } from '../src/elements/provider/provider.js';

const mock = createMockIcr();
await startMockIcrWorker(mock);

const provider = document.querySelector<IcrProvider>('#provider')!;
const patientList = document.querySelector<HTMLUListElement>('#patients')!;
const roleSelect = document.querySelector<HTMLSelectElement>('#role')!;
const roleDescription = document.querySelector<HTMLParagraphElement>('#role-description')!;
const latency = document.querySelector<HTMLInputElement>('#latency')!;
const latencyValue = document.querySelector<HTMLOutputElement>('#latency-value')!;
const log = document.querySelector<HTMLOListElement>('#log')!;

let role = 'R8000';
let token: Promise<string> | undefined;

/** The host's token provider: one token per role, renewed when the elements ask after a 401. */
function tokenProvider(options?: { forceRefresh?: boolean }): Promise<string> {
  if (!token || options?.forceRefresh) token = mock.issueToken(role as never);
  return token;
}

function selectPatient(id: string): void {
  for (const button of patientList.querySelectorAll('button')) {
    button.setAttribute('aria-pressed', String(button.dataset.id === id));
  }
  const patient = mock.population.find((p) => p.id === id);
  // Both in one task: the provider sees one change and makes one new patient view.
  provider.patientId = patient?.nhsNumber ? undefined : id;
  provider.nhsNumber = patient?.nhsNumber;
  history.replaceState(null, '', `#${id}`);
}

function selectRole(code: string): void {
  role = code;
  token = undefined;
  roleDescription.textContent = mock.roles.find((r) => r.code === code)?.description ?? '';
  provider.tokenProvider = (options) => tokenProvider(options); // a new function: a new view
}

for (const p of mock.population) {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.id = p.id;
  button.setAttribute('aria-pressed', 'false');
  button.append(p.name);
  const small = document.createElement('small');
  small.textContent = p.demonstrates;
  button.append(small);
  button.addEventListener('click', () => selectPatient(p.id));
  li.append(button);
  patientList.append(li);
}
for (const r of mock.roles) {
  roleSelect.add(new Option(`${r.name} (${r.code})`, r.code));
}
roleSelect.addEventListener('change', () => selectRole(roleSelect.value));

latency.addEventListener('input', () => {
  mock.latencyMs = Number(latency.value);
  latencyValue.textContent = `${latency.value} ms`;
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
  });
}

document.querySelector<HTMLSelectElement>('#theme')!.addEventListener('change', (event) => {
  document.body.className = `theme-${(event.target as HTMLSelectElement).value}`;
});

// The event log: every icr- event the host receives, newest first.
const EVENTS = ['icr-data-load', 'icr-error', 'icr-auth-expire', 'icr-sensitive-reveal', 'icr-conflict-detect', 'icr-report-open', 'icr-image-open'];
for (const type of EVENTS) {
  document.addEventListener(type, (event) => {
    const li = document.createElement('li');
    const source = (event.composedPath()[0] as Element | undefined)?.localName ?? '';
    li.textContent = `${new Date().toLocaleTimeString('en-GB')} ${type} <${source}> ${JSON.stringify((event as CustomEvent).detail)}`;
    log.prepend(li);
    while (log.children.length > 200) log.lastElementChild?.remove();
  });
}
document.querySelector('#clear-log')!.addEventListener('click', () => log.replaceChildren());

provider.endpoint = mock.baseUrl;
roleSelect.value = role;
selectRole(role);
selectPatient(location.hash.slice(1) || mock.population[0].id);
// Define the elements only now, configured, so they never flash "Not configured" at start-up.
await import('../src/define.js');
document.body.dataset.ready = 'true';
