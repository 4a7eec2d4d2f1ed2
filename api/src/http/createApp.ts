import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { Executor } from '../db/executor.ts';
import { createGraphContext, type GraphContext } from '../graph/index.ts';
import { bodyErrors } from './bodyErrors.ts';
import { briefingRoute } from './briefingRoute.ts';
import { corsAllowList } from './cors.ts';
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
}

/** Builds the Express app: /graphql, /graphiql, /healthz, /readyz and the viewer at /. */
export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(requestIds());
  if (options.metrics) app.use(countRequests(options.metrics));
  app.use(
    '/graphql',
    corsAllowList(options.corsOrigins ?? []),
    express.json({ limit: '1mb' }),
    expressMiddleware(options.apollo, {
      context: async ({ res }) => createGraphContext(options.executor, String(res.getHeader('X-Request-Id') ?? '')),
    }),
    bodyErrors(),
  );

  app.get('/briefing/:id', briefingRoute(options.executor));

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
  return app;
}
