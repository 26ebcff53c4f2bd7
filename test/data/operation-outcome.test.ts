/** Reading the refused job role out of a 403's OperationOutcome (R48, R49), wherever an ICR puts it. */
import { expect } from '@open-wc/testing';
import { deniedRole } from '../../src/data/operation-outcome.js';
import { failureFor } from '../../src/data/http.js';

const SPINE = { system: 'https://fhir.nhs.uk/CodeSystem/Spine-ErrorOrWarningCode', code: 'ACCESS_DENIED' };
const outcome = (issue: Record<string, unknown>) => ({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'forbidden', ...issue }] });

describe('deniedRole', () => {
  it('R49: a coding in the SDS job role system in an extension', () => {
    const body = outcome({ details: { coding: [SPINE] },
      extension: [{ url: 'https://example.org/any', valueCoding: { system: 'https://fhir.nhs.uk/CodeSystem/NHSDigital-SDS-JobRoleCode', code: 'R8010' } }] });
    expect(deniedRole(body)).to.equal('R8010');
  });

  it('R49: a coding in details.coding, a compound SDS code, or the UK Core job role name system', () => {
    expect(deniedRole(outcome({ details: { coding: [SPINE, { system: 'https://fhir.nhs.uk/CodeSystem/NHSDigital-SDS-JobRoleCode', code: 'S0030:G0100:R8001' }] } }))).to.equal('R8001');
    expect(deniedRole(outcome({ extension: [{ url: 'x', valueCodeableConcept: { coding: [{ system: 'https://fhir.hl7.org.uk/CodeSystem/UKCore-SDSJobRoleName', code: 'R1070' }] } }] }))).to.equal('R1070');
  });

  it('R49: else a role code the text names next to "role"; nothing when none is said', () => {
    expect(deniedRole(outcome({ diagnostics: 'Role R9570 may not read Condition' }))).to.equal('R9570');
    expect(deniedRole(outcome({ diagnostics: 'Access denied' }))).to.equal(undefined);
    expect(deniedRole(outcome({ diagnostics: 'Ward R1234 is closed' }))).to.equal(undefined);
    expect(deniedRole(outcome({ details: { coding: [{ system: 'https://example.org/other', code: 'R8000' }] } }))).to.equal(undefined);
    expect(deniedRole({ resourceType: 'Bundle' })).to.equal(undefined);
    expect(deniedRole('not json')).to.equal(undefined);
  });

  it('R49: failureFor puts the role on a restricted failure, and keeps code and raw text', () => {
    const failure = failureFor(403, outcome({ details: { coding: [SPINE] }, diagnostics: 'Role R8010 may not read MedicationStatement (section: medications)' }));
    expect(failure).to.include({ kind: 'restricted', status: 403, code: 'ACCESS_DENIED', role: 'R8010' });
    expect(failure.detail).to.contain('MedicationStatement');
  });
});
