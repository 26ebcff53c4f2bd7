import { expect } from '@open-wc/testing';
import { formatNumber, formatQuantity, formatRange, formatRatio } from '../../src/format/quantity.js';

describe('quantity', () => {
  describe('formatNumber (R30)', () => {
    it('R30: no trailing zeros', () => {
      expect(formatNumber('5.0')).to.equal('5');
      expect(formatNumber('0.50')).to.equal('0.5');
      expect(formatNumber('2.500')).to.equal('2.5');
      expect(formatNumber(5.0)).to.equal('5');
      expect(formatNumber('100')).to.equal('100'); // zeros before the point are the value
    });

    it('R30: a leading zero before decimals', () => {
      expect(formatNumber('.5')).to.equal('0.5');
      expect(formatNumber('-.25')).to.equal('-0.25');
      expect(formatNumber(0.125)).to.equal('0.125');
    });

    it('R30: no exponent notation and no thousands separators', () => {
      expect(formatNumber(1e-7)).to.equal('0.0000001');
      expect(formatNumber('1.5e3')).to.equal('1500');
      expect(formatNumber('2.5E-2')).to.equal('0.025');
      expect(formatNumber(1e21)).to.equal('1000000000000000000000');
      expect(formatNumber(1234567)).to.equal('1234567');
    });

    it('tidies signs and leading zeros', () => {
      expect(formatNumber('+2.50')).to.equal('2.5');
      expect(formatNumber('-0.0')).to.equal('0');
      expect(formatNumber('007')).to.equal('7');
      expect(formatNumber(' 5 ')).to.equal('5');
      expect(formatNumber('-12.0')).to.equal('-12');
    });

    it('gives undefined for anything that is not a decimal number', () => {
      for (const value of ['', '.', '-', 'e5', 'abc', '1,000', '1.2.3', '5 mg', NaN, Infinity, null, undefined, {}, [5], true, '1e999']) {
        expect(formatNumber(value), String(value)).to.equal(undefined);
      }
    });
  });

  describe('formatQuantity (R36)', () => {
    it('R36: value, a space, then the unit (the UK Core Albumin example shape)', () => {
      const q = { value: 3.9, unit: 'millimoles per litre', system: 'http://unitsofmeasure.org', code: 'mmol/L' };
      expect(formatQuantity(q)).to.equal('3.9 millimoles per litre');
    });

    it('R36: falls back to the code when there is no unit text', () => {
      expect(formatQuantity({ value: 3.9, code: 'mmol/L' })).to.equal('3.9 mmol/L');
      expect(formatQuantity({ value: 3.9, unit: '  ', code: 'mmol/L' })).to.equal('3.9 mmol/L');
    });

    it('R36: never a bare number: no unit and no code is marked', () => {
      expect(formatQuantity({ value: 5 })).to.equal('5 (unit not recorded)');
      // UCUM's unity "1" alone would read as part of the number ("5 1").
      expect(formatQuantity({ value: 5, code: '1', system: 'http://unitsofmeasure.org' })).to.equal('5 (unit not recorded)');
    });

    it('R36: keeps the comparator, even one it does not know', () => {
      expect(formatQuantity({ value: 5, comparator: '<', unit: 'mmol/L' })).to.equal('<5 mmol/L');
      expect(formatQuantity({ value: 90, comparator: '>=', code: 'mL/min' })).to.equal('>=90 mL/min');
      expect(formatQuantity({ value: 5, comparator: 'ad', unit: 'mg' })).to.equal('ad5 mg');
    });

    it('R30: applies the number rules to the value', () => {
      expect(formatQuantity({ value: '0.50', unit: 'mg' })).to.equal('0.5 mg');
    });

    it('a missing value gives undefined; an unreadable one is marked', () => {
      expect(formatQuantity({ unit: 'mg' })).to.equal(undefined);
      expect(formatQuantity({ value: 'abc', unit: 'mg' })).to.equal('Invalid number "abc"');
      expect(formatQuantity({ value: {}, unit: 'mg' })).to.equal('Invalid number "object"');
      for (const value of [undefined, null, 5, 'x', []]) expect(formatQuantity(value)).to.equal(undefined);
    });
  });

  describe('formatRange (R36)', () => {
    it('R36: one unit for a shared unit, each for different ones', () => {
      expect(formatRange({ low: { value: 3.5, unit: 'mmol/L' }, high: { value: 5.0, unit: 'mmol/L' } })).to.equal('3.5 to 5 mmol/L');
      expect(formatRange({ low: { value: 3.5, unit: 'mmol/L' }, high: { value: 5, unit: 'g/L' } })).to.equal('3.5 mmol/L to 5 g/L');
      expect(formatRange({ low: { value: 3.5 }, high: { value: 5 } })).to.equal('3.5 to 5 (unit not recorded)');
    });

    it('R36: a single bound is inclusive', () => {
      expect(formatRange({ low: { value: 3.5, unit: 'mmol/L' } })).to.equal('≥3.5 mmol/L');
      expect(formatRange({ high: { value: 5, unit: 'mmol/L' } })).to.equal('≤5 mmol/L');
    });

    it('marks an unreadable bound and survives malformed input', () => {
      expect(formatRange({ low: { value: 'x', unit: 'mg' }, high: { value: 5, unit: 'mg' } })).to.equal('Invalid number "x" to 5 mg');
      for (const value of [undefined, null, {}, 'x', { low: 'x' }]) expect(formatRange(value)).to.equal(undefined);
    });
  });

  describe('formatRatio (R30)', () => {
    it('R30: numerator/denominator', () => {
      expect(formatRatio({ numerator: { value: 5, unit: 'mg' }, denominator: { value: 5, unit: 'mL' } })).to.equal('5 mg/5 mL');
      expect(formatRatio({ numerator: { value: 250, code: 'mg' }, denominator: { value: 5.0, code: 'mL' } })).to.equal('250 mg/5 mL');
    });

    it('R30: a missing side is marked, never dropped', () => {
      expect(formatRatio({ numerator: { value: 5, unit: 'mg' } })).to.equal('5 mg/(not recorded)');
      expect(formatRatio({ denominator: { value: 5, unit: 'mL' } })).to.equal('(not recorded)/5 mL');
      for (const value of [undefined, {}, 'x']) expect(formatRatio(value)).to.equal(undefined);
    });
  });
});
