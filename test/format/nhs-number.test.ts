import { expect } from '@open-wc/testing';
import {
  NHS_NUMBER_SYSTEM,
  findNhsNumber,
  formatNhsNumber,
  isValidNhsNumber,
  nhsNumberWithoutSpaces,
  normaliseNhsNumber,
  spokenNhsNumber,
} from '../../src/format/nhs-number.js';
import { loadFixture } from '../helpers/fixtures.js';

const VERIFICATION_URL =
  'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus';

describe('nhs-number', () => {
  describe('isValidNhsNumber (R14 Modulus 11)', () => {
    for (const valid of ['9912003888', '9434765919', '9000000009']) {
      it(`R14: accepts ${valid}`, () => {
        expect(isValidNhsNumber(valid)).to.equal(true);
      });
    }

    it('R14: rejects 9434765918 (bad check digit)', () => {
      expect(isValidNhsNumber('9434765918')).to.equal(false);
    });

    it('R14: rejects 1234567890 (check value 10: never issued)', () => {
      expect(isValidNhsNumber('1234567890')).to.equal(false);
      // Whatever the tenth digit, a check value of 10 is invalid.
      for (let d = 0; d <= 9; d++) expect(isValidNhsNumber(`123456789${d}`)).to.equal(false);
    });

    it('R14: a check value of 11 means check digit 0', () => {
      expect(isValidNhsNumber('1000000060')).to.equal(true);
      expect(isValidNhsNumber('1000000061')).to.equal(false);
    });

    it('R14: accepts the 3-3-4 display form with single spaces', () => {
      expect(isValidNhsNumber('991 200 3888')).to.equal(true);
    });

    it('R14: rejects any other spacing, padding or separators', () => {
      for (const value of ['991  200 3888', ' 9912003888', '9912003888 ', '99 120 03888', '991-200-3888', '9912 003 888']) {
        expect(isValidNhsNumber(value), value).to.equal(false);
      }
    });

    it('R14: rejects wrong lengths, letters and non-ASCII digits', () => {
      for (const value of ['991200388', '99120038888', '991200388A', '', '٩٩١٢٠٠٣٨٨٨', '９９１２００３８８８']) {
        expect(isValidNhsNumber(value), value).to.equal(false);
      }
    });

    it('R14: rejects non-strings without throwing (a JSON number loses nothing but is not FHIR)', () => {
      for (const value of [9912003888, null, undefined, {}, ['9912003888'], true, NaN]) {
        expect(isValidNhsNumber(value)).to.equal(false);
      }
    });
  });

  describe('normaliseNhsNumber', () => {
    it('R14: gives the ten digits of a valid number, from either form', () => {
      expect(normaliseNhsNumber('9912003888')).to.equal('9912003888');
      expect(normaliseNhsNumber('991 200 3888')).to.equal('9912003888');
    });

    it('R14: gives undefined for an invalid number, so it is never matched on', () => {
      expect(normaliseNhsNumber('9434765918')).to.equal(undefined);
      expect(normaliseNhsNumber({ value: '9912003888' })).to.equal(undefined);
    });
  });

  describe('formatNhsNumber', () => {
    it('R13: shows 3-3-4 with single spaces', () => {
      expect(formatNhsNumber('9912003888')).to.equal('991 200 3888');
      expect(formatNhsNumber('991 200 3888')).to.equal('991 200 3888');
    });

    it('R14: returns an invalid number unchanged for the caller to flag', () => {
      expect(formatNhsNumber('9434765918')).to.equal('9434765918');
      expect(formatNhsNumber('abc')).to.equal('abc');
    });

    it('never throws on a non-string', () => {
      expect(formatNhsNumber(undefined as unknown as string)).to.equal('');
    });
  });

  describe('spokenNhsNumber', () => {
    it('R17: reads digit by digit in the display groups', () => {
      expect(spokenNhsNumber('9912003888')).to.equal('9 9 1, 2 0 0, 3 8 8 8');
    });

    it('R17: spells out an invalid number as recorded', () => {
      expect(spokenNhsNumber('9434765918')).to.equal('9 4 3 4 7 6 5 9 1 8');
      expect(spokenNhsNumber(42 as unknown as string)).to.equal('');
    });
  });

  describe('findNhsNumber', () => {
    it('R15/R16: reads the UK Core RichardSmith example, with its verification status', async () => {
      const patient = await loadFixture<{ identifier: unknown }>('uk-core-json/UKCore-Patient-RichardSmith-Example.json');
      expect(findNhsNumber(patient.identifier)).to.deep.equal({
        value: '9912003888',
        valid: true,
        verificationCode: '01',
        verificationDisplay: 'Number present and verified',
      });
    });

    it('R15: ignores identifiers whose system is not exactly the NHS number system', () => {
      const identifiers = [
        { system: 'https://fhir.nhs.uk/Id/nhs-number/', value: '9912003888' },
        { system: 'http://fhir.nhs.uk/Id/nhs-number', value: '9912003888' },
        { system: 'https://fhir.nhs.uk/Id/local-patient-identifier', value: '9434765919' },
        { value: '9000000009' },
      ];
      expect(findNhsNumber(identifiers)).to.equal(undefined);
      expect(findNhsNumber([...identifiers, { system: NHS_NUMBER_SYSTEM, value: '9434765919' }])?.value).to.equal(
        '9434765919',
      );
    });

    it('R14: returns an invalid number flagged, not dropped', () => {
      expect(findNhsNumber([{ system: NHS_NUMBER_SYSTEM, value: '9434765918' }])).to.deep.equal({
        value: '9434765918',
        valid: false,
      });
    });

    it('R16: reports a status other than 01', () => {
      const found = findNhsNumber([
        {
          system: NHS_NUMBER_SYSTEM,
          value: '9434765919',
          extension: [
            {
              url: VERIFICATION_URL,
              valueCodeableConcept: { coding: [{ code: '02', display: 'Number present but not traced' }] },
            },
          ],
        },
      ]);
      expect(found?.verificationCode).to.equal('02');
      expect(found?.verificationDisplay).to.equal('Number present but not traced');
    });

    it('prefers a current identifier over one marked use=old', () => {
      const found = findNhsNumber([
        { system: NHS_NUMBER_SYSTEM, value: '9434765919', use: 'old' },
        { system: NHS_NUMBER_SYSTEM, value: '9912003888' },
      ]);
      expect(found?.value).to.equal('9912003888');
    });

    it('survives malformed input', () => {
      for (const value of [undefined, null, 'x', {}, [null, 1, 'a', { system: NHS_NUMBER_SYSTEM }]]) {
        expect(findNhsNumber(value)).to.equal(undefined);
      }
      const odd = findNhsNumber([{ system: NHS_NUMBER_SYSTEM, value: '9912003888', extension: [{ url: VERIFICATION_URL, valueCodeableConcept: 'x' }] }]);
      expect(odd).to.deep.equal({ value: '9912003888', valid: true });
    });
  });

  describe('nhsNumberWithoutSpaces (the one lenient reading, for comparing)', () => {
    it('R8, R9: takes out every space, tab and newline but validates nothing', () => {
      expect(nhsNumberWithoutSpaces(' 991 200\t3888\n')).to.equal('9912003888');
      expect(nhsNumberWithoutSpaces('12 34')).to.equal('1234');
      expect(nhsNumberWithoutSpaces(undefined)).to.equal(undefined);
      expect(nhsNumberWithoutSpaces(9912003888)).to.equal(undefined);
    });

    it('H10: a spaced-out number it returns is still refused by the strict reading', () => {
      expect(normaliseNhsNumber('991 200  3888')).to.equal(undefined);
      expect(isValidNhsNumber(nhsNumberWithoutSpaces('991 200  3888'))).to.equal(true);
    });
  });
});
