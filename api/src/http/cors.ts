import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';

/**
 * Sets the CORS headers of a response for an allow-list of origins (from CORS_ORIGINS): listed
 * origins may call the API from their pages; any other origin gets none, so browsers keep its
 * pages out. Answers whether the request's origin is allowed.
 */
export function setCorsHeaders(req: IncomingMessage, res: ServerResponse, allowed: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  const vary = res.getHeader('Vary');
  // As Express's res.vary('Origin'): added once to whatever the response varies on already.
  if (vary === undefined) res.setHeader('Vary', 'Origin');
  else if (!/(^|,)\s*(origin|\*)\s*(,|$)/i.test(String(vary))) res.setHeader('Vary', `${String(vary)}, Origin`);
  if (!origin || !allowed.has(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization, Apollo-Require-Preflight, X-Apollo-Operation-Name');
  res.setHeader('Access-Control-Max-Age', '600');
  return true;
}

/** CORS for an allow-list of origins, with preflights: 204 for a listed origin, 403 for any other. */
export function corsAllowList(origins: ReadonlySet<string>): RequestHandler {
  return (req, res, next) => {
    const allowed = setCorsHeaders(req, res, origins);
    if (req.method === 'OPTIONS') {
      res.status(allowed ? 204 : 403).end();
      return;
    }
    next();
  };
}
