import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { KeyStore } from '../auth/apiKeys.ts';
import { readAccessGuard } from './readAccessGuard.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Guards /metrics: with a token (METRICS_TOKEN) only `Authorization: Bearer <token>` opens it;
 * without one it follows READ_ACCESS, as queries do (open, or a reader or editor key).
 */
export function metricsGuard(token: string | undefined, readAccess: 'open' | 'key', keys: KeyStore): RequestHandler {
  if (!token) return readAccessGuard(readAccess, keys);
  const expected = sha256(token);
  return (req, res, next) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    // Hashes compared, so neither the length nor the content of the token shows in the timing.
    if (m && timingSafeEqual(sha256(m[1] as string), expected)) return next();
    res
      .status(401)
      .set('WWW-Authenticate', 'Bearer')
      .json({ errors: [{ message: '/metrics needs `Authorization: Bearer <METRICS_TOKEN>`.', extensions: { code: 'UNAUTHENTICATED' } }] });
  };
}
