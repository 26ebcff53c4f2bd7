/** Render helpers shared by the two report elements: the list row, the status and the detail. */
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { until } from 'lit/directives/until.js';
import type { ReportView } from '../../fhir/reports.js';
import type { FormView } from '../../fhir/report-detail.js';
import { displayValue, type ObservationView } from '../../fhir/results.js';
import { icon } from '../shared/section-states.js';
import { sourceText } from '../../fhir/provenance.js';
import { translator } from '../../i18n/core.js';
import { formatList } from '../../format/list.js';
import { reportsMessages } from '../../i18n/en-GB/reports.js';
import { resultsMessages } from '../../i18n/en-GB/results.js';
import { loadSanitiser, loadedSanitiser, type Sanitise } from './sanitize.js';
import type { RenderSensitive, SensitiveItem } from '../shared/sensitive.js';
import type { ListPosition } from '../shared/long-list.js';
import { renderFacts } from '../shared/facts.js';

const t = translator(reportsMessages, resultsMessages);

export interface ReportActions {
  toggle(key: string): void;
  openForm(report: ReportView, form: Extract<FormView, { kind: 'attachment' }>): void;
  /** The shared attachment opener (R70): a PDF from a blob, a Binary on the endpoint fetched with the token, a foreign link named. */
  renderAttachment(report: ReportView, form: Extract<FormView, { kind: 'attachment' }>): TemplateResult;
  openImages(report: ReportView, index: number): void;
}

/** R35: a status other than final is labelled prominently, with an icon and words (never colour only). */
export function renderStatus(report: ReportView): TemplateResult {
  const text = t(`reports.status.${report.status}`);
  return report.notFinal
    ? html`<strong class="status status-not-final" part="status status-not-final">${icon('alert')}${text}</strong>`
    : html`<span class="status" part="status">${text}</span>`;
}

function renderValueRow(o: ObservationView): TemplateResult {
  return html`<tr>
    <th scope="row">${o.name}${o.status ? html` <strong class="flag">(${t(`results.status.${o.status}`)})</strong>` : nothing}</th>
    <td>${displayValue(o)}</td>
    <td>${o.range ?? t('results.notRecorded')}</td>
    <td>${o.interpretation
      ? html`<span class=${o.flag ? 'flag' : ''}>${o.flag ? icon('alert') : nothing}${o.interpretation}</span>`
      : t('results.notRecorded')}</td>
  </tr>`;
}

export function renderResultsTable(results: ObservationView[]): TemplateResult {
  const rows = results.flatMap((o) => [o, ...o.members]);
  return html`<table class="values">
    <thead><tr><th scope="col">${t('results.col.test')}</th><th scope="col">${t('results.col.value')}</th>
      <th scope="col">${t('results.col.range')}</th><th scope="col">${t('results.col.interpretation')}</th></tr></thead>
    <tbody>${rows.map(renderValueRow)}</tbody>
  </table>`;
}

function renderSanitised(dirty: string, sanitise: Sanitise): TemplateResult {
  const clean = sanitise(dirty);
  return html`${clean.changed ? html`<p class="note">${icon('info')}${t('reports.form.htmlRemoved')}</p>` : nothing}
    <div class="form-html">${unsafeHTML(clean.html)}</div>`;
}

/**
 * An HTML body only ever reaches the page through the sanitiser. The first one shown waits for it
 * to load (a visible "Loading document…", never a blank); if it cannot load, the reader is told the
 * document cannot be shown here, and the HTML is never rendered unsanitised.
 */
function renderHtmlBody(dirty: string): unknown {
  const sanitise = loadedSanitiser();
  if (sanitise) return renderSanitised(dirty, sanitise);
  return until(
    loadSanitiser().then(
      (loaded) => renderSanitised(dirty, loaded),
      () => html`<p class="note form-unavailable" role="alert">${icon('alert')}${t('reports.form.htmlUnavailable')}</p>`,
    ),
    html`<p class="form-loading" role="status">${t('reports.form.htmlLoading')}</p>`,
  );
}

function renderForm(report: ReportView, form: FormView, actions: ReportActions): TemplateResult {
  if (form.kind === 'text') {
    return html`<figure class="form">${form.title ? html`<figcaption>${form.title}</figcaption>` : nothing}<pre class="form-text">${form.text}</pre></figure>`;
  }
  if (form.kind === 'html') {
    return html`<figure class="form">${form.title ? html`<figcaption>${form.title}</figcaption>` : nothing}
      ${renderHtmlBody(form.html)}</figure>`;
  }
  return actions.renderAttachment(report, form);
}

