import { css } from 'lit';

/**
 * R64, printing: one stylesheet every element includes. On paper there is nothing to press, so
 * controls (buttons, filters, "Show more", reveal controls) are left out; nothing is clamped or
 * scrolled away; closed disclosures print open; nothing sticks or floats over the text. Lines meant
 * for paper only (`.print-only`: the printed-on line, the identity at the top of each section) are
 * hidden on screen. Sensitive detail not revealed on screen is absent from the DOM, so it cannot print.
 */
export const printStyles = css`
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    button,
    input,
    select,
    textarea,
    label:has(> input),
    [data-print-hide] {
      display: none !important;
    }
    * {
      max-height: none !important;
      overflow: visible !important;
      -webkit-line-clamp: unset !important;
      text-overflow: clip !important;
    }
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
    [hidden][data-print-show] {
      display: block !important;
    }
    li,
    tr {
      break-inside: avoid-page;
    }
    a[href] {
      color: inherit;
      text-decoration: none;
    }
  }
`;
