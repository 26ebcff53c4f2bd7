/**
 * One render function per shared state, so every element looks the same in the same state and no
 * two states look alike: each has its own icon, words, emphasis and `data-state`. "Unavailable"
 * and "restricted" always say that they do not mean "none" where a list would be (H4). A 403 is
 * said in words, its role by name; its raw text and codes go to the `icr-error` event only (R49).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Failure, FailureKind } from '../../data/icr-outcome.js';
import type { SectionMeta } from '../../controllers/section-controller.js';
import type { LoadingState } from '../../fhir/section-contract.js';
import { translator } from '../../i18n/core.js';
import { stateMessages } from '../../i18n/en-GB/state.js';
import { dataMessages } from '../../i18n/en-GB/data.js';
import { formatDateTime } from '../../format/dates.js';
import { jobRoleName } from '../../format/job-roles.js';
import { sourceNames } from '../../fhir/provenance.js';

const t = translator(stateMessages, dataMessages);
type MessageKey = Parameters<typeof t>[0];

const ICON_PATHS: Record<string, string> = {
  lock: 'M6 10V7a6 6 0 1 1 12 0v3h1v12H5V10h1zm2 0h8V7a4 4 0 1 0-8 0v3z',
  ban: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2a8 8 0 0 1 6.3 12.9L7.1 5.7A8 8 0 0 1 12 4zM5.7 7.1l11.2 11.2A8 8 0 0 1 5.7 7.1z',
  cloud: 'M6 19a5 5 0 0 1-.6-10A7 7 0 0 1 19 9a5 5 0 0 1 0 10H6zm5-9v5h2v-5h-2zm0 6v2h2v-2h-2z',
  alert: 'M12 2 1 21h22L12 2zm-1 7h2v6h-2V9zm0 8h2v2h-2v-2z',
  key: 'M7 14a3 3 0 1 1 0-6 3 3 0 0 1 0 6zm5.6-4A6 6 0 1 0 12.6 14H16v3h3v-3h2v-4h-8.4z',
  search: 'M10 2a8 8 0 0 1 6.3 12.9l5.4 5.4-1.4 1.4-5.4-5.4A8 8 0 1 1 10 2zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12z',
  info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1 5h2v2h-2V7zm0 4h2v6h-2v-6z',
};

export function icon(name: keyof typeof ICON_PATHS | string): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">${svg`<path fill="currentColor" d=${ICON_PATHS[name] ?? ICON_PATHS.info}></path>`}</svg>`;
}

interface FailureLook {
  icon: string;
  /**
   * The first line, in bold: the state's own words, so that no two states share a heading (R49,
   * H4): "Not available for your role" never begins like "Allergies unavailable".
   */
  title: (section: string, failure: Failure) => string;
  /** Adds "{section} unavailable" under a title that does not name the section (R24, R31: never "none"). */
  sectionLine?: boolean;
  hint?: (failure: Failure, section: string) => string | undefined;
  /** The hint adds "This does not mean there is none" where a list would be (H4). */
  notNone?: boolean;
  /** The OperationOutcome text only repeats the title (the opt-out): not shown a second time (R55). */
  hideDetail?: boolean;
  role: 'alert' | 'status';
  retry: boolean;
}

const unavailable = (section: string) => t('state.unavailable', { section });

/** R49: "Not available for your role (Clerical)" when the ICR named a role this library can name. */
function restrictedReason(failure: Failure): string {
  const role = jobRoleName(failure.role);
  return role ? t('state.restricted.role', { role }) : t('state.restricted');
}

/** Issue 16: no answer, a late one, a broken one and an error status are four different things. */
function unavailableHint(failure: Failure): string {
  if (failure.transport === 'timeout') return t('state.unavailable.timeout');
  if (failure.transport === 'unreachable') return t('state.unavailable.hint');
  if (failure.transport === 'cut-off') return t('state.unavailable.cutOff');
  if (failure.status !== undefined) return t('state.unavailable.httpError', { status: failure.status });
  return t('state.unavailable.other');
}

/**
 * The "Reason: …" line: the ICR's own words when they add something. Never for a 403 (its text
 * names resource types and sections, R49); not when it only repeats what the hint said.
 */
function reasonDetail(failure: Failure): string | undefined {
  const { kind, detail, status } = failure;
  if (!detail || kind === 'not-configured' || kind === 'restricted') return undefined;
  if (kind === 'unavailable' && (failure.transport || (status !== undefined && detail === t('data.httpStatus', { status })))) return undefined;
  return detail;
}

