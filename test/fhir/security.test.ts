import { expect } from '@open-wc/testing';
import { highest, sensitivity } from '../../src/fhir/security.js';

const CONF = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';
const ACT = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const labelled = (...security: unknown[]) => ({ resourceType: 'Condition', meta: { security } });

describe('sensitivity (R51 security labels)', () => {
  it('R51: confidentiality R and V, with their system or none', () => {
    expect(sensitivity(labelled({ system: CONF, code: 'R' }))).to.equal('R');
    expect(sensitivity(labelled({ code: 'V' }))).to.equal('V');
    expect(sensitivity(labelled({ system: CONF, code: 'R' }, { system: CONF, code: 'V' }))).to.equal('V');
  });

  it('R51: an ActCode sensitivity policy (HIV, PSY, SEX, SDV…) counts as at least R', () => {
    for (const code of ['HIV', 'PSY', 'SEX', 'SDV', 'ETH', 'MH', 'STD', 'SICKLE', 'COMPT']) {
      expect(sensitivity(labelled({ system: ACT, code })), code).to.equal('R');
    }
    expect(sensitivity(labelled({ system: ACT, code: 'HIV' }, { code: 'V' }))).to.equal('V');
  });

  it('R51: a missing label, U/L/M/N, unknown codes and other systems mean normal; malformed meta never throws', () => {
    expect(sensitivity({ resourceType: 'Condition' })).to.equal(undefined);
    for (const code of ['U', 'L', 'M', 'N', 'XYZ']) expect(sensitivity(labelled({ system: CONF, code })), code).to.equal(undefined);
    expect(sensitivity(labelled({ system: 'https://example.org/labels', code: 'R' }))).to.equal(undefined);
    expect(sensitivity(labelled({ system: CONF, code: 'HIV' }))).to.equal(undefined);
    for (const bad of [null, 'R', { meta: null }, { meta: { security: 'V' } }, { meta: { security: [null, 7, { code: 5 }] } }]) {
      expect(() => sensitivity(bad)).not.to.throw();
    }
  });

  it('highest: V above R above normal', () => {
    expect(highest([undefined, 'R', 'V'])).to.equal('V');
    expect(highest([undefined, 'R'])).to.equal('R');
    expect(highest([])).to.equal(undefined);
  });
});
