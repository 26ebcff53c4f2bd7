/**
 * A strict host must never get a silent blank page (issue 22). Under
 * `require-trusted-types-for 'script'` a page's `trusted-types` directive may refuse the policies
 * the elements create: Lit's `lit-html` (at load: Lit then throws and no element is defined) and
 * DOMPurify's `dompurify` (the HTML report sanitiser, loaded when a report needs it). This module
 * imports no Lit, and every define entry evaluates it first (through define-element.ts), so it is
 * listening before Lit runs. When the page refuses a policy it
 * - names the refused policy, and the directive that would allow it, in the console; and
 * - when the elements could not start, says in each element's place (light DOM text, since Lit
 *   cannot render) that the host's security settings stop it.
 * Nothing here creates a policy or touches `trustedTypes`: it only listens.
 */
import { translator } from '../../i18n/core.js';
import { hostPolicyMessages } from '../../i18n/en-GB/host-policy.js';

const t = translator(hostPolicyMessages);

/** Every Trusted Types policy name the library creates; a strict host allows exactly these. */
export const TRUSTED_TYPES_POLICIES = ['lit-html', 'dompurify'] as const;
type PolicyName = (typeof TRUSTED_TYPES_POLICIES)[number];

/** The policy without which no element renders (the sanitiser's only stops HTML report bodies). */
const RENDER_POLICY: PolicyName = 'lit-html';
/** Marks the message this module put in an element's place. */
const MARK = 'data-icr-host-policy';

const refused = new Set<PolicyName>();
let watching: MutationObserver | undefined;

/** The policy names a violation report or an error message speaks of. */
function policiesIn(text: string): PolicyName[] {
  return TRUSTED_TYPES_POLICIES.filter((name) => text.includes(name));
}

/** A refusal seen: said once per policy in the console, and in place when Lit could not start. */
export function reportRefusedPolicy(name: PolicyName): void {
  if (refused.has(name)) return;
  refused.add(name);
  console.error(
    `icr-elements: this page's Content-Security-Policy refused the Trusted Types policy "${name}"` +
      (name === RENDER_POLICY ? ', so no icr- element can render. ' : ', so HTML report bodies cannot be shown. ') +
      `Allow the library's policies: trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')} (README, "Strict hosts").`,
  );
  if (name === RENDER_POLICY) sayInPlace();
}

/** An `icr-` element that did not start and holds no other `icr-` element (a provider wraps sections). */
function needsMessage(el: Element): boolean {
  if (!el.localName.startsWith('icr-') || customElements.get(el.localName)) return false;
  if (el.querySelector(`[${MARK}]`)) return false;
  return ![...el.querySelectorAll('*')].some((child) => child.localName.startsWith('icr-'));
}

function fill(root: ParentNode): void {
  for (const el of root.querySelectorAll('*')) {
    if (!needsMessage(el)) continue;
    const message = document.createElement('p');
    message.setAttribute(MARK, '');
    message.textContent = t('hostPolicy.blocked');
    const detail = document.createElement('small');
    detail.textContent = ` ${t('hostPolicy.blocked.detail', { policies: [...refused].join(', ') })}`;
    message.append(detail);
    el.prepend(message); // textContent and DOM nodes only: no Trusted Types sink is used
  }
}

/** Each element in the page now, and each one a framework adds later, says why it is empty. */
function sayInPlace(): void {
  fill(document);
  if (watching) return;
  watching = new MutationObserver(() => fill(document));
  watching.observe(document.documentElement, { childList: true, subtree: true });
}

let listening = false;

/**
 * Start listening (once). define-element.ts calls it at its top, before any element module runs:
 * a used value, not a side-effect import, so no bundler's `sideEffects` list can drop it.
 */
export function watchHostPolicy(): void {
  if (listening || typeof document === 'undefined' || typeof window === 'undefined') return;
  listening = true;
  // The refusal's own report: a `trusted-types` violation whose sample is the policy name.
  document.addEventListener('securitypolicyviolation', (event) => {
    if (!/trusted-types/.test(event.violatedDirective) || /require-trusted-types-for/.test(event.violatedDirective)) return;
    for (const name of policiesIn(event.sample)) reportRefusedPolicy(name);
  });
  // Lit's throw at load, reported as the module's uncaught error (its message names the policy).
  window.addEventListener('error', (event) => {
    const text = String(event.message ?? '');
    if (!/createPolicy|policy/i.test(text)) return;
    for (const name of policiesIn(text)) reportRefusedPolicy(name);
  });
}
