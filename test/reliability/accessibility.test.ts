/**
 * Accessibility (R56, R58; H6, H7, H9). axe-core with the WCAG 2.0/2.1/2.2 A and AA tags on every
 * element in every state it can be in (loading, loaded collapsed and expanded, sensitive items
 * hidden and revealed, deceased, empty, not recorded, restricted, opted out, unavailable, bad
 * response, authentication needed, not found, invalid NHS number, not configured, wrong patient;
 * in a provider and standing alone), then keyboard-only use: every control is reached with Tab,
 * shows a visible focus indicator, and does something when worked with the keyboard alone.
 *
 * Figures: element states checked, axe violations (0); controls reached by Tab, operated by
 * keyboard, without visible focus (0), doing nothing (0).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMockIcr, type MockIcr, type MockRoleCode } from '../../src/mock/index.js';
import { clearSharedRequests } from '../../src/data/request-cache.js';
import type { TokenProvider } from '../../src/data/http.js';
import { routeFetch, type FetchRouter } from '../helpers/icr.js';
import { DATA_STATES, DEFINED_STATES, ELEMENTS, createElement, mountProvider, untilAll } from '../helpers/reliability/elements.js';
import { deepElements, expandAll, settled } from '../helpers/reliability/dom.js';
import { capture } from '../helpers/reliability/capture.js';
import { SOAK, figure } from '../helpers/reliability/run.js';

interface AxeViolation {
  id: string;
  impact?: string;
  nodes: { target: unknown; failureSummary?: string }[];
}
interface AxeWindow extends Window {
  axe: { run(context: Element, options: unknown): Promise<{ violations: AxeViolation[] }> };
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const RICHARD = '9912003888';
const EDITH = '9990000018';

async function loadAxe(): Promise<AxeWindow['axe']> {
  const win = window as unknown as AxeWindow;
  if (!win.axe) {
    const script = document.createElement('script');
    script.textContent = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    document.head.append(script);
  }
  return win.axe;
}

/** The element keyboard focus is on, looking inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether a radio is the last of its group (same form, same name). */
function isLastRadio(radio: HTMLInputElement): boolean {
  const scope = radio.form ?? radio.getRootNode();
  const group = [...(scope as ParentNode).querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === radio.name);
  return group.at(-1) === radio;
}

function hostOf(node: Element): Element {
  let root = node.getRootNode();
  let host: Element = node;
  while (root instanceof ShadowRoot) {
    host = root.host;
    if (host.localName.startsWith('icr-') && host.localName !== 'icr-provider') return host;
    root = host.getRootNode();
  }
  return host;
}

