import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOperation } from '../../../test-utils/runOperation.ts';
import { SEED_PATH } from '../../../test-utils/testDatabase.ts';
import { createApolloServer } from '../graph/apolloServer.ts';
import type { GraphContext } from '../graph/context.ts';
import { importPath } from '../ingest/importPath.ts';
import { createDriver } from './driver.ts';
import { Executor } from './executor.ts';
import { freePort, type LocalNeo4jHandle, startLocalNeo4j } from './localNeo4j.ts';
import { applySchema } from './migrations.ts';
import { loadQueryRegistry } from './queryRegistry.ts';

const PASSWORD = 'fault-test-password';
let dataDir: string;
let port: number;
let neo4j: LocalNeo4jHandle | undefined;
let executor: Executor;
let closeDriver: () => Promise<void>;
let apollo: ApolloServer<GraphContext>;

const start = () => startLocalNeo4j({ dataDir, boltPort: port, password: PASSWORD, heap: '512m', pageCache: '64m' });
const query = '{ entity(id: "agency:crtdc") { id } }';

beforeAll(async () => {
  // A Neo4j of its own, so that stopping it does not disturb the other tests.
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'kg-fault-'));
  port = await freePort();
  neo4j = await start();
  const driver = createDriver(neo4j.uri, 'neo4j', PASSWORD);
  closeDriver = () => driver.close();
  executor = new Executor(driver, loadQueryRegistry(), { database: undefined, timeoutMs: 10_000 });
  await applySchema(executor);
  await importPath(executor, SEED_PATH);
  apollo = createApolloServer({ production: true });
  await apollo.start();
}, 240_000);
afterAll(async () => {
  await apollo?.stop();
  await closeDriver?.();
  await neo4j?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('when Neo4j goes away', () => {
  it('answers SERVICE_UNAVAILABLE, does not crash, and recovers when Neo4j is back', async () => {
    expect((await runOperation(apollo, executor, query)).data.entity.id).toBe('agency:crtdc');
    await neo4j?.stop();
    neo4j = undefined;
    const down = await runOperation(apollo, executor, query);
    expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.errors?.[0]?.message).toBe('The database is not reachable right now; try again shortly.');
    neo4j = await start();
    let recovered: string | undefined;
    for (let i = 0; i < 20 && !recovered; i++) {
      recovered = (await runOperation(apollo, executor, query)).data?.entity?.id;
      if (!recovered) await new Promise((r) => setTimeout(r, 500));
    }
    expect(recovered).toBe('agency:crtdc');
  }, 240_000);
});
