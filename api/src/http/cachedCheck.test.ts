import { describe, expect, it } from 'vitest';
import { cachedCheck } from './cachedCheck.ts';

describe('cachedCheck', () => {
  it('reuses an outcome, success or failure, for the period, then checks again', async () => {
    let time = 0;
    let calls = 0;
    let failing = false;
    const check = cachedCheck(
      async () => {
        calls += 1;
        if (failing) throw new Error('down');
      },
      1_000,
      () => time,
    );
    await Promise.all(Array.from({ length: 50 }, () => check()));
    expect(calls).toBe(1);
    time = 999;
    await check();
    expect(calls).toBe(1);
    failing = true;
    time = 1_000;
    await expect(check()).rejects.toThrow('down');
    time = 1_500;
    await expect(check()).rejects.toThrow('down');
    expect(calls).toBe(2);
    failing = false;
    time = 2_000;
    await check();
    expect(calls).toBe(3);
  });
});
