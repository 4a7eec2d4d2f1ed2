import { describe, expect, it } from 'vitest';
import { addressBucket, createRateLimiter, rateLimitSubject } from './rateLimit.ts';

describe('addressBucket', () => {
  it('counts IPv4 addresses as they are, also when mapped into IPv6', () => {
    expect(addressBucket('203.0.113.9')).toBe('203.0.113.9');
    expect(addressBucket('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressBucket(undefined)).toBe('unknown');
  });

  it('counts IPv6 addresses by their /64, however they are written', () => {
    expect(addressBucket('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:0db8:0001:0002::1')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
  });
});

describe('rateLimitSubject', () => {
  it('counts a valid key by its name, and anyone else, an unknown key included, by address', () => {
    expect(rateLimitSubject({ kind: 'key', principal: { name: 'alice', role: 'reader' } }, '203.0.113.9')).toEqual({
      kind: 'key',
      id: 'alice',
    });
    expect(rateLimitSubject({ kind: 'anonymous' }, '203.0.113.9')).toEqual({ kind: 'address', id: '203.0.113.9' });
    expect(rateLimitSubject({ kind: 'invalid', reason: 'x' }, '203.0.113.9')).toEqual({ kind: 'address', id: '203.0.113.9' });
  });
});

describe('createRateLimiter', () => {
  it('allows the configured number per minute, then says how long to wait', async () => {
    const limit = createRateLimiter({ addressPerMinute: 3, keyPerMinute: 1 });
    const a = { kind: 'address', id: '203.0.113.9' } as const;
    const verdicts = [await limit(a), await limit(a), await limit(a), await limit(a)];
    expect(verdicts.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    expect(verdicts[3]).toMatchObject({ allowed: false });
    const wait = (verdicts[3] as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    // Another address and a key with the same id have counts of their own.
    expect(await limit({ kind: 'address', id: '203.0.113.10' })).toEqual({ allowed: true });
    expect(await limit({ kind: 'key', id: '203.0.113.9' })).toEqual({ allowed: true });
    expect(await limit({ kind: 'key', id: '203.0.113.9' })).toMatchObject({ allowed: false });
  });

  it('lets everything through when a limit is 0', async () => {
    const limit = createRateLimiter({ addressPerMinute: 0, keyPerMinute: 0 });
    for (let i = 0; i < 100; i++) expect(await limit({ kind: 'address', id: 'a' })).toEqual({ allowed: true });
  });
});