/** How a control is named in messages and told apart across re-renders. */
function signature(control: Element): string {
  const label = (control.getAttribute('aria-label') ?? control.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${hostOf(control).localName} ${control.localName}${control.getAttribute('type') ? `[${control.getAttribute('type')}]` : ''}${control.className ? `.${String(control.className).split(' ')[0]}` : ''} "${label}"`;
}

function focusVisible(control: Element): boolean {
  const style = getComputedStyle(control);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  const rect = control.getBoundingClientRect();
  return (outline || shadow) && rect.width > 0 && rect.height > 0;
}

describe('reliability: accessibility (WCAG 2.2 AA, keyboard, focus)', function () {
  this.timeout(SOAK ? 1_800_000 : 110_000);
  let mock: MockIcr;
  let router: FetchRouter;
  let axe: AxeWindow['axe'];
  const tokens = new Map<MockRoleCode, TokenProvider>();
  const checked: string[] = [];
  const violations: string[] = [];

  before(async () => {
    mock = createMockIcr();
    router = routeFetch({ mock });
    axe = await loadAxe();
    for (const role of ['R8000', 'R8010'] as MockRoleCode[]) {
      const token = await mock.issueToken(role);
      tokens.set(role, () => token);
    }
  });

  after(() => {
    router.restore();
    clearSharedRequests();
  });

  afterEach(() => {
    document.querySelectorAll('icr-provider, [data-a11y]').forEach((e) => e.remove());
    mock.faults.clear();
    mock.latencyMs = 0;
    clearSharedRequests();
  });

  async function audit(label: string, root: Element, elements: Element[]): Promise<void> {
    await settled(root);
    const result = await axe.run(root, { runOnly: { type: 'tag', values: WCAG_22_AA }, resultTypes: ['violations'] });
    for (const el of elements) checked.push(`${el.localName}:${el.getAttribute('state')}${label.includes('expanded') ? '+expanded' : ''}`);
    for (const v of result.violations) violations.push(`${label}: ${v.id} (${v.impact}) × ${v.nodes.length} ${JSON.stringify(v.nodes.slice(0, 2).map((n) => n.target))}`);
  }

  /** A provider in a given situation; waits until every element is in one of `states`. */
  async function scenario(label: string, setup: { nhsNumber?: string; role?: MockRoleCode | null; fault?: Parameters<MockIcr['faults']['add']>[0]; expand?: boolean; states?: readonly string[] }) {
    clearSharedRequests(); // every scenario asks the ICR afresh
    mock.faults.clear();
    if (setup.fault) mock.faults.add(setup.fault);
    const { provider, elements } = mountProvider({
      endpoint: mock.baseUrl, nhsNumber: setup.nhsNumber ?? RICHARD,
      tokenProvider: setup.role === null ? undefined : tokens.get(setup.role ?? 'R8000'),
      clientOptions: { maxRetries: 0, timeoutMs: 5000 },
    });
    await untilAll(elements, setup.states ?? DEFINED_STATES, 20_000);
    await audit(label, provider, elements);
    if (setup.expand) {
      for (const el of elements) await expandAll(el);
      await audit(`${label} (expanded, sensitive revealed)`, provider, elements);
    }
    return { provider, elements };
  }

  it('axe finds no WCAG 2.2 AA violation in any element in any state', async () => {
    const at = (id: string) => mock.population.find((p) => p.id === id)!.nhsNumber;
    // Loading: answers held back while axe runs.
    mock.latencyMs = 60_000;
    {
      const { provider, elements } = mountProvider({ endpoint: mock.baseUrl, nhsNumber: RICHARD, tokenProvider: tokens.get('R8000') });
      await untilAll(elements, ['loading']);
      await audit('loading', provider, elements);
      provider.remove();
      mock.latencyMs = 0;
    }
    (await scenario('loaded', { nhsNumber: RICHARD, expand: true, states: DATA_STATES })).provider.remove();
    (await scenario('sensitive items', { nhsNumber: at('pat-amira-khan'), expand: true, states: DATA_STATES })).provider.remove();
    (await scenario('deceased', { nhsNumber: at('pat-harold-walker'), expand: true, states: DATA_STATES })).provider.remove();
    (await scenario('newborn, mostly empty', { nhsNumber: at('pat-zara-okafor'), states: DATA_STATES })).provider.remove();
    (await scenario('not recorded', { nhsNumber: at('pat-thomas-wright'), states: DATA_STATES })).provider.remove();
    (await scenario('restricted (clerical role)', { role: 'R8010' })).provider.remove();
    (await scenario('opted out', { nhsNumber: at('pat-gareth-brown') })).provider.remove();
    (await scenario('unavailable (500)', { fault: { fault: '500' }, states: ['unavailable'] })).provider.remove();
    (await scenario('unavailable on sections only', { fault: { fault: '503', resourceType: 'Condition' } })).provider.remove();
    (await scenario('bad response', { fault: { fault: 'not-json' }, states: ['bad-response'] })).provider.remove();
    (await scenario('authentication needed', { fault: { fault: '401' }, states: ['auth-required'] })).provider.remove();
    (await scenario('not found', { nhsNumber: '9000000009', states: ['not-found'] })).provider.remove();
    (await scenario('invalid NHS number', { nhsNumber: '9434765918', states: ['invalid-nhs-number'] })).provider.remove();
    (await scenario('not configured', { role: null, states: ['not-configured'] })).provider.remove();
    (await scenario('wrong patient', { nhsNumber: EDITH, fault: { fault: 'wrong-patient' }, states: ['wrong-patient'] })).provider.remove();
    // Under soak: every patient of the mock population, loaded and expanded.
    if (SOAK) {
      for (const p of mock.population) (await scenario(`soak: ${p.name}`, { nhsNumber: p.nhsNumber, expand: p.id !== 'pat-arthur-greenwood' })).provider.remove();
    }
    // Alone: each element with its micro banner (R8).
    const alone = ELEMENTS.map(({ tag }) => {
      const el = createElement(tag) as HTMLElement & { tokenProvider?: TokenProvider };
      el.setAttribute('endpoint', mock.baseUrl);
      el.setAttribute('nhs-number', RICHARD);
      el.dataset['a11y'] = '';
      el.tokenProvider = tokens.get('R8000');
      return el;
    });
    const box = document.createElement('main');
    box.dataset['a11y'] = '';
    mock.faults.clear();
    clearSharedRequests();
    box.append(...alone);
    document.body.append(box);
    await untilAll(alone, DATA_STATES, 20_000);
    await audit('alone (micro banner)', box, alone);

    const distinct = new Set(checked);
    figure('accessibility', `axe (${WCAG_22_AA.join(', ')}) on ${checked.length} element states (${distinct.size} distinct element × state pairs, ` +
      `${new Set(checked.map((c) => c.split(':')[1])).size} states); violations ${violations.length}`);
    expect(violations, violations.join('\n')).to.deep.equal([]);
    for (const { tag } of ELEMENTS) {
      const states = [...distinct].filter((c) => c.startsWith(`${tag}:`));
      expect(states.length, `${tag} checked in several states`).to.be.at.least(8);
    }
  });

  it('every control is reached with Tab, shows its focus, and works from the keyboard alone', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    const after = document.createElement('button');
    after.textContent = 'after';
    const reached = new Set<string>();
    const noFocus: string[] = [];
    const inert: string[] = [];
    const unreachable: string[] = [];
    let operated = 0;
    const log = capture({ quiet: true });
    try {
      for (const [label, nhsNumber, fault] of [
        ['loaded record', RICHARD, undefined],
        ['sensitive items', mock.population.find((p) => p.id === 'pat-amira-khan')!.nhsNumber, undefined],
        ['failures with retry', RICHARD, { fault: '503' as const, resourceType: 'Observation' }],
      ] as const) {
        if (fault) mock.faults.add(fault);
        const { provider, elements } = mountProvider({ endpoint: mock.baseUrl, nhsNumber, tokenProvider: tokens.get('R8000'), clientOptions: { maxRetries: 0 } });
        provider.before(before);
        provider.after(after);
        await untilAll(elements, DEFINED_STATES, 20_000);
        await settled(provider);
        const tested = new Set<string>();
        for (let round = 0; round < 4; round++) {
          // Tab from the button before the provider to the one after it: the keyboard's path.
          before.focus();
          const path: Element[] = [];
          for (let i = 0; i < 400; i++) {
            await sendKeys({ press: 'Tab' });
            const active = deepActive();
            if (!active || active === after || active === document.body) break;
            path.push(active);
            reached.add(`${label}: ${signature(active)}`);
            if (!focusVisible(active)) noFocus.push(`${label}: ${signature(active)}`);
          }
          // Every control that can take focus is on the path.
          for (const el of elements) {
            for (const c of deepElements(el.shadowRoot!)) {
              if (!c.matches('button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')) continue;
              // Not rendered (hidden, or inside a closed <details>): not a stop until it is opened.
              if ((c as HTMLButtonElement).disabled || !c.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
              if (c.localName === 'input' && (c as HTMLInputElement).type === 'radio' && !(c as HTMLInputElement).checked) continue; // one stop per radio group
              if (!path.includes(c)) unreachable.push(`${label}: ${signature(c)}`);
            }
          }
          // Work each control not yet tried, by keyboard only, and see that something happens.
          const fresh = path.filter((c) => !tested.has(signature(c)));
          if (!fresh.length) break;
          for (const control of fresh) {
            tested.add(signature(control));
            if (!control.isConnected) continue;
            const host = hostOf(control);
            let changed = 0;
            const observer = new MutationObserver((m) => (changed += m.length));
            observer.observe(host.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
            const events = log.events.length;
            (control as HTMLElement).focus();
            if (control.localName === 'select') await sendKeys({ press: 'ArrowDown' });
            // Towards a neighbour inside the group: WebKit, unlike Chromium and Firefox, does not wrap
            // from the last radio to the first (Safari's radio groups stop at their ends).
            else if (control.localName === 'input' && (control as HTMLInputElement).type === 'radio') await sendKeys({ press: isLastRadio(control as HTMLInputElement) ? 'ArrowLeft' : 'ArrowRight' });
            else if (control.localName === 'input') await sendKeys({ type: 'zzz' });
            // A chart (results' trend) is read point by point with the arrow keys, as its label says.
            else if (control.localName === 'svg') await sendKeys({ press: 'ArrowLeft' });
            else if (control.localName === 'a') {
              // A link to a report form opens a new tab, a phone or email link the device's phone or
              // mail app (R68): their href is checked instead of following them.
              changed += /^(https?:|tel:\+?\d+$|mailto:[^@\s]+@)/.test((control as HTMLAnchorElement).href) ? 1 : 0;
            } else await sendKeys({ press: 'Enter' });
            await settled(host);
            observer.disconnect();
            // A control that takes the reader somewhere (documents' "Go to the newer version") moves focus.
            if (host.shadowRoot!.activeElement && host.shadowRoot!.activeElement !== control) changed++;
            operated++;
            if (!changed && log.events.length === events) inert.push(`${label}: ${signature(control)}`);
            // Put search and filters back so the next controls see the whole list.
            if (control.localName === 'input' && (control as HTMLInputElement).type !== 'radio') {
              for (let i = 0; i < 3; i++) await sendKeys({ press: 'Backspace' });
            } else if (control.localName === 'input') {
              // Back the way it came: the radio it moved to is next to this one.
              await sendKeys({ press: isLastRadio(control as HTMLInputElement) ? 'ArrowRight' : 'ArrowLeft' });
              await settled(host);
            }
          }
          await settled(provider);
          await untilAll(elements, DEFINED_STATES, 20_000).catch(() => undefined);
        }
        provider.remove();
        mock.faults.clear();
        clearSharedRequests();
      }
    } finally {
      log.stop();
      before.remove();
      after.remove();
    }
    figure('accessibility', `keyboard: controls reached by Tab ${reached.size}, operated by keyboard ${operated}, ` +
      `without visible focus ${noFocus.length}, not reachable ${new Set(unreachable).size}, doing nothing ${inert.length}`);
    expect(noFocus, noFocus.slice(0, 10).join('\n')).to.deep.equal([]);
    expect([...new Set(unreachable)], [...new Set(unreachable)].slice(0, 10).join('\n')).to.deep.equal([]);
    expect(inert, inert.slice(0, 10).join('\n')).to.deep.equal([]);
    expect(reached.size).to.be.greaterThan(20);
  });
});
