/** Styles for the shared states: distinct by icon, words and border as well as colour (R56). */
import { css } from 'lit';

export const stateStyles = css`
  .state {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    padding: var(--_space);
    border-left: 6px solid var(--_secondary);
    background: var(--_surface-alt);
  }
  .state p {
    margin: 0;
  }
  .state .icon {
    flex: none;
  }
  .state-hint {
    color: var(--_secondary);
    font-size: var(--_size-small);
  }
  .state-restricted {
    border-left-style: dashed;
  }
  .state-opted-out {
    border-left-color: var(--_blue);
    border-left-style: double;
    border-left-width: 8px;
  }
  .state-unavailable,
  .state-bad-response,
  .state-auth-required {
    border-left-color: var(--_warning);
  }
  .state-wrong-patient,
  .state-invalid-nhs-number {
    border: 4px solid var(--_error);
    background: var(--_surface);
    color: var(--_error);
  }
  .state-wrong-patient .state-hint,
  .state-invalid-nhs-number .state-hint {
    color: var(--_text);
  }
  .retry {
    margin-top: var(--_space);
    padding: 0.25rem 0.75rem;
    border: 2px solid var(--_blue);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_blue);
  }
  .state-loading {
    flex-direction: column;
    border-left-color: var(--_border);
  }
  .skeleton {
    display: block;
    height: 1em;
    width: 100%;
    border-radius: var(--_radius);
    background: var(--_border);
  }
  .skeleton.short {
    width: 60%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: icr-pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes icr-pulse {
    50% {
      opacity: 0.5;
    }
  }
  .warnings {
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
  }
  .warnings li {
    display: flex;
    gap: 0.25rem;
    align-items: flex-start;
    padding: 0.25rem var(--_space);
    border-left: 4px solid var(--_warning);
    background: var(--_surface-alt);
  }
  /* Entries left out (refuted, entered in error): src/elements/shared/hidden-note.ts. */
  .hidden-entries {
    display: flex;
    gap: 0.25rem;
    align-items: flex-start;
    margin: var(--_space) 0 0;
  }
  .hidden-entries .icon {
    width: 1.25em;
    height: 1.25em;
    flex: none;
  }
  .loading-more {
    display: flex;
    gap: 0.25rem;
    align-items: flex-start;
    margin: 0 0 var(--_space);
    padding: 0.25rem var(--_space);
    border-left: 4px solid var(--_warning);
    background: var(--_surface-alt);
    font-weight: 600;
  }
  .meta {
    margin: var(--_space) 0 0;
    color: var(--_secondary);
    font-size: var(--_size-small);
  }
`;
