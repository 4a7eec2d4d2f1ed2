import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { REPO_ROOT } from '../api/src/config.ts';
import { createDriver } from '../api/src/db/driver.ts';
import { Executor } from '../api/src/db/executor.ts';
import { loadQueryRegistry } from '../api/src/db/queryRegistry.ts';
import { importPath } from '../api/src/ingest/importPath.ts';
// The type import also brings in the `neo4j` entry of vitest's provided context.
import type { TestNeo4j } from './globalSetup.ts';

/** The seed dataset folder. */
export const SEED_PATH = path.join(REPO_ROOT, 'data', 'seed');

/** The atlas corpus: the sources of data/atlas. */
export const ATLAS_SOURCES_PATH = path.join(REPO_ROOT, 'data', 'atlas', 'sources.yaml');

/** A small sample of atlas facts on the atlas sources, with a merge decision and two disputes. */
export const ATLAS_SAMPLE_PATH = path.join(REPO_ROOT, 'test-utils', 'fixtures', 'atlas-sample.yaml');

/** An open connection to the test Neo4j. */
export interface TestDatabase {
  readonly driver: Driver;
  readonly executor: Executor;
  /** Counts entities and their relationships by running Cypher directly (independent of the code under test). */
  counts(): Promise<{ nodes: number; relationships: number }>;
  /** Deletes everything. */
  wipe(): Promise<void>;
  /** Wipes, then imports the seed dataset. */
  seed(): Promise<void>;
  /** Wipes, then imports the seed, the atlas sources and the atlas sample (test-utils/fixtures/atlas-sample.yaml). */
  seedAtlasSample(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the test database provided by the global setup. */
export function openTestDatabase(): TestDatabase {
  const target: TestNeo4j = inject('neo4j');
  const driver = createDriver(target.uri, target.user, target.password);
  const database = target.database ?? undefined;
  const executor = new Executor(driver, loadQueryRegistry(), { database, timeoutMs: 60_000 });
  const run = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database })).records;
  const db: TestDatabase = {
    driver,
    executor,
    async counts() {
      const [nodes] = await run('MATCH (n:Entity) RETURN count(n) AS c');
      const [rels] = await run('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS c');
      return { nodes: Number(nodes?.get('c')), relationships: Number(rels?.get('c')) };
    },
    async wipe() {
      await run('MATCH (n) DETACH DELETE n');
    },
    async seed() {
      await db.wipe();
      await importPath(executor, SEED_PATH);
    },
    async seedAtlasSample() {
      await db.seed();
      await importPath(executor, ATLAS_SOURCES_PATH);
      await importPath(executor, ATLAS_SAMPLE_PATH);
    },
    close: () => driver.close(),
  };
  return db;
}
