import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../api/src/config.ts';
import { createDriver } from '../api/src/db/driver.ts';
import { Executor } from '../api/src/db/executor.ts';
import { ensureLocalNeo4jBuilt, freePort, type LocalNeo4jHandle, startLocalNeo4j } from '../api/src/db/localNeo4j.ts';
import { applySchema } from '../api/src/db/migrations.ts';
import { loadQueryRegistry } from '../api/src/db/queryRegistry.ts';
import { ensureWebBuild } from '../api/src/http/webBuild.ts';

/** How the tests reach Neo4j. */
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/** Starts (or finds) the Neo4j of the integration tests and applies the schema once. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  ensureWebBuild(config.webRoot, () => {});
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
  const driver = createDriver(target.uri, target.user, target.password);
  try {
    await applySchema(new Executor(driver, loadQueryRegistry(), { database: target.database ?? undefined, timeoutMs: 60_000 }));
  } finally {
    await driver.close();
  }
  project.provide('neo4j', target);
  return async () => {
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
