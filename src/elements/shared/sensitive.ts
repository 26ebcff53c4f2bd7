/**
 * R51: the shared control for items labelled sensitive (meta.security R or V, or an ActCode
 * sensitivity policy: src/fhir/security.ts). The item is visibly marked (icon + words, not colour
 * alone) and its detail is not rendered at all until the viewer chooses to reveal it; each reveal
 * fires `icr-sensitive-reveal` so the host can audit it. Reveals are per element and forgotten on
 * every new load (R47: nothing kept across patients). Every section element uses this one control
 * through its base class (IcrSectionElement.renderSensitive), so none can forget a step.
 */
import { IcrSensitiveRevealEvent, type SensitiveRevealDetail } from '../../events.js';

// Re-exported: the reveal event's detail is what a host's audit and this control share.
export { IcrSensitiveRevealEvent, type SensitiveRevealDetail };
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { translator } from '../../i18n/core.js';
import { sensitiveMessages } from '../../i18n/en-GB/sensitive.js';
import { icon } from './section-states.js';

const t = translator(sensitiveMessages);

/** What the control needs of a view-model item: its level and the resource it stands for. */
export interface SensitiveItem {
  /** R51 level; undefined: normal, shown as it is. */
  sensitivity?: 'R' | 'V';
  resourceType: string;
  id: string;
  /**
   * Further sensitive resources shown with this one and revealed with it (a test's older
   * results): one `icr-sensitive-reveal` each, so the host's audit names every record seen.
   */
  alsoReveals?: { resourceType: string; id: string }[];
}

/** The base class's `renderSensitive`, handed to render helpers that live outside the element. */
export type RenderSensitive = (item: SensitiveItem, content: () => TemplateResult) => TemplateResult;

/**
 * A sensitive item's name where another item names it (a conflict cue in the other section):
 * "a restricted item", since the reveal belongs to the item's own section.
 */
export function nameOrHidden(text: string, level: 'R' | 'V' | undefined): string {
  return level ? t('sensitive.hiddenName') : text;
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

  /** Resolves when the host has rendered (after a reveal). */
  updated(): Promise<unknown> {
    return this.host.updateComplete;
  }

  private key(d: SensitiveRevealDetail): string {
    return `${d.section}|${d.resourceType}|${d.id}`;
  }

  isRevealed(d: SensitiveRevealDetail): boolean {
    return this.revealed.has(this.key(d));
  }

  /** Reveals `d` (and `also`, shown with it), firing one event per resource not yet revealed. */
  reveal(d: SensitiveRevealDetail, also: SensitiveRevealDetail[] = []): void {
    const fresh = [d, ...also].filter((x) => !this.isRevealed(x));
    if (!fresh.length) return;
    for (const x of fresh) this.revealed.add(this.key(x));
    this.host.requestUpdate();
    for (const x of fresh) this.host.dispatchEvent(new IcrSensitiveRevealEvent({ ...x }));
  }

}

export const sensitiveStyles = css`
  .sensitive-mark {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    font-weight: bold;
    color: var(--_text);
    border: 2px dashed var(--_secondary);
    border-radius: var(--_radius);
    padding: 0 var(--_space-xs);
  }
  .sensitive-mark .icon { width: 1em; height: 1em; }
  .sensitive-collapsed { margin: var(--_space-xs) 0; color: var(--_secondary); }
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
  also: SensitiveRevealDetail[] = [],
): TemplateResult {
  if (!level) return content();
  const words = t(level === 'V' ? 'sensitive.V' : 'sensitive.R');
  if (reveals.isRevealed(detail)) {
    // tabindex -1: focus moves here from the reveal button, which is gone once it has been used.
    return html`<span class="sensitive-mark" part="sensitive-mark" data-sensitivity=${level} tabindex="-1">${icon('lock')}${words}</span>
      <span class="visually-hidden">${t('sensitive.revealedNote')}</span>${content()}`;
  }
  const onReveal = (e: Event) => {
    const around = (e.currentTarget as HTMLElement).parentElement;
    reveals.reveal(detail, also);
    // A keyboard or screen reader user is not left on a removed button (focus would fall to the page).
    void reveals.updated().then(() => around?.querySelector<HTMLElement>('.sensitive-mark[tabindex]')?.focus());
  };
  return html`<span class="sensitive-mark" part="sensitive-mark" data-sensitivity=${level}>${icon('lock')}${words}</span>
    <p class="sensitive-collapsed">${t('sensitive.collapsed')}</p>
    <button type="button" class="sensitive-reveal" part="sensitive-reveal" aria-expanded="false" @click=${onReveal}>${t('sensitive.reveal')}</button>`;
}
