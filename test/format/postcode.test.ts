import { expect } from '@open-wc/testing';
import { formatPostcode } from '../../src/format/postcode.js';

describe('format/postcode (R10)', () => {
  it('R10: upper case with the single space before the inward code', () => {
    expect(formatPostcode('ls177df')).to.equal('LS17 7DF');
    expect(formatPostcode(' sw1a  1aa ')).to.equal('SW1A 1AA');
    expect(formatPostcode('LS1 4AP')).to.equal('LS1 4AP');
  });

  it('R10: a value that is not a UK postcode is shown upper case as recorded, nothing for no value', () => {
    expect(formatPostcode('9999 xx')).to.equal('9999 XX');
    expect(formatPostcode('   ')).to.equal(undefined);
    expect(formatPostcode(42)).to.equal(undefined);
  });
});
