/** Styles of `<icr-patient-banner>`: CUI layout, deceased by colour + pattern + text (R5, R58). */
import { css } from 'lit';

export const bannerStyles = css`
  :host {
    --_banner-bg: var(--icr-banner-background, var(--_surface-alt));
    --_banner-accent: var(--icr-banner-accent, var(--_primary));
    --_banner-deceased-bg: var(--icr-banner-deceased-background, #d8dde0);
    --_banner-deceased-accent: var(--icr-banner-deceased-accent, #212b32);
  }
  .banner {
    padding: var(--_space) calc(var(--_space) * 2);
    background: var(--_banner-bg);
    border-bottom: 4px solid var(--_banner-accent);
    min-height: 4.5rem; /* loading, failure and data keep the same footprint */
  }
  .banner.deceased {
    /* R58: a hatched band the living banner never has, so colour is not the only means */
    padding-top: calc(var(--_space) + 10px);
    background:
      repeating-linear-gradient(-45deg, var(--_banner-deceased-accent) 0 6px, transparent 6px 12px) top / 100% 10px no-repeat,
      var(--_banner-deceased-bg);
    border-bottom-color: var(--_banner-deceased-accent);
  }
  .identity-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-xs) var(--_space-2xl);
  }
  .patient-name {
    margin: 0;
    font-size: 1.25rem;
    font-weight: bold;
    overflow-wrap: anywhere; /* R2, R43: never truncated; wraps at 320px instead */
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-2xl);
    margin: 0;
  }
  dl > div {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-s);
  }
  dt {
    color: var(--_secondary);
  }
  .deceased dt {
    color: var(--_text);
  }
  dd {
    margin: 0;
    font-weight: bold; /* R3: values carry more emphasis than labels */
  }
  .nhs {
    white-space: nowrap; /* R13: the number on one line */
    letter-spacing: 0.03em;
  }
  .identity-flag {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    padding: 0 var(--_space-s);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-size: var(--_size-small);
    font-weight: bold;
  }
  .identity-flag.error {
    color: var(--_error);
    background: var(--_surface);
  }
  .identity-flag.deceased-flag {
    color: var(--_surface);
    background: var(--_banner-deceased-accent);
  }
  .identity-flag .icon {
    width: 1em;
    height: 1em;
  }
  .note {
    font-weight: normal;
    font-size: var(--_size-small);
  }
  button.copy,
  button.more-toggle {
    padding: 0 var(--_space);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font-size: var(--_size-small);
    font-weight: normal;
  }
  button.more-toggle {
    margin-top: var(--_space);
  }
  .more {
    margin-top: var(--_space);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .more dl {
    flex-direction: column;
  }
  .more dd {
    font-weight: normal;
  }
  .micro {
    min-height: 0;
    padding: var(--_space-xs) var(--_space);
  }
  .micro .patient-name {
    font-size: 1rem;
  }
  @media (max-width: 480px) {
    .banner {
      padding: var(--_space);
    }
  }
`;
