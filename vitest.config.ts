import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * Two tiers: `unit` (pure logic, parallel) and `integration` (a real Neo4j, started once by
 * the global setup unless NEO4J_URI is set; files run one at a time on one database).
 */
export default defineConfig({
  // One copy of graphql, the CommonJS one that Node (and so Apollo Server) loads in production;
  // Vite would otherwise pick the ES module build and create a second copy.
  resolve: { alias: { graphql: createRequire(import.meta.url).resolve('graphql') } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['api/**/*.test.ts', 'viewer/**/*.test.ts', 'bench/**/*.test.ts', 'common/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['api/**/*.int.test.ts', 'viewer/**/*.e2e.test.ts'],
          globalSetup: ['test-utils/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
