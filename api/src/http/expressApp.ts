import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { KeyStore } from '../auth/apiKeys.ts';
import type { GraphContext } from '../graph/index.ts';
import type { AppOptions } from './appOptions.ts';
import { bodyErrors } from './bodyErrors.ts';
import { cachedCheck } from './cachedCheck.ts';
import { briefingRoute } from './briefingRoute.ts';
import { corsAllowList } from './cors.ts';
import { answerGraphql, type HttpContextFunction } from './answerGraphql.ts';
import { MAX_BODY_BYTES } from './graphqlPost.ts';
import { metricsGuard } from './metricsGuard.ts';
import { readAccessGuard } from './readAccessGuard.ts';
import type { Readiness } from './readiness.ts';
import { boundRequest } from './requestBounds.ts';

const NOT_READY = { status: 'not ready', reason: 'the database cannot be reached' } as const;

/** What the Express app shares with the rest of the HTTP layer, settled once by `createApp`. */
export interface ExpressAppShared {
  readonly keys: KeyStore;
  readonly readiness: Readiness;
  readonly corsOrigins: ReadonlySet<string>;
  readonly context: HttpContextFunction<GraphContext>;
}

/**
 * Builds the Express app of every request but plain JSON POSTs to /graphql: GraphQL over GET and
 * other media types, preflights, /briefing, /graphiql, /healthz, /readyz, /metrics and the viewer.
 * The headers every response carries are set before it (`createApp`).
 */
export function createExpressApp(options: AppOptions, shared: ExpressAppShared): Express {
  const { keys, readiness } = shared;
  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/graphql',
    corsAllowList(shared.corsOrigins),
    express.json({ limit: MAX_BODY_BYTES }),
    (req: Request, res: Response, next: NextFunction) => {
      answerGraphql(options.apollo, shared.context, req, res, req.body).catch(next);
    },
    bodyErrors(),
  );

  app.get(
    '/briefing/:id',
    readAccessGuard(options.readAccess ?? 'open', keys),
    (_req, res, next) => {
      const state = readiness.state;
      if (state.status === 'starting' || state.status === 'waiting') {
        res.status(503).type('text').send('The database is not ready yet; try again shortly.');
      } else next();
    },
    (req: Request, res: Response) => briefingRoute(options.executor.forRequest(boundRequest(res, options.requestLimits)))(req, res),
  );

  if (options.metrics) {
    const { registry } = options.metrics;
    app.get('/metrics', metricsGuard(options.metricsToken, options.readAccess ?? 'open', keys), async (_req, res) => {
      res.type(registry.contentType).send(await registry.metrics());
    });
  }

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Anonymous callers learn only whether the server is ready: the database's address and the
  // driver's message go to the log (server.ts logs the reasons while it waits for the database).
  // The check is reused for a second, so a flood of probes cannot hammer the database.
  const checkDatabase = cachedCheck(options.checkDatabase, options.readinessCacheMs ?? 1_000);
  app.get('/readyz', async (_req, res) => {
    const state = readiness.state;
    if (state.status !== 'ready') {
      res.status(503).json(state.status === 'stopping' ? { status: 'stopping', reason: 'shutting down' } : NOT_READY);
      return;
    }
    try {
      await checkDatabase();
      res.json({ status: 'ready' });
    } catch (error) {
      options.logger?.error('readiness check failed', { error: (error as Error).message.split('\n')[0] });
      res.status(503).json(NOT_READY);
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
