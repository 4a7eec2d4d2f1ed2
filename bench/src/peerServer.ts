/**
 * The peer of the API benchmark: the Neo4j GraphQL Library (`@neo4j/graphql`, a development
 * dependency) serving `peerTypeDefs.ts` over the same Neo4j, on Apollo Server's standalone
 * HTTP server, as a developer would first set it up. Production settings: no introspection, no
 * debug output, the same driver settings as the API (`createDriver`).
 *
 *   NEO4J_URI=bolt://… NEO4J_PASSWORD=… PORT=0 node bench/peer/peerServer.ts
 *
 * Prints `READY http://127.0.0.1:<port>` once it listens; GET /readyz answers 200 when Neo4j does.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { loadConfig } from '../../api/src/config.ts';
import { createDriver } from '../../api/src/db/driver.ts';
import { PEER_TYPE_DEFS } from './peerTypeDefs.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.target.mode !== 'external') throw new Error('Set NEO4J_URI to the Neo4j to measure.');
  const driver = createDriver(config.neo4j.target.uri, config.neo4j.user, config.neo4j.password);
  const database = config.neo4j.database;
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const apollo = new ApolloServer({ schema, introspection: false, includeStacktraceInErrorResponses: false, csrfPrevention: false });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: config.port, host: '127.0.0.1' },
    context: async () => ({ ...(database ? { sessionConfig: { database } } : {}) }),
  });
  console.log(`READY ${url.replace(/\/$/, '')}`);
  const stop = () => {
    void apollo
      .stop()
      .then(() => driver.close())
      .then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
