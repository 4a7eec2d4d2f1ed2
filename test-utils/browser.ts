import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import type { Browser } from 'playwright-core';
import type { KeyStore } from '../api/src/auth/apiKeys.ts';
import { launchHeadlessChromium } from '../api/src/briefing/headlessChromium.ts';
import { loadConfig } from '../api/src/config.ts';
import { createApolloServer } from '../api/src/graph/apolloServer.ts';
import type { GraphContext } from '../api/src/graph/context.ts';
import { createApp } from '../api/src/http/createApp.ts';
import type { TestDatabase } from './testDatabase.ts';

/** Starts the same headless Chromium the briefing PDFs use (Debian's, as installed by .ci/run). */
export function launchChromium(): Promise<Browser> {
  return launchHeadlessChromium(loadConfig().chromiumPath);
}

/** The real API (GraphQL + built viewer, or the build in `webRoot`) on a free loopback port, over the test database. */
export async function startTestServer(
  db: Pick<TestDatabase, 'executor'>,
  options: { webRoot?: string; keys?: KeyStore } = {},
): Promise<{ base: string; stop(): Promise<void> }> {
  const apollo: ApolloServer<GraphContext> = createApolloServer({ production: false });
  await apollo.start();
  const app = createApp({
    apollo,
    executor: db.executor,
    webRoot: options.webRoot ?? loadConfig().webRoot,
    checkDatabase: async () => {},
    ...(options.keys ? { keys: options.keys } : {}),
  });
  const server = await new Promise<Server>((resolve) => {
    const s = createServer(app).listen(0, '127.0.0.1', () => resolve(s));
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
