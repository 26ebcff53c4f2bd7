import { expect } from '@open-wc/testing';
import { createClock, londonCalendarDate } from '../../src/mock/clock.js';

// Issue 22: the mock record's dates came from a locale whose short date is ISO-shaped in Chromium
// ('en-CA'); WebKit formats it 07/04/2026 and every synthetic record became "Invalid Date".
describe('mock clock: London calendar dates in every engine', () => {
  it('R21: an instant late on a summer evening is the next day in London, written YYYY-MM-DD', () => {
    // 23:30 UTC on 3 July is 00:30 BST on 4 July.
    expect(londonCalendarDate(Date.UTC(2026, 6, 3, 23, 30))).to.equal('2026-07-04');
    expect(londonCalendarDate(Date.UTC(2026, 0, 3, 23, 30))).to.equal('2026-01-03');
  });

  it('R21: dates relative to now are valid calendar dates (a date of birth 80 years ago)', () => {
    const clock = createClock(Date.UTC(2026, 6, 3, 23, 30));
    expect(clock.dateDaysAgo(0)).to.equal('2026-07-04');
    expect(clock.dateYearsAgo(80)).to.equal('1946-07-04');
    expect(clock.daysAhead(14)).to.equal('2026-07-18T10:00:00+00:00');
  });
});
