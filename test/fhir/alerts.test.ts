import { expect } from '@open-wc/testing';
import { mapAlerts, mapConsent, mapFlag } from '../../src/fhir/alerts.js';
import { decisionKind, protectionKind, CARE_DECISION_SYSTEM, CP_IS_SYSTEM } from '../../src/fhir/alert-codes.js';
import type { SearchResult } from '../../src/data/icr-outcome.js';
import type { FhirResource } from '../../src/fhir/read.js';

const NOW = new Date('2026-06-15T12:00:00Z');
const subject = { reference: 'Patient/p1' };

function result(...matches: unknown[]): SearchResult {
  return { kind: 'loaded', matches: matches as FhirResource[], included: [], warnings: [], retrievedAt: 0 };
}

const decision = (code: string) => [{ coding: [{ system: CARE_DECISION_SYSTEM, code }] }];
function consent(id: string, code: string, over: Record<string, unknown> = {}): FhirResource {
  return { resourceType: 'Consent', id, status: 'active', category: decision(code), patient: subject, dateTime: '2026-03-01',
    performer: [{ reference: 'Practitioner/hart', display: 'Dr Amelia Hart' }], organization: [{ reference: 'Organization/gp', display: 'Riverside Medical Practice' }], ...over };
}
function flag(id: string, over: Record<string, unknown> = {}): FhirResource {
  return { resourceType: 'Flag', id, status: 'active', subject, code: { text: 'Violent or aggressive' }, period: { start: '2025-01-10' }, ...over };
}
const cpis = (over: Record<string, unknown> = {}) => flag('cp', {
  code: { coding: [{ system: CP_IS_SYSTEM, code: 'child-protection-plan' }] },
  contained: [{ resourceType: 'Organization', id: 'la', name: "Northbridge Council Children's Services", telecom: [{ system: 'phone', value: '01632 960 800' }, { system: 'email', value: 'duty@example.org' }] }],
  author: { reference: '#la' }, ...over,
});