const LOOKS: Record<FailureKind, FailureLook> = {
  // R49: the restricted title names the refused role in words when the ICR gave one.
  'restricted': { icon: 'lock', title: (_s, f) => restrictedReason(f), sectionLine: true, notNone: true, role: 'status', retry: false,
    hint: (f, s) => t(f.code === 'SCOPE_NOT_GRANTED' ? 'state.restricted.scopeHint' : 'state.restricted.hint', { section: s.toLowerCase() }) },
  'opted-out': { icon: 'ban', title: () => t('state.optedOut'), sectionLine: true, hideDetail: true, role: 'status', retry: false },
  'unavailable': { icon: 'cloud', title: unavailable, hint: unavailableHint, notNone: true, role: 'alert', retry: true },
  'bad-response': { icon: 'cloud', title: (s) => t('state.badResponse', { section: s }), hint: () => t('state.badResponse.hint'), notNone: true, role: 'alert', retry: true },
  'auth-required': { icon: 'key', title: (s) => t('state.authRequired', { section: s.toLowerCase() }), sectionLine: true, hint: () => t('state.authRequired.hint'), role: 'alert', retry: true },
  'not-found': { icon: 'search', title: () => t('state.notFound'), role: 'status', retry: true },
  'invalid-nhs-number': { icon: 'alert', title: () => t('state.invalidNhsNumber'), role: 'alert', retry: false },
  'not-configured': { icon: 'info', title: () => t('state.notConfigured'), hint: (f) => t('state.notConfigured.hint', { detail: f.detail ?? '' }), hideDetail: true, role: 'status', retry: false },
  'wrong-patient': { icon: 'alert', title: () => t('state.wrongPatient'), hint: () => t('state.wrongPatient.hint'), role: 'alert', retry: false },
};

/** Failure kinds that speak about the whole record (R73): shown with the identity asked for. */
export const WHOLE_RECORD_KINDS: readonly FailureKind[] = ['opted-out', 'wrong-patient', 'not-found', 'invalid-nhs-number', 'auth-required'];

/**
 * The words of a section with nothing to show (`empty`), or of a group or filter of one that is
 * empty: one look everywhere, an icon, the words in bold and, under them, what they do not mean
 * (R24, R31, R45, H4). Inside a section the `state-data[data-state=empty]` wrapper adds the
 * state's own pattern (src/styles/states.ts); a group's note has none, as its section is loaded.
 */
export function renderEmpty(message: string, hint?: string): TemplateResult {
  return renderNote('empty', message, hint);
}

/**
 * The words of a section the record does not speak about (`not-recorded`, R25, R44): the same
 * look as `renderEmpty`, under the hatched bar of its wrapper, never the words of "none".
 */
export function renderNotRecorded(message: string, hint?: string): TemplateResult {
  return renderNote('not-recorded', message, hint);
}

function renderNote(kind: 'empty' | 'not-recorded', message: string, hint: string | undefined): TemplateResult {
  return html`<div class="state-note" part=${kind} data-note=${kind} role="status">
    ${icon(kind === 'empty' ? 'info' : 'search')}
    <div>
      <p class="state-title"><strong>${message}</strong></p>
      ${hint ? html`<p class="state-hint">${hint}</p>` : nothing}
    </div>
  </div>`;
}

/**
 * The loading skeleton: keeps the space still and tells assistive technology it is busy. With
 * `reading` (a long record's first pages in, nothing for this section among them yet) it says so
 * in words everyone sees, and that this is not "none" (H4).
 */
export function renderLoading(section: string, reading?: LoadingState['reading']): TemplateResult {
  const title = t('state.loading', { section: section.toLowerCase() });
  const soFar = reading && (reading.total !== undefined
    ? t('state.reading', { shown: reading.shown, total: reading.total, count: reading.total })
    : t('state.readingUnknown', { shown: reading.shown, count: reading.shown }));
  return html`<div class="state state-loading" data-state="loading" role="status" aria-busy="true">
    ${soFar ? html`<p class="reading" part="reading">${icon('info')}<span>${soFar}</span></p>`
      : html`<span class="visually-hidden state-title">${title}</span>`}
    <span class="skeleton" aria-hidden="true"></span><span class="skeleton short" aria-hidden="true"></span>
  </div>`;
}

export interface FailureOptions {
  /**
   * Whether the failure stands where a list would be (a section), so it adds "This does not mean
   * there is none" (H4). The patient banner and the provider's notice, which hold no list, set it
   * false. Default true.
   */
  list?: boolean;
  /** R8, R73: whom the record was asked for, shown under the title of a whole-record failure. */
  identity?: TemplateResult | typeof nothing;
}

