import { expect } from '@open-wc/testing';
import { mergeWarnings, withheldFromIssues } from '../../src/data/warnings.js';
import { readSearchset } from '../../src/data/client.js';
import type { DataWarning } from '../../src/data/icr-outcome.js';

const R41 = 'Items excluded due to confidentiality and/or patient preferences';
const outcome = (text: string, count?: number): DataWarning =>
  ({ kind: 'search-outcome', text, ...(count === undefined ? { withheld: {} } : { withheld: { count } }) });
const listWarning: DataWarning = { kind: 'list-warning', code: 'confidential-items', text: R41 };

describe('section warnings said once (R40, R41, R50)', () => {
  it('R50: a searchset outcome and a List confidential-items warning are one line with one count', () => {
    const merged = mergeWarnings([[outcome('1 item withheld', 1)], [], [listWarning]]);
    expect(merged).to.have.length(1);
    expect(merged[0].kind).to.equal('withheld');
    expect(merged[0].text).to.equal(`${R41}: 1 item withheld`);
  });

  it('R50: restatements within one search count once; separate searches add up', () => {
    const statements = [outcome('1 item withheld', 1), outcome('1 item withheld from this search', 1)];
    const requests = [outcome('2 items withheld', 2)];
    expect(mergeWarnings([statements, requests]).map((w) => w.text)).to.deep.equal([`${R41}: 3 items withheld`]);
  });

  it('R50: when any search withholds without saying how many, no total is given (never too small a number)', () => {
    const merged = mergeWarnings([[outcome('2 items withheld', 2)], [outcome('Some items were withheld')]]);
    expect(merged.map((w) => w.text)).to.deep.equal([R41]);
    expect(mergeWarnings([[listWarning]]).map((w) => w.text)).to.deep.equal([R41]);
  });

  it('R40: other warnings are kept, in order, and a word-for-word repeat is shown once', () => {
    const transit: DataWarning = { kind: 'list-warning', code: 'data-in-transit', text: 'Transfer not complete' };
    const other: DataWarning = { kind: 'search-outcome', text: 'Pharmacy system offline' };
    const merged = mergeWarnings([[other, outcome('1 item withheld', 1)], [other], [transit]]);
    expect(merged.map((w) => w.text)).to.deep.equal(['Pharmacy system offline', `${R41}: 1 item withheld`, 'Transfer not complete']);
  });

  it('R50: an OperationOutcome says it withheld items by issue type "suppressed" or in words, with its count', () => {
    expect(withheldFromIssues([{ severity: 'warning', code: 'suppressed', text: '2 items withheld' }])).to.deep.equal({ count: 2 });
    expect(withheldFromIssues([{ severity: 'warning', code: 'suppressed' }])).to.deep.equal({});
    expect(withheldFromIssues([{ severity: 'warning', code: 'informational', text: '3 records withheld at the patient\'s request' }])).to.deep.equal({ count: 3 });
    expect(withheldFromIssues([{ severity: 'warning', code: 'transient', text: 'Pharmacy system offline' }])).to.equal(undefined);
  });

  it('R40: the searchset reader marks a withheld outcome entry', () => {
    const page = readSearchset({
      resourceType: 'Bundle', type: 'searchset',
      entry: [{ resource: { resourceType: 'OperationOutcome', issue: [{ severity: 'warning', code: 'suppressed', details: { text: '1 item withheld' } }] }, search: { mode: 'outcome' } }],
    }, 'Condition');
    expect('warnings' in page && page.warnings[0].withheld).to.deep.equal({ count: 1 });
  });
});
