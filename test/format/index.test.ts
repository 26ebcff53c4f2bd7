import { expect } from '@open-wc/testing';
import * as format from '../../src/format/index.js';

describe('format/index', () => {
  it('re-exports the whole formatter API', () => {
    const functions = [
      'isValidNhsNumber', 'normaliseNhsNumber', 'formatNhsNumber', 'spokenNhsNumber', 'findNhsNumber',
      'formatDate', 'formatDateTime', 'parseFhirDate', 'compareFhirDates', 'compareFhirDatesNewestFirst',
      'isPast', 'daysUntil', 'formatAge', 'formatAgeAtDeath', 'formatPatientName', 'formatPersonName',
      'formatNumber', 'formatQuantity', 'formatRange', 'formatRatio',
    ];
    for (const name of functions) expect(typeof (format as Record<string, unknown>)[name], name).to.equal('function');
    expect(format.NHS_NUMBER_SYSTEM).to.equal('https://fhir.nhs.uk/Id/nhs-number');
  });
});