/** A failure state. `section` is the human name ("Allergies"); `onRetry` adds the retry control. */
export function renderFailure(failure: Failure, section: string, onRetry?: () => void, options: FailureOptions = {}): TemplateResult {
  const look = LOOKS[failure.kind] ?? LOOKS.unavailable;
  const base = look.hint?.(failure, section);
  const hint = base && look.notNone && options.list !== false ? `${base} ${t('state.notNone')}` : base;
  const detail = look.hideDetail ? undefined : reasonDetail(failure);
  return html`<div class="state state-failure state-${failure.kind}" data-state=${failure.kind} role=${look.role}>
    ${icon(look.icon)}
    <div>
      <p class="state-title"><strong>${look.title(section, failure)}</strong></p>
      ${options.identity ?? nothing}
      ${look.sectionLine ? html`<p class="state-reason">${unavailable(section)}</p>` : nothing}
      ${hint ? html`<p class="state-hint">${hint}</p>` : nothing}
      ${detail ? html`<p class="state-hint">${t('state.reason', { detail })}</p>` : nothing}
      ${look.retry && onRetry ? html`<button type="button" class="retry" @click=${onRetry}>${t('state.retry')}</button>` : nothing}
    </div>
  </div>`;
}

/**
 * R73: a section inside a provider whose patient lookup failed. The whole-record state, with the
 * identity and the retry, is shown once above (banner or provider notice); this short state names
 * it in words and points to it, in the same pattern, so it never reads as empty nor repeats it.
 */
export function renderElsewhere(failure: Failure): TemplateResult {
  const look = LOOKS[failure.kind] ?? LOOKS.unavailable;
  return html`<div class="state state-failure state-pointer state-${failure.kind}" data-state=${failure.kind} data-elsewhere role="status">
    ${icon(look.icon)}<p class="state-title"><strong>${t(`state.elsewhere.${failure.kind}` as MessageKey)}</strong></p>
  </div>`;
}

/**
 * R35, H12: what the "not final" marking on reports and results means, said once per section and
 * only when at least one entry shown carries it, so a marked entry is never read as final.
 */
export function renderNotFinalLegend(shown: boolean): TemplateResult | typeof nothing {
  return shown
    ? html`<p class="not-final-legend" part="not-final-legend" data-legend="not-final">${icon('alert')}<span>${t('state.notFinalLegend')}</span></p>`
    : nothing;
}

/**
 * R39, H3: above a long list shown before its last page arrived, so the first lines are never taken
 * for the whole record. A polite status: the list itself stays readable meanwhile.
 */
export function renderLoadingMore(meta: SectionMeta): TemplateResult | typeof nothing {
  const { loadingMore } = meta;
  if (!loadingMore) return nothing;
  return html`<p class="loading-more" part="loading-more" role="status" data-state="loading-more">${icon('info')}<span>${
    loadingMore.total !== undefined
      ? t('state.loadingMore', { shown: loadingMore.shown, total: loadingMore.total, count: loadingMore.total })
      : t('state.loadingMoreUnknown', { shown: loadingMore.shown, count: loadingMore.shown })}</span></p>`;
}

/** R39–R42, R50: warnings, "more available", sources and "Retrieved …" under a section. */
export function renderMeta(meta: SectionMeta, sources: string[] = []): TemplateResult {
  const { incomplete } = meta;
  // R42, R44: organisation names in words, each once; a URL, URN or `Type/id` never reaches the line.
  const names = sourceNames(sources);
  return html`
    ${meta.warnings.length || incomplete
      ? html`<ul class="warnings" part="warnings">
          ${incomplete
            ? html`<li data-warning="incomplete">${icon('alert')}<span>${incomplete.total !== undefined
                ? t('state.incomplete', { shown: incomplete.shown, total: incomplete.total })
                : t('state.incompleteUnknown', { shown: incomplete.shown })}</span></li>`
            : nothing}
          ${meta.warnings.filter((w) => w.kind !== 'more-available').map(
            (w) => html`<li data-warning=${w.kind}>${icon('alert')}<span><span class="visually-hidden">${t('state.warning')}: </span>${w.text}</span></li>`,
          )}
        </ul>`
      : nothing}
    <p class="meta" part="meta">
      ${names.length ? html`<span>${t('state.sources', { sources: names.join(', ') })}</span> · ` : nothing}
      <span>${t('state.retrieved', { when: formatDateTime(new Date(meta.retrievedAt).toISOString()) })}</span>
    </p>`;
}
