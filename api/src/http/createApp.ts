import type { RequestListener } from 'node:http';
import { KeyStore } from '../auth/apiKeys.ts';
import { callerFrom } from '../auth/credentials.ts';
import { DatabaseUnavailable } from '../errors.ts';
import { createGraphContext, type GraphContext } from '../graph/index.ts';
import type { AppOptions } from './appOptions.ts';
import { type BodyError, sendBodyError } from './bodyErrors.ts';
import { setCorsHeaders } from './cors.ts';
import { createExpressApp } from './expressApp.ts';
import { graphqlPost, type HttpContextFunction, isGraphqlPost } from './graphqlPost.ts';
import { Readiness } from './readiness.ts';
import { assignRequestId, countRequest } from './requestTracking.ts';
import { setSecurityHeaders } from './securityHeaders.ts';

export type { AppOptions } from './appOptions.ts';

/**
 * Builds the API's request handler (for `http.createServer`): every response gets the security
 * headers, a request id and a count; then plain JSON POSTs to /graphql, nearly every request, go
 * straight to Apollo, and everything else (/graphiql, /healthz, /readyz, /metrics, /briefing,
 * the viewer, other GraphQL requests) to the Express app.
 */
export function createApp(options: AppOptions): RequestListener {
  const keys = options.keys ?? new KeyStore([]);
  const readiness = options.readiness ?? alwaysReady();
  const corsOrigins = new Set(options.corsOrigins ?? []);
  const context: HttpContextFunction<GraphContext> = async (req, res) => {
    const state = readiness.state;
    if (state.status === 'starting' || state.status === 'waiting') {
      throw new DatabaseUnavailable(`The database is not ready yet (${state.reason}); try again shortly.`, 503);
    }
    return createGraphContext(options.executor, String(res.getHeader('X-Request-Id') ?? ''), callerFrom(req.headers, keys));
  };
  const general = createExpressApp(options, { keys, readiness, corsOrigins, context });
  const answerGraphqlPost = graphqlPost(options.apollo, context);
  const { metrics } = options;
  return (req, res) => {
    // While draining, each connection closes after its response, so the server can stop.
    if (readiness.state.status === 'stopping') res.setHeader('Connection', 'close');
    setSecurityHeaders(res);
    assignRequestId(req, res);
    if (metrics) countRequest(metrics, req, res);
    if (!isGraphqlPost(req)) {
      general(req, res);
      return;
    }
    setCorsHeaders(req, res, corsOrigins);
    answerGraphqlPost(req, res).catch((error: BodyError) => {
      if (res.headersSent) res.destroy();
      else sendBodyError(res, error);
    });
  };
}

function alwaysReady(): Readiness {
  const readiness = new Readiness();
  readiness.markReady();
  return readiness;
}
