import { expect } from '@open-wc/testing';
import { displayUnit } from '../../src/format/units.js';
import { formatQuantity, formatRange, quantityUnit } from '../../src/format/quantity.js';

const UCUM = 'http://unitsofmeasure.org';

describe('units (R36, H9)', () => {
  it('R36: UCUM codes the mock and the fixtures use are shown as people read them', () => {
    const vectors: [string, string][] = [
      ['10*9/L', '×10⁹/L'],
      ['10*12/L', '×10¹²/L'],
      ['10*3/uL', '×10³/µL'],
      ['10*6/uL', '×10⁶/µL'],
      ['mm[Hg]', 'mmHg'],
      ['/min', '/min'],
      ['umol/L', 'µmol/L'],
      ['ug/L', 'µg/L'],
      ['ug/mL', 'µg/mL'],
      ['ug', 'µg'],
      ['%', '%'],
      ['kg/m2', 'kg/m²'],
      ['mg/m2', 'mg/m²'],
      ['mL/min/{1.73_m2}', 'mL/min/1.73 m²'],
      ['{ratio}', 'ratio'],
      ['{score}', 'score'],
      ['{tablet}', 'tablet'],
      ['{beats}/min', 'beats/min'],
      ['{Breaths}/min', 'breaths/min'],
      ['[iU]/L', 'IU/L'],
      ['[IU]', 'IU'],
      ['m[iU]/L', 'mIU/L'],
      ['Cel', '°C'],
      ['[degF]', '°F'],
      ['g/dL', 'g/dL'],
      ['mmol/mol', 'mmol/mol'],
      ['mmol/L', 'mmol/L'],
      ['U/L', 'U/L'],
      ['kU/L', 'kU/L'],
      ['fL', 'fL'],
      ['[drp]', 'drop'],
      ['[in_i]', 'in'],
      ['[lb_av]', 'lb'],
      ['l/min', 'L/min'],
      ['/d', '/day'],
    ];
    for (const [code, shown] of vectors) expect(displayUnit(undefined, code), code).to.equal(shown);
  });

  it('R36: the human unit is preferred; a code is mapped only when there is no unit or the unit is itself a code', () => {
    expect(displayUnit('millimoles per litre', 'mmol/L')).to.equal('millimoles per litre');
    expect(displayUnit('beats/minute', '/min')).to.equal('beats/minute');
    expect(displayUnit('degrees C', 'Cel')).to.equal('degrees C');
    expect(displayUnit('micromol/L', 'umol/L')).to.equal('micromol/L');
    // The mock and some fixtures put the UCUM code in `unit` itself.
    expect(displayUnit('10*9/L', '10*9/L')).to.equal('×10⁹/L');
    expect(displayUnit('mm[Hg]', 'mm[Hg]')).to.equal('mmHg');
    expect(displayUnit('umol/L', undefined)).to.equal('µmol/L');
    expect(displayUnit('Cel', undefined)).to.equal('°C');
    // Power notation in a human unit is still code notation: "x10*9/L" could read as 10 times 9.
    expect(displayUnit('x10*9/L', '10*9/L')).to.equal('×10⁹/L');
    expect(displayUnit('10^12/L', '10*12/L')).to.equal('×10¹²/L');
    expect(displayUnit(undefined, undefined)).to.equal(undefined);
  });

  it('R36: words in a unit are never rewritten; an annotation without a letter stays (it would join the number)', () => {
    expect(displayUnit('cells/ul in sample', 'mg')).to.equal('cells/ul in sample');
    expect(displayUnit('</p></li></ul>', undefined)).to.equal('</p></li></ul>');
    expect(displayUnit('{0}', undefined)).to.equal('{0}');
  });

  it('R36: time units are words, singular or plural by the value', () => {
    expect(formatQuantity({ value: 1, system: UCUM, code: 'd' })).to.equal('1 day');
    expect(formatQuantity({ value: 5, system: UCUM, code: 'd' })).to.equal('5 days');
    expect(formatQuantity({ value: 61, system: UCUM, code: 'a' })).to.equal('61 years');
    expect(formatQuantity({ value: 1.0, system: UCUM, code: 'h' })).to.equal('1 hour');
  });

  it('R36, H9: values, reference ranges and the trend label all use the readable unit', () => {
    expect(formatQuantity({ value: 7.2, unit: '10*9/L', system: UCUM, code: '10*9/L' })).to.equal('7.2 ×10⁹/L');
    expect(formatQuantity({ value: 4.5, system: UCUM, code: '10*12/L' })).to.equal('4.5 ×10¹²/L');
    expect(formatQuantity({ value: 72, unit: 'beats/minute', system: UCUM, code: '/min' })).to.equal('72 beats/minute');
    expect(formatQuantity({ value: 37.1, system: UCUM, code: 'Cel' })).to.equal('37.1 °C');
    expect(formatRange({ low: { value: 4, code: '10*9/L' }, high: { value: 11, code: '10*9/L' } })).to.equal('4 to 11 ×10⁹/L');
    expect(formatRange({ low: { value: 60, code: 'mL/min/{1.73_m2}' } })).to.equal('≥60 mL/min/1.73 m²');
    expect(quantityUnit({ value: 150, code: '10*9/L' })).to.equal('×10⁹/L');
  });

  it('H9: UCUM unity "1" is still never shown as a unit', () => {
    expect(formatQuantity({ value: 5, unit: '1', system: UCUM, code: '1' })).to.equal('5 (unit not recorded)');
  });
});
