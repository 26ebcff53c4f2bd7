/**
 * The one attachment opener (R70, issue 22 point 5), for documents and for report forms alike:
 *
 * - inline `data`: HTML only through the DOMPurify sanitiser, plain text as text, a PDF as a blob;
 * - a `url` on the endpoint's exact origin (`IcrClient.ownUrl`: origin equality, no prefix test) is
 *   fetched by the ICR client WITH the token (one provider call per request, in a header, never in
 *   a URL, attribute or log) and opened from a blob: URL, revoked when closed, when the patient
 *   changes and when the element is disconnected;
 * - a url on any other origin is a plain link that says which site it opens, and never carries
 *   the token: data cannot dress a foreign link as the ICR's own document;
 * - too large (over ATTACHMENT_MAX_BYTES by `size`, the data's length, Content-Length or the bytes
 *   received) or of a type that cannot be shown says so in words; a failed fetch says so with retry.
 *
 * A PDF blob is always typed `application/pdf` whatever the server said, so the frame shows it in
 * the browser's viewer and never runs it as a page of the host's origin.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { until } from 'lit/directives/until.js';
import type { AttachmentData } from '../../fhir/report-detail.js';
import type { Failure } from '../../data/icr-outcome.js';
import type { PatientView } from '../../data/patient-view.js';
import { isAbort } from '../../data/http.js';
import { formatBytes } from '../../format/bytes.js';
import { translator } from '../../i18n/core.js';
import { attachmentMessages } from '../../i18n/en-GB/attachments.js';
import { icon } from './section-states.js';
import { loadSanitiser, loadedSanitiser, type Sanitise } from '../reports-shared/sanitize.js';
import { attachmentStyles } from './attachment.styles.js';

export { attachmentStyles };

const t = translator(attachmentMessages);

/** The largest document opened in place: 10 MB (a scanned letter is well under; a bigger file is likely not a letter). */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

type Shown = 'pdf' | 'html' | 'text';

type Opened =
  | { kind: 'opening' }
  | { kind: 'pdf'; url: string }
  | { kind: 'html'; html: string }
  | { kind: 'text'; text: string }
  | { kind: 'too-large'; bytes?: number }
  | { kind: 'unknown-type'; type?: string }
  | { kind: 'unreadable' }
  | { kind: 'failed'; failure: Failure };

function shownAs(contentType: string | undefined): Shown | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (type === 'application/pdf') return 'pdf';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain') return 'text';
  return undefined;
}

function baseType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
}

