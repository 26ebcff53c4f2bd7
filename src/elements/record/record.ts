/**
 * `<icr-record>`: the whole record as one element. The banner (sticky), an at-a-glance summary,
 * a navigation with counts, then every section the host chose. The record shares one patient view
 * with everything inside it: the provider's when it sits in an `<icr-provider>`, else its own.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ContextProvider } from '@lit/context';
import { IcrElement } from '../shared/icr-element.js';
import { patientViewContext } from '../../context/patient-view-context.js';
import { PatientController } from '../../controllers/patient-controller.js';
import { SectionController, isFailureState, isWholeRecordFailure, type SectionState } from '../../controllers/section-controller.js';
import type { PatientView } from '../../data/patient-view.js';
import { summarise, type SummaryStates } from '../../sections/summary.js';
import { tokens } from '../../styles/tokens.js';
import { stateStyles } from '../../styles/states.js';
import { printStyles } from '../../styles/print.js';
import { renderFailure } from '../shared/section-states.js';
import { renderRequestedIdentity } from '../shared/requested-identity.js';
import { translator } from '../../i18n/core.js';
import { formatList } from '../../format/list.js';
import { recordMessages } from '../../i18n/en-GB/record.js';
import { dataMessages } from '../../i18n/en-GB/data.js';
import { bannerMessages } from '../../i18n/en-GB/banner.js';
import { RECORD_SECTIONS, chooseSections, type RecordSection } from './record-sections.js';
import { placeId, renderNav, renderRetryAll, renderSummary } from './record-render.js';
import { recordStyles } from './record.styles.js';

const t = translator(recordMessages, dataMessages, bannerMessages);

/** Section failures the one "Try again" repeats: those a second request may mend (not a refusal). */
const RETRYABLE = ['unavailable', 'bad-response', 'auth-required'];

/** The section element's own retry (`IcrSectionElement.retry`), reached by tag name. */
type Retryable = HTMLElement & { retry?: () => void };

/**
 * A controller host that does not announce: the summary's section controllers load the same answers
 * as the section elements (one request per query, shared), and only the elements fire
 * `icr-data-load` / `icr-error`, so a host counting events sees each section once.
 */
