import neo4j, { type Driver } from 'neo4j-driver';

/** The most connections the driver opens to one server. */
export const MAX_POOL_SIZE = 50;

/** Opens a driver for a Bolt or routing URI; values come back as plain numbers. */
export function createDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: MAX_POOL_SIZE,
    // Managed transactions retry a lost connection for 30 s by default; a reader should get
    // SERVICE_UNAVAILABLE within seconds instead, and the next request reconnects.
    maxTransactionRetryTime: 3_000,
  });
}

/** Waits until the server answers, or fails with a message naming the URI and the fix. */
export async function verifyReachable(driver: Driver, uri: string, database?: string): Promise<void> {
  try {
    await driver.verifyConnectivity(database ? { database } : {});
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new Error(
      `Cannot reach Neo4j at ${uri}: ${reason}\n` +
        'Check that the server is running and that NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD are right, ' +
        'or unset NEO4J_URI to use the local Neo4j that `npm start` runs itself.',
    );
  }
}
