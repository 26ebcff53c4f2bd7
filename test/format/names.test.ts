import { expect } from '@open-wc/testing';
import { formatPatientName, formatPersonName } from '../../src/format/names.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('names', () => {
  describe('formatPatientName (R2)', () => {
    it('R2: the UK Core RichardSmith example, with and without a title', async () => {
      const patient = await loadFixture<{ name: unknown[] }>('uk-core-json/UKCore-Patient-RichardSmith-Example.json');
      expect(formatPatientName(patient.name)).to.equal('SMITH, Richard');
      const withTitle = [{ ...(patient.name[0] as object), prefix: ['Mr'] }];
      expect(formatPatientName(withTitle)).to.equal('SMITH, Richard (Mr)');
    });

    it('R2: FAMILY upper case, given names in title case, title in parentheses without a full stop', () => {
      expect(formatPatientName([{ family: 'smith', given: ['RICHARD', 'john'], prefix: ['MR.'] }])).to.equal(
        'SMITH, Richard John (Mr)',
      );
      expect(formatPatientName([{ family: 'Evans West', given: ['jonathan'], prefix: ['sir'] }])).to.equal(
        'EVANS WEST, Jonathan (Sir)',
      );
      expect(formatPatientName([{ family: 'Smith', given: ['anne-jorun'], prefix: ['Mrs'] }])).to.equal(
        'SMITH, Anne-Jorun (Mrs)',
      );
      expect(formatPatientName([{ family: "o'brien", given: ["D'ARCY"], prefix: ['Rt. Hon.'] }])).to.equal(
        "O'BRIEN, D'Arcy (Rt Hon)",
      );
    });

    it('R2: keeps a given name already recorded in mixed case', () => {
      expect(formatPatientName([{ family: 'McDonald', given: ['DeShawn'] }])).to.equal('MCDONALD, DeShawn');
    });

    it('R2: chooses use=official, else the first usual, else the first name', () => {
      const usual = { use: 'usual', family: 'Usual', given: ['Una'] };
      const official = { use: 'official', family: 'Official', given: ['Olive'] };
      const nickname = { use: 'nickname', family: 'Nick', given: ['Ned'] };
      const usual2 = { use: 'usual', family: 'Second', given: ['Sam'] };
      expect(formatPatientName([nickname, usual, official])).to.equal('OFFICIAL, Olive');
      expect(formatPatientName([nickname, usual, usual2])).to.equal('USUAL, Una');
      expect(formatPatientName([nickname, { use: 'old', family: 'Old' }])).to.equal('NICK, Ned');
      expect(formatPatientName([{ use: 'official' }, usual])).to.equal('USUAL, Una'); // an empty official says nothing
    });

    it('R2: uses text only when there are no parts', () => {
      expect(formatPatientName([{ text: 'Richard Smith' }])).to.equal('Richard Smith');
      expect(formatPatientName([{ text: 'Richard Smith', family: 'Smith', given: ['Richard'] }])).to.equal('SMITH, Richard');
      expect(formatPatientName([{ text: '  Baby   of Jones ', prefix: ['Mr'] }])).to.equal('Baby of Jones');
    });

    it('R2: one part alone is shown without a stray comma', () => {
      expect(formatPatientName([{ family: 'Smith' }])).to.equal('SMITH');
      expect(formatPatientName([{ given: ['Richard'], prefix: ['Mr'] }])).to.equal('Richard (Mr)');
      expect(formatPatientName([{ family: 'Smith', prefix: ['Mr'] }])).to.equal('SMITH (Mr)');
    });

    it('R2: never truncates', () => {
      const given = ['Wolfeschlegelsteinhausenbergerdorff', 'Hubert', 'Blaine', 'Charles', 'David'];
      const name = formatPatientName([{ family: 'Wolfeschlegelsteinhausenbergerdorff-Smythe', given, prefix: ['Professor'] }]);
      expect(name).to.equal(
        'WOLFESCHLEGELSTEINHAUSENBERGERDORFF-SMYTHE, Wolfeschlegelsteinhausenbergerdorff Hubert Blaine Charles David (Professor)',
      );
    });

    it('survives malformed names', () => {
      for (const value of [undefined, null, 'Smith', 42, [], [{}], [null, 'x'], [{ family: 7, given: 'x'.length }]]) {
        expect(formatPatientName(value)).to.equal(undefined);
      }
      expect(formatPatientName([{ family: ['Evans', 'West'], given: 'john' }])).to.equal('EVANS WEST, John');
      expect(formatPatientName({ family: 'Smith', given: ['Richard'] })).to.equal('SMITH, Richard');
    });
  });

  describe('formatPersonName', () => {
    it('reads Title Given Family, the family in mixed case like the given names', () => {
      expect(formatPersonName({ prefix: ['Dr.'], given: ['jane'], family: 'Morgan' })).to.equal('Dr Jane Morgan');
      expect(formatPersonName({ given: ['Jane'], family: 'Morgan' })).to.equal('Jane Morgan');
    });

    it('chooses from a list like formatPatientName, and falls back to text', () => {
      expect(formatPersonName([{ use: 'usual', family: 'Jones' }, { use: 'official', family: 'Morgan', prefix: ['Dr'] }])).to.equal('Dr Morgan');
      expect(formatPersonName([{ text: 'Dr J Morgan' }])).to.equal('Dr J Morgan');
      expect(formatPersonName(undefined)).to.equal(undefined);
      expect(formatPersonName([{ prefix: ['Dr'] }])).to.equal(undefined);
    });
  });
});
