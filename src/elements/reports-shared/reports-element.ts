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
import { renderReportItem, reportSensitiveItem, type ReportActions } from './report-render.js';
import type { RenderSensitive } from '../shared/sensitive.js';
import { IcrImageOpenEvent, IcrReportOpenEvent } from '../../events.js';
import { reportStyles } from './reports-element.styles.js';

const t = translator(reportsMessages);

export abstract class IcrReportsElement extends IcrSectionElement<ReportsView> {
  static override styles = [...IcrSectionElement.styles, reportStyles];

  /** Do not show the "Other reports" group here (another report element on the page shows it). */
  @property({ type: Boolean, attribute: 'hide-other', reflect: true }) hideOther = false;

  @state() private open = new Set<string>();

  protected readonly group: 'radiology' | 'pathology';

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
    openImages: (report: ReportView, index: number) => {
      const study = report.studies[index];
      if (study) this.dispatchEvent(new IcrImageOpenEvent({ reportId: report.id, study }));
    },
  };

  private readonly sensitive: RenderSensitive = (item, content) => this.renderSensitive(item, content);

  private renderList(reports: ReportView[], prefix: string): TemplateResult {
    return html`<ul class="reports" role="list">${reports.map((r, i) => {
      const key = `${prefix}-${r.id ?? 'x'}-${i}`;
      const hidden = this.isHidden(reportSensitiveItem(r, key));
      return renderReportItem(r, key, !hidden && this.open.has(key), this.actions, this.sensitive, hidden);
    })}</ul>`;
  }

  protected renderData(state: DataState<ReportsView>): TemplateResult {
    const { reports, enteredInError } = state.view;
    const mine = reports.filter((r) => r.group === this.group);
    const other = this.hideOther ? [] : reports.filter((r) => r.group === 'other');
    const excluded = enteredInError[this.group] + (this.hideOther ? 0 : enteredInError.other);
    return html`
      ${renderNotFinalLegend([...mine, ...other].some((r) => r.notFinal))}
      ${mine.length
        ? this.renderList(mine, this.group)
        : renderEmpty(other.length ? t(`reports.noneInGroup.${this.group}`) : t(`reports.empty.${this.group}`))}
      ${renderHidden({ enteredInError: excluded })}
      ${other.length
        ? html`<details class="other" part="other">
            <summary>${t('reports.group.other', { count: other.length })}</summary>
            <p class="hint">${t('reports.group.otherHint')}</p>
            ${this.renderList(other, 'other')}
          </details>`
        : nothing}`;
  }

  protected override sources(state: DataState<ReportsView>): string[] {
    const shown = state.view.reports.filter((r) => r.group === this.group || (!this.hideOther && r.group === 'other'));
    // R51: a hidden report's source could say what it is (a sexual health clinic): named once revealed.
    return sourceNames(shown.filter((r) => !this.isHidden(reportSensitiveItem(r, r.id ?? ''))).map((r) => r.source));
  }
}
