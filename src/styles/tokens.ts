/**
 * Design tokens (R57): every colour, font, spacing and radius an element uses comes from a
 * documented `--icr-*` custom property with the nhsuk-frontend value as its default, so a host
 * themes the elements from outside the shadow root and every element looks right with none set.
 *
 * The private `--_*` properties the styles use are named by role (`--_primary`, `--_success`),
 * never by hue: a host's purple primary is still `--_primary`. Spacing is one scale, in steps of
 * the one public `--icr-space`, so a host's spacing reaches every gap: write `var(--_space-xs)`,
 * never `0.25rem`.
 */
import { css, unsafeCSS } from 'lit';

export const tokens = css`
  :host {
    --_primary: var(--icr-color-primary, #005eb8);
    --_text: var(--icr-color-text, #212b32);
    --_secondary: var(--icr-color-text-secondary, #4c6272);
    --_error: var(--icr-color-error, #d5281b);
    --_success: var(--icr-color-success, #007f3b);
    --_warning: var(--icr-color-warning, #ffb81c);
    --_focus: var(--icr-color-focus, #ffeb3b);
    --_focus-text: var(--icr-color-focus-text, #212b32);
    --_surface: var(--icr-color-surface, #ffffff);
    --_surface-alt: var(--icr-color-surface-alt, #f0f4f5);
    --_border: var(--icr-color-border, #d8dde0);
    --_font: var(--icr-font-family, Frutiger W01, Arial, sans-serif);
    --_size: var(--icr-font-size, 1rem);
    --_size-small: var(--icr-font-size-small, 0.875rem);
    --_space: var(--icr-space, 0.5rem);
    /* The spacing scale (defaults in comments) in steps of --_space (0.5rem), the base: between items, a box's padding. */
    --_space-xs: calc(var(--_space) * 0.5); /* 0.25rem: gaps inside a line, thin padding */
    --_space-s: calc(var(--_space) * 0.7); /* 0.35rem: between a label and its value, a badge's padding */
    --_space-l: calc(var(--_space) * 1.5); /* 0.75rem */
    --_space-xl: calc(var(--_space) * 2); /* 1rem: between groups */
    --_space-2xl: calc(var(--_space) * 3); /* 1.5rem */
    --_radius: var(--icr-radius, 4px);
    /* Old hue names, kept as aliases while element styles move to the role names: remove once unused. */
    --_blue: var(--_primary);
    --_green: var(--_success);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.5;
    color: var(--_text);
    overflow-wrap: anywhere; /* R43: names and drug names wrap, never cut */
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_text);
  }
  button {
    font: inherit;
    min-height: 24px; /* R56: targets at least 24 × 24 px */
    min-width: 24px;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/**
 * The same tokens and base rules on `.icr-tokens` inside a shadow root instead of on its host: for
 * `<icr-provider>`, whose host must not pass the elements' font and colour on to the host page's
 * own markup slotted inside it, but whose whole-record notice (R73) must look like every element.
 */
export const scopedTokens = unsafeCSS(
  tokens.cssText.replace(/:host\(\[hidden\]\)/g, '.icr-tokens[hidden]').replace(/:host/g, '.icr-tokens'),
);