function decodeBase64(data: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(data.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** What the attachment is before anything is opened: where it lives, and whether it can be opened at all. */
type Plan =
  | { kind: 'inline' }
  | { kind: 'icr'; url: string }
  | { kind: 'link'; url: string; site: string }
  | { kind: 'unsafe' }
  | { kind: 'none' }
  | { kind: 'too-large'; bytes?: number }
  | { kind: 'unknown-type'; type?: string };

export class AttachmentOpener implements ReactiveController {
  private readonly opened = new Map<string, Opened>();
  private readonly blobs = new Map<string, string>();
  /** Bumped on close and patient change: an answer for an older open is dropped (and its blob never made). */
  private readonly runs = new Map<string, number>();
  private patientId?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly view: () => PatientView | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.closeAll();
  }

  /** Everything closed and every blob URL revoked (a new patient, a disconnect). */
  closeAll(): void {
    for (const url of this.blobs.values()) URL.revokeObjectURL(url);
    this.blobs.clear();
    this.opened.clear();
    for (const key of this.runs.keys()) this.runs.set(key, (this.runs.get(key) ?? 0) + 1);
  }

  /** The blob: URLs open now (tests and the leak suite). */
  get openBlobUrls(): string[] {
    return [...this.blobs.values()];
  }

  private plan(a: AttachmentData): Plan {
    if (a.size !== undefined && a.size > ATTACHMENT_MAX_BYTES) return { kind: 'too-large', bytes: a.size };
    if (a.data) {
      if (Math.floor(a.data.length * 3 / 4) > ATTACHMENT_MAX_BYTES) return { kind: 'too-large' };
      return shownAs(a.contentType) ? { kind: 'inline' } : { kind: 'unknown-type', type: baseType(a.contentType) };
    }
    if (!a.url) return { kind: 'none' };
    const own = this.view()?.client?.ownUrl(a.url);
    if (own) {
      // A declared type that cannot be shown is said at once; an undeclared one is learnt from the answer.
      return a.contentType && !shownAs(a.contentType) ? { kind: 'unknown-type', type: baseType(a.contentType) } : { kind: 'icr', url: own };
    }
    let parsed: URL;
    try {
      parsed = new URL(a.url);
    } catch {
      return { kind: 'unsafe' };
    }
    if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.username || parsed.password) return { kind: 'unsafe' };
    return { kind: 'link', url: parsed.href, site: parsed.host };
  }

  /**
   * The control for one attachment (`key` unique in the host), and what it shows once opened.
   * `onOpen` tells the host the reader opened it (the reports' `icr-report-open`).
   */
  render(key: string, attachment: AttachmentData, title: string, patientId: string, onOpen?: () => void): TemplateResult {
    if (this.patientId !== undefined && this.patientId !== patientId) this.closeAll();
    this.patientId = patientId;
    const plan = this.plan(attachment);
    switch (plan.kind) {
      case 'link':
        return html`<p class="attachment" data-attachment="link"><a class="form-link" href=${plan.url} target="_blank" rel="noopener noreferrer"
          referrerpolicy="no-referrer">${t('attachment.foreign', { title, site: plan.site })}</a>
          <span class="hint">${t('attachment.foreignHint')}</span></p>`;
      case 'unsafe': return this.note('unsafe', t('attachment.unsafe', { title }));
      case 'none': return this.note('none', t('attachment.none', { title }));
      case 'too-large': return this.note('too-large', this.tooLargeText(title, plan.bytes));
      case 'unknown-type': return this.note('unknown-type', this.unknownTypeText(title, plan.type));
      default: break;
    }
    const opened = this.opened.get(key);
    const open = !!opened;
    return html`<div class="attachment" data-attachment=${plan.kind}>
      <button type="button" class="form-open" aria-expanded=${open ? 'true' : 'false'}
        @click=${() => (open ? this.close(key) : this.open(key, attachment, plan, onOpen))}>${t(open ? 'attachment.close' : 'attachment.open', { title })}</button>
      ${opened ? this.renderOpened(key, opened, title, attachment, plan, onOpen) : nothing}
    </div>`;
  }

  private note(kind: string, text: string): TemplateResult {
    return html`<p class="attachment note" data-attachment=${kind}>${icon('info')}<span>${text}</span></p>`;
  }

  private tooLargeText(title: string, bytes?: number): string {
    const limit = formatBytes(ATTACHMENT_MAX_BYTES);
    return bytes ? t('attachment.tooLargeSize', { title, size: formatBytes(bytes), limit }) : t('attachment.tooLarge', { title, limit });
  }

  private unknownTypeText(title: string, type?: string): string {
    return type ? t('attachment.unknownType', { title, type }) : t('attachment.unknownTypeNone', { title });
  }

  private set(key: string, value: Opened | undefined): void {
    if (value) this.opened.set(key, value);
    else this.opened.delete(key);
    this.host.requestUpdate();
  }

  private close(key: string): void {
    this.runs.set(key, (this.runs.get(key) ?? 0) + 1);
    const blob = this.blobs.get(key);
    if (blob) URL.revokeObjectURL(blob);
    this.blobs.delete(key);
    this.set(key, undefined);
  }

  private open(key: string, a: AttachmentData, plan: Plan, onOpen?: () => void): void {
    onOpen?.();
    const run = (this.runs.get(key) ?? 0) + 1;
    this.runs.set(key, run);
    if (plan.kind === 'inline') {
      const bytes = decodeBase64(a.data ?? '');
      this.set(key, bytes ? this.show(key, bytes, a.contentType) : { kind: 'unreadable' });
      return;
    }
    if (plan.kind !== 'icr') return;
    const view = this.view();
    const client = view?.client;
    if (!view || !client) return this.set(key, { kind: 'failed', failure: { kind: 'not-configured' } });
    this.set(key, { kind: 'opening' });
    void client.fetchAttachment(plan.url, view.context(), ATTACHMENT_MAX_BYTES).then(
      (answer) => {
        if (this.runs.get(key) !== run) return; // closed, reopened or another patient meanwhile
        if (answer.ok) this.set(key, this.show(key, answer.bytes, answer.contentType ?? a.contentType));
        else this.set(key, answer.tooLarge ? { kind: 'too-large', bytes: answer.tooLarge.bytes } : { kind: 'failed', failure: answer.failure });
      },
      (error: unknown) => {
        if (this.runs.get(key) !== run || isAbort(error)) return;
        this.set(key, { kind: 'failed', failure: { kind: 'unavailable' } });
      },
    );
  }

  /** Bytes → what is shown: a PDF from a blob: URL, sanitised HTML, text; anything else is said in words. */
  private show(key: string, bytes: Uint8Array, contentType: string | undefined): Opened {
    const as = shownAs(contentType);
    if (as === 'pdf') {
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      this.blobs.set(key, url);
      return { kind: 'pdf', url };
    }
    if (as === 'html' || as === 'text') {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return { kind: 'unreadable' };
      }
      return as === 'html' ? { kind: 'html', html: text } : { kind: 'text', text };
    }
    return { kind: 'unknown-type', type: baseType(contentType) };
  }

  private renderOpened(key: string, o: Opened, title: string, a: AttachmentData, plan: Plan, onOpen?: () => void): TemplateResult {
    switch (o.kind) {
      case 'opening': return html`<p class="attachment-opening" role="status">${t('attachment.opening', { title })}</p>`;
      case 'pdf': return html`<div class="attachment-body">
          ${/* Not a Tab stop: Tab into a browser's PDF viewer may not come back out (WCAG 2.1.2);
               the link below opens the same PDF in a tab of its own, where the viewer has the keys. */''}
          <iframe class="attachment-pdf" tabindex="-1" src=${o.url} title=${t('attachment.frameTitle', { title })}></iframe>
          <p class="hint">${t('attachment.pdfHint')} <a href=${o.url} target="_blank" rel="noopener">${t('attachment.newTab', { title })}</a></p></div>`;
      case 'html': return html`<div class="attachment-body">${renderHtml(o.html)}</div>`;
      case 'text': return html`<pre class="attachment-body attachment-text">${o.text}</pre>`;
      case 'too-large': return this.note('too-large', this.tooLargeText(title, o.bytes));
      case 'unknown-type': return this.note('unknown-type', this.unknownTypeText(title, o.type));
      case 'unreadable': return this.note('unreadable', t('attachment.unreadable', { title }));
      case 'failed': return html`<div class="attachment-failed" role="alert" data-failure=${o.failure.kind}>${icon('alert')}
          <span>${t('attachment.failed', { title, reason: failureReason(o.failure) })}</span>
          <button type="button" class="attachment-retry" @click=${() => this.open(key, a, plan, onOpen)}>${t('attachment.retry')}</button></div>`;
    }
  }
}

function failureReason(f: Failure): string {
  if (f.kind === 'restricted' || f.kind === 'auth-required' || f.kind === 'not-found') return t(`attachment.failed.${f.kind}`);
  return t('attachment.failed.other');
}

function renderSanitised(dirty: string, sanitise: Sanitise): TemplateResult {
  const clean = sanitise(dirty);
  return html`${clean.changed ? html`<p class="note">${icon('info')}${t('attachment.htmlRemoved')}</p>` : nothing}
    <div class="form-html">${unsafeHTML(clean.html)}</div>`;
}

/** HTML reaches the page only through the sanitiser; while it loads a visible "Loading", if it cannot load, words. */
function renderHtml(dirty: string): unknown {
  const sanitise = loadedSanitiser();
  if (sanitise) return renderSanitised(dirty, sanitise);
  return until(
    loadSanitiser().then(
      (loaded) => renderSanitised(dirty, loaded),
      () => html`<p class="note" role="alert">${icon('alert')}${t('attachment.htmlUnavailable')}</p>`,
    ),
    html`<p class="attachment-opening" role="status">${t('attachment.htmlLoading')}</p>`,
  );
}
