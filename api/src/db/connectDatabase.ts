import net from 'node:net';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { createDriver, verifyReachable } from './driver.ts';
import { Executor, type ExecutorObserver } from './executor.ts';
import { ensureLocalNeo4jBuilt, type LocalNeo4jHandle, startLocalNeo4j } from './localNeo4j.ts';
import { loadQueryRegistry } from './queryRegistry.ts';

/** An open database: the executor to use, and how to close everything that was opened. */
export interface Database {
  readonly uri: string;
  readonly executor: Executor;
  readonly driver: Driver;
  /** Whether this process started the local Neo4j itself. */
  readonly startedLocal: boolean;
  close(): Promise<void>;
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Connects to the configured Neo4j. In local mode it builds and starts the embedded server,
 * unless one already listens on the port (a running `npm start`), which it then shares. Unless
 * `verify` is false, it fails when Neo4j cannot be reached, naming the URI and the fix.
 */
export async function connectDatabase(
  config: Config,
  log: (line: string) => void = console.log,
  observer?: ExecutorObserver,
  options: { verify?: boolean } = {},
): Promise<Database> {
  const { target, user, password, database, queryTimeoutMs } = config.neo4j;
  let local: LocalNeo4jHandle | undefined;
  let uri: string;
  if (target.mode === 'local') {
    if (await portInUse(target.boltPort)) {
      uri = `bolt://127.0.0.1:${target.boltPort}`;
      log(`Using the local Neo4j already running at ${uri}.`);
    } else {
      ensureLocalNeo4jBuilt(log);
      log(`Starting the local Neo4j (data in ${target.dataDir})…`);
      local = await startLocalNeo4j({ dataDir: target.dataDir, boltPort: target.boltPort, password, heap: target.heap });
      uri = local.uri;
    }
  } else uri = target.uri;

  const driver = createDriver(uri, user, password);
  try {
    // The server keeps running while an external Neo4j is down, so it may skip this check.
    if (options.verify !== false || local) await verifyReachable(driver, uri, database);
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw error;
  }
  const executor = new Executor(driver, loadQueryRegistry(), { database, timeoutMs: queryTimeoutMs, ...(observer ? { observer } : {}) });
  let closing: Promise<void> | undefined;
  return {
    uri,
    executor,
    driver,
    startedLocal: local !== undefined,
    close() {
      closing ??= (async () => {
        await driver.close();
        await local?.stop();
      })();
      return closing;
    },
  };
}
