import { describe, expect, it } from 'vitest';
import { searchKey } from './searchKeys.ts';

describe('searchKey', () => {
  it('folds acronyms written with dots, spaces, hyphens or another case to one key', () => {
    expect(searchKey('บพท.')).toBe('บพท');
    expect(searchKey('บพท')).toBe('บพท');
    expect(searchKey('PMU-A')).toBe('pmua');
    expect(searchKey('pmu a')).toBe('pmua');
    expect(searchKey('H.E. Mr. Zhang')).toBe('hemrzhang');
  });
});
