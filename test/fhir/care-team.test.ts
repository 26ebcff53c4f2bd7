import { expect } from '@open-wc/testing';
import { loadFixture } from '../helpers/fixtures.js';
import { contactsOf, mapCareTeam, mapCareTeamResources } from '../../src/fhir/care-team.js';
import type { FhirResource } from '../../src/fhir/read.js';
import type { SearchResult } from '../../src/fhir/section-contract.js';

const NOW = new Date('2026-06-15T12:00:00Z');
const subject = { reference: 'Patient/p1' };
const team = (id: string, participant: unknown[], over: Record<string, unknown> = {}): FhirResource =>
  ({ resourceType: 'CareTeam', id, status: 'active', subject, name: `Team ${id}`, participant, ...over });
const role = (id: string, practitioner: string, org: string, over: Record<string, unknown> = {}): FhirResource => ({
  resourceType: 'PractitionerRole', id, active: true, practitioner: { reference: `Practitioner/${practitioner}` },
  organization: { reference: `Organization/${org}` }, ...over,
});
const prac = (id: string, family: string, given: string, prefix = 'Dr'): FhirResource =>
  ({ resourceType: 'Practitioner', id, name: [{ family, given: [given], prefix: [prefix] }] });
const org = (id: string, name: string, phone?: string): FhirResource =>
  ({ resourceType: 'Organization', id, name, ...(phone && { telecom: [{ system: 'phone', value: phone }] }) });
const answer = (matches: unknown[], included: unknown[] = []): SearchResult =>
  ({ kind: 'loaded', matches: matches as FhirResource[], included: included as FhirResource[], warnings: [], retrievedAt: 0 });

