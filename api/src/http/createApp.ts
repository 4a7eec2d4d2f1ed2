import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { KeyStore } from '../auth/apiKeys.ts';
import { callerFrom } from '../auth/credentials.ts';
import { DatabaseUnavailable } from '../errors.ts';
import { createGraphContext, type GraphContext } from '../graph/index.ts';
import { createGraphGazetteer } from '../graph/graphGazetteer.ts';
import type { AppOptions } from './appOptions.ts';
import { type BodyError, sendBodyError } from './bodyErrors.ts';
import { setCorsHeaders } from './cors.ts';
import { createExpressApp } from './expressApp.ts';
import { graphqlPost, type HttpContextFunction, isGraphqlPost } from './graphqlPost.ts';
import { createRateLimiter, isRateLimited, rateLimitSubject, sendTooManyRequests } from './rateLimit.ts';
import { Readiness } from './readiness.ts';
import { boundRequest } from './requestBounds.ts';
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
  // Built from the executor without a request's abort signal: a build serves every later request.
  const gazetteer = options.gazetteer ?? createGraphGazetteer(options.executor, options.logger ? { logger: options.logger } : {});
  const context: HttpContextFunction<GraphContext> = async (req, res) => {
    const state = readiness.state;
    if (state.status === 'starting' || state.status === 'waiting') {
      // The reason (the database's address, the driver's message) is logged by server.ts, never answered.
      throw new DatabaseUnavailable('The database is not ready yet; try again shortly.', 503);
    }
    const bounds = boundRequest(res, options.requestLimits);
    const { signal } = bounds;
    return {
      ...createGraphContext(
        options.executor.forRequest(bounds),
        String(res.getHeader('X-Request-Id') ?? ''),
        callerFrom(req.headers, keys),
      ),
      remoteAddress: req.socket.remoteAddress,
      signal,
      gazetteer,
    };
  };
  const general = createExpressApp(options, { keys, readiness, corsOrigins, context });
  const answerGraphqlPost = graphqlPost(options.apollo, context);
  const { metrics } = options;
  const limit = options.rateLimits ? createRateLimiter(options.rateLimits) : undefined;
  const dispatch = (req: IncomingMessage, res: ServerResponse) => {
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
  return (req, res) => {
    // While draining, each connection closes after its response, so the server can stop.
    if (readiness.state.status === 'stopping') res.setHeader('Connection', 'close');
    setSecurityHeaders(res);
    assignRequestId(req, res);
    if (metrics) countRequest(metrics, req, res);
    if (!limit || !isRateLimited(req)) {
      dispatch(req, res);
      return;
    }
    // Counted before the body is read, on both paths: a refused request costs almost nothing.
    limit(rateLimitSubject(callerFrom(req.headers, keys), req.socket.remoteAddress)).then(
      (verdict) => {
        if (verdict.allowed) dispatch(req, res);
        else {
          // A listed origin's page may read the 429 (its body says when to try again).
          setCorsHeaders(req, res, corsOrigins);
          res.setHeader('Connection', 'close');
          sendTooManyRequests(res, verdict.retryAfterSeconds);
        }
      },
      () => dispatch(req, res),
    );
  };
}

function alwaysReady(): Readiness {
  const readiness = new Readiness();
  readiness.markReady();
  return readiness;
}
