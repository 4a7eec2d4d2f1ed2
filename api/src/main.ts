import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './config.ts';
import { connectDatabase } from './db/connectDatabase.ts';
import { JavaMissingError } from './db/localNeo4j.ts';
import { applySchema } from './db/migrations.ts';
import { createApolloServer } from './graph/apolloServer.ts';
import { createApp } from './http/createApp.ts';
import { observabilityPlugin } from './observability/apolloObservability.ts';
import { createJsonLogger } from './observability/logger.ts';
import { createMetrics } from './observability/metrics.ts';
import { ensureWebBuild } from './http/webBuild.ts';
import { DatasetInvalidError, importPath } from './ingest/importDataset.ts';

/** The composition root: config → database → schema → seed → GraphQL → HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  ensureWebBuild(config.webRoot);
  const metrics = createMetrics();
  const logger = createJsonLogger();
  const db = await connectDatabase(config, console.log, {
    query: (name, seconds, ok) => {
      metrics.queries.inc({ query: name, outcome: ok ? 'ok' : 'error' });
      metrics.querySeconds.observe({ query: name }, seconds);
    },
    sessionOpened: () => metrics.sessionsOpen.inc(),
    sessionClosed: () => metrics.sessionsOpen.dec(),
  });
  const shutdownTasks: (() => Promise<void>)[] = [() => db.close()];
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    for (const task of shutdownTasks.reverse()) await task().catch((e: Error) => console.error(e.message));
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    await serve();
  } catch (error) {
    await db.close();
    throw error;
  }

  async function serve(): Promise<void> {
    const statements = await applySchema(db.executor);
    console.log(`Schema: ${statements} statements applied (idempotent).`);
    const [counts] = await db.executor.read('countNodes');
    if (Number(counts?.nodes ?? 0) === 0) {
      const summary = await importPath(db.executor, config.seedPath, {
        log: console.log,
      });
      console.log(`Loaded the seed dataset: ${summary.nodes} nodes, ${summary.relationships} relationships.`);
    } else {
      console.log(`Database holds ${String(counts?.nodes)} nodes and ${String(counts?.relationships)} relationships.`);
    }

    const apollo = createApolloServer({
      production: config.production,
      introspection: config.introspection,
      plugins: [observabilityPlugin(metrics, logger)],
    });
    await apollo.start();
    shutdownTasks.push(() => apollo.stop());
    const app = createApp({
      apollo,
      executor: db.executor,
      webRoot: config.webRoot,
      corsOrigins: config.corsOrigins,
      metrics,
      graphiql: config.graphiql,
      checkDatabase: () => db.driver.verifyConnectivity().then(() => undefined),
    });
    const server: Server = await new Promise((resolve, reject) => {
      const s = app.listen(config.port, config.host, () => resolve(s));
      s.once('error', reject);
    });
    shutdownTasks.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        }),
    );
    const base = `http://localhost:${config.port}`;
    console.log(
      `\nReady.\n  GraphQL   ${base}/graphql\n  GraphiQL  ${base}/graphiql\n  Viewer    ${base}/\n  Neo4j     ${db.uri}\nPress Ctrl-C to stop.`,
    );
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof JavaMissingError || error instanceof DatasetInvalidError) {
    console.error(`\n${error.message}`);
  } else {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
