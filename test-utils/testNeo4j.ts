import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../api/src/config.ts';
import { createDriver } from '../api/src/db/driver.ts';
import { Executor } from '../api/src/db/executor.ts';
import { ensureLocalNeo4jBuilt, freePort, type LocalNeo4jHandle, startLocalNeo4j } from '../api/src/db/localNeo4j.ts';
import { applySchema } from '../api/src/db/migrations.ts';
import { loadQueryRegistry } from '../api/src/db/queryRegistry.ts';

/** How the tests reach Neo4j. */
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string | null;
}

/** An executor on a test Neo4j, and the driver's closing. */
export function openTestExecutor(target: TestNeo4j): { executor: Executor; close(): Promise<void> } {
  const driver = createDriver(target.uri, target.user, target.password);
  const executor = new Executor(driver, loadQueryRegistry(), { database: target.database ?? undefined, timeoutMs: 60_000 });
  return { executor, close: () => driver.close() };
}

/**
 * Starts a throwaway local Neo4j (a free port, a temporary data directory) unless NEO4J_URI
 * names one, applies the schema, and returns how to reach it and how to stop it.
 */
export async function startTestNeo4j(): Promise<{ target: TestNeo4j; stop(): Promise<void> }> {
  const config = loadConfig();
  let server: LocalNeo4jHandle | undefined;
  let dataDir: string | undefined;
  let target: TestNeo4j;
  if (process.env.NEO4J_URI) {
    target = {
      uri: process.env.NEO4J_URI,
      user: config.neo4j.user,
      password: config.neo4j.password,
      database: config.neo4j.database ?? null,
    };
  } else {
    ensureLocalNeo4jBuilt(() => {});
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'kg-test-neo4j-'));
    const password = 'test-password-1';
    server = await startLocalNeo4j({ dataDir, boltPort: await freePort(), password, heap: '768m', pageCache: '128m' });
    target = { uri: server.uri, user: 'neo4j', password, database: null };
  }
  const { executor, close } = openTestExecutor(target);
  try {
    await applySchema(executor);
  } finally {
    await close();
  }
  return {
    target,
    async stop() {
      await server?.stop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
