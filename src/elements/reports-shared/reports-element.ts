/**
 * The base of `<icr-radiology-reports>` and `<icr-pathology-reports>`: both send the same
 * DiagnosticReport search (one request per page), classify on the client (R34) and show their own
 * group, then, collapsed, the "Other reports" no element claims, so none is lost (H13).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IcrSectionElement } from '../shared/section-element.js';
import type { DataState } from '../../controllers/section-controller.js';
import type { ReportView, ReportsView } from '../../fhir/reports.js';
import { pathologyReportsSection, radiologyReportsSection } from '../../sections/reports.js';
import type { FormView } from '../../fhir/report-detail.js';
import { translator } from '../../i18n/core.js';
import { reportsMessages } from '../../i18n/en-GB/reports.js';
import { renderHidden } from '../shared/hidden-note.js';
import { icon, renderEmpty, renderNotFinalLegend } from '../shared/section-states.js';
import { sourceNames } from '../../fhir/provenance.js';
import { renderReportItem, reportSearchText, reportSensitiveItem, type ReportActions } from './report-render.js';
import { LongListController, longListStyles } from '../shared/long-list.js';
import type { ListRange } from '../../format/long-list.js';
import type { RenderSensitive } from '../shared/sensitive.js';
import { IcrImageOpenEvent, IcrReportOpenEvent } from '../../events.js';
import { reportStyles } from './reports-element.styles.js';
import { AttachmentOpener, attachmentStyles } from '../shared/attachment.js';
import { factsStyles } from '../shared/facts.js';

const t = translator(reportsMessages);

export abstract class IcrReportsElement extends IcrSectionElement<ReportsView> {
  static override styles = [...IcrSectionElement.styles, factsStyles, reportStyles, longListStyles, attachmentStyles];

  /** Do not show the "Other reports" group here (another report element on the page shows it). */
  @property({ type: Boolean, attribute: 'hide-other', reflect: true }) hideOther = false;

  /**
   * The date range the list starts with: `all` (the default: nothing hidden), `1y` or `3m`. A report
   * that is not final is current and is never hidden by a range (R62): it may still change.
   */
  @property({ attribute: 'list-range' }) listRange: ListRange = 'all';

  @state() private open = new Set<string>();

  /** Count, filter, range, order and a page at a time (R62, R63). */
  private readonly list = new LongListController(this, 'reports', () => this.listRange);
  /** "Other reports" is bounded the same way once opened. */
  private readonly otherList = new LongListController(this, 'reports', () => this.listRange);

  protected readonly group: 'radiology' | 'pathology';
  /** R70: presented forms open in place through the one opener; the host still hears `icr-report-open`. */
  private readonly opener = new AttachmentOpener(this, () => this.view);

  constructor(group: 'radiology' | 'pathology') {
    super(group === 'radiology' ? radiologyReportsSection : pathologyReportsSection);
    this.group = group;
  }

  protected get sectionTitle(): string {
    return t(`reports.title.${this.group}`);
  }

  private readonly actions: ReportActions = {
    toggle: (key) => {
      const next = new Set(this.open);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      this.open = next;
    },
    openForm: (report: ReportView, form: Extract<FormView, { kind: 'attachment' }>) => {
      this.dispatchEvent(new IcrReportOpenEvent({ reportId: report.id, reportTitle: report.title, attachment: form.attachment }));
    },
    renderAttachment: (report, form) => this.opener.render(`${report.id ?? report.title}-${report.forms.indexOf(form)}`, form.attachment, form.title,
      this.view?.state.kind === 'loaded' ? this.view.state.id : '', () => this.actions.openForm(report, form)),
    openImages: (report: ReportView, index: number) => {
      const study = report.studies[index];
      if (study) this.dispatchEvent(new IcrImageOpenEvent({ reportId: report.id, study }));
    },
  };

  private readonly sensitive: RenderSensitive = (item, content) => this.renderSensitive(item, content);

  /** One bounded list (this element's group, or "Other reports"), each with its own count and controls. */
  private renderList(reports: ReportView[], prefix: string, list: LongListController, patientId: string): TemplateResult {
    const hidden = (r: ReportView, i: number) => this.isHidden(reportSensitiveItem(r, `${prefix}-${r.id ?? 'x'}-${i}`));
    // Keys are made from each report's place in the whole list, so an open report stays open across pages.
    const indexed = reports.map((report, index) => ({ report, index }));
    const w = list.window(indexed, ({ report, index }) => ({
      when: report.issuedRaw, current: report.notFinal, text: reportSearchText(report, hidden(report, index)),
    }), patientId);
    return html`${list.renderControls(w)}
      <ul class="reports" role="list">${w.visible.map(({ report, index }, i) => {
        const key = `${prefix}-${report.id ?? 'x'}-${index}`;
        const isHidden = hidden(report, index);
        return renderReportItem(report, key, !isHidden && this.open.has(key), this.actions, this.sensitive, isHidden, list.position(i, w));
      })}</ul>
      ${list.renderMore(w)}`;
  }

  protected renderData(state: DataState<ReportsView>): TemplateResult {
    const { reports, enteredInError } = state.view;
    const mine = reports.filter((r) => r.group === this.group);
    const other = this.hideOther ? [] : reports.filter((r) => r.group === 'other');
    const excluded = enteredInError[this.group] + (this.hideOther ? 0 : enteredInError.other);
    return html`
      ${renderNotFinalLegend([...mine, ...other].some((r) => r.notFinal))}
      ${mine.length
        ? this.renderList(mine, this.group, this.list, state.patient.id)
        : renderEmpty(other.length ? t(`reports.noneInGroup.${this.group}`) : t(`reports.empty.${this.group}`))}
      ${renderHidden({ enteredInError: excluded })}
      ${other.length
        ? html`<details class="other" part="other">
            <summary>${t('reports.group.other', { count: other.length })}</summary>
            <p class="hint">${t('reports.group.otherHint')}</p>
            ${this.renderList(other, 'other', this.otherList, state.patient.id)}
          </details>`
        : nothing}`;
  }

  protected override sources(state: DataState<ReportsView>): string[] {
    const shown = state.view.reports.filter((r) => r.group === this.group || (!this.hideOther && r.group === 'other'));
    // R51: a hidden report's source could say what it is (a sexual health clinic): named once revealed.
    return sourceNames(shown.filter((r) => !this.isHidden(reportSensitiveItem(r, r.id ?? ''))).map((r) => r.source));
  }
}