describe('mapAlerts (R66, R67, R72)', () => {
  it('R66: a current decision carries its date, who recorded it and the organisation', () => {
    const { kind, view } = mapAlerts([result(), result(consent('r', 'respect'))], undefined, NOW);
    expect(kind).to.equal('loaded');
    expect(view.decisions).to.have.length(1);
    const [d] = view.decisions;
    expect(d!.title).to.equal('ReSPECT form');
    expect(d!.standing).to.equal('current');
    expect(d!.dateText).to.equal('01-Mar-2026');
    expect(d!.recordedBy).to.equal('Dr Amelia Hart');
    expect(d!.source).to.equal('Riverside Medical Practice');
  });

  it('R66, H18: withdrawn (inactive), rejected and draft decisions are never current', () => {
    const { view } = mapAlerts([result(), result(
      consent('w', 'dnacpr', { status: 'inactive' }), consent('x', 'adrt', { status: 'rejected' }), consent('d', 'respect', { status: 'draft' }),
    )], undefined, NOW);
    expect(view.decisions).to.deep.equal([]);
    expect(view.notInForce.map((e) => [e.id, e.standing, e.standingText])).to.deep.equal([
      ['Consent/w', 'withdrawn', 'Withdrawn'], ['Consent/x', 'rejected', 'Rejected, not in force'], ['Consent/d', 'draft', 'Draft, not in force'],
    ]);
  });

  it('R66, H18: a later ReSPECT form supersedes the earlier; several ADRTs all stay in force', () => {
    const { view } = mapAlerts([result(), result(
      consent('old', 'respect', { dateTime: '2024-01-01' }), consent('new', 'respect', { dateTime: '2026-01-01' }),
      consent('a1', 'adrt', { dateTime: '2023-01-01' }), consent('a2', 'adrt', { dateTime: '2025-01-01' }),
    )], undefined, NOW);
    expect(view.decisions.map((d) => d.id)).to.deep.equal(['Consent/new', 'Consent/a2', 'Consent/a1']);
    expect(view.notInForce.map((d) => [d.id, d.standingText])).to.deep.equal([['Consent/old', 'Superseded by a later one']]);
  });

  it('R66, H8: entered-in-error decisions and alerts are not shown, and counted', () => {
    const { kind, view, count } = mapAlerts([result(flag('f', { status: 'entered-in-error' })), result(consent('e', 'dnacpr', { status: 'entered-in-error' }))], undefined, NOW);
    expect(kind).to.equal('empty');
    expect(count).to.equal(0);
    expect(view.hidden.enteredInError).to.equal(2);
  });

  it('R66: a decision expires at the end of its last day in London time (BST), not in UTC', () => {
    const limited = consent('t', 'dnacpr', { provision: { period: { start: '2026-06-01', end: '2026-06-15' } } });
    // 23:59:59 London on 15 June is 22:59:59Z: still in force.
    expect(mapConsent(limited, [], new Date('2026-06-15T22:59:59Z')).standing).to.equal('current');
    // Midnight London is 23:00Z on the 15th: expired, though it is still the 15th in UTC.
    const expired = mapConsent(limited, [], new Date('2026-06-15T23:00:00Z'));
    expect(expired.standing).to.equal('expired');
    expect(expired.standingText).to.equal('Expired 15-Jun-2026');
    const { view } = mapAlerts([result(), result(limited)], undefined, new Date('2026-06-16T09:00:00Z'));
    expect(view.decisions).to.deep.equal([]);
    expect(view.notInForce.map((d) => d.id)).to.deep.equal(['Consent/t']);
  });

  it('R66: an expired alert is not current either; an inactive one is no longer active', () => {
    const { view } = mapAlerts([result(flag('ended', { period: { start: '2025-01-01', end: '2026-01-01' } }), flag('off', { status: 'inactive' }))], undefined, NOW);
    expect(view.alerts).to.deep.equal([]);
    expect(view.notInForce.map((a) => a.standing).sort()).to.deep.equal(['expired', 'inactive']);
  });

  it('R67: a CP-IS flag is child protection, with the local authority, its phone and email', () => {
    const { view } = mapAlerts([result(cpis(), flag('v')), result()], undefined, NOW);
    expect(view.protection).to.have.length(1);
    const [cp] = view.protection;
    expect(cp!.title).to.equal('Child protection plan');
    expect(cp!.localAuthority).to.deep.equal({ name: "Northbridge Council Children's Services", phone: '01632 960 800', email: 'duty@example.org' });
    expect(view.alerts.map((a) => a.title)).to.deep.equal(['Violent or aggressive']);
  });

  it('R67: the duty contact may ride on the flag itself (the Flag search brings no _include of the authority)', () => {
    const ext = (system: string, value: string) => ({ url: 'https://icr.example.nhs.uk/StructureDefinition/responsible-authority-contact', valueContactPoint: { system, value } });
    const la = mapFlag(cpis({ contained: [], author: { reference: 'Organization/la1', display: 'Northbridge Council' },
      extension: [ext('phone', '01632 960 800'), ext('email', 'duty@example.org')] }), [], NOW).localAuthority;
    expect(la).to.deep.equal({ name: 'Northbridge Council', phone: '01632 960 800', email: 'duty@example.org' });
  });

  it('R67: looked after status, and the social care vocabulary\'s child protection flag, are child protection too', () => {
    expect(protectionKind({ code: { coding: [{ system: CP_IS_SYSTEM, code: 'looked-after-child' }] } })).to.equal('looked-after');
    expect(protectionKind({ code: { coding: [{ system: 'https://icr.example.nhs.uk/CodeSystem/social-care-event', code: 'child-protection-plan' }] } })).to.equal('child-protection-plan');
    expect(protectionKind({ code: { text: 'Subject to a child protection plan' } })).to.equal('child-protection-plan');
    expect(protectionKind({ code: { text: 'Key safe' } })).to.equal(undefined);
    const named = mapFlag(cpis({ contained: [], author: { reference: 'Organization/x', display: 'Anytown Council' } }), [], NOW);
    expect(named.localAuthority).to.deep.equal({ name: 'Anytown Council' });
  });

  it('R66: decisions are recognised by SNOMED CT and by their words; anything else is still shown', () => {
    expect(decisionKind({ category: [{ coding: [{ system: 'http://snomed.info/sct', code: '450476008' }] }] })).to.equal('dnacpr');
    expect(decisionKind({ category: [{ text: 'Lasting Power of Attorney - property and financial affairs' }] })).to.equal('lpa-finance');
    expect(decisionKind({ category: [{ text: 'Something else' }] })).to.equal('other');
    const { view } = mapAlerts([result(), result(consent('o', 'unknown-code'))], undefined, NOW);
    expect(view.decisions.map((d) => d.title)).to.deep.equal(['Other recorded decision']);
  });

  it('a privacy or research consent is not a decision about care; one with no scope is still shown', () => {
    const scope = (code: string) => ({ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code }] });
    const { view, kind } = mapAlerts([result(), result(
      consent('share', 'x', { scope: scope('patient-privacy'), category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }] }),
      consent('study', 'x', { scope: scope('research'), category: [{ text: 'Research' }] }),
      consent('dnr', 'x', { scope: scope('patient-privacy'), category: [{ text: 'DNACPR' }] }),
      consent('bare', 'x', { category: [{ text: 'Something' }] }),
    )], undefined, NOW);
    expect(kind).to.equal('loaded');
    expect(view.decisions.map((d) => d.id).sort()).to.deep.equal(['Consent/bare', 'Consent/dnr']);
  });

  it('R72: an entry the patient or a related person recorded says so', () => {
    const mine = mapConsent(consent('p', 'preferred-place-of-care', { performer: [{ reference: 'Patient/p1', display: 'Margaret Evans' }] }), [], NOW);
    expect(mine.addedBy).to.equal('patient');
    const carer = mapConsent(consent('c', 'lpa-health-welfare', { performer: [{ reference: 'RelatedPerson/rp1' }] }), [], NOW);
    expect(carer.addedBy).to.equal('related-person');
    expect(mapFlag(flag('f', { author: { reference: 'Patient/p1' } }), [], NOW).addedBy).to.equal('patient');
    expect(mapConsent(consent('gp', 'respect'), [], NOW).addedBy).to.equal(undefined);
  });

  it('R51: a sensitive entry keeps its label; a malformed resource never throws', () => {
    const secret = consent('s', 'adrt', { meta: { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }] } });
    expect(mapConsent(secret, [], NOW).sensitivity).to.equal('R');
    const { view } = mapAlerts([result({ resourceType: 'Flag' }, 'junk', null), result({ resourceType: 'Consent', status: 7, provision: 'x' })], undefined, NOW);
    expect(view.alerts[0]!.title).to.equal('Alert');
    expect(view.decisions[0]!.dateText).to.equal('Date not recorded');
  });
});