function quietHost(host: IcrRecord): IcrRecord {
  return new Proxy(host, {
    get(target, key) {
      if (key === 'dispatchEvent') return () => true;
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The whole Integrated Care Record in one tag. Inside `<icr-provider>` it shows the provider's
 * patient; alone it takes `endpoint`, `nhs-number` (or `patient-id`) and `tokenProvider` as every
 * element does. The patient banner stays in view while the record scrolls. Below it the summary
 * says, one line each, the current alerts, the allergy state, current medicines, active problems,
 * flagged results, the newest reports and care plan reviews due, each in its section's own state
 * (R61) and each a link to its section. A whole-record state (opted out, not found, invalid NHS
 * number, wrong patient, sign-in needed) is shown once, by the banner, in place of everything else
 * (R73). One "Try again" repeats every section that failed.
 *
 * @summary The whole record: banner, at-a-glance summary, navigation and every section.
 * @csspart base - The record.
 * @csspart header - The sticky header holding the patient banner.
 * @csspart summary - The at-a-glance summary.
 * @csspart nav - The navigation to the sections, with their counts.
 * @csspart retry-all - The one "Try again" for every section that failed.
 * @csspart notice - The wrong-patient notice, when the record's patient is not its provider's (R8).
 * @event icr-data-load - From each section inside (bubbles out of the record), once per section.
 * @event icr-error - From each section inside that failed, and from the banner's lookup.
 * @tagname icr-record
 */
export class IcrRecord extends IcrElement {
  static override styles = [tokens, stateStyles, recordStyles, printStyles];

  /**
   * Which sections appear, in this order: names separated by spaces (`allergies medications
   * diagnoses results pathology-reports radiology-reports social-care care-plans contact-details`).
   * Unknown names are ignored; absent: every section in that order.
   */
  @property() sections?: string;

  /** The clock for expiry and review dates (R45); the time of render when not set (tests set it). */
  @property({ attribute: false }) now?: Date;

  private readonly patient = new PatientController(this, () => this.shownView);
  /** The record's view, shared with the banner and sections in its shadow root. */
  private readonly viewProvider = new ContextProvider(this, { context: patientViewContext });
  private readonly controllers = new Map<string, SectionController<unknown>>();
  private chosen: RecordSection[] = [];
  /** The section last moved to, marked `aria-current` in the navigation. */
  @state() private current?: string;
  private readonly quiet = quietHost(this);
  private headerObserver?: ResizeObserver;

  /** R8: a record told about another patient than its provider's shows nothing clinical. */
  private get shownView(): PatientView | undefined {
    return this.conflictsWithProvider ? undefined : this.view;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.viewProvider.setValue(this.shownView);
    if (changed.has('sections') || !this.hasUpdated) this.choose();
  }

  protected override messagesChanged(): void {
    for (const controller of this.controllers.values()) controller.remap();
  }

  /** One summary controller per chosen section; those no longer chosen stop. */
  private choose(): void {
    this.chosen = chooseSections(this.sections);
    const names = new Set(this.chosen.map((s) => s.name));
    for (const [name, controller] of this.controllers) {
      if (names.has(name)) continue;
      controller.hostDisconnected();
      this.removeController(controller);
      this.controllers.delete(name);
    }
    for (const section of this.chosen) {
      if (!this.controllers.has(section.name)) {
        this.controllers.set(section.name, new SectionController<unknown>(this.quiet, section.spec, () => this.shownView));
      }
    }
  }

  private get states(): Map<string, SectionState<unknown>> {
    return new Map([...this.controllers].map(([name, c]) => [name, c.state]));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.conflictsWithProvider ? 'wrong-patient' : this.patient.state.kind;
    this.setAttribute('state', state);
    this.followHeader();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.headerObserver?.disconnect();
    this.headerObserver = undefined;
  }

  /** The nav and the link targets sit below the sticky banner, whatever its height (it wraps on a phone). */
  private followHeader(): void {
    const header = this.renderRoot.querySelector<HTMLElement>('.header');
    const base = this.renderRoot.querySelector<HTMLElement>('.record');
    if (!header || !base || this.headerObserver || typeof ResizeObserver === 'undefined') return;
    this.headerObserver = new ResizeObserver(() => base.style.setProperty('--_banner-height', `${header.offsetHeight}px`));
    this.headerObserver.observe(header);
  }

  /** Moves to a section: scrolls it below the banner and gives it focus (a summary line or nav link). */
  private readonly go = (section: string, event: Event): void => {
    event.preventDefault(); // the fragment would not reach into the shadow root; focus moves instead
    const place = this.renderRoot.querySelector<HTMLElement>(`#${placeId(section)}`);
    if (!place) return;
    this.current = section;
    place.focus({ preventScroll: true });
    place.scrollIntoView?.({ block: 'start' });
  };

  private failedSections(): RecordSection[] {
    return this.chosen.filter((s) => {
      const state = this.controllers.get(s.name)?.state;
      return !!state && isFailureState(state) && !isWholeRecordFailure(state) && RETRYABLE.includes(state.kind);
    });
  }

  /** Repeats every failed section: the summary's load and the section element's own, one request each. */
  private readonly retryAll = (): void => {
    for (const section of this.failedSections()) {
      this.controllers.get(section.name)?.retry();
      this.renderRoot.querySelector<Retryable>(`#${placeId(section.name)} > ${section.tag}`)?.retry?.();
    }
  };

  override render(): TemplateResult {
    if (this.conflictsWithProvider) {
      return html`<div class="record" part="base"><section class="notice" part="notice" aria-label=${t('banner.label')}>
        ${renderFailure({ kind: 'wrong-patient', detail: t('data.providerMismatch') }, t('banner.section'), undefined, { list: false, identity: renderRequestedIdentity(this.requested) })}
      </section></div>`;
    }
    const patient = this.patient.state;
    // R73: a failed lookup is shown once, by the banner, in place of the summary and the sections.
    const whole = patient.kind !== 'loading' && patient.kind !== 'loaded';
    return html`<div class="record" part="base">
      <div class="header" part="header"><icr-patient-banner></icr-patient-banner></div>
      ${whole ? nothing : this.renderBody()}
    </div>`;
  }

  private renderBody(): TemplateResult {
    const states = this.states;
    const now = this.now instanceof Date && !Number.isNaN(this.now.getTime()) ? this.now : new Date();
    const lines = summarise(Object.fromEntries(states) as SummaryStates, now);
    return html`<div class="layout">
      ${renderSummary(lines, this.go, renderRetryAll(this.failedSections(), this.retryAll))}
      ${renderNav(this.chosen, states, this.go, this.current)}
      ${this.renderLeftOut()}
      <div class="sections">${this.chosen.map((s) => html`<div class="place" id=${placeId(s.name)} data-section=${s.name}
        tabindex="-1">${this.renderSection(s)}</div>`)}</div>
    </div>`;
  }

  /** R64: on paper, the sections this view leaves out are named as left out (the navigation is not printed). */
  private renderLeftOut(): TemplateResult | typeof nothing {
    const left = RECORD_SECTIONS.filter((s) => !this.chosen.includes(s)).map((s) => s.title());
    return left.length ? html`<p class="print-only left-out" part="left-out">${t('record.printLeftOut', { sections: formatList(left) })}</p>` : nothing;
  }

  private renderSection(section: RecordSection): TemplateResult {
    const tag = unsafeStatic(section.tag);
    return staticHtml`<${tag}></${tag}>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-record': IcrRecord;
  }
}
