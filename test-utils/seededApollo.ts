import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll } from 'vitest';
import { createApolloServer } from '../api/src/graph/apolloServer.ts';
import type { GraphContext } from '../api/src/graph/context.ts';
import { openTestDatabase, type TestDatabase } from './testDatabase.ts';

/** The test database with the seed in it and an Apollo server over it, set up for a test file by `useSeededApollo`. */
export interface SeededApollo {
  readonly db: TestDatabase;
  readonly apollo: ApolloServer<GraphContext>;
}

/**
 * Registers the file's hooks: before all, the seed is loaded into the test database and an Apollo
 * server started (production mode when asked); after all, both are closed. The fields are set
 * once the hooks have run.
 */
export function useSeededApollo(options: { production?: boolean } = {}): SeededApollo {
  const seeded = {} as { db: TestDatabase; apollo: ApolloServer<GraphContext> };
  beforeAll(async () => {
    seeded.db = openTestDatabase();
    await seeded.db.seed();
    seeded.apollo = createApolloServer({ production: options.production ?? false });
    await seeded.apollo.start();
  });
  afterAll(async () => {
    await seeded.apollo.stop();
    await seeded.db.close();
  });
  return seeded;
}
