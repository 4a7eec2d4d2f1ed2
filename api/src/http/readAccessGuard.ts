import type { RequestHandler } from 'express';
import type { KeyStore } from '../auth/apiKeys.ts';
import { callerFrom } from '../auth/credentials.ts';
import { requireRole } from '../auth/requireRole.ts';
import type { AppError } from '../errors.ts';

/** Lets a request through when reading is open, or when it carries a key; 401/403 as JSON otherwise. */
export function readAccessGuard(readAccess: 'open' | 'key', keys: KeyStore): RequestHandler {
  return (req, res, next) => {
    if (readAccess === 'open') return next();
    try {
      requireRole(callerFrom(req.headers, keys), 'reader', 'Reading on this server');
      next();
    } catch (error) {
      const e = error as AppError;
      res.status(e.code === 'FORBIDDEN' ? 403 : 401).json({ errors: [{ message: e.message, extensions: { code: e.code } }] });
    }
  };
}
