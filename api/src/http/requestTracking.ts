import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from '../observability/metrics.ts';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Gives a request an id (the caller's X-Request-Id when well-formed), echoed in the response. */
export function assignRequestId(req: IncomingMessage, res: ServerResponse): void {
  const given = req.headers['x-request-id'];
  res.setHeader('X-Request-Id', typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID());
}

/** The route label of a path: a few known routes, everything else `static`, so labels stay few. */
export function routeOf(path: string): string {
  if (path.startsWith('/graphql')) return '/graphql';
  if (path.startsWith('/briefing/')) return '/briefing/:id';
  if (['/healthz', '/readyz', '/metrics', '/graphiql', '/graphiql/'].includes(path)) return path.replace(/\/$/, '');
  return 'static';
}

/** Counts a request by method, route and status when its response finishes. */
export function countRequest(metrics: Metrics, req: IncomingMessage, res: ServerResponse): void {
  // Read now: Express rewrites req.url while mounted middleware (/graphql) runs.
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  const route = routeOf(query === -1 ? url : url.slice(0, query));
  res.on('finish', () => metrics.httpRequests.inc({ method: req.method ?? 'GET', route, status: String(res.statusCode) }));
}
