/** Render helpers of `<icr-care-team>`, from the view model only (never raw FHIR). */
import { html, nothing, type TemplateResult } from 'lit';
import type { CareTeamContact, CareTeamMemberView } from '../../fhir/care-team.js';
import { sourceText } from '../../fhir/provenance.js';
import { translator } from '../../i18n/core.js';
import { careTeamMessages } from '../../i18n/en-GB/care-team.js';
import { bannerMessages } from '../../i18n/en-GB/banner.js';
import { groupingMessages } from '../../i18n/en-GB/grouping.js';
import type { RenderSensitive } from '../shared/sensitive.js';

const t = translator(careTeamMessages, bannerMessages, groupingMessages);
type MessageKey = Parameters<typeof t>[0];

/** R51: what the reveal control needs of a member: its team's label and id. */
export const sensitiveItemOf = (m: CareTeamMemberView) => ({ sensitivity: m.sensitivity, resourceType: 'CareTeam', id: m.teamId });

function contactLabel(c: CareTeamContact): string {
  return c.kind === 'other' && c.system ? c.system : t(`banner.telecom.${c.kind}` as MessageKey);
}

/** A phone or an email as a `tel:`/`mailto:` link (the only schemes built); anything else as text. */
function contact(c: CareTeamContact): TemplateResult {
  const value = c.href ? html`<a href=${c.href} part="contact-link">${c.value}</a>` : html`<span>${c.value}</span>`;
  return html`<li data-contact=${c.kind}><span class="label">${contactLabel(c)}</span> ${value}</li>`;
}

function periodText(m: CareTeamMemberView): string | undefined {
  if (m.from && m.to) return t('careTeam.fromTo', { from: m.from, to: m.to });
  if (m.from) return t('careTeam.since', { from: m.from });
  if (m.to) return t('careTeam.until', { to: m.to });
  return undefined;
}

/** R68: why someone is not current, in words, with the date their involvement ended when known. */
export function reasonText(m: CareTeamMemberView): string | undefined {
  switch (m.notCurrent) {
    case undefined: return undefined;
    case 'ended': return m.to ? t('careTeam.why.ended', { to: m.to }) : t('careTeam.why.memberInactive');
    case 'inactive': return t('careTeam.why.inactive');
    case 'member-inactive': return t('careTeam.why.memberInactive');
    case 'suspended': return t('careTeam.why.suspended');
    case 'proposed': return t('careTeam.why.proposed');
    case 'starts': return m.from ? t('careTeam.why.starts', { from: m.from }) : t('careTeam.why.proposed');
  }
}

/** R68: a carer and next of kin are each named as such; a relative who is neither says so too. */
function kindTags(m: CareTeamMemberView): TemplateResult | typeof nothing {
  if (m.kind !== 'related-person') return nothing;
  const tags = [m.carer ? t('careTeam.kind.carer') : undefined, m.nextOfKin ? t('careTeam.kind.nextOfKin') : undefined]
    .filter((x): x is string => !!x);
  if (!tags.length) tags.push(t('careTeam.kind.relatedPerson'));
  return html`${tags.map((x) => html`<span class="tag" data-tag=${x}>${x}</span>`)}`;
}

function field(label: string, value: TemplateResult | string): TemplateResult {
  return html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
}

function memberDetail(m: CareTeamMemberView): TemplateResult {
  const period = periodText(m);
  const reason = reasonText(m);
  const showOrganisation = m.kind === 'professional';
  return html`
    <p class="member-name">${m.name ?? m.organisation ?? t('careTeam.nameNotKnown')} ${kindTags(m)}</p>
    ${reason ? html`<p class="reason" data-reason=${m.notCurrent!}>${reason}</p>` : nothing}
    <dl>
      ${m.role || m.kind !== 'related-person' ? field(t('careTeam.role'), m.role ?? t('careTeam.roleNotRecorded')) : nothing}
      ${m.relationship ? field(t('careTeam.relationship'), m.relationship) : nothing}
      ${showOrganisation && m.organisation ? field(t('careTeam.organisation'), m.organisation) : nothing}
      ${m.team ? field(t('careTeam.team'), m.team) : nothing}
      ${period ? field(t('careTeam.period'), period) : nothing}
      ${field(t('careTeam.contact'), m.contacts.length
        ? html`<ul class="contacts">${m.contacts.map(contact)}</ul>` : t('careTeam.noContact'))}
    </dl>
    <p class="source" data-source>${m.source ? t('careTeam.source', { source: m.source }) : sourceText(undefined)}${m.addedBy
      ? html` · <span class="added-by" data-added-by=${m.addedBy}>${t(`grouping.addedBy.${m.addedBy}`)}</span>` : nothing}</p>`;
}

/** One member, its detail behind the R51 reveal when the team is labelled sensitive. */
export function renderMember(m: CareTeamMemberView, sensitive: RenderSensitive): TemplateResult {
  return html`<li class="member" part="member" data-kind=${m.kind} data-current=${m.notCurrent ? 'false' : 'true'}>
    ${sensitive(sensitiveItemOf(m), () => memberDetail(m))}
  </li>`;
}
