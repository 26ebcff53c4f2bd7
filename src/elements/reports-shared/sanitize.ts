/**
 * The only path from a report's HTML to the page: DOMPurify with scripts, styles, forms, frames and
 * non-web links removed. The result stays inside the element's shadow root.
 *
 * DOMPurify is most of the report elements' bytes (about 11 KB gzipped) and only an HTML report
 * body needs it, so it is fetched (a dynamic import: a separate chunk) the first time one is shown
 * (issue 9). Until it has loaded there is no sanitiser, so report HTML cannot reach the page.
 */
import type { Config, DOMPurify } from 'dompurify';
import { reportRefusedPolicy } from '../shared/host-policy-guard.js';

const CONFIG: Config = {
  FORBID_TAGS: ['style', 'script', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'svg', 'math', 'img', 'picture', 'video', 'audio', 'source'],
  FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'id', 'name'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
};

export interface Sanitised {
  html: string;
  /** Something was removed: the reader is told. */
  changed: boolean;
}

export type Sanitise = (dirty: string) => Sanitised;

let ready: Sanitise | undefined;
let loading: Promise<Sanitise> | undefined;

function sanitiserOf(purify: DOMPurify): Sanitise {
  return (dirty) => {
    const html = purify.sanitize(dirty, CONFIG) as unknown as string;
    const changed = purify.removed.some((r) => 'element' in r ? (r.element as Element).nodeName !== 'BODY' : true);
    return { html: String(html), changed };
  };
}

/**
 * Issue 22: a host whose Trusted Types policy refuses DOMPurify's "dompurify" policy leaves it
 * unable to parse: it swallows the refusal and returns an empty body, which would show a report
 * as blank. Found once, at load, by a probe that must come back whole: else the load fails (the
 * reader is told the document cannot be shown here) and the console names the refused policy.
 */
const PROBE = '<b>probe</b>';

function usable(sanitise: Sanitise): Sanitise {
  let whole = false;
  try {
    whole = sanitise(PROBE).html === PROBE;
  } catch {
    whole = false;
  }
  if (whole) return sanitise;
  if ('trustedTypes' in globalThis) reportRefusedPolicy('dompurify');
  throw new Error('The HTML sanitiser cannot parse on this page');
}

/** The sanitiser if it has loaded (then a report renders at once), else undefined. */
export function loadedSanitiser(): Sanitise | undefined {
  return ready;
}

/**
 * Load the sanitiser once; a failed load is forgotten, so a later render tries again. `importPurify`
 * is for tests (a load that fails or is slow); the elements always use the default.
 */
export function loadSanitiser(importPurify: () => Promise<{ default: DOMPurify }> = () => import('dompurify')): Promise<Sanitise> {
  loading ??= importPurify().then(
    (m) => (ready = usable(sanitiserOf(m.default))),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