describe('care team mapper', () => {
  const included = [
    role('r-gp', 'p-gp', 'o-gp', { code: [{ text: 'General practitioner' }], telecom: [{ system: 'phone', value: '01632 960 101', use: 'work' }] }),
    prac('p-gp', 'HART', 'Amelia'), org('o-gp', 'Riverside Medical Practice', '01632 960 000'),
    role('r-dn', 'p-dn', 'o-com'), prac('p-dn', 'FAIRBANKS', 'Lucy', 'Ms'), org('o-com', 'Northbridge Community Health', '01632 960 500'),
  ];

  it('R68: each member with name, role, organisation, team, period and contact; role read from the PractitionerRole when the participant has none', () => {
    const view = mapCareTeamResources([
      team('dn', [{ role: [{ text: 'District nurse' }], member: { reference: 'PractitionerRole/r-dn' }, period: { start: '2026-03-01' } }]),
      team('gp', [{ member: { reference: 'PractitionerRole/r-gp' } }]),
    ], included, NOW);
    expect(view.current.map((m) => m.name)).to.deep.equal(['Dr Amelia Hart', 'Ms Lucy Fairbanks']);
    const [gp, nurse] = view.current;
    expect(gp.role).to.equal('General practitioner');
    expect(gp.organisation).to.equal('Riverside Medical Practice');
    expect(gp.team).to.equal('Team gp');
    // The role's own phone, not the practice's switchboard.
    expect(gp.contacts).to.deep.equal([{ kind: 'work', value: '01632 960 101', href: 'tel:01632960101' }]);
    expect(nurse.role).to.equal('District nurse');
    expect(nurse.from).to.equal('01-Mar-2026');
    // No phone of her own: the organisation's, so she can still be reached.
    expect(nurse.contacts.map((c) => c.value)).to.deep.equal(['01632 960 500']);
  });

  it('R68: a member whose period ended, an inactive or suspended team, an inactive member: never current, each with its reason', () => {
    const view = mapCareTeamResources([
      team('a', [
        { role: [{ text: 'Consultant' }], member: { display: 'Dr Ended' }, period: { start: '2024-01-01', end: '2026-01-31' } },
        { role: [{ text: 'Consultant' }], member: { display: 'Dr Current' }, period: { start: '2024-01-01', end: '2027-01-31' } },
      ]),
      team('b', [{ member: { display: 'Ms Inactive team' } }], { status: 'inactive' }),
      team('c', [{ member: { display: 'Ms Suspended' } }], { status: 'suspended' }),
      team('d', [{ member: { reference: 'Practitioner/p-left' } }]),
      team('e', [{ member: { display: 'Mr Team ended' } }], { period: { start: '2020-01-01', end: '2025-12-31' } }),
    ], [{ resourceType: 'Practitioner', id: 'p-left', active: false, name: [{ family: 'Left', given: ['Lee'] }] }], NOW);
    expect(view.current.map((m) => m.name)).to.deep.equal(['Dr Current']);
    const reasons = Object.fromEntries(view.notCurrent.map((m) => [m.name, m.notCurrent]));
    expect(reasons).to.deep.equal({
      'Dr Ended': 'ended', 'Ms Inactive team': 'inactive', 'Ms Suspended': 'suspended', 'Lee Left': 'member-inactive', 'Mr Team ended': 'ended',
    });
    expect(view.notCurrent.find((m) => m.name === 'Dr Ended')!.to).to.equal('31-Jan-2026');
    expect(view.notCurrent.find((m) => m.name === 'Mr Team ended')!.to).to.equal('31-Dec-2025');
  });

  it('H8: an entered-in-error team is not shown and is counted', () => {
    const view = mapCareTeamResources([team('x', [{ member: { display: 'Dr Wrong' } }], { status: 'entered-in-error' })], [], NOW);
    expect(view.current).to.deep.equal([]);
    expect(view.notCurrent).to.deep.equal([]);
    expect(view.hidden.enteredInError).to.equal(1);
  });

  it('R68: a carer is told apart from next of kin (and someone can be both); a professional whose role says "Carer" is not a related person', () => {
    const people = [
      { resourceType: 'RelatedPerson', id: 'son', relationship: [{ coding: [{ system: 'http://snomed.info/sct', code: '229774002', display: 'Carer' }] }, { text: 'Son' }], name: [{ family: 'SMITH', given: ['Daniel'] }] },
      { resourceType: 'RelatedPerson', id: 'wife', relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0131', code: 'N', display: 'Next-of-Kin' }] }], name: [{ family: 'SMITH', given: ['Joy'] }] },
      { resourceType: 'RelatedPerson', id: 'both', relationship: [{ coding: [{ code: 'NOK' }] }], name: [{ family: 'BROWN', given: ['Ann'] }] },
      { resourceType: 'RelatedPerson', id: 'friend', relationship: [{ text: 'Neighbour' }], name: [{ family: 'GREEN', given: ['Bo'] }] },
    ];
    const view = mapCareTeamResources([team('family', [
      { member: { reference: 'RelatedPerson/son' } },
      { member: { reference: 'RelatedPerson/wife' } },
      { role: [{ text: 'Carer' }], member: { reference: 'RelatedPerson/both' } },
      { member: { reference: 'RelatedPerson/friend' } },
      { role: [{ text: 'Carer' }], member: { reference: 'Practitioner/nurse', display: 'Nurse Carla' } },
    ])], people as FhirResource[], NOW);
    const by = Object.fromEntries(view.current.map((m) => [m.name, m]));
    expect([by['Daniel Smith'].carer, by['Daniel Smith'].nextOfKin, by['Daniel Smith'].relationship]).to.deep.equal([true, false, 'Son']);
    expect([by['Joy Smith'].carer, by['Joy Smith'].nextOfKin]).to.deep.equal([false, true]);
    expect([by['Ann Brown'].carer, by['Ann Brown'].nextOfKin]).to.deep.equal([true, true]);
    expect([by['Bo Green'].carer, by['Bo Green'].nextOfKin, by['Bo Green'].relationship]).to.deep.equal([false, false, 'Neighbour']);
    expect(by['Nurse Carla'].kind).to.equal('professional');
    expect(by['Nurse Carla'].carer).to.equal(false);
  });

  it('contacts: tel: and mailto: only for a phone or an email; a URL is never shown; a fax is text', () => {
    const contacts = contactsOf([
      { system: 'phone', value: '+44 1632 960 101', use: 'work' },
      { system: 'email', value: 'team@nhs.example' },
      { system: 'email', value: 'javascript:alert(1)' },
      { system: 'url', value: 'https://clinic.example/about' },
      { system: 'phone', value: 'https://evil.example' },
      { system: 'fax', value: '01632 960 999' },
      { system: 'phone', value: 'ask at reception' },
    ], NOW);
    expect(contacts).to.deep.equal([
      { kind: 'work', value: '+44 1632 960 101', href: 'tel:+441632960101' },
      { kind: 'phone', value: 'ask at reception' },
      { kind: 'email', value: 'team@nhs.example', href: 'mailto:team@nhs.example' },
      { kind: 'email', value: 'javascript:alert(1)' },
      { kind: 'other', value: '01632 960 999', system: 'fax' },
    ]);
  });

  it('the current members come in the order a reader looks for them: GP, district nurse, social worker, care coordinator, consultant, then carers', () => {
    const view = mapCareTeamResources([team('t', [
      { role: [{ text: 'Consultant geriatrician' }], member: { display: 'E' } },
      { role: [{ text: 'Carer' }], member: { reference: 'RelatedPerson/c', display: 'F' } },
      { role: [{ text: 'Care coordinator' }], member: { display: 'D' } },
      { role: [{ text: 'Social worker' }], member: { display: 'C' } },
      { role: [{ text: 'District nurse' }], member: { display: 'B' } },
      { role: [{ text: 'GP' }], member: { display: 'A' } },
    ])], [], NOW);
    expect(view.current.map((m) => m.name)).to.deep.equal(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('states: no CareTeam is "not recorded"; teams with no one current are "empty"; malformed input never throws', () => {
    expect(mapCareTeam([answer([])], undefined, NOW).kind).to.equal('not-recorded');
    expect(mapCareTeam([answer([team('b', [{ member: { display: 'X' } }], { status: 'inactive' })])], undefined, NOW).kind).to.equal('empty');
    expect(mapCareTeam([answer([team('a', [{ member: { display: 'X' } }])])], undefined, NOW).kind).to.equal('loaded');
    const odd = [null, 1, 'x', { resourceType: 'CareTeam' }, team('z', [null, 3, { member: 'x' }, { role: 'nope' }, { period: { end: 7 } }] as unknown[])];
    expect(() => mapCareTeamResources(odd, [null, { resourceType: 7 }] as unknown as FhirResource[], NOW)).not.to.throw();
  });

  it('R42, R44: the source in words from the managing organisation, never a URL', () => {
    const view = mapCareTeamResources([team('s', [{ member: { display: 'Dr S' } }], {
      managingOrganization: [{ reference: 'Organization/o-gp' }], meta: { source: 'https://gp.example/fhir' },
    })], included, NOW);
    expect(view.current[0].source).to.equal('Riverside Medical Practice');
  });

  it('maps the HL7 R4 example care team (contained in CarePlan f201): both members, roles as recorded, a "Carer" role on a practitioner kept professional', async () => {
    const plan = await loadFixture('fhir-r4/CarePlan-f201.json');
    const contained = (plan.contained as FhirResource[]).find((r) => r.resourceType === 'CareTeam')!;
    const view = mapCareTeamResources([{ ...contained, subject: plan.subject }], [], NOW);
    expect(view.current.map((m) => [m.name, m.role, m.kind])).to.deep.equal([
      ['Dokter Bronsig', 'Review of care plan', 'professional'],
      ['Nurse Carla Espinosa', 'Carer', 'professional'],
    ]);
    expect(view.current.every((m) => !m.carer && !m.notCurrent)).to.equal(true);
  });
});
