import { expect } from '@open-wc/testing';
import {
  compareFhirDates,
  compareFhirDatesNewestFirst,
  daysUntil,
  formatDate,
  formatDateTime,
  isPast,
  parseFhirDate,
} from '../../src/format/dates.js';
import { ZONES, inZone } from './zone-simulation.js';

const utc = (iso: string) => new Date(iso);

describe('dates', () => {
  describe('formatDate', () => {
    it('R18: a FHIR date is dd-Mmm-yyyy', () => {
      expect(formatDate('1970-09-11')).to.equal('11-Sep-1970');
      expect(formatDate('2024-01-01')).to.equal('01-Jan-2024');
      expect(formatDate('0999-12-31')).to.equal('31-Dec-0999');
    });

    it('R18: months are the English abbreviations Jan..Dec', () => {
      const months = Array.from({ length: 12 }, (_, i) => formatDate(`2024-${String(i + 1).padStart(2, '0')}-15`).slice(3, 6));
      expect(months).to.deep.equal(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    });

    it('R22: partial dates keep their precision', () => {
      expect(formatDate('2019')).to.equal('2019');
      expect(formatDate('2019-03')).to.equal('Mar-2019');
    });

    it('R21: a dateTime is shown as its London calendar date', () => {
      expect(formatDate('2024-03-31T23:30:00Z')).to.equal('01-Apr-2024');
      expect(formatDate('2024-01-15T23:30:00Z')).to.equal('15-Jan-2024'); // GMT: no shift
      expect(formatDate('2024-06-01T01:00:00+05:00')).to.equal('31-May-2024');
    });

    it('R20: an absent date is "Not recorded"', () => {
      expect(formatDate(undefined)).to.equal('Not recorded');
      expect(formatDate(null)).to.equal('Not recorded');
      expect(formatDate('')).to.equal('Not recorded');
    });

    it('R21: an unreadable date is marked, never guessed', () => {
      expect(formatDate('xyz')).to.equal('Invalid date "xyz"');
      expect(formatDate('2023-02-30')).to.equal('Invalid date "2023-02-30"');
      expect(formatDate('2023-13-01')).to.equal('Invalid date "2023-13-01"');
      expect(formatDate('11/09/1970')).to.equal('Invalid date "11/09/1970"');
      expect(formatDate(19700911)).to.equal('Invalid date "19700911"');
      expect(formatDate({ date: '1970-09-11' })).to.equal('Invalid date');
      expect(formatDate('9'.repeat(500))).to.equal(`Invalid date "${'9'.repeat(40)}…"`);
    });
  });

  describe('formatDateTime', () => {
    it('R21: 2024-03-31T23:30:00Z is 01-Apr-2024 00:30 in London', () => {
      expect(formatDateTime('2024-03-31T23:30:00Z')).to.equal('01-Apr-2024 00:30');
    });

    it('R19: 24-hour HH:mm, one space after the date; midnight is 00:00', () => {
      expect(formatDateTime('2024-01-15T15:05:00Z')).to.equal('15-Jan-2024 15:05');
      expect(formatDateTime('2024-01-01T00:00:00Z')).to.equal('01-Jan-2024 00:00');
    });

    it('R21: follows the BST/GMT changes exactly', () => {
      expect(formatDateTime('2024-03-31T00:59:59Z')).to.equal('31-Mar-2024 00:59');
      expect(formatDateTime('2024-03-31T01:00:00Z')).to.equal('31-Mar-2024 02:00');
      expect(formatDateTime('2024-10-27T00:30:00Z')).to.equal('27-Oct-2024 01:30'); // BST
      expect(formatDateTime('2024-10-27T01:30:00Z')).to.equal('27-Oct-2024 01:30'); // GMT again
      // 1968-71 British Standard Time: UTC+1 all winter. Only real zone data knows this.
      expect(formatDateTime('1970-01-15T12:00:00Z')).to.equal('15-Jan-1970 13:00');
    });

    it('R21: converts any offset, including +14:00 and -12:00', () => {
      expect(formatDateTime('2024-07-01T09:00:00+02:00')).to.equal('01-Jul-2024 08:00');
      expect(formatDateTime('2024-01-01T00:00:00+14:00')).to.equal('31-Dec-2023 10:00');
      expect(formatDateTime('2023-12-31T12:00:00-12:00')).to.equal('01-Jan-2024 00:00');
    });

    it('R19: drops seconds rather than rounding them into the next minute or day', () => {
      expect(formatDateTime('2024-01-31T23:59:59.999999Z')).to.equal('31-Jan-2024 23:59');
    });

    it('R22: a value without a time gets no invented 00:00', () => {
      expect(formatDateTime('1970-09-11')).to.equal('11-Sep-1970');
      expect(formatDateTime('2019-03')).to.equal('Mar-2019');
      expect(formatDateTime('2019')).to.equal('2019');
    });

    it('R21: accepts a JavaScript Date as an instant', () => {
      expect(formatDateTime(new Date(Date.UTC(2024, 2, 31, 23, 30)))).to.equal('01-Apr-2024 00:30');
      expect(formatDateTime(new Date(NaN))).to.equal('Invalid date');
    });

    it('R20/R21: absent and unreadable values', () => {
      expect(formatDateTime(undefined)).to.equal('Not recorded');
      expect(formatDateTime('2024-03-31T23:30:00')).to.equal('Invalid date "2024-03-31T23:30:00"'); // no offset
      expect(formatDateTime('2024-03-31T23:30Z')).to.equal('Invalid date "2024-03-31T23:30Z"'); // no seconds
      expect(formatDateTime([])).to.equal('Invalid date');
    });
  });

  describe('R21: the machine time zone changes nothing', () => {
    it('the simulation is armed: naive code would shift 1970-09-11 in a zone west of London', () => {
      inZone(ZONES[0], () => {
        expect(new Date('1970-09-11').getDate()).to.equal(10);
        expect(new Intl.DateTimeFormat('en-GB').format(new Date('1970-09-11'))).to.equal('10/09/1970');
      });
    });

    for (const zone of ZONES) {
      it(`gives the same output with the machine in ${zone.name}`, () => {
        const inputs = ['1970-09-11', '2000-01-01', '2024-02-29', '2019-03', '2024-03-31T23:30:00Z', '1970-01-15T12:00:00Z'];
        const expected = inputs.map((v) => [formatDate(v), formatDateTime(v)]);
        const actual = inZone(zone, () => inputs.map((v) => [formatDate(v), formatDateTime(v)]));
        expect(actual).to.deep.equal(expected);
        expect(actual[0]).to.deep.equal(['11-Sep-1970', '11-Sep-1970']);
        expect(actual[4]).to.deep.equal(['01-Apr-2024', '01-Apr-2024 00:30']);
      });
    }

    it('formats birthDates whose UTC-midnight instant falls on the previous local day', () => {
      // Date.UTC(y, m, d) is exactly what new Date('yyyy-mm-dd') yields; west of Greenwich its
      // local date is the day before. Every first and last of a month, across leap years.
      inZone(ZONES[2], () => {
        for (let year = 1999; year <= 2001; year++) {
          for (let month = 1; month <= 12; month++) {
            for (const day of [1, new Date(Date.UTC(year, month, 0)).getUTCDate()]) {
              const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
              expect(new Date(Date.UTC(year, month - 1, day)).getDate(), 'trap armed').to.not.equal(day);
              expect(formatDate(iso).slice(0, 2), iso).to.equal(String(day).padStart(2, '0'));
            }
          }
        }
      });
    });
  });

  describe('parseFhirDate', () => {
    it('R22: reports each precision', () => {
      expect(parseFhirDate('2019')).to.deep.equal({ precision: 'year', year: 2019 });
      expect(parseFhirDate('2019-03')).to.deep.equal({ precision: 'month', year: 2019, month: 3 });
      expect(parseFhirDate('2019-03-04')).to.deep.equal({ precision: 'day', year: 2019, month: 3, day: 4 });
    });

    it('R21: a time with an offset becomes the exact instant', () => {
      const parsed = parseFhirDate('2024-07-01T09:00:00.25+02:00');
      expect(parsed?.precision).to.equal('time');
      expect(parsed?.instant?.toISOString()).to.equal('2024-07-01T07:00:00.250Z');
      expect(parsed).to.include({ year: 2024, month: 7, day: 1 }); // as written
    });

    it('rejects impossible calendar dates', () => {
      for (const v of ['2023-02-29', '1900-02-29', '2023-02-30', '2024-04-31', '2023-13', '2023-00-10', '2023-01-00']) {
        expect(parseFhirDate(v), v).to.equal(undefined);
      }
      expect(parseFhirDate('2024-02-29')?.day).to.equal(29);
      expect(parseFhirDate('2000-02-29')?.day).to.equal(29);
    });

    it('follows the FHIR R4 regex: no year 0000, 4-digit years, offset required with a time', () => {
      for (const v of ['0000', '99', '20190', '2019-3', '2019-03-04T', '2019-03-04T10:00:00', '2019-03-04T24:00:00Z',
        '2019-03-04T10:00:00+15:00', '2019-03-04 10:00:00Z', ' 2019', '2019 ']) {
        expect(parseFhirDate(v), v).to.equal(undefined);
      }
      expect(parseFhirDate('2019-03-04T10:00:00+14:00')?.precision).to.equal('time');
      expect(parseFhirDate('2019-03-04T10:00:00-13:59')?.precision).to.equal('time');
    });

    it('never throws on other JSON values', () => {
      for (const v of [undefined, null, 2019, {}, [], true, new Date()]) expect(parseFhirDate(v)).to.equal(undefined);
    });
  });

  describe('compareFhirDates', () => {
    // null, not undefined: Array.prototype.sort moves undefined to the end without the comparator.
    const values = ['2024-01-02', null, '2023', 'garbage', '2024-01-01T23:30:00Z', '2024-01'];

    it('sorts oldest first, partial dates by their start, undated last', () => {
      expect([...values].sort(compareFhirDates)).to.deep.equal([
        '2023', '2024-01', '2024-01-01T23:30:00Z', '2024-01-02', null, 'garbage',
      ]);
      expect(compareFhirDates(undefined, '1900')).to.be.greaterThan(0);
      expect(compareFhirDates('1900', undefined)).to.be.lessThan(0);
      expect(compareFhirDates(undefined, 'x')).to.equal(0);
    });

    it('sorts newest first with undated still last', () => {
      expect([...values].sort(compareFhirDatesNewestFirst)).to.deep.equal([
        '2024-01-02', '2024-01-01T23:30:00Z', '2024-01', '2023', null, 'garbage',
      ]);
      expect(compareFhirDatesNewestFirst(undefined, '2999')).to.be.greaterThan(0);
    });

    it('R20: the kept start instants never change an answer, past the number kept', () => {
      // 10,000 distinct days (more than the 4,096 kept), each twice, as a date and a dateTime.
      const days = Array.from({ length: 10_000 }, (_, i) => new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10));
      const values = days.flatMap((d) => [d, `${d}T12:00:00+01:00`]);
      const shuffled = values.map((v, i) => ({ v, k: (i * 7919) % values.length })).sort((a, b) => a.k - b.k).map((x) => x.v);
      expect(shuffled.sort(compareFhirDatesNewestFirst)).to.deep.equal([...values].reverse());
      expect(formatDateTime('2024-06-30T23:30:00Z')).to.equal('01-Jul-2024 00:30');
    });

    it('R21: a date starts at London midnight (23:00Z in summer)', () => {
      expect(compareFhirDates('2024-07-01', '2024-06-30T23:30:00Z')).to.be.lessThan(0); // 00:30 BST 1 Jul
      expect(compareFhirDates('2024-07-01', '2024-06-30T22:30:00Z')).to.be.greaterThan(0); // 23:30 BST 30 Jun
      expect(compareFhirDates('2024', '2024-01-01')).to.equal(0);
    });
  });

  describe('isPast and daysUntil (R45 expiry)', () => {
    it('a date-only value lasts until the end of its London day', () => {
      expect(isPast('2024-06-30', utc('2024-06-30T22:59:59.999Z'))).to.equal(false); // 23:59:59 BST
      expect(isPast('2024-06-30', utc('2024-06-30T23:00:00Z'))).to.equal(true); // 00:00 BST 1 Jul
      expect(isPast('2024-01-15', utc('2024-01-15T23:59:59Z'))).to.equal(false);
      expect(isPast('2024-01-15', utc('2024-01-16T00:00:00Z'))).to.equal(true);
    });

    it('a partial date lasts to the end of its month or year', () => {
      expect(isPast('2024-06', utc('2024-06-30T22:00:00Z'))).to.equal(false);
      expect(isPast('2024-06', utc('2024-06-30T23:00:00Z'))).to.equal(true);
      expect(isPast('2024', utc('2024-12-31T23:59:00Z'))).to.equal(false);
    });

    it('a dateTime is past from its instant', () => {
      expect(isPast('2024-06-30T12:00:00Z', utc('2024-06-30T11:59:59Z'))).to.equal(false);
      expect(isPast('2024-06-30T12:00:00Z', utc('2024-06-30T12:00:00Z'))).to.equal(true);
    });

    it('counts London calendar days', () => {
      const now = utc('2024-06-30T23:30:00Z'); // 00:30 on 1 July in London
      expect(daysUntil('2024-07-01', now)).to.equal(0);
      expect(daysUntil('2024-07-02', now)).to.equal(1);
      expect(daysUntil('2024-06-30', now)).to.equal(-1);
      expect(daysUntil('2024-07', now)).to.equal(30);
      expect(daysUntil('2024-07-01T22:00:00Z', now)).to.equal(0); // 23:00 BST 1 Jul
      expect(daysUntil('2024-07-01T23:30:00Z', now)).to.equal(1); // 00:30 BST 2 Jul
      expect(daysUntil('2025-07-01', now)).to.equal(365);
    });

    it('gives undefined, not a guess, for unreadable input', () => {
      expect(isPast('soon', new Date())).to.equal(undefined);
      expect(daysUntil(undefined, new Date())).to.equal(undefined);
      expect(isPast('2024-01-01', new Date(NaN))).to.equal(undefined);
      expect(daysUntil('2024-01-01', 'now' as unknown as Date)).to.equal(undefined);
    });
  });
});
