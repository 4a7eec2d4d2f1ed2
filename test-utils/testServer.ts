import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { loadConfig } from '../api/src/config.ts';
import { createApolloServer } from '../api/src/graph/apolloServer.ts';
import type { GraphContext } from '../api/src/graph/context.ts';
import type { AppOptions } from '../api/src/http/appOptions.ts';
import { createApp } from '../api/src/http/createApp.ts';
import type { TestDatabase } from './testDatabase.ts';

/** How a test server differs from the defaults: production mode, read access, keys, a web root, a gazetteer. */
export interface TestServerOptions extends Partial<Pick<AppOptions, 'webRoot' | 'keys' | 'readAccess' | 'gazetteer'>> {
  /** Apollo in production mode (no introspection, masked errors). */
  readonly production?: boolean;
}

/** The real API (GraphQL + built viewer, or the build in `webRoot`) on a free loopback port, over the test database. */
export async function startTestServer(
  db: Pick<TestDatabase, 'executor'>,
  options: TestServerOptions = {},
): Promise<{ base: string; stop(): Promise<void> }> {
  const { production = false, webRoot, ...app } = options;
  const apollo: ApolloServer<GraphContext> = createApolloServer({
    production,
    ...(options.readAccess ? { readAccess: options.readAccess } : {}),
  });
  await apollo.start();
  const listener = createApp({
    apollo,
    executor: db.executor,
    webRoot: webRoot ?? loadConfig().webRoot,
    checkDatabase: async () => {},
    ...app,
  });
  const server = await new Promise<Server>((resolve) => {
    const s = createServer(listener).listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await apollo.stop();
    },
  };
}
