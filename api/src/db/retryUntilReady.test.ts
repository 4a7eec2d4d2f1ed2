import { describe, expect, it } from 'vitest';
import { retryUntilReady } from './retryUntilReady.ts';

describe('retryUntilReady', () => {
  it('retries with the given waits until the attempt succeeds, reporting each failure', async () => {
    let calls = 0;
    const failures: [string, number, number][] = [];
    const ok = await retryUntilReady({
      attempt: async () => {
        calls += 1;
        if (calls < 4) throw new Error(`down ${calls}`);
      },
      onFailure: (e, wait, n) => failures.push([e.message, wait, n]),
      delaysMs: [1, 5],
    });
    expect(ok).toBe(true);
    expect(calls).toBe(4);
    expect(failures).toEqual([
      ['down 1', 1, 1],
      ['down 2', 5, 2],
      ['down 3', 5, 3],
    ]);
  });

  it('stops waiting when aborted and says it did not succeed', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const run = retryUntilReady({
      attempt: async () => {
        throw new Error('down');
      },
      onFailure: () => controller.abort(),
      delaysMs: [60_000],
      signal: controller.signal,
    });
    expect(await run).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
