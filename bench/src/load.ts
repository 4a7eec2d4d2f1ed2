/**
 * Load test on loopback: starts the API in-process on a free port over the configured Neo4j
 * (the local one by default, seeded if empty), then drives search, entity and neighbourhood
 * queries with autocannon (in a separate process) for a bounded time. Prints requests/s and p50/p99 latency per
 * operation; exits non-zero if any request failed.
 *
 *   npm run load -- [--seconds 10] [--connections 16]
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../api/src/config.ts';
import { connectDatabase } from '../../api/src/db/connectDatabase.ts';
import { applySchema } from '../../api/src/db/migrations.ts';
import { createApolloServer } from '../../api/src/graph/apolloServer.ts';
import { createApp } from '../../api/src/http/createApp.ts';
import { importPath } from '../../api/src/ingest/importPath.ts';
import { runAutocannon } from './autocannonRun.ts';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(String(process.argv[i]).replace(/^--/, ''), String(process.argv[i + 1]));
const seconds = Math.min(120, Math.max(1, Number(args.get('seconds') ?? 10)));
const connections = Math.min(256, Math.max(1, Number(args.get('connections') ?? 16)));

const OPERATIONS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'search (Thai)': { query: 'query($t: String!) { search(text: $t) { score entity { id name } } }', variables: { t: 'ความยากจน' } },
  'search (English)': { query: 'query($t: String!) { search(text: $t) { score entity { id name } } }', variables: { t: 'PMU-A' } },
  'entity detail': {
    query:
      '{ entity(id: "meeting:thai-china-st-committee-4") { id name citations { quote source { title } } ... on Meeting { ordinal startDate chairs { entity { name } } } } }',
  },
  'neighbourhood d1': {
    query: '{ neighborhood(ids: ["meeting:thai-china-st-committee-4"], depth: 1) { nodes { id name } edges { id type } } }',
  },
  'neighbourhood d2': {
    query: '{ neighborhood(ids: ["meeting:thai-china-st-committee-4"], depth: 2) { nodes { id name } edges { id type } } }',
  },
};

async function main(): Promise<number> {
  const config = loadConfig();
  const db = await connectDatabase(config, (line) => console.error(line));
  let server: Server | undefined;
  const apollo = createApolloServer({ production: true });
  try {
    await applySchema(db.executor);
    const [counts] = await db.executor.read('countNodes');
    if (Number(counts?.nodes ?? 0) === 0) await importPath(db.executor, config.seedPath);
    await apollo.start();
    const app = createApp({ apollo, executor: db.executor, webRoot: config.webRoot, checkDatabase: async () => {} });
    server = await new Promise<Server>((resolve) => {
      const s = createServer(app).listen(0, '127.0.0.1', () => resolve(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    console.log(`Load test: ${seconds} s per operation, ${connections} connections, against ${db.uri}\n`);
    console.log('| operation | requests/s | p50 ms | p99 ms | requests | errors | non-2xx |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    let failures = 0;
    // The client runs in its own process, so it does not share the server's event loop.
    const run = (op: object, duration: number) => runAutocannon({ url, body: op, connections, seconds: duration });
    // Warm-up, not recorded: a freshly started Neo4j compiles and caches its query plans first.
    for (const op of Object.values(OPERATIONS)) await run(op, 2);
    for (const [name, op] of Object.entries(OPERATIONS)) {
      const result = await run(op, seconds);
      failures += result.errors + result.timeouts + result.non2xx;
      console.log(
        `| ${name} | ${result.requestsPerSecond.toFixed(0)} | ${result.p50} | ${result.p99} | ${result.requests} | ${result.errors} | ${result.non2xx} |`,
      );
    }
    console.log(failures === 0 ? '\nNo errors.' : `\n${failures} failed requests.`);
    return failures === 0 ? 0 : 1;
  } finally {
    server?.close();
    await apollo.stop();
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
