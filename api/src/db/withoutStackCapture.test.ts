import { describe, expect, it } from 'vitest';
import { withoutStackCapture } from './withoutStackCapture.ts';

describe('withoutStackCapture', () => {
  it('creates inside with no stack frames, and restores the limit after', () => {
    const before = Error.stackTraceLimit;
    const stack = withoutStackCapture(() => new Error('inside').stack);
    expect(stack).toBe('Error: inside');
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('outside').stack?.split('\n').length).toBeGreaterThan(1);
  });

  it('restores the limit when the call throws', () => {
    const before = Error.stackTraceLimit;
    expect(() =>
      withoutStackCapture(() => {
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(Error.stackTraceLimit).toBe(before);
  });
});
