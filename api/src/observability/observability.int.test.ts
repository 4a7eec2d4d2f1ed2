import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { loadConfig } from '../config.ts';
import { createApolloServer } from '../graph/apolloServer.ts';
import { createApp } from '../http/createApp.ts';
import { observabilityPlugin } from './apolloObservability.ts';
import { createJsonLogger } from './logger.ts';
import { createMetrics } from './metrics.ts';

let db: TestDatabase;
let server: Server;
let base: string;
let stopApollo: () => Promise<void>;
const lines: string[] = [];

beforeAll(async () => {
  db = openTestDatabase();
  await db.seed();
  const metrics = createMetrics();
  metrics.observePool(() => db.executor.poolStats());
  const apollo = createApolloServer({
    production: true,
    plugins: [
      observabilityPlugin(
        metrics,
        createJsonLogger((l) => lines.push(l)),
      ),
    ],
  });
  await apollo.start();
  stopApollo = () => apollo.stop();
  const app = createApp({ apollo, executor: db.executor, webRoot: loadConfig().webRoot, checkDatabase: async () => {}, metrics });
  server = await new Promise<Server>((resolve) => {
    const s = createServer(app).listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await stopApollo();
  await db.close();
});

describe('observability', () => {
  it('logs each operation as one JSON line with request id, name, duration and codes, never the variables', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-42', authorization: 'Bearer secret-api-key-value' },
      body: JSON.stringify({ query: 'query Find($t: String!) { search(text: $t) { score } }', variables: { t: 'secret-token-value' } }),
    });
    expect(res.headers.get('x-request-id')).toBe('req-42');
    const line = JSON.parse(lines.find((l) => l.includes('req-42')) as string);
    expect(line).toMatchObject({
      level: 'info',
      msg: 'graphql',
      requestId: 'req-42',
      operation: 'Find',
      roundTrips: 1,
      caller: 'invalid-key',
      remoteAddress: '127.0.0.1',
    });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(lines.join('')).not.toContain('secret-token-value');
    expect(lines.join('')).not.toContain('secret-api-key-value');
    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Bad { search(text: "") { score } }' }),
    });
    expect(JSON.parse(lines.at(-1) as string).errors).toEqual(['BAD_USER_INPUT']);
  });

  it('serves Prometheus metrics: requests, operations by name, latencies and errors by code', async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    // "Find" and "Bad" are not operations of the viewer: they are counted under "other".
    expect(text).toMatch(/graphql_operations_total\{operation="other",outcome="ok"\} 1\n/);
    expect(text).toMatch(/graphql_operations_total\{operation="other",outcome="error"\} 1\n/);
    expect(text).toMatch(/graphql_errors_total\{code="BAD_USER_INPUT"\} 1/);
    expect(text).toMatch(/graphql_operation_duration_seconds_count\{operation="other"\} 2\n/);
    expect(text).not.toContain('operation="Find"');
    expect(text).toMatch(/http_requests_total\{method="POST",route="\/graphql",status="200"\} \d+/);
    expect(text).toContain('process_resident_memory_bytes');
    // The driver's pool: nothing in use between requests, the connections kept idle, and the maximum.
    expect(text).toMatch(/neo4j_pool_connections\{state="in_use"\} 0\n/);
    expect(text).toMatch(/neo4j_pool_connections\{state="idle"\} [1-9]\d*\n/);
    expect(text).toMatch(/neo4j_pool_connections\{state="max"\} 50\n/);
  });

  it('keeps the metric series fixed and the log lines short whatever names clients choose', async () => {
    // The API's own series (the process's GC series may grow by a kind or two under load).
    const graphqlSeries = (text: string) => text.split('\n').filter((l) => l.startsWith('graphql_')).length;
    const seriesBefore = graphqlSeries(await (await fetch(`${base}/metrics`)).text());
    const long = 'y'.repeat(10_000);
    for (let i = 0; i < 300; i++) {
      await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': `many-${i}` },
        body: JSON.stringify({ query: `query N${i}${long} { __typename }` }),
      });
    }
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(graphqlSeries(text)).toBe(seriesBefore);
    expect(seriesBefore).toBeGreaterThan(0);
    expect(text).toMatch(/graphql_operations_total\{operation="other",outcome="ok"\} 301\n/);
    expect(text).not.toContain('yyyy');
    const line = JSON.parse(lines.find((l) => l.includes('"many-7"')) as string);
    expect(line.operation).toBe(`N7${'y'.repeat(62)}…`);
    expect(line.operationHash).toMatch(/^[0-9a-f]{16}$/);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(1_000);
  });
});
