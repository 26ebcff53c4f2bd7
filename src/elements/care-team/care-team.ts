/**
 * `<icr-care-team>`: who is involved in the person's care (issue 19, R68). CareTeams with their
 * members `_include`d: each current member's role, organisation, team, period and how to reach
 * them; those whose involvement ended or whose team is inactive are listed apart, never as current.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { IcrSectionElement } from '../shared/section-element.js';
import type { DataState } from '../../controllers/section-controller.js';
import type { CareTeamMemberView, CareTeamView } from '../../fhir/care-team.js';
import { careTeamSection } from '../../sections/care-team.js';
import { sourceNames } from '../../fhir/provenance.js';
import { translator } from '../../i18n/core.js';
import { careTeamMessages } from '../../i18n/en-GB/care-team.js';
import { renderEmpty, renderNotRecorded } from '../shared/section-states.js';
import { renderHidden } from '../shared/hidden-note.js';
import { renderMember, sensitiveItemOf } from './care-team-render.js';
import { careTeamStyles } from './care-team.styles.js';

const t = translator(careTeamMessages);

/**
 * The care team: the lead worker from each organisation (GP, district nurse, social worker, care
 * coordinator, consultant) and carers, with role, organisation, team, period and phone or email
 * (as `tel:`/`mailto:` links; a web address is never shown as text). A carer and next of kin are
 * each named as such. Members no longer involved (period ended, team inactive or suspended) are
 * counted and listed apart under "Not currently involved"; entered-in-error teams are counted only.
 *
 * @summary Who is involved in the person's care, and how to reach them; past involvement apart.
 * @csspart base - The section.
 * @csspart heading - The section title.
 * @csspart member - One member of the care team.
 * @csspart contact-link - A phone (`tel:`) or email (`mailto:`) link.
 * @csspart not-current - The collapsed list of members not currently involved.
 * @csspart empty - The note when no one is currently involved.
 * @csspart not-recorded - The note when the record holds no care team.
 * @csspart excluded - The note counting entered-in-error teams, which are not shown.
 * @csspart sensitive-mark - The mark on a member of a restricted or very restricted team (R51).
 * @csspart sensitive-reveal - The button that reveals it.
 * @csspart warnings - Completeness and data warnings (R39–R41).
 * @csspart meta - Sources and "Retrieved …" (R42).
 * @csspart micro-banner - The patient, when the element stands alone (R8).
 * @cssproperty --icr-care-team-accent - Left rule of each current member (default the primary blue).
 * @event icr-data-load - The section loaded (`detail.section` is `care-team`).
 * @event icr-error - The section could not be shown (restricted, opted out, unavailable, …).
 * @event icr-sensitive-reveal - The viewer revealed a member of a sensitive team (R51), for the host's audit.
 * @event icr-auth-expire - The ICR refused the token after a refresh (standalone use).
 * @tagname icr-care-team
 */
export class IcrCareTeam extends IcrSectionElement<CareTeamView> {
  static override styles = [...IcrSectionElement.styles, careTeamStyles];

  /** The clock for "current" (a member's period ended or not); the time of the answer when not set. */
  @property({ attribute: false }) now?: Date;

  protected get sectionTitle(): string {
    return t('careTeam.title');
  }

  constructor() {
    super(careTeamSection(() => this.now ?? new Date()));
  }

  protected override sources(state: DataState<CareTeamView>): string[] {
    // R51: a hidden team's source could say what it is (a sexual health clinic): named once revealed.
    const shown = [...state.view.current, ...state.view.notCurrent].filter((m) => !this.isHidden(sensitiveItemOf(m)));
    return sourceNames(shown.map((m) => m.source));
  }

  private list(members: readonly CareTeamMemberView[]): TemplateResult {
    const sensitive = (item: Parameters<typeof this.renderSensitive>[0], content: () => TemplateResult) => this.renderSensitive(item, content);
    return html`<ul class="members" role="list">${members.map((m) => renderMember(m, sensitive))}</ul>`;
  }

  protected renderData(state: DataState<CareTeamView>): TemplateResult {
    const { current, notCurrent, hidden } = state.view;
    if (state.kind === 'not-recorded') return renderNotRecorded(t('careTeam.notRecorded'), t('careTeam.notRecorded.hint'));
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + 1);
    return html`
      <div class="group-title" role="heading" aria-level=${level}>${t('careTeam.current')}</div>
      ${current.length ? this.list(current) : renderEmpty(t('careTeam.noneCurrent'), notCurrent.length ? t('careTeam.noneCurrent.hint') : undefined)}
      ${renderHidden(hidden)}
      ${notCurrent.length
        // R68: apart, collapsed, counted; open when no one is current, so the reader sees who was.
        ? html`<details class="not-current" part="not-current" ?open=${!current.length}>
            <summary>${t('careTeam.notCurrent', { count: notCurrent.length })}</summary>${this.list(notCurrent)}</details>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-care-team': IcrCareTeam;
  }
}
