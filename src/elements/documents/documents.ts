/**
 * `<icr-documents>`: letters and summaries shared through the ICR (discharge summaries, clinic
 * letters, care assessments), each opened in place through the one attachment opener (R70).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { IcrSectionElement } from '../shared/section-element.js';
import type { DataState } from '../../controllers/section-controller.js';
import { translator } from '../../i18n/core.js';
import { documentsMessages } from '../../i18n/en-GB/documents.js';
import { groupingMessages } from '../../i18n/en-GB/grouping.js';
import { formatDate } from '../../format/dates.js';
import { icon, renderEmpty } from '../shared/section-states.js';
import { sourceNames, sourceText } from '../../fhir/provenance.js';
import { documentTitle, type DocumentItem, type DocumentsView } from '../../fhir/documents.js';
import { documentsSection } from '../../sections/documents.js';
import { renderHidden } from '../shared/hidden-note.js';
import { eventCardStyles } from '../shared/event-cards.js';
import { LongListController, longListStyles, type ListPosition } from '../shared/long-list.js';
import { AttachmentOpener, attachmentStyles } from '../shared/attachment.js';
import type { ListRange } from '../../format/long-list.js';
import { documentsStyles } from './documents.styles.js';
import { factsStyles, renderFacts } from '../shared/facts.js';

const t = translator(documentsMessages, groupingMessages);
type MessageKey = Parameters<typeof t>[0];

/**
 * Letters and summaries: type, author organisation, date and status, each body opened in place.
 *
 * A superseded document says so and leads to the version that replaces it (R70); one marked
 * entered in error is not shown, and the count of those left out is stated. A body opens only
 * through the sanitiser (HTML) or as a blob (PDF) fetched with the token from the endpoint's own
 * origin; a link to another site says which site it opens and never carries the token. The host's
 * CSP needs `frame-src blob:` for a PDF to show in place.
 *
 * @summary Documents: letters and summaries with type, author organisation, date and status; opened in place.
 * @csspart base - The section.
 * @csspart heading - The section title.
 * @csspart facts - One document's type, date, organisation, author, status and source, as one labelled line.
 * @csspart list-summary - The count and what a filter or date range hides, with "Show all" (R62).
 * @csspart list-more - "Showing 25 of 1,200" and "Show 25 more" (R63).
 * @csspart document - One document.
 * @csspart superseded - The note on a superseded document, with the way to its replacement (R70).
 * @csspart empty - The note when no document is shared (never "none").
 * @csspart sensitive-mark - The mark on a restricted document (R51).
 * @csspart sensitive-reveal - The button that reveals a restricted document (R51).
 * @csspart excluded - The note counting documents marked entered in error, which are not shown.
 * @csspart warnings - Completeness and data warnings (R39–R41).
 * @csspart meta - Sources and "Retrieved …" (R42).
 * @csspart micro-banner - The patient, when the element stands alone (R8).
 * @cssproperty --icr-documents-accent - Left border of a document (default the primary blue).
 * @cssproperty --icr-documents-superseded - Border and text of a superseded document's note (default the secondary grey).
 * @cssproperty --icr-attachment-height - Height of an opened PDF (default 70vh).
 * @event icr-sensitive-reveal - The viewer revealed a restricted document (R51), for the host's audit.
 * @event icr-data-load - The section loaded (`detail.section` is `documents`).
 * @event icr-error - The section could not be shown (restricted, opted out, unavailable, …).
 * @event icr-auth-expire - The ICR refused the token after a refresh (standalone use).
 * @tagname icr-documents
 */
export class IcrDocuments extends IcrSectionElement<DocumentsView> {
  static override styles = [...IcrSectionElement.styles, factsStyles, eventCardStyles, longListStyles, attachmentStyles, documentsStyles];

  /** The date range the list starts with: `all` (default), `1y`, `3m`. */
  @property({ attribute: 'list-range' }) listRange: ListRange = 'all';

  private readonly list = new LongListController(this, 'documents', () => this.listRange);
  private readonly opener = new AttachmentOpener(this, () => this.view);
  /** The replacement to focus once it is rendered ("Go to the newer version"). */
  private focusId?: string;

  protected get sectionTitle(): string {
    return t('documents.title');
  }

  constructor() {
    super(documentsSection);
  }

  private item(d: DocumentItem) {
    return { sensitivity: d.sensitivity, resourceType: 'DocumentReference', id: d.id };
  }

  protected override sources(state: DataState<DocumentsView>): string[] {
    // R51: a hidden document's organisation could say what it is: named once revealed.
    const shown = state.view.documents.filter((d) => !this.isHidden(this.item(d)));
    return sourceNames(shown.map((d) => d.source ?? d.organisation));
  }

