/**
 * The baseline of the API benchmark: the least a server can do to answer our operations. A
 * bare `node:http` handler reads `{"query": <name>, "params": {…}}`, runs that named query from
 * `cypher/queries/` (or, for a compiled read, the `"cypher"` the API compiled for the same
 * operation, recorded before timing) as one auto-committed read statement, as the API runs a
 * single read, through plain neo4j-driver (the same driver settings as the API: pool size,
 * integer handling, timeout, no stack captured per result), and writes the rows as JSON. No
 * GraphQL, no framework, no mapping: whatever the API spends above this is its overhead.
 *
 * This file imports neo4j-driver directly on purpose: it is the yardstick, not the product.
 *
 *   NEO4J_URI=bolt://… NEO4J_PASSWORD=… PORT=0 node bench/src/rawServer.ts
 *
 * Prints `READY http://127.0.0.1:<port>` once it listens; GET / answers 200 when Neo4j does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../api/src/config.ts';
import { createDriver } from '../../api/src/db/driver.ts';
import { loadQueryRegistry, type QueryName } from '../../api/src/db/queryRegistry.ts';
import { withoutStackCapture } from '../../api/src/db/withoutStackCapture.ts';

/** Whole numbers as Neo4j integers, as the API's executor sends them (LIMIT needs them). */
function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverParams(v)]));
  }
  return value;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function reply(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.target.mode !== 'external') throw new Error('Set NEO4J_URI to the Neo4j to measure.');
  const queries = loadQueryRegistry();
  const driver = createDriver(config.neo4j.target.uri, config.neo4j.user, config.neo4j.password);
  const database = config.neo4j.database;
  const txConfig = { timeout: config.neo4j.queryTimeoutMs };

  const server = http.createServer((req, res) => {
    if (req.method === 'GET') {
      driver.verifyConnectivity(database ? { database } : {}).then(
        () => reply(res, 200, { status: 'ready' }),
        (error: Error) => reply(res, 503, { error: error.message }),
      );
      return;
    }
    readBody(req)
      .then(async (body) => {
        const { query, params, cypher } = JSON.parse(body) as { query: QueryName; params: Record<string, unknown>; cypher?: string };
        const text = cypher ?? queries[query];
        if (!text) return reply(res, 400, { error: `no query named ${String(query)}` });
        const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
        try {
          // As the API does: no stack captured for the result (see withoutStackCapture).
          const result = await withoutStackCapture(() =>
            session.run(text, toDriverParams(params ?? {}) as Record<string, unknown>, txConfig),
          );
          reply(res, 200, { rows: result.records.map((r) => r.toObject()) });
        } finally {
          await session.close();
        }
      })
      .catch((error: Error) => reply(res, 500, { error: error.message }));
  });
  server.listen(config.port, '127.0.0.1', () => {
    console.log(`READY http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void driver.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
