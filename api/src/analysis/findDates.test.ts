import { describe, expect, it } from 'vitest';
import { findDates } from './findDates.ts';
import { findOrdinals } from './findOrdinals.ts';

function dates(text: string) {
  return findDates(text).map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    return [d.text, d.date, d.endDate];
  });
}

describe('findDates', () => {
  it('reads Thai dates: month names and abbreviations, Buddhist-era years, Thai digits, ranges', () => {
    expect(dates('เมื่อวันที่ 20-21 ก.ย. 2566 หน่วย')).toEqual([['20-21 ก.ย. 2566', '2023-09-20', '2023-09-21']]);
    expect(dates('ระหว่างวันที่ 16 - 17 มกราคม 2560 ณ')).toEqual([['16 - 17 มกราคม 2560', '2017-01-16', '2017-01-17']]);
    expect(dates('วันที่ ๕ เมษายน พ.ศ. ๒๕๖๐')).toEqual([['๕ เมษายน พ.ศ. ๒๕๖๐', '2017-04-05', null]]);
    expect(dates('30 ก.ย. - 2 ต.ค. 2566')).toEqual([['30 ก.ย. - 2 ต.ค. 2566', '2023-09-30', '2023-10-02']]);
    expect(dates('ในเดือนมีนาคม 2557 และปี 2558')).toEqual([
      ['มีนาคม 2557', '2014-03', null],
      ['ปี 2558', '2015', null],
    ]);
    expect(dates('เมื่อ 20 ก.ย. 66 ที่')).toEqual([['20 ก.ย. 66', '2023-09-20', null]]);
    expect(dates('ค.ศ. 2017 และ 8 ธ.ค. ค.ศ. 2017')).toEqual([['8 ธ.ค. ค.ศ. 2017', '2017-12-08', null]]);
  });

  it('reads Chinese dates, with or without a year, and ranges', () => {
    expect(dates('2017年4月5日在曼谷')).toEqual([['2017年4月5日', '2017-04-05', null]]);
    expect(dates('于6月17日举行')).toEqual([['6月17日', '--06-17', null]]);
    expect(dates('2023年9月20日至21日')).toEqual([['2023年9月20日至21日', '2023-09-20', '2023-09-21']]);
    expect(dates('2014年3月')).toEqual([['2014年3月', '2014-03', null]]);
    expect(dates('2014年')).toEqual([['2014年', '2014', null]]);
    expect(dates('会议于6月举行')).toEqual([['6月', '--06', null]]);
  });

  it('reads English dates in both orders, with ranges', () => {
    expect(dates('on 20 September 2023.')).toEqual([['20 September 2023', '2023-09-20', null]]);
    expect(dates('September 20–21, 2023')).toEqual([['September 20–21, 2023', '2023-09-20', '2023-09-21']]);
    expect(dates('on 25th May 1963')).toEqual([['25th May 1963', '1963-05-25', null]]);
    expect(dates('in September 2023')).toEqual([['September 2023', '2023-09', null]]);
    expect(dates('Sept. 3, 2018')).toEqual([['Sept. 3, 2018', '2018-09-03', null]]);
  });

  it('gives a date printed without a year no year (ISO 8601 --mm-dd), never one from the page', () => {
    expect(dates('2566 ... เมื่อ 21 ส.ค. ที่ผ่านมา')).toEqual([['21 ส.ค.', '--08-21', null]]);
    expect(dates('Tuesday (July 25)')).toEqual([['July 25', '--07-25', null]]);
    expect(dates('on April 3 in 2018')).toEqual([['April 3', '--04-03', null]]);
  });

  it('does not read ordinary words as months', () => {
    expect(dates('it may be 5 may')).toEqual([]);
  });
});

describe('findOrdinals', () => {
  it('finds meeting ordinals in Thai (Arabic and Thai digits), Chinese and English', () => {
    const ordinals = (text: string) => findOrdinals(text, findDates(text)).map((o) => [o.text, o.value]);
    expect(ordinals('การประชุมครั้งที่ ๒๒ และครั้งที่ 4')).toEqual([
      ['ครั้งที่ ๒๒', 22],
      ['ครั้งที่ 4', 4],
    ]);
    expect(ordinals('第四次会议，第二十二届')).toEqual([
      ['第四次', 4],
      ['第二十二届', 22],
    ]);
    expect(ordinals('the 4th Joint Committee Meeting on 25th May 1963')).toEqual([['4th', 4]]);
    expect(ordinals('the fourth Joint Committee meeting')).toEqual([['fourth', 4]]);
  });
});
