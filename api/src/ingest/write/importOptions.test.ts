import { describe, expect, it } from 'vitest';
import { groupDigits, progressReporter } from './importOptions.ts';

describe('groupDigits', () => {
  it('puts a comma between groups of three digits, as English writes counts', () => {
    expect(groupDigits(0)).toBe('0');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(1_000)).toBe('1,000');
    expect(groupDigits(10_081)).toBe('10,081');
    expect(groupDigits(1_000_229)).toBe('1,000,229');
    for (const n of [7, 12_345, 100_000, 987_654_321]) expect(groupDigits(n)).toBe(n.toLocaleString('en'));
  });
});

describe('progressReporter', () => {
  it('says rows written and the share of the total once the total is known; nothing for a small import', () => {
    const lines: string[] = [];
    const check: { total?: number } = {};
    const report = progressReporter(() => check.total, { log: (line) => lines.push(line) });
    report(6_000);
    check.total = 10_081;
    report(8_000);
    expect(lines).toEqual(['  6,000 rows', '  8,000 / 10,081 rows (79%)']);
    const small: string[] = [];
    progressReporter(4_000, { log: (line) => small.push(line) })(4_000);
    expect(small).toEqual([]);
  });
});
