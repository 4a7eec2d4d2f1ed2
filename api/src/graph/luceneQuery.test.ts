import { describe, expect, it } from 'vitest';
import { buildSearchQuery, escapeLucene } from './luceneQuery.ts';

describe('Lucene query building', () => {
  it('escapes every operator so input is searched as text', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^"i"~j*k?l:m\\n/o')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^\\"i\\"\\~j\\*k\\?l\\:m\\\\n\\/o',
    );
    expect(escapeLucene('X AND Y')).toBe('x and y');
  });

  it('matches the words, the last one as a prefix, and the folded key', () => {
    expect(buildSearchQuery('nuclear fus')).toEqual({ query: 'nuclear fus fus* nuclearfus nuclearfus*', key: 'nuclearfus' });
    expect(buildSearchQuery('PMU-A')).toEqual({ query: 'pmu\\-a pmu\\-a* pmua pmua*', key: 'pmua' });
  });

  it('adds no prefix after a trailing operator character', () => {
    expect(buildSearchQuery('บพท.').query).toBe('บพท. บพท บพท*');
  });
});
