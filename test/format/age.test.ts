import { expect } from '@open-wc/testing';
import { formatAge, formatAgeAtDeath } from '../../src/format/age.js';
import { ZONES, inZone } from './zone-simulation.js';

const at = (iso: string) => new Date(iso);
const MS = 1;

describe('age', () => {
  describe('formatAge: the CUI vectors (R4)', () => {
    // Births with a time use the UK Core/HL7 patient-birthTime extension value.
    const birthDate = '2024-01-10';
    const birthTime = '2024-01-10T08:00:00Z';

    it('R4: 1 hour 30 minutes is 90min', () => {
      expect(formatAge(birthDate, at('2024-01-10T09:30:00Z'), birthTime)).to.equal('90min');
    });

    it('R4: 1 day 2 hours 5 minutes is 26hrs', () => {
      expect(formatAge(birthDate, at('2024-01-11T10:05:00Z'), birthTime)).to.equal('26hrs');
    });

    it('R4: 3 days 17 hours 7 minutes is 3d', () => {
      expect(formatAge(birthDate, at('2024-01-14T01:07:00Z'), birthTime)).to.equal('3d');
    });

    // The CUI table's own series starts at 00:30 on 29-Mar-2020 (London; clocks changed that night).
    const cuiBirth = ['2020-03-29', '2020-03-29T00:30:00Z'] as const;
    const cui: [string, string, string][] = [
      ['27 days 5 hours 2 minutes', '2020-04-25T04:32:00Z', '27d'],
      ['28 days 5 hours 2 minutes', '2020-04-26T04:32:00Z', '4w'],
      ['29 days 5 hours 2 minutes', '2020-04-27T04:32:00Z', '4w 1d'],
      ['1 year 1 day 5 hours', '2021-03-30T04:30:00Z', '12m 1d'],
      ['1 year 8 days 5 hours', '2021-04-06T04:30:00Z', '12m 8d'],
      ['1 year 39 days 5 hours', '2021-05-07T04:30:00Z', '13m 8d'],
    ];
    for (const [age, now, shown] of cui) {
      it(`R4: ${age} is ${shown}`, () => {
        expect(formatAge(cuiBirth[0], at(now), cuiBirth[1])).to.equal(shown);
      });
    }

    it('R4: 4 years 39 days is 4y 1m', () => {
      expect(formatAge('2010-01-01', at('2014-02-09T12:00:00Z'))).to.equal('4y 1m');
    });

    it('R4: 16 years 4 months is 16y 4m; 24 years is 24y', () => {
      expect(formatAge('2005-03-01', at('2021-07-21T12:00:00Z'))).to.equal('16y 4m');
      expect(formatAge('2000-01-01', at('2024-05-01T12:00:00Z'))).to.equal('24y');
    });

    it('R4: Born 14-Jul-1945 (61y) from the 61st birthday until the day before the 62nd', () => {
      expect(formatAge('1945-07-14', at('2006-07-13T22:59:59Z'))).to.equal('60y'); // 23:59:59 BST
      expect(formatAge('1945-07-14', at('2006-07-13T23:00:00Z'))).to.equal('61y'); // 00:00 BST 14 Jul
      expect(formatAge('1945-07-14', at('2007-07-13T12:00:00Z'))).to.equal('61y');
      expect(formatAge('1945-07-14', at('2007-07-14T12:00:00Z'))).to.equal('62y');
    });
  });

  describe('formatAge: band edges (R4)', () => {
    it('exactly 2 hours leaves minutes for hours', () => {
      const birthTime = '2024-01-10T08:00:00Z';
      expect(formatAge('2024-01-10', new Date(at('2024-01-10T10:00:00Z').getTime() - MS), birthTime)).to.equal('119min');
      expect(formatAge('2024-01-10', at('2024-01-10T10:00:00Z'), birthTime)).to.equal('2hrs');
    });

    it('exactly 2 days leaves hours for days', () => {
      expect(formatAge('2024-01-10', new Date(at('2024-01-12T00:00:00Z').getTime() - MS))).to.equal('47hrs');
      expect(formatAge('2024-01-10', at('2024-01-12T00:00:00Z'))).to.equal('2d');
    });

    it('exactly 4 weeks leaves days for weeks', () => {
      expect(formatAge('2024-01-01', at('2024-01-28T23:59:59Z'))).to.equal('27d');
      expect(formatAge('2024-01-01', at('2024-01-29T00:00:00Z'))).to.equal('4w');
    });

    it('exactly 1 year leaves weeks for months', () => {
      expect(formatAge('2023-01-10', at('2024-01-09T23:59:59Z'))).to.equal('52w');
      expect(formatAge('2023-01-10', at('2024-01-10T00:00:00Z'))).to.equal('12m');
    });

    it('exactly 2 years leaves months for years', () => {
      expect(formatAge('2022-01-10', at('2024-01-09T23:59:59Z'))).to.equal('23m 30d');
      expect(formatAge('2022-01-10', at('2024-01-10T00:00:00Z'))).to.equal('2y');
    });

    it('exactly 18 years leaves years and months for years', () => {
      expect(formatAge('2006-01-10', at('2024-01-09T23:59:59Z'))).to.equal('17y 11m');
      expect(formatAge('2006-01-10', at('2024-01-10T00:00:00Z'))).to.equal('18y');
    });
  });

  describe('formatAge: calendar arithmetic', () => {
    it('a 29-February birthday comes round on 1 March in other years', () => {
      expect(formatAge('2020-02-29', at('2021-02-28T12:00:00Z'))).to.equal('52w 1d');
      expect(formatAge('2020-02-29', at('2021-03-01T00:00:00Z'))).to.equal('12m');
      expect(formatAge('2004-02-29', at('2022-02-28T12:00:00Z'))).to.equal('17y 11m');
      expect(formatAge('2004-02-29', at('2022-03-01T00:00:00Z'))).to.equal('18y');
      expect(formatAge('2004-02-29', at('2024-02-29T00:00:00Z'))).to.equal('20y');
    });

    it('month ends: 31 January, through a leap February', () => {
      expect(formatAge('2023-01-31', at('2024-02-29T12:00:00Z'))).to.equal('12m 29d');
      expect(formatAge('2023-01-31', at('2024-03-01T12:00:00Z'))).to.equal('13m');
      expect(formatAge('2023-01-31', at('2024-03-30T12:00:00Z'))).to.equal('13m 29d');
      expect(formatAge('2023-01-31', at('2024-03-31T12:00:00Z'))).to.equal('14m');
    });

    it('hours are real elapsed time across the clock change', () => {
      // London midnight 31-Mar-2024 is 00:00Z; 23:30 BST on 1 April is 22:30Z: 46.5 hours, not 47.5.
      expect(formatAge('2024-03-31', at('2024-04-01T22:30:00Z'))).to.equal('46hrs');
    });

    it('R21: a birthDate is a London calendar date: 18 at London midnight, not UTC midnight', () => {
      // 1988-09-11 00:30 BST is 1988-09-10 23:30Z.
      expect(formatAge('1970-09-11', at('1988-09-10T23:30:00Z'))).to.equal('18y');
      expect(formatAge('1970-09-11', at('1988-09-10T22:30:00Z'))).to.equal('17y 11m');
    });

    it('R21: gives the same ages whatever the machine time zone', () => {
      const cases: [string, string][] = [
        ['1970-09-11', '1988-09-10T23:30:00Z'],
        ['2020-02-29', '2021-03-01T00:00:00Z'],
        ['2024-01-10', '2024-01-11T10:05:00Z'],
        ['1945-07-14', '2006-07-13T23:00:00Z'],
      ];
      const expected = cases.map(([b, n]) => formatAge(b, at(n)));
      expect(expected).to.deep.equal(['18y', '12m', '34hrs', '61y']);
      for (const zone of ZONES) {
        expect(inZone(zone, () => cases.map(([b, n]) => formatAge(b, at(n)))), zone.name).to.deep.equal(expected);
      }
    });
  });

  describe('formatAge: birth time, partial and bad dates', () => {
    it('R4: uses the patient-birthTime of the UK Core BabyPatient example', () => {
      // birthDate 2021-02-11, _birthDate.extension patient-birthTime 2021-02-11T15:39:00+00:00
      expect(formatAge('2021-02-11', at('2021-02-11T17:09:00Z'), '2021-02-11T15:39:00+00:00')).to.equal('90min');
    });

    it('R4: without a birth time, minutes and hours count from London midnight', () => {
      expect(formatAge('2021-02-11', at('2021-02-11T01:30:00Z'))).to.equal('90min');
      expect(formatAge('2021-02-11', at('2021-02-11T17:09:00Z'))).to.equal('17hrs');
      expect(formatAge('2021-06-11', at('2021-06-11T00:30:00Z'))).to.equal('90min'); // BST: midnight is 23:00Z
    });

    it('ignores a birth time that contradicts birthDate, and accepts one written in another offset', () => {
      expect(formatAge('2021-02-11', at('2021-02-11T17:09:00Z'), '2021-03-01T10:00:00Z')).to.equal('17hrs');
      expect(formatAge('2021-02-11', at('2021-02-11T17:09:00Z'), 'garbage')).to.equal('17hrs');
      // 23:30Z on 10 June is 00:30 BST on 11 June.
      expect(formatAge('2021-06-11', at('2021-06-11T01:00:00Z'), '2021-06-10T23:30:00Z')).to.equal('90min');
    });

    it('a future birth gives no age', () => {
      expect(formatAge('2030-01-01', at('2024-01-01T00:00:00Z'))).to.equal(undefined);
      expect(formatAge('2021-02-11', at('2021-02-11T15:00:00Z'), '2021-02-11T15:39:00Z')).to.equal(undefined);
      expect(formatAge('2024-01-02', at('2024-01-01T23:59:59Z'))).to.equal(undefined);
    });

    it('a partial birth date gives whole years only when they are certain and 18 or more', () => {
      expect(formatAge('1945', at('2006-07-14T12:00:00Z'))).to.equal(undefined); // 60 or 61
      expect(formatAge('1945', at('2006-12-31T12:00:00Z'))).to.equal('61y');
      expect(formatAge('1945-03', at('2006-07-14T12:00:00Z'))).to.equal('61y');
      expect(formatAge('1945-07', at('2006-07-14T12:00:00Z'))).to.equal(undefined); // 60 or 61
      expect(formatAge('2015', at('2024-12-31T12:00:00Z'))).to.equal(undefined); // under 18: needs months
    });

    it('never throws on malformed input', () => {
      for (const birth of [undefined, null, '', 'xyz', 1945, {}, [], '2023-02-30']) {
        expect(formatAge(birth, at('2024-01-01T00:00:00Z'))).to.equal(undefined);
      }
      expect(formatAge('1945-07-14', new Date(NaN))).to.equal(undefined);
      expect(formatAge('1945-07-14', 'now' as unknown as Date)).to.equal(undefined);
    });
  });

  describe('formatAgeAtDeath (R5)', () => {
    it('R5: measures to the date of death, in the same bands', () => {
      expect(formatAgeAtDeath('1945-07-14', '2006-07-14')).to.equal('61y');
      expect(formatAgeAtDeath('1945-07-14', '2006-07-13')).to.equal('60y');
      expect(formatAgeAtDeath('2010-01-01', '2014-02-09')).to.equal('4y 1m');
      expect(formatAgeAtDeath('2024-01-10', '2024-01-13')).to.equal('3d');
    });

    it('R5: a deceasedDateTime gives minutes and hours', () => {
      expect(formatAgeAtDeath('2021-02-11', '2021-02-11T17:09:00+00:00', '2021-02-11T15:39:00+00:00')).to.equal('90min');
      expect(formatAgeAtDeath('2021-02-11', '2021-02-12T10:00:00Z')).to.equal('34hrs');
    });

    it('R5: a date of death alone cannot give minutes or hours', () => {
      expect(formatAgeAtDeath('2021-02-11', '2021-02-11', '2021-02-11T15:39:00Z')).to.equal(undefined);
      expect(formatAgeAtDeath('2021-02-11', '2021-02-12')).to.equal(undefined);
      // With a birth time, days still count calendar dates: died on the 13th, whenever that day.
      expect(formatAgeAtDeath('2021-02-10', '2021-02-13', '2021-02-10T23:00:00Z')).to.equal('3d');
    });

    it('R22: partial dates of death give certain whole years only', () => {
      expect(formatAgeAtDeath('1945-07-14', '2006')).to.equal(undefined);
      expect(formatAgeAtDeath('1945-07-14', '2006-09')).to.equal('61y');
      expect(formatAgeAtDeath('1945', '2006-09-01T10:00:00Z')).to.equal(undefined);
    });

    it('death before birth or unreadable dates give no age', () => {
      expect(formatAgeAtDeath('2006-07-14', '1945-07-14')).to.equal(undefined);
      expect(formatAgeAtDeath('1945-07-14', undefined)).to.equal(undefined);
      expect(formatAgeAtDeath({}, '2006-07-14')).to.equal(undefined);
    });
  });
});
