/**
 * R72, H20: the mark on an entry the patient or a related person added, so it is never taken for a
 * professional's. The words are the grouping catalogue's (`grouping.addedBy.*`, the ones the
 * sources line of a group uses in src/elements/shared/entry-group.ts): one wording everywhere.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { translator } from '../../i18n/core.js';
import { groupingMessages } from '../../i18n/en-GB/grouping.js';
import { icon } from './section-states.js';

const t = translator(groupingMessages);

export const addedByStyles = css`
  .added-by {
    display: inline-flex; gap: var(--_space-xs); align-items: baseline;
    padding: 0 var(--_space-xs); border: 1px dashed currentColor; border-radius: var(--_radius, 4px);
    font-size: var(--_size-small); font-weight: bold;
  }
  /* The catalogue's words start a clause ("added by the patient"); as a mark they start a sentence. */
  .added-by-words { display: inline-block; }
  .added-by-words::first-letter { text-transform: uppercase; }
  .added-by .icon { width: 1em; height: 1em; flex: none; align-self: center; }
`;

/** The mark, or nothing for an entry a professional or an organisation recorded. */
export function renderAddedBy(who: 'patient' | 'related-person' | undefined): TemplateResult | typeof nothing {
  if (!who) return nothing;
  return html`<span class="added-by" part="added-by" data-added-by=${who}>${icon('info')}<span class="added-by-words">${t(`grouping.addedBy.${who}`)}</span></span>`;
}