export function renderDetail(report: ReportView, actions: ReportActions, id: string): TemplateResult {
  const empty = !report.conclusion && !report.codedConclusions.length && !report.results.length && !report.forms.length && !report.studies.length;
  return html`<div class="detail" id=${id} part="detail">
    ${report.notFinal ? html`<p class="status-banner">${renderStatus(report)}</p>` : nothing}
    ${report.conclusion ? html`<p class="detail-label"><strong>${t('reports.conclusion')}</strong></p><p class="conclusion">${report.conclusion}</p>` : nothing}
    ${report.codedConclusions.length
      ? html`<p class="detail-label"><strong>${t('reports.codedConclusions')}</strong></p><ul>${report.codedConclusions.map((c) => html`<li>${c}</li>`)}</ul>` : nothing}
    ${report.results.length ? html`<p class="detail-label"><strong>${t('reports.results')}</strong></p>${renderResultsTable(report.results)}` : nothing}
    ${report.missingResults.length ? html`<p class="note">${icon('alert')}${t('reports.missingResults', { names: formatList(report.missingResults) })}</p>` : nothing}
    ${report.forms.length
      ? html`<p class="detail-label"><strong>${t('reports.forms')}</strong></p><ul class="forms">${report.forms.map((f) => html`<li>${renderForm(report, f, actions)}</li>`)}</ul>` : nothing}
    ${report.studies.length
      ? html`<p class="detail-label"><strong>${t('reports.images')}</strong></p><ul class="forms">${report.studies.map((s, i) => html`<li><button type="button" class="image-open"
          @click=${() => actions.openImages(report, i)}>${t('reports.images.open', { study: s.description ?? s.modality ?? t('reports.images.study') })}</button></li>`)}</ul>`
      : nothing}
    ${empty ? html`<p>${t('reports.noDetail')}</p>` : nothing}
  </div>`;
}

/** The resources a report's reveal stands for: the report, and each sensitive result in it. */
export function reportSensitiveItem(report: ReportView, key: string): SensitiveItem {
  const results = report.results.flatMap((o) => [o, ...o.members]).filter((o) => o.sensitivity && o.id);
  return {
    sensitivity: report.sensitivity, resourceType: 'DiagnosticReport', id: report.id ?? key,
    alsoReveals: [...new Set(results.map((o) => o.id!))].map((id) => ({ resourceType: 'Observation', id })),
  };
}

/**
 * One report. R51: while a sensitive report is hidden, only its mark, the reveal and its status
 * (which tells the clinician a report exists and whether it is final) are in the DOM; its title,
 * date, discipline, performer and everything inside it wait for the reveal.
 */
export function renderReportItem(
  report: ReportView, key: string, open: boolean, actions: ReportActions, sensitive: RenderSensitive, hidden: boolean,
  position?: ListPosition,
): TemplateResult {
  return html`<li class="report ${report.notFinal ? 'not-final' : ''}" part="report" data-status=${report.status}
    data-list=${ifDefined(position?.list)} data-list-pos=${ifDefined(position?.pos)} tabindex=${ifDefined(position ? -1 : undefined)}
    aria-posinset=${ifDefined(position?.pos)} aria-setsize=${ifDefined(position?.size)}>
    ${sensitive(reportSensitiveItem(report, key), () => renderReportRow(report, key, open, actions))}
    ${hidden ? renderFacts([{ label: t('reports.col.status'), value: renderStatus(report) }], 'report-meta') : nothing}
  </li>`;
}

function renderReportRow(report: ReportView, key: string, open: boolean, actions: ReportActions): TemplateResult {
  const detailId = `detail-${key}`;
  return html`
    <button type="button" class="report-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${ifDefined(open ? detailId : undefined)}
      @click=${() => actions.toggle(key)}>
      <span class="chevron" aria-hidden="true">${open ? '▾' : '▸'}</span>
      <span class="report-title">${report.title}</span>
    </button>
    ${renderFacts([
      { label: t('reports.col.issued'), value: report.issued || t('reports.notRecorded') },
      { label: t('reports.col.discipline'), value: report.discipline ?? t('reports.notRecorded') },
      { label: t('reports.col.status'), value: renderStatus(report) },
      { label: t('reports.col.performer'), value: report.performers.length ? report.performers.join(', ') : t('reports.notRecorded') },
      { label: t('reports.col.source'), value: sourceText(report.source) || t('reports.notRecorded') },
    ], 'report-meta')}
    ${open ? renderDetail(report, actions, detailId) : nothing}`;
}

/** What the text filter searches in a report (R63: every entry); a hidden one only by its status (R51). */
export function reportSearchText(report: ReportView, hidden: boolean): string {
  const status = t(`reports.status.${report.status}`);
  if (hidden) return status;
  return [report.title, report.issued, report.discipline, status, ...report.performers, sourceText(report.source),
    report.conclusion, ...report.codedConclusions, ...report.results.flatMap((o) => [o.name, ...o.members.map((m) => m.name)])]
    .filter(Boolean).join(' · ');
}
