import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Metrics } from '../observability/metrics.ts';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Gives every request an id (the caller's X-Request-Id when well-formed), echoed in the response. */
export function requestIds(): RequestHandler {
  return (req, res, next) => {
    const given = req.headers['x-request-id'];
    res.setHeader('X-Request-Id', typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID());
    next();
  };
}

/** The route label of a path: a few known routes, everything else `static`, so labels stay few. */
export function routeOf(path: string): string {
  if (path.startsWith('/graphql')) return '/graphql';
  if (path.startsWith('/briefing/')) return '/briefing/:id';
  if (['/healthz', '/readyz', '/metrics', '/graphiql', '/graphiql/'].includes(path)) return path.replace(/\/$/, '');
  return 'static';
}

/** Counts requests by method, route and status when each response finishes. */
export function countRequests(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    // originalUrl: mounted middleware (/graphql) rewrites req.path while it runs.
    res.on('finish', () =>
      metrics.httpRequests.inc({
        method: req.method,
        route: routeOf(req.originalUrl.split('?')[0] ?? '/'),
        status: String(res.statusCode),
      }),
    );
    next();
  };
}
