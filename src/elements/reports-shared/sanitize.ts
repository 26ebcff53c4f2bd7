/**
 * The only path from a report's HTML to the page: DOMPurify with scripts, styles, forms, frames and
 * non-web links removed. The result stays inside the element's shadow root.
 */
import DOMPurify from 'dompurify';

const CONFIG = {
  FORBID_TAGS: ['style', 'script', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'svg', 'math', 'img', 'picture', 'video', 'audio', 'source'],
  FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'id', 'name'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
};

export interface Sanitised {
  html: string;
  /** Something was removed: the reader is told. */
  changed: boolean;
}

export function sanitiseReportHtml(dirty: string): Sanitised {
  const html = DOMPurify.sanitize(dirty, CONFIG) as unknown as string;
  const changed = DOMPurify.removed.some((r) => 'element' in r ? (r.element as Element).nodeName !== 'BODY' : true);
  return { html: String(html), changed };
}
