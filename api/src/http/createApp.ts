import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { KeyStore } from '../auth/apiKeys.ts';
import { callerFrom } from '../auth/credentials.ts';
import type { Executor } from '../db/executor.ts';
import { createGraphContext, type GraphContext } from '../graph/index.ts';
import { bodyErrors } from './bodyErrors.ts';
import { briefingRoute } from './briefingRoute.ts';
import { corsAllowList } from './cors.ts';
import { graphqlPost, type HttpContextFunction, MAX_BODY_BYTES } from './graphqlPost.ts';
import { readAccessGuard } from './readAccessGuard.ts';
import { Readiness } from './readiness.ts';
import { DatabaseUnavailable } from '../errors.ts';
import { securityHeaders } from './securityHeaders.ts';
import { countRequests, requestIds } from './requestTracking.ts';
import type { Metrics } from '../observability/metrics.ts';

/** What the HTTP layer needs: the started Apollo server, the executor and where the web build is. */
export interface AppOptions {
  readonly apollo: ApolloServer<GraphContext>;
  readonly executor: Executor;
  readonly webRoot: string;
  /** Answers whether the database is reachable, for /readyz. */
  readonly checkDatabase: () => Promise<void>;
  /** Origins allowed to call /graphql from their pages (CORS). */
  readonly corsOrigins?: readonly string[];
  /** Whether /graphiql is served. */
  readonly graphiql?: boolean;
  /** Prometheus metrics served at /metrics and counted per request. */
  readonly metrics?: Metrics;
  /** The API keys callers may present; none configured means nobody can write. */
  readonly keys?: KeyStore;
  /** Whether reading (GraphQL queries, briefings) needs a key. */
  readonly readAccess?: 'open' | 'key';
  /** Whether the database is connected and prepared; without it the app is taken as ready. */
  readonly readiness?: Readiness;
}

/** Builds the Express app: /graphql, /graphiql, /healthz, /readyz and the viewer at /. */
export function createApp(options: AppOptions): Express {
  const keys = options.keys ?? new KeyStore([]);
  const readiness = options.readiness ?? alwaysReady();
  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    // While draining, each connection closes after its response, so the server can stop.
    if (readiness.state.status === 'stopping') res.setHeader('Connection', 'close');
    next();
  });
  app.use(securityHeaders());
  app.use(requestIds());
  if (options.metrics) app.use(countRequests(options.metrics));
  const context: HttpContextFunction<GraphContext> = async (req, res) => {
    const state = readiness.state;
    if (state.status === 'starting' || state.status === 'waiting') {
      throw new DatabaseUnavailable(`The database is not ready yet (${state.reason}); try again shortly.`, 503);
    }
    return createGraphContext(options.executor, String(res.getHeader('X-Request-Id') ?? ''), callerFrom(req.headers, keys));
  };
  app.use(
    '/graphql',
    corsAllowList(options.corsOrigins ?? []),
    // Plain JSON POSTs, nearly every request, go straight to Apollo; the rest take the general path below.
    graphqlPost(options.apollo, context),
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(options.apollo, { context: ({ req, res }) => context(req, res) }),
    bodyErrors(),
  );

  app.get(
    '/briefing/:id',
    readAccessGuard(options.readAccess ?? 'open', keys),
    (_req, res, next) => {
      const state = readiness.state;
      if (state.status === 'starting' || state.status === 'waiting') {
        res.status(503).type('text').send(`The database is not ready yet (${state.reason}); try again shortly.`);
      } else next();
    },
    briefingRoute(options.executor),
  );

  if (options.metrics) {
    const { registry } = options.metrics;
    app.get('/metrics', async (_req, res) => {
      res.type(registry.contentType).send(await registry.metrics());
    });
  }

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const state = readiness.state;
    if (state.status !== 'ready') {
      res.status(503).json({ status: state.status === 'stopping' ? 'stopping' : 'not ready', reason: state.reason });
      return;
    }
    try {
      await options.checkDatabase();
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'not ready', reason: (error as Error).message.split('\n')[0] });
    }
  });

  const graphiql = path.join(options.webRoot, 'graphiql', 'index.html');
  app.get(['/graphiql', '/graphiql/'], (_req, res) => {
    if (options.graphiql === false) res.status(404).type('text').send('GraphiQL is turned off on this server (GRAPHIQL=false).');
    else if (existsSync(graphiql)) res.sendFile(graphiql);
    else res.status(503).type('text').send('GraphiQL is not built yet: run `npm run build:web`.');
  });
  app.use(express.static(options.webRoot, { index: 'index.html', maxAge: '1h' }));
  // Last: any other failure answers with a code, never Express's page with a stack trace.
  app.use(bodyErrors());
  return app;
}

function alwaysReady(): Readiness {
  const readiness = new Readiness();
  readiness.markReady();
  return readiness;
}
