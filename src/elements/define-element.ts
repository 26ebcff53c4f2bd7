/**
 * The one place tag names are registered. A host that already has a tag (a second copy of the
 * library, or its own element) gets a clear console message instead of a crash, and a host may
 * register any class under its own name: `customElements.define('my-allergies', IcrAllergies)`.
 */
// First, before any element (and so before Lit) is evaluated: a host whose Trusted Types policy
// refuses Lit's is told so, in the console and in each element's place (issue 22).
import { watchHostPolicy } from './shared/host-policy-guard.js';

watchHostPolicy();

export const TAG_PREFIX = 'icr';

export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (existing === constructor) return;
  if (existing) {
    console.warn(`icr-elements: <${name}> is already defined on this page by another script; this copy was not registered.`);
    return;
  }
  customElements.define(name, constructor);
}
