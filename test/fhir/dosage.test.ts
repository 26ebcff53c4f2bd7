import { expect } from '@open-wc/testing';
import { dosageView, frequencyText, dosageLines } from '../../src/fhir/dosage.js';

describe('dosage', () => {
  it('R30: structured dose without trailing zeros, with frequency', () => {
    const d = dosageView({ timing: { repeat: { frequency: 3, period: 1, periodUnit: 'd' } }, doseAndRate: [{ doseQuantity: { value: 500.0, unit: 'mg' } }] });
    expect(d.structured).to.equal('500 mg, 3 times a day');
  });

  it('R30: leading zero before decimals and no trailing zeros', () => {
    expect(dosageView({ doseAndRate: [{ doseQuantity: { value: '.50', unit: 'mg' } }] }).structured).to.equal('0.5 mg');
    expect(dosageView({ doseAndRate: [{ doseQuantity: { value: 2.50, unit: 'mL' } }] }).structured).to.equal('2.5 mL');
  });

  it('H9: a dose without its unit is marked, never a bare number', () => {
    expect(dosageView({ doseAndRate: [{ doseQuantity: { value: 5 } }] }).structured).to.equal('5 (unit not recorded)');
  });

  it('R30: frequencies', () => {
    expect(frequencyText({ repeat: { frequency: 1, period: 1, periodUnit: 'd' } })).to.equal('once a day');
    expect(frequencyText({ repeat: { period: 1, periodUnit: 'wk' } })).to.equal('every week');
    expect(frequencyText({ repeat: { frequency: 2, period: 1, periodUnit: 'd' } })).to.equal('twice a day');
    expect(frequencyText({ repeat: { frequency: 1, period: 4, periodUnit: 'h' } })).to.equal('every 4 hours');
    expect(frequencyText({ repeat: { frequency: 1, frequencyMax: 2, period: 1, periodUnit: 'd' } })).to.equal('1 to 2 times a day');
    expect(frequencyText({ repeat: { frequency: 1, period: 4, periodMax: 6, periodUnit: 'h' } })).to.equal('every 4 to 6 hours');
    expect(frequencyText({ code: { text: 'BD' } })).to.equal('BD');
    expect(frequencyText({ repeat: { periodUnit: 'nonsense' } })).to.equal(undefined);
  });

  it('R33: dosage.text is kept verbatim beside the structured text', () => {
    const d = dosageView({ text: '  2 capsules 4 times a day.', doseAndRate: [{ doseQuantity: { value: 500, unit: 'mg' } }], asNeededBoolean: true, route: { text: 'Oral' } });
    expect(d.text).to.equal('  2 capsules 4 times a day.');
    expect(d.structured).to.equal('500 mg, when required, Oral');
  });

  it('R33: text only when nothing structured', () => {
    const d = dosageView({ text: 'As directed', route: { text: 'Oral' } });
    expect(d.structured).to.equal(undefined);
    expect(d.text).to.equal('As directed');
  });

  it('R30: dose range and as-needed reason', () => {
    const d = dosageView({ doseAndRate: [{ doseRange: { low: { value: 1, unit: 'tablet' }, high: { value: 2, unit: 'tablet' } } }], asNeededCodeableConcept: { text: 'pain' } });
    expect(d.structured).to.equal('1 to 2 tablet, when required for pain');
  });

  it('orders by sequence and never throws on junk', () => {
    expect(dosageLines([{ sequence: 2, text: 'b' }, { sequence: 1, text: 'a' }, 7, null]).map((d) => d.text)).to.deep.equal(['a', 'b']);
    expect(dosageView('x')).to.deep.equal({});
    expect(dosageView({ timing: 'x', doseAndRate: 'y' })).to.deep.equal({ structured: undefined, text: undefined });
  });
});
