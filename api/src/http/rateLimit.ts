import { isIPv6 } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Caller } from '../auth/credentials.ts';

/** Requests allowed per minute: per client address (callers without a valid key) and per API key; 0 turns a limit off. */
export interface RateLimits {
  readonly addressPerMinute: number;
  readonly keyPerMinute: number;
}

/** What a request is counted against: its API key's name, or its address. */
export interface RateLimitSubject {
  readonly kind: 'key' | 'address';
  readonly id: string;
}

/** The verdict on one request: go ahead, or wait this many seconds. */
export type RateLimitVerdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * The address a limit counts: IPv4 as it is (also when mapped into IPv6), IPv6 by its /64
 * prefix, since one client usually holds a whole /64 and could otherwise rotate through it.
 */
export function addressBucket(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1] as string;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** Whom a request is counted against: a valid key by its name (keys and addresses never share a count), anyone else by address. */
export function rateLimitSubject(caller: Caller, address: string | undefined): RateLimitSubject {
  return caller.kind === 'key' ? { kind: 'key', id: caller.principal.name } : { kind: 'address', id: addressBucket(address) };
}

/** Counts requests per subject in this process's memory (rate-limiter-flexible) and answers whether one may go ahead. */
export function createRateLimiter(limits: RateLimits): (subject: RateLimitSubject) => Promise<RateLimitVerdict> {
  const make = (points: number, prefix: string) =>
    points > 0 ? new RateLimiterMemory({ points, duration: 60, keyPrefix: prefix }) : undefined;
  const byAddress = make(limits.addressPerMinute, 'address');
  const byKey = make(limits.keyPerMinute, 'key');
  return async (subject) => {
    const limiter = subject.kind === 'key' ? byKey : byAddress;
    if (!limiter) return { allowed: true };
    try {
      await limiter.consume(subject.id);
      return { allowed: true };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
  };
}

/** Whether a path is counted: everything but the probes (`/healthz`, `/readyz`, `/metrics`) that monitoring calls often. */
export function isRateLimited(req: IncomingMessage): boolean {
  const url = req.url ?? '/';
  const path = url.split('?', 1)[0];
  return path !== '/healthz' && path !== '/readyz' && path !== '/metrics';
}

/** Answers 429 with `Retry-After` and a GraphQL-shaped error that says when to try again. */
export function sendTooManyRequests(res: ServerResponse, retryAfterSeconds: number): void {
  const body = JSON.stringify({
    errors: [
      {
        message: `Too many requests; try again in ${retryAfterSeconds} s.`,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
      },
    ],
  });
  res.statusCode = 429;
  res.setHeader('Retry-After', String(retryAfterSeconds));
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}
