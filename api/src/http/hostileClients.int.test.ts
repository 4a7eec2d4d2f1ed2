import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiProcess, startApiProcess } from '../../../test-utils/apiProcess.ts';
import { openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { KeyStore, keyLine, parseKeyLines } from '../auth/apiKeys.ts';
import { loadConfig } from '../config.ts';
import { Executor, type ExecutorObserver } from '../db/executor.ts';
import { loadQueryRegistry } from '../db/queryRegistry.ts';
import { createApolloServer } from '../graph/apolloServer.ts';
import type { GraphContext } from '../graph/context.ts';
import { createJsonLogger } from '../observability/logger.ts';
import { createMetrics } from '../observability/metrics.ts';
import { type AppOptions, createApp } from './createApp.ts';
import { createHttpServer } from './httpServer.ts';
import { boundRequest } from './requestBounds.ts';

const MiB = 1024 * 1024;

/** Sends `count` requests made by `body(i)`, `parallel` at a time; resolves with how many got each status. */
async function sendMany(url: string, count: number, parallel: number, body: (i: number) => string): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(i) });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return statuses;
}

describe('hostile clients: a real API process', () => {
  let api: ApiProcess;
  beforeAll(async () => {
    // The rate limit is raised here: this test is about what one process keeps per request.
    api = await startApiProcess(inject('neo4j'), { RATE_LIMIT_ADDRESS_PER_MINUTE: '0' });
  });
  afterAll(() => api?.stop());

  it('keeps resident memory and /metrics bounded under 2,000 distinct 100 kB operation names', async () => {
    const long = 'x'.repeat(100_000);
    const named = (name: string) => JSON.stringify({ query: `query ${name} { __typename }` });
    // Warm up with the same long name each time, so the start figure includes the code paths.
    await sendMany(`${api.base}/graphql`, 100, 4, () => named(`Warm${long}`));
    const before = api.residentBytes();
    const statuses = await sendMany(`${api.base}/graphql`, 2_000, 4, (i) => named(`Op${i}${long}`));
    // Refused before parsing (MAX_QUERY_CHARS), so the names reach neither Apollo nor the metrics.
    expect(statuses).toEqual(new Map([[413, 2_000]]));
    const after = api.residentBytes();
    console.log(`RSS before ${(before / MiB).toFixed(1)} MiB, after ${(after / MiB).toFixed(1)} MiB`);
    const metrics = await fetch(`${api.base}/metrics`);
    const text = await metrics.text();
    console.log(`/metrics: ${metrics.status}, ${text.length} bytes`);
    expect(metrics.status).toBe(200);
    expect(after - before).toBeLessThan(50 * MiB);
    expect(text.length).toBeLessThan(64 * 1024);
    expect(text).not.toContain('xxxxxxxx');
  }, 600_000);
});

const READER_KEY = 'tcst_reader-key-for-hostile-client-tests';
const keys = new KeyStore(parseKeyLines(keyLine('reader-1', 'reader', READER_KEY), 'test'));
const HTTP_LIMITS = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, maxConnections: 1_000 };

