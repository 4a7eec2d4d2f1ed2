import { describe, expect, it } from 'vitest';
import { normalizeName, normalizeText } from './normalizeText.ts';

describe('normalizeText', () => {
  it('drops spacing, acronym dots and hyphens, lower-cases, and maps every unit back to the original', () => {
    const original = 'Mr. Zhang Guang-Jun';
    const n = normalizeText(original);
    expect(n.text).toBe('mrzhangguangjun');
    const at = n.text.indexOf('guangjun');
    expect(original.slice(n.starts[at], n.ends[at + 'guangjun'.length - 1])).toBe('Guang-Jun');
  });

  it('reads Thai digits as ASCII digits and the old sara am (nikhahit + sara aa) as sara am', () => {
    expect(normalizeName('ครั้งที่ ๒๒')).toBe('ครั้งที่22');
    const n = normalizeText('สํานักงาน');
    expect(n.text).toBe('สำนักงาน');
    expect([n.starts[1], n.ends[1]]).toEqual([1, 3]);
  });

  it('folds traditional Chinese to simplified, one character for one', () => {
    expect(normalizeName('中華人民共和國科學技術部')).toBe('中华人民共和国科学技术部');
    expect(normalizeName('บพท.')).toBe(normalizeName('บพท'));
  });

  it('keeps a character outside the basic plane whole', () => {
    const n = normalizeText('a𠀋b');
    expect(n.text).toBe('a𠀋b');
    expect([n.starts[1], n.ends[2]]).toEqual([1, 3]);
  });
});
