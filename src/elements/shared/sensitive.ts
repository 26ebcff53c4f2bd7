/**
 * R51: the shared control for items labelled confidential (meta.security R or V). The item is
 * visibly marked (icon + words, not colour alone) and its detail stays collapsed until the viewer
 * chooses to reveal it; each reveal fires `icr-sensitive-reveal` so the host can audit it.
 * Reveals are per element and forgotten on every new load (R47: nothing kept across patients).
 */
import { IcrEvent } from '../../events.js';
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { translator } from '../../i18n/core.js';
import { sensitiveMessages } from '../../i18n/en-GB/sensitive.js';
import { icon } from './section-states.js';

const t = translator(sensitiveMessages);

export interface SensitiveRevealDetail {
  /** Section name (`allergies`, `medications`, …). */
  section: string;
  resourceType: string;
  id: string;
}

/** Fired when the viewer reveals a sensitive item (R51), for the host's audit. */
export class IcrSensitiveRevealEvent extends IcrEvent<SensitiveRevealDetail> {
  static readonly eventName = 'icr-sensitive-reveal';
  constructor(detail: SensitiveRevealDetail) {
    super(IcrSensitiveRevealEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'icr-sensitive-reveal': IcrSensitiveRevealEvent;
  }
}

/**
 * Which sensitive items the viewer has revealed in this element. Every new section state (a new
 * load, a new patient) forgets them all before it renders (R47), so no element has to remember to.
 */
export class SensitiveReveals implements ReactiveController {
  private readonly revealed = new Set<string>();
  private seen: unknown;
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly currentState: () => unknown,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const state = this.currentState();
    if (state === this.seen) return;
    this.seen = state;
    this.revealed.clear();
  }

  private key(d: SensitiveRevealDetail): string {
    return `${d.section}|${d.resourceType}|${d.id}`;
  }

  isRevealed(d: SensitiveRevealDetail): boolean {
    return this.revealed.has(this.key(d));
  }

  reveal(d: SensitiveRevealDetail): void {
    if (this.isRevealed(d)) return;
    this.revealed.add(this.key(d));
    this.host.requestUpdate();
    this.host.dispatchEvent(new IcrSensitiveRevealEvent({ ...d }));
  }

}

export const sensitiveStyles = css`
  .sensitive-mark {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-weight: bold;
    color: var(--_text);
    border: 2px dashed var(--_secondary);
    border-radius: var(--_radius);
    padding: 0 0.25rem;
  }
  .sensitive-mark .icon { width: 1em; height: 1em; }
  .sensitive-collapsed { margin: 0.25rem 0; color: var(--_secondary); }
  .sensitive-reveal { min-height: 24px; min-width: 24px; }
`;

/**
 * The mark and, until revealed, the collapsed notice with its reveal button; once revealed, the
 * mark and `content()`. `content` is only called when revealed, so hidden detail is never in the DOM.
 */
export function renderSensitive(
  reveals: SensitiveReveals,
  detail: SensitiveRevealDetail,
  level: 'R' | 'V' | undefined,
  content: () => TemplateResult,
): TemplateResult {
  if (!level) return content();
  const mark = html`<span class="sensitive-mark" part="sensitive-mark" data-sensitivity=${level}>${icon('lock')}${t(level === 'V' ? 'sensitive.V' : 'sensitive.R')}</span>`;
  if (reveals.isRevealed(detail)) {
    return html`${mark}<span class="visually-hidden">${t('sensitive.revealedNote')}</span>${content()}`;
  }
  return html`${mark}
    <p class="sensitive-collapsed">${t('sensitive.collapsed')}</p>
    <button type="button" class="sensitive-reveal" part="sensitive-reveal" aria-expanded="false" @click=${() => reveals.reveal(detail)}>${t('sensitive.reveal')}</button>`;
}
