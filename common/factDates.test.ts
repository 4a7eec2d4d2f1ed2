import { describe, expect, it } from 'vitest';
import { compareFactDates, datePrecision, overlapsPeriod, yearOf } from './factDates.ts';

describe('fact dates', () => {
  it('reads the four printed forms and refuses others', () => {
    expect(['2017-12-08', '2014-03', '2016', '--12-08'].map(datePrecision)).toEqual(['DAY', 'MONTH', 'YEAR', 'NO_YEAR']);
    expect(['2017-13', '2017-02-30', '--00-08', '8 ธันวาคม 2560', '17', '2017-1-8'].map(datePrecision)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(yearOf('--12-08')).toBeNull();
    expect(yearOf('2014-03')).toBe(2014);
  });

  it('places a fact in a period by its span at printed precision; a no-year fact in none', () => {
    expect(overlapsPeriod('2016', null, '2016-11', '2017-06')).toBe(true);
    expect(overlapsPeriod('2017-01-16', '2017-01-17', '2017-01-17', null)).toBe(true);
    expect(overlapsPeriod('2017-01-16', '2017-01-17', '2017-02', null)).toBe(false);
    expect(overlapsPeriod('2014-03', null, null, '2014-02')).toBe(false);
    expect(overlapsPeriod('--03-22', null, null, null)).toBe(false);
  });

  it('orders a year before its months and days, and no-year dates last', () => {
    expect(['--03-22', '2017-01-16', '2017', '--01-02', '2016-12'].sort(compareFactDates)).toEqual([
      '2016-12',
      '2017',
      '2017-01-16',
      '--01-02',
      '--03-22',
    ]);
  });
});