  protected renderData(state: DataState<DocumentsView>): TemplateResult {
    const docs = state.view.documents;
    if (!docs.length) return html`${renderEmpty(t('documents.empty'), t('documents.empty.hint'))}${renderHidden(state.view.hidden)}`;
    const w = this.list.window(docs, (d) => {
      const hidden = this.isHidden(this.item(d));
      // R51: a hidden document is found by nothing that names it; its status still says superseded.
      const words = hidden ? [this.statusName(d)] : [documentTitle(d), d.category, d.organisation, d.authorPerson, this.statusName(d), sourceText(d.source)];
      return { when: d.date, text: words.filter(Boolean).join(' · ') };
    }, state.patient.id);
    return html`${this.list.renderControls(w)}
      <ol>${w.visible.map((d, i) => this.renderDocument(d, state.patient.id, this.list.position(i, w)))}</ol>
      ${this.list.renderMore(w)}${renderHidden(state.view.hidden)}`;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (!this.focusId) return;
    const target = this.shadowRoot?.querySelector<HTMLElement>(`[part~="document"][data-id="${CSS.escape(this.focusId)}"]`);
    if (target) {
      this.focusId = undefined;
      target.focus();
    }
  }

  /** R70: to the replacement; if a filter or a page hides it, the list is shown whole first. */
  private goTo(id: string): void {
    this.focusId = id;
    if (!this.shadowRoot?.querySelector(`[part~="document"][data-id="${CSS.escape(id)}"]`)) {
      this.list.showAll();
      this.list.query = { ...this.list.query, shown: Number.MAX_SAFE_INTEGER };
    }
    this.requestUpdate();
  }

  private statusName(d: DocumentItem): string {
    return t(`documents.status.${d.status}`);
  }

  private renderDocument(d: DocumentItem, patientId: string, position: ListPosition): TemplateResult {
    const item = this.item(d);
    const hidden = this.isHidden(item);
    const superseded = d.status === 'superseded';
    return html`<li class="event ${superseded ? 'superseded' : ''}" part="document" data-id=${d.id} data-status=${d.status}
      data-list=${position.list} data-list-pos=${position.pos} tabindex="-1" aria-posinset=${position.pos} aria-setsize=${position.size}>
      <div class="event-head">
        <p class="title">${hidden ? t('documents.untitled') : documentTitle(d) ?? t('documents.untitled')}</p>
        ${superseded ? html`<span class="badge superseded" data-superseded>${icon('alert')}${t('documents.status.superseded')}</span>` : nothing}
        ${d.addedBy && !hidden ? html`<span class="badge added-by" data-added-by=${d.addedBy}>${t(`grouping.addedBy.${d.addedBy}`)}</span>` : nothing}
      </div>
      ${superseded ? this.renderSuperseded(d) : nothing}
      ${this.renderSensitive(item, () => this.renderDetail(d, patientId))}
    </li>`;
  }

  /** R70: stays in view even while a sensitive document is hidden: the reader must not take it as current. */
  private renderSuperseded(d: DocumentItem): TemplateResult {
    const r = d.replacedBy;
    return html`<div class="superseded-note" part="superseded">
      ${r
        ? html`<p>${t('documents.superseded')}. ${t('documents.replacedBy', { title: r.title ?? t('documents.untitled'), date: r.date ? formatDate(r.date) : t('documents.dateNotRecorded') })}</p>
          <button type="button" class="go-to-replacement" data-replacement=${r.id} @click=${() => this.goTo(r.id)}>${t('documents.goToReplacement')}</button>`
        : html`<p>${t('documents.replacementNotShared')}</p>`}
    </div>`;
  }

  private renderDetail(d: DocumentItem, patientId: string): TemplateResult {
    const title = documentTitle(d) ?? t('documents.untitled');
    const docStatus = d.docStatus === 'preliminary' || d.docStatus === 'amended' ? t(`documents.docStatus.${d.docStatus}` as MessageKey) : undefined;
    return html`${renderFacts([
        { label: t('documents.type'), value: d.type ?? d.category ?? t('documents.notRecorded') },
        { label: t('documents.date'), value: d.date ? formatDate(d.date) : t('documents.dateNotRecorded') },
        { label: t('documents.organisation'), value: d.organisation ?? t('documents.notRecorded') },
        { label: t('documents.author'), value: d.authorPerson },
        { label: t('documents.status'), value: docStatus ? html`${this.statusName(d)} <strong class="doc-status">(${docStatus})</strong>` : this.statusName(d) },
        { label: t('documents.source'), value: sourceText(d.source) },
      ])}
      ${d.replaces.length ? html`<p class="hint">${t('documents.replaces')}</p>` : nothing}
      ${d.attachments.length
        ? html`<ul class="attachments">${d.attachments.map((a, i) => html`<li>${this.opener.render(`${d.id}-${i}`, a, a.title ?? title, patientId)}</li>`)}</ul>`
        : this.opener.render(`${d.id}-none`, {}, title, patientId)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-documents': IcrDocuments;
  }
}
