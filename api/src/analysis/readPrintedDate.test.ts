import { describe, expect, it } from 'vitest';
import { readPrintedDate } from './readPrintedDate.ts';

describe('readPrintedDate', () => {
  it('reads a day printed in Thai (Buddhist era, Thai digits), Chinese, English or ISO', () => {
    expect(readPrintedDate('20 ก.ย. 2566')).toBe('2023-09-20');
    expect(readPrintedDate('๒๐ กันยายน ๒๕๖๖')).toBe('2023-09-20');
    expect(readPrintedDate('2017年4月5日')).toBe('2017-04-05');
    expect(readPrintedDate('2023-09-20')).toBe('2023-09-20');
  });

  it('gives null for a date without its day or year, or a range', () => {
    expect(readPrintedDate('6月17日')).toBeNull();
    expect(readPrintedDate('กันยายน 2566')).toBeNull();
    expect(readPrintedDate('20-21 ก.ย. 2566')).toBeNull();
    expect(readPrintedDate('last week')).toBeNull();
  });
});
