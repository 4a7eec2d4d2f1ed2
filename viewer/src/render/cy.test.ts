import { describe, expect, it } from 'vitest';
import { WEBGL_THRESHOLD, wantsWebgl } from './cy';

describe('wantsWebgl', () => {
  it('switches to WebGL above the threshold unless a renderer is chosen', () => {
    expect(wantsWebgl(WEBGL_THRESHOLD)).toBe(false);
    expect(wantsWebgl(WEBGL_THRESHOLD + 1)).toBe(true);
    expect(wantsWebgl(10, 'webgl')).toBe(true);
    expect(wantsWebgl(100_000, 'canvas')).toBe(false);
  });
});