describe('hostile clients: one process, in this test', () => {
  let db: TestDatabase;
  let production: ApolloServer<GraphContext>;
  const servers: Server[] = [];
  const logged: string[] = [];

  /** Serves an app with the production Apollo server and these options; resolves with its base URL. */
  async function serve(options: Partial<AppOptions>, limits = HTTP_LIMITS): Promise<string> {
    const app = createApp({
      apollo: production,
      executor: db.executor,
      webRoot: loadConfig().webRoot,
      checkDatabase: async () => {},
      keys,
      logger: createJsonLogger((l) => logged.push(l)),
      ...options,
    });
    const server = await new Promise<Server>((resolve) => {
      const s = createHttpServer(app, limits).listen(0, '127.0.0.1', () => resolve(s));
    });
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  const query = (base: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  beforeAll(async () => {
    db = openTestDatabase();
    production = createApolloServer({ production: true });
    await production.start();
  });
  afterAll(async () => {
    for (const s of servers) {
      s.closeAllConnections();
      s.close();
    }
    await production.stop();
    await db.close();
  });

  it('limits requests per address with 429 and Retry-After, on the fast path and the Express path alike', async () => {
    const base = await serve({ rateLimits: { addressPerMinute: 5, keyPerMinute: 8 }, corsOrigins: ['https://partner.example'] });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await query(base)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const refused = await query(base);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: `Too many requests; try again in ${retryAfter} s.`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
        },
      ],
    });
    const fromPartner = await query(base, { origin: 'https://partner.example' });
    expect(fromPartner.status).toBe(429);
    expect(fromPartner.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    // The Express path (a GET) and the briefing share the address's count; the probes do not count.
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(429);
    expect((await fetch(`${base}/briefing/agency:crtdc`)).status).toBe(429);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    // An unknown key is counted against the address: inventing keys buys nothing.
    expect((await query(base, { authorization: 'Bearer tcst_made-up' })).status).toBe(429);
  });

  it('counts API keys apart from addresses, each key with its own limit', async () => {
    const base = await serve({ rateLimits: { addressPerMinute: 2, keyPerMinute: 4 } });
    expect([(await query(base)).status, (await query(base)).status, (await query(base)).status]).toEqual([200, 200, 429]);
    const withKey: number[] = [];
    for (let i = 0; i < 5; i++) withKey.push((await query(base, { 'x-api-key': READER_KEY })).status);
    expect(withKey).toEqual([200, 200, 200, 200, 429]);
  });

  it('does not tell anonymous callers where the database is, and logs it instead', async () => {
    const base = await serve({
      checkDatabase: async () => {
        throw new Error('Cannot reach Neo4j at bolt://db.internal.example:7687: connect ECONNREFUSED 10.9.8.7:7687');
      },
    });
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ status: 'not ready', reason: 'the database cannot be reached' });
    expect(text).not.toContain('internal.example');
    expect(logged.some((l) => l.includes('bolt://db.internal.example:7687'))).toBe(true);
  });

  it('serves /metrics only to the holder of METRICS_TOKEN when one is set, or with a key when reading needs one', async () => {
    const metrics = createMetrics();
    const tokenBase = await serve({ metrics, metricsToken: 'scrape-token-1' });
    expect((await fetch(`${tokenBase}/metrics`)).status).toBe(401);
    expect((await fetch(`${tokenBase}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const scraped = await fetch(`${tokenBase}/metrics`, { headers: { authorization: 'Bearer scrape-token-1' } });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('process_resident_memory_bytes');
    const keyBase = await serve({ metrics, readAccess: 'key' });
    expect((await fetch(`${keyBase}/metrics`)).status).toBe(401);
    expect((await fetch(`${keyBase}/metrics`, { headers: { 'x-api-key': READER_KEY } })).status).toBe(200);
    const openBase = await serve({ metrics });
    expect((await fetch(`${openBase}/metrics`)).status).toBe(200);
  });

  it('in production: no introspection and no schema suggestions in errors', async () => {
    const base = await serve({});
    const post = async (q: string) =>
      (
        await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: q }),
        })
      ).json();
    const introspection = await post('{ __schema { types { name } } }');
    expect(introspection.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.errors[0].message).toContain('introspection is not allowed');
    const typo = await post('{ entiti(id: "agency:crtdc") { id } }');
    expect(typo.errors[0].message).toBe('Cannot query field "entiti" on type "Query".');
  });

  it('keeps no automatic persisted queries: a hash alone is refused, so strangers fill no cache', async () => {
    const base = await serve({});
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    });
    // Apollo answers this with 200, so that APQ clients fall back to sending the document.
    expect(res.status).toBe(200);
    expect((await res.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  it('refuses query documents over 64 KiB before parsing them', async () => {
    const base = await serve({});
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `query Q${'x'.repeat(65_536)} { __typename }` }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0]).toEqual({
      message: 'The query document is longer than 65536 characters.',
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
  });

  it('cuts off clients that send their headers too slowly, and refuses connections past the maximum', async () => {
    const base = await serve({}, { ...HTTP_LIMITS, headersTimeoutMs: 1_000, requestTimeoutMs: 1_000, maxConnections: 2 });
    const { port } = new URL(base);
    const connect = async () => {
      const socket = net.connect(Number(port), '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      let received = '';
      socket.on('data', (c: Buffer) => (received += c.toString()));
      socket.on('error', () => {});
      const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(received)));
      return { socket, closed };
    };
    const slow = await connect();
    slow.socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const second = await connect();
    const third = await connect();
    // The third connection is over the maximum of 2: closed at once, without an answer.
    expect(await third.closed).toBe('');
    // The slow one gets 408 once its headers are late.
    expect(await slow.closed).toMatch(/^HTTP\/1.1 408 /);
    second.socket.destroy();
  });

  it("stops a request's database work when its client goes away", async () => {
    let signal: AbortSignal | undefined;
    const seen = new Promise<void>((resolve) => {
      const server = createHttpServer((_req, res) => {
        signal = boundRequest(res, { deadlineMs: 60_000, sessionsPerRequest: 2 }).signal;
        resolve();
      }, HTTP_LIMITS);
      servers.push(server.listen(0, '127.0.0.1'));
    });
    await new Promise((r) => servers.at(-1)?.once('listening', r));
    const socket = net.connect((servers.at(-1)?.address() as AddressInfo).port, '127.0.0.1');
    socket.write('GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    await seen;
    expect(signal?.aborted).toBe(false);
    socket.destroy();
    await new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve()));
    expect(signal?.aborted).toBe(true);
    // A runner bound to an aborted signal starts no transaction: it fails at once with the reason.
    const stats = { roundTrips: 0 };
    const runner = db.executor.withSignal(signal as AbortSignal).withStats(stats);
    await expect(runner.read('sourceTexts', { ids: ['source:x'] })).rejects.toThrow(
      'The client closed the connection before the answer was ready',
    );
    expect(stats.roundTrips).toBe(0);
    // A signal that aborts once the session is open closes it: the transaction does not run, and the pool serves the next one.
    const controller = new AbortController();
    const observer = { query() {}, sessionOpened: () => controller.abort(new Error('gone')), sessionClosed() {} };
    const executor = new Executor(db.driver, loadQueryRegistry(), {
      database: inject('neo4j').database ?? undefined,
      timeoutMs: 10_000,
      observer,
    });
    await expect(executor.withSignal(controller.signal).read('sourceTexts', { ids: ['source:x'] })).rejects.toThrow('gone');
    expect(await db.executor.read('sourceTexts', { ids: ['source:x'] })).toEqual([]);
  });

  /** Posts a GraphQL document to a server; resolves with the status and the parsed answer. */
  const post = async (base: string, body: unknown, signal?: AbortSignal) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });
    return {
      status: res.status,
      body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] },
    };
  };

  /** An executor over the test Neo4j that reports every session it opens, for counting. */
  const observedExecutor = (observer: Partial<ExecutorObserver>, queries = loadQueryRegistry()) =>
    new Executor(db.driver, queries, {
      database: inject('neo4j').database ?? undefined,
      timeoutMs: 60_000,
      observer: { query() {}, sessionOpened() {}, sessionClosed() {}, ...observer },
    });

  /**
   * A registry whose `paths` runs for minutes, marked so that SHOW TRANSACTIONS can find it.
   * The same Cypher for any data: a count over two billion numbers.
   */
  const slowRegistry = (marker: string) => ({
    ...loadQueryRegistry(),
    // Paths are a named query (entity, the lists and neighbourhoods are compiled per document).
    paths: `// ${marker}\nUNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN [] AS paths, [] AS sources`,
  });
  const SLOW_QUERY = '{ paths(from: "agency:crtdc", to: "agency:mhesi") { nodes { id } } }';
  /** How many transactions are running the query marked `marker` (the marker travels as a parameter, so this query is not one). */
  const runningWith = async (marker: string) => {
    const { records } = await db.driver.executeQuery(
      'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS running',
      { marker },
      { database: inject('neo4j').database ?? undefined },
    );
    return Number(records[0]?.get('running'));
  };
  const waitFor = async (what: string, done: () => Promise<boolean>, withinMs: number) => {
    const until = Date.now() + withinMs;
    while (!(await done())) {
      if (Date.now() > until) throw new Error(`${what}: not within ${withinMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('refuses nested lists and aliased expensive root fields over the cost budget, naming the cost and the budget, before any database work', async () => {
    let sessions = 0;
    const base = await serve({ executor: observedExecutor({ sessionOpened: () => void (sessions += 1) }) });
    // Persons × meetings × attendees × meetings × attendees: each nested list counts 20, the nodes 5,000.
    const nested = `{ neighborhood(ids: ["meeting:thai-china-st-committee-4"], depth: 2, limit: 5000) {
      nodes { ... on Person { meetings { meeting { attendees { entity {
        ... on Person { meetings { meeting { attendees { entity { id } } } } } } } } } } } } }`;
    const neighbourhood = (i: number) =>
      `a${i}: neighborhood(ids: ["person:synthetic-1"], depth: 3, limit: 200) { truncated nodes { id } edges { id } }`;
    const aliased = `{ ${Array.from({ length: 30 }, (_, i) => neighbourhood(i)).join(' ')} }`;
    const variables = `query Q($depth: Int!, $limit: Int!) { ${Array.from({ length: 10 }, (_, i) => `n${i}: neighborhood(ids: ["x:1"], depth: $depth, limit: $limit) { nodes { id } }`).join(' ')} }`;
    const expected = (cost: number) => ({
      status: 200,
      body: {
        errors: [
          {
            message:
              `This operation's estimated cost is ${cost.toLocaleString('en')}, over the budget of 2,500,000 per request (QUERY_COST_BUDGET). ` +
              'Ask for less: fewer aliased root fields (each neighborhood, paths, search, list, briefing, analyzeText or auditLog counts ' +
              'in full), a smaller depth, limit or first, fewer nested lists; or split it into several requests.',
            extensions: { code: 'QUERY_TOO_COSTLY', cost, budget: 2_500_000 },
          },
        ],
      },
    });
    // 10,000 (depth 2) + 1 + nodes (1 + 5,000 × meetings (1 + 20 × meeting (1 + attendees (1 + 20 × entity (1 + meetings (…)))))).
    expect(await post(base, { query: nested })).toEqual(expected(1_684_215_002));
    expect(await post(base, { query: aliased })).toEqual(expected(30 * (250_000 + 1 + 1 + (1 + 200) + (1 + 1_000))));
    // Sizes from variables count with their values.
    expect(await post(base, { query: variables, variables: { depth: 3, limit: 5000 } })).toEqual(
      expected(10 * (250_000 + 1 + (1 + 5_000))),
    );
    expect(sessions).toBe(0);
    expect(await post(base, { query: variables, variables: { depth: 1, limit: 10 } })).toEqual({
      status: 200,
      body: { data: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`n${i}`, { nodes: [] }])) },
    });
    // Under the budget, it runs: one depth-3 neighbourhood of an unknown id is empty.
    expect(await post(base, { query: `{ ${neighbourhood(0)} }` })).toEqual({
      status: 200,
      body: { data: { a0: { truncated: false, nodes: [], edges: [] } } },
    });
  });

  it('lets one request hold at most SESSIONS_PER_REQUEST sessions at once; the others wait within it', async () => {
    let open = 0;
    let peak = 0;
    const executor = observedExecutor({
      sessionOpened: () => void (peak = Math.max(peak, (open += 1))),
      sessionClosed: () => void (open -= 1),
    });
    const base = await serve({ executor, requestLimits: { deadlineMs: 30_000, sessionsPerRequest: 2 } });
    const query = `{ ${Array.from({ length: 12 }, (_, i) => `e${i}: entity(id: "agency:none-${i}") { id }`).join(' ')} }`;
    const answer = await post(base, { query });
    expect(answer).toEqual({ status: 200, body: { data: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`e${i}`, null])) } });
    expect(peak).toBe(2);
    expect(open).toBe(0);
  });

  it('ends a slow query at the request deadline, in Neo4j too, with a TIMEOUT naming the deadline', async () => {
    const marker = `deadline-${randomUUID()}`;
    const base = await serve({
      executor: observedExecutor({}, slowRegistry(marker)),
      requestLimits: { deadlineMs: 700, sessionsPerRequest: 2 },
    });
    const answer = await post(base, { query: SLOW_QUERY });
    expect(answer.body.errors?.[0]).toEqual({
      message:
        'The request ran past its deadline of 700 ms (REQUEST_DEADLINE_MS) and its database work was stopped; ask for less (a smaller ' +
        'depth, limit or first, fewer aliased root fields) or split it into several requests.',
      locations: [{ line: 1, column: 3 }],
      path: ['paths'],
      extensions: { code: 'TIMEOUT', deadlineMs: 700 },
    });
    // The query alone runs for minutes; Neo4j no longer runs it.
    await waitFor('the transaction ends', async () => (await runningWith(marker)) === 0, 5_000);
  });

  it('ends the running Neo4j transaction when the client goes away', async () => {
    const marker = `disconnect-${randomUUID()}`;
    const base = await serve({
      executor: observedExecutor({}, slowRegistry(marker)),
      requestLimits: { deadlineMs: 120_000, sessionsPerRequest: 2 },
    });
    const client = new AbortController();
    const answered = post(base, { query: SLOW_QUERY }, client.signal).catch((e: Error) => e.name);
    await waitFor('the query starts in Neo4j', async () => (await runningWith(marker)) === 1, 20_000);
    client.abort();
    expect(await answered).toBe('AbortError');
    await waitFor('the transaction ends once the client is gone', async () => (await runningWith(marker)) === 0, 5_000);
  });

  it('reuses the /readyz database check for a while, so a flood of probes reaches the database once', async () => {
    let checks = 0;
    const base = await serve({ checkDatabase: async () => void (checks += 1), readinessCacheMs: 60_000 });
    const statuses = await Promise.all(Array.from({ length: 25 }, async () => (await fetch(`${base}/readyz`)).status));
    expect(statuses).toEqual(Array.from({ length: 25 }, () => 200));
    expect(checks).toBe(1);
  });
});
