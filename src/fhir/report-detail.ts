/**
 * Presented forms (Attachment) of a report: plain text is decoded to text; HTML is decoded but only
 * ever rendered after DOMPurify (in the element, which has a DOM); a PDF, an image or anything else
 * is never inlined: it is offered as a link (http/https `url` only) or handed to the host as an
 * `icr-report-open` event carrying the attachment. Pure: no DOM.
 */
import { translator } from '../i18n/core.js';
import { reportsMessages } from '../i18n/en-GB/reports.js';
import { num, obj, str } from './read.js';

const t = translator(reportsMessages);

export interface AttachmentData {
  contentType?: string;
  language?: string;
  /** Base64 content, as received. */
  data?: string;
  url?: string;
  size?: number;
  title?: string;
  creation?: string;
}

export type FormView =
  | { kind: 'text'; title?: string; text: string }
  | { kind: 'html'; title?: string; html: string }
  | { kind: 'attachment'; title: string; contentType?: string; url?: string; attachment: AttachmentData };

/** Base64 → UTF-8 text; undefined if the data is not valid base64 or not UTF-8. */
export function decodeBase64Text(data: string): string | undefined {
  try {
    const binary = atob(data.replace(/\s+/g, ''));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Only web links are offered as links: never `javascript:`, `data:` or a relative path. */
export function safeLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const INLINE_TEXT_LIMIT = 200_000;

export function readAttachment(value: unknown): FormView {
  const a = obj(value) ?? {};
  const attachment: AttachmentData = {
    contentType: str(a.contentType),
    language: str(a.language),
    data: str(a.data),
    url: str(a.url),
    size: num(a.size),
    title: str(a.title),
    creation: str(a.creation),
  };
  const type = attachment.contentType?.split(';')[0].trim().toLowerCase();
  const title = attachment.title;
  if (attachment.data && attachment.data.length < INLINE_TEXT_LIMIT && (type === 'text/plain' || type === 'text/html')) {
    const text = decodeBase64Text(attachment.data);
    if (text !== undefined) return type === 'text/plain' ? { kind: 'text', title, text } : { kind: 'html', title, html: text };
  }
  return {
    kind: 'attachment',
    title: title ?? t('reports.form.untitled', { type: type ?? t('reports.form.unknownType') }),
    contentType: attachment.contentType,
    url: safeLink(attachment.url),
    attachment,
  };
}
