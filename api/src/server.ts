import type { Server } from 'node:http';
import { loadKeyStore } from './auth/loadKeyStore.ts';
import { loadConfig } from './config.ts';
import { connectDatabase } from './db/connectDatabase.ts';
import { verifyReachable } from './db/driver.ts';
import { prepareDatabase } from './prepareDatabase.ts';
import { retryUntilReady } from './db/retryUntilReady.ts';
import { createApolloServer } from './graph/apolloServer.ts';
import { createGraphGazetteer } from './graph/graphGazetteer.ts';
import { closeGracefully } from './http/closeGracefully.ts';
import { createApp } from './http/createApp.ts';
import { createHttpServer } from './http/httpServer.ts';
import { Readiness } from './http/readiness.ts';
import { ensureWebBuild } from './http/webBuild.ts';
import { DatasetInvalidError } from './ingest/datasetIssue.ts';
import { observabilityPlugin } from './observability/apolloObservability.ts';
import { createJsonLogger, createTerminalLogger } from './observability/logger.ts';
import { createMetrics } from './observability/metrics.ts';

/** The composition root: config → database → HTTP → (schema → seed → ready), then a graceful stop. */
async function main(): Promise<void> {
  const config = loadConfig();
  // Start-up and shutdown speak to the person at the terminal; operations are JSON lines for machines.
  const say = createTerminalLogger();
  const keys = loadKeyStore(config.apiKeys);
  ensureWebBuild(config.webRoot, say.info);
  const metrics = createMetrics();
  const logger = createJsonLogger();
  const external = config.neo4j.target.mode === 'external';
  const db = await connectDatabase(
    config,
    say.info,
    {
      query: (name, seconds, ok) => {
        metrics.queries.inc({ query: name, outcome: ok ? 'ok' : 'error' });
        metrics.querySeconds.observe({ query: name }, seconds);
      },
      sessionOpened: () => metrics.sessionsOpen.inc(),
      sessionClosed: () => metrics.sessionsOpen.dec(),
    },
    { verify: !(external && config.neo4j.waitAtStart) },
  );
  metrics.observePool(() => db.executor.poolStats());
  const readiness = new Readiness();
  const stopConnecting = new AbortController();
  const shutdownTasks: { name: string; run: () => Promise<void> }[] = [{ name: 'Neo4j driver', run: () => db.close() }];
  let stopping = false;
  const stop = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    readiness.markStopping();
    stopConnecting.abort();
    say.info(`\n${signal}: stopping (requests in flight get up to ${config.shutdownGraceMs} ms)…`);
    for (const task of shutdownTasks.reverse()) {
      await task.run().catch((e: Error) => say.error(`${task.name}: ${e.message}`));
    }
    say.info('Stopped.');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  let server: Server;
  try {
    const apollo = createApolloServer({
      production: config.production,
      introspection: config.introspection,
      readAccess: config.readAccess,
      costBudget: config.requests.costBudget,
      plugins: [observabilityPlugin(metrics, logger)],
    });
    await apollo.start();
    shutdownTasks.push({ name: 'GraphQL', run: () => apollo.stop() });
    const app = createApp({
      apollo,
      executor: db.executor,
      webRoot: config.webRoot,
      corsOrigins: config.corsOrigins,
      metrics,
      graphiql: config.graphiql,
      keys,
      readAccess: config.readAccess,
      readiness,
      checkDatabase: () => db.driver.verifyConnectivity().then(() => undefined),
      rateLimits: config.rateLimits,
      requestLimits: { deadlineMs: config.requests.deadlineMs, sessionsPerRequest: config.requests.sessionsPerRequest },
      metricsToken: config.metricsToken,
      logger,
      // One gazetteer for the process: built at the first analyzeText, rebuilt when the graph changes.
      gazetteer: createGraphGazetteer(db.executor, { logger }),
    });
    server = await new Promise((resolve, reject) => {
      const s = createHttpServer(app, config.http).listen(config.port, config.host, () => resolve(s));
      s.once('error', reject);
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  shutdownTasks.push({
    name: 'HTTP server',
    run: async () => {
      const cut = await closeGracefully(server, config.shutdownGraceMs);
      say.info(
        cut > 0 ? `HTTP: closed ${cut} connection(s) still busy after ${config.shutdownGraceMs} ms.` : 'HTTP: requests in flight finished.',
      );
    },
  });

  let warned = false;
  const connected = await retryUntilReady({
    signal: stopConnecting.signal,
    attempt: async () => {
      await verifyReachable(db.driver, db.uri, config.neo4j.database);
      await prepareDatabase(db.executor, config.seedPath, say.info, config.atlasPaths);
    },
    onFailure: (error, wait) => {
      const reason = error.message.split('\n')[0] ?? error.message;
      readiness.markWaiting(reason);
      if (!config.neo4j.waitAtStart || error instanceof DatasetInvalidError) {
        say.error(`\n${error.message}`);
        stopConnecting.abort();
        void stop('Cannot start', 1);
        return;
      }
      if (!warned) {
        warned = true;
        say.error(
          `\n${error.message}\nThe API is serving; /readyz says "not ready" until Neo4j answers. ` +
            `Retrying (next in ${Math.round(wait / 1000)} s). Set NEO4J_WAIT=false to exit instead.`,
        );
      }
    },
  });
  if (!connected || stopping) return;
  readiness.markReady();
  const base = `http://localhost:${(server.address() as { port: number }).port}`;
  say.info(
    `\nReady.\n  GraphQL   ${base}/graphql\n  GraphiQL  ${config.graphiql ? `${base}/graphiql` : 'off (GRAPHIQL=true turns it on)'}\n` +
      `  Viewer    ${base}/\n  Neo4j     ${db.uri}\n` +
      `  Writes    ${keys.size > 0 ? `${keys.size} API key(s) configured` : 'off: no API keys (npm run api-key -- new --name <you> --role editor)'}\n` +
      'Press Ctrl-C to stop.',
  );
}

main().catch((error: unknown) => {
  // ConfigError, JavaMissingError and ApiKeyConfigError carry the fix in their message; so do connection failures.
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
