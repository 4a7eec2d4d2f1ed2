import { describe, expect, it } from 'vitest';
import { textSegments } from './textSegments.ts';

describe('textSegments', () => {
  it('alternates plain runs and mentions, skipping a mention nested in a longer one', () => {
    expect(
      textSegments(20, [
        { start: 10, end: 15 },
        { start: 2, end: 8 },
        { start: 4, end: 6 },
      ]),
    ).toEqual([
      { start: 0, end: 2, mention: null },
      { start: 2, end: 8, mention: 1 },
      { start: 8, end: 10, mention: null },
      { start: 10, end: 15, mention: 0 },
      { start: 15, end: 20, mention: null },
    ]);
  });

  it('covers the whole text exactly', () => {
    const segments = textSegments(5, [{ start: 0, end: 5 }]);
    expect(segments).toEqual([{ start: 0, end: 5, mention: 0 }]);
    expect(textSegments(3, [])).toEqual([{ start: 0, end: 3, mention: null }]);
  });
});
