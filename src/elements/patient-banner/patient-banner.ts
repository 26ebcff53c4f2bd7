/**
 * `<icr-patient-banner>`: identifies the patient beyond doubt (R1–R17).
 * Spine version: name and NHS number through the provider; issue 3 completes it.
 */
import { html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { IcrElement } from '../shared/icr-element.js';
import { PatientController } from '../../controllers/patient-controller.js';
import { tokens } from '../../styles/tokens.js';
import { stateStyles } from '../../styles/states.js';
import { renderFailure, renderLoading } from '../shared/section-states.js';
import { formatPatientName } from '../../format/names.js';
import { findNhsNumber, formatNhsNumber, spokenNhsNumber } from '../../format/nhs-number.js';

/**
 * The patient banner.
 *
 * @summary Name, born, gender and NHS No. of the patient, to the NHS CUI banner standard.
 * @csspart base - The banner.
 */
export class IcrPatientBanner extends IcrElement {
  static override styles = [tokens, stateStyles, css`
    .banner { padding: var(--_space); background: var(--_surface-alt); border-bottom: 4px solid var(--_blue); }
    .name { font-weight: bold; font-size: 1.25rem; margin: 0; }
    dl { display: flex; flex-wrap: wrap; gap: 0 1.5rem; margin: 0; }
    dt { display: inline; color: var(--_secondary); }
    dd { display: inline; margin: 0 0 0 0.25rem; font-weight: bold; }
  `];

  /** `full` (default) or `micro` (name, born, NHS No.: for a section standing alone, R8). */
  @property({ reflect: true }) variant: 'full' | 'micro' = 'full';

  private readonly patient = new PatientController(this, () => this.view);

  override render() {
    const state = this.patient.state;
    if (state.kind === 'loading') return renderLoading('Patient');
    if (state.kind !== 'loaded') return renderFailure(state, 'Patient record', () => this.patient.retry());
    const name = formatPatientName(state.patient.name);
    const nhs = findNhsNumber(state.patient.identifier);
    return html`<section class="banner" part="base" aria-label="Patient">
      <p class="name">${name ?? 'Name not known'}</p>
      <dl>
        ${nhs ? html`<div><dt>NHS No.</dt><dd aria-label=${spokenNhsNumber(nhs.value)}>${formatNhsNumber(nhs.value)}</dd></div>` : nothing}
      </dl>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icr-patient-banner': IcrPatientBanner;
  }
}
