import { freePort } from '../../api/src/db/localNeo4j.ts';
import { type NodeChild, startNodeChild, waitForOk } from './nodeChild.ts';

/** Where a server child reads its Neo4j from. */
export interface Neo4jLogin {
  readonly boltUri: string;
  readonly user: string;
  readonly password: string;
}

/** A server started for the benchmark, answering on `baseUrl`. */
export interface ServerChild {
  readonly child: NodeChild;
  readonly baseUrl: string;
}

function serverEnv(login: Neo4jLogin, port: number): Record<string, string> {
  return {
    NEO4J_URI: login.boltUri,
    NEO4J_USER: login.user,
    NEO4J_PASSWORD: login.password,
    NEO4J_DATABASE: '',
    HOST: '127.0.0.1',
    PORT: String(port),
    NODE_ENV: 'production',
    // The benchmark's load comes from one address, far above the default per-address limit.
    RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
  };
}

/**
 * Starts the API as it ships (`api/src/main.ts`, production mode) in its own process on a free
 * port over the given Neo4j, and waits until /readyz answers. Its JSON log lines are dropped.
 */
export async function startApiChild(login: Neo4jLogin, nodeFlags: readonly string[] = []): Promise<ServerChild> {
  const port = await freePort();
  const child = startNodeChild({ script: 'api/src/main.ts', env: serverEnv(login, port), nodeFlags });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForOk(`${baseUrl}/readyz`, child).catch(async (error: unknown) => {
    await child.stop();
    throw error;
  });
  return { child, baseUrl };
}

/** Starts the raw baseline (`rawServer.ts`) the same way, and waits until it reaches Neo4j. */
export async function startRawChild(login: Neo4jLogin, nodeFlags: readonly string[] = []): Promise<ServerChild> {
  const port = await freePort();
  const child = startNodeChild({ script: 'bench/src/rawServer.ts', env: serverEnv(login, port), nodeFlags });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForOk(baseUrl, child).catch(async (error: unknown) => {
    await child.stop();
    throw error;
  });
  return { child, baseUrl };
}

/** Starts the peer (`peerServer.ts`, the Neo4j GraphQL Library) the same way, and waits until it answers. */
export async function startPeerChild(login: Neo4jLogin, nodeFlags: readonly string[] = []): Promise<ServerChild> {
  const port = await freePort();
  const child = startNodeChild({ script: 'bench/src/peerServer.ts', env: serverEnv(login, port), nodeFlags });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForOk(`${baseUrl}/?query=%7B__typename%7D`, child).catch(async (error: unknown) => {
    await child.stop();
    throw error;
  });
  return { child, baseUrl };
}
