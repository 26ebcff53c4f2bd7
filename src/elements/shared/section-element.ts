/**
 * The base of every record-section element (allergies, medications, …): one SectionController,
 * the shared states rendered the same way everywhere, the micro banner when standing alone (R8),
 * the `state` attribute a host can style, and the one R51 control for sensitive items (its reveals,
 * styles and `renderSensitive`). A subclass supplies its spec and `renderData`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { IcrElement } from './icr-element.js';
import {
  SectionController, isDataState, isLoadingMore, isWholeRecordFailure, type DataState, type FailureState, type SectionSpec, type SectionState,
} from '../../controllers/section-controller.js';
import { WHOLE_RECORD_KINDS, renderElsewhere, renderFailure, renderLoading, renderLoadingMore, renderMeta } from './section-states.js';
import { renderRequestedIdentity } from './requested-identity.js';
import { microBannerStyles, renderPrintIdentity, renderSectionMicroBanner } from './micro-banner.js';
import { boundedTextStyles } from './bounded-text.js';
import { tokens } from '../../styles/tokens.js';
import { stateStyles } from '../../styles/states.js';
import { printStyles } from '../../styles/print.js';
import { renderSensitive, SensitiveReveals, sensitiveStyles, type SensitiveItem, type SensitiveRevealDetail } from './sensitive.js';

export const sectionStyles = css`
  .section-heading {
    margin: 0 0 var(--_space);
    font-size: 1.25rem;
  }
`;

export abstract class IcrSectionElement<VM> extends IcrElement {
  static override styles = [tokens, stateStyles, sectionStyles, microBannerStyles, boundedTextStyles, sensitiveStyles, printStyles];

  /** Heading level of the section title (1–6), to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The section heading: a getter, so it is looked up at each render (a new catalogue shows at once). */
  protected abstract get sectionTitle(): string;
  protected readonly section: SectionController<VM>;
  /**
   * R51: which sensitive items the viewer revealed here. Added after the section controller, so it
   * sees each new state (new load, new patient) before rendering and forgets them all first (R47).
   */
  protected readonly reveals: SensitiveReveals;
  private readonly sectionName: string;

  constructor(spec: SectionSpec<VM>) {
    super();
    this.section = new SectionController<VM>(this, spec, () => (this.conflictsWithProvider ? undefined : this.view));
    this.reveals = new SensitiveReveals(this, () => this.state);
    this.sectionName = spec.section;
  }

  /**
   * Asks the ICR again for this section, as its own "Try again" does: `<icr-record>`'s one retry
   * for every section that failed calls it. The patient lookup is repeated only if it failed.
   */
  retry(): void {
    this.section.retry();
  }

  /** A new catalogue: the section's view model (dates, names, words) is made again from the same answers. */
  protected override messagesChanged(): void {
    this.section.remap();
  }

  private revealDetail(r: { resourceType: string; id: string }): SensitiveRevealDetail {
    return { section: this.sectionName, resourceType: r.resourceType, id: r.id };
  }

  /** True while a sensitive item's detail must stay out of the DOM (labelled and not yet revealed). */
  protected isHidden(item: SensitiveItem): boolean {
    return !!item.sensitivity && !this.reveals.isRevealed(this.revealDetail(item));
  }

  /**
   * R51, H11: a sensitive item's mark, and until the viewer reveals it only a collapsed notice and
   * the reveal button; `content` (everything that identifies the item) is only called once revealed.
   * A normal item is just `content()`. The reveal fires `icr-sensitive-reveal` for the host's audit.
   */
  protected renderSensitive(item: SensitiveItem, content: () => TemplateResult): TemplateResult {
    return renderSensitive(this.reveals, this.revealDetail(item), item.sensitivity, content,
      (item.alsoReveals ?? []).map((r) => this.revealDetail(r)));
  }

  /** The section's data: loaded, empty or not recorded. */
  protected abstract renderData(state: DataState<VM>): TemplateResult;

  /**
   * Words a section puts above its own failure state, where "could not be read" is not enough (R66:
   * `<icr-alerts>` says decisions about care could not be checked). None by default.
   */
  protected failureNote(_state: FailureState): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Sources named under the section (R42); subclasses list their organisations. */
  protected sources(_state: DataState<VM>): string[] {
    return [];
  }

  protected get state(): SectionState<VM> {
    return this.providerMismatch ?? this.section.state;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const state = this.state;
    this.setAttribute('state', state.kind);
    // A host styling or testing `state="loaded"` can tell a list still receiving pages apart.
    this.toggleAttribute('loading-more', isLoadingMore(state));
  }

  override render() {
    const state = this.state;
    return html`<section part="base" aria-labelledby="heading" aria-busy=${state.kind === 'loading' ? 'true' : 'false'}>
      ${this.renderHeading()}
      ${isDataState(state)
        ? this.standalone ? renderSectionMicroBanner(state.patient.patient) : renderPrintIdentity(state.patient.patient)
        : nothing}
      ${this.renderBody(state)}
    </section>`;
  }

  private renderBody(state: SectionState<VM>): TemplateResult {
    if (state.kind === 'loading') return renderLoading(this.sectionTitle, state.reading);
    if (isDataState(state)) {
      // `data-state` carries the look of loaded / empty / not recorded (src/styles/states.ts, R49).
      return html`${renderLoadingMore(state.meta)}<div class="state-data" data-state=${state.kind}>${this.renderData(state)}</div>${renderMeta(state.meta, this.sources(state))}`;
    }
    return this.renderFailureState(state);
  }

  /**
   * R73: a failed patient lookup is one whole-record state. Inside a provider it is shown once
   * (by the banner, or the provider's notice when the view has no banner), so this section only
   * points to it; alone, the section shows it in full with the identity asked for (R8).
   */
  private renderFailureState(state: FailureState): TemplateResult {
    if (isWholeRecordFailure(state) && !this.standalone && !this.conflictsWithProvider) return renderElsewhere(state);
    const identity = state.wholeRecord || WHOLE_RECORD_KINDS.includes(state.kind)
      ? renderRequestedIdentity(this.requested, state.patient?.patient) : nothing;
    return html`${this.failureNote(state)}${renderFailure(state, this.sectionTitle, () => this.section.retry(), { identity })}`;
  }

  private renderHeading(): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<div class="section-heading" id="heading" role="heading" aria-level=${level} part="heading">${this.sectionTitle}</div>`;
  }
}
