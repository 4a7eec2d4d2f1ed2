import { describe, expect, it } from 'vitest';
import { slowOperationPlan } from './peerBench.ts';

describe('slowOperationPlan', () => {
  it('keeps timed runs while a warm-up gets two answers per connection in time', () => {
    expect(slowOperationPlan({ requests: 32, timeouts: 0 }, 16)).toBeUndefined();
    expect(slowOperationPlan({ requests: 4000, timeouts: 0 }, 16)).toBeUndefined();
  });

  it('counts requests instead when a warm-up got too few answers, none, or some too late', () => {
    expect(slowOperationPlan({ requests: 31, timeouts: 0 }, 16)).toEqual({ requestsPerRun: 32, timeoutSeconds: 600 });
    expect(slowOperationPlan({ requests: 0, timeouts: 0 }, 16)).toEqual({ requestsPerRun: 32, timeoutSeconds: 600 });
    expect(slowOperationPlan({ requests: 100, timeouts: 1 }, 4)).toEqual({ requestsPerRun: 8, timeoutSeconds: 600 });
  });
});
