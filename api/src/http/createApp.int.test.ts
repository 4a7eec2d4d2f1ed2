import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { loadConfig } from '../config.ts';
import { createDriver } from '../db/driver.ts';
import { createApolloServer } from '../graph/apolloServer.ts';
import type { GraphContext } from '../graph/context.ts';
import { createApp } from './createApp.ts';
import { CONTENT_SECURITY_POLICY } from './securityHeaders.ts';

let db: TestDatabase;
let apollo: ApolloServer<GraphContext>;
let server: Server;
let base: string;
const deadDriver = createDriver('bolt://127.0.0.1:1', 'neo4j', 'nothing-here');

async function listen(checkDatabase: () => Promise<void>): Promise<[Server, string]> {
  const app = createApp({
    apollo,
    executor: db.executor,
    webRoot: loadConfig().webRoot,
    checkDatabase,
    corsOrigins: ['https://partner.example'],
  });
  const s = await new Promise<Server>((resolve) => {
    const x = createServer(app).listen(0, '127.0.0.1', () => resolve(x));
  });
  return [s, `http://127.0.0.1:${(s.address() as AddressInfo).port}`];
}

/** POSTs a body with node:http, declaring its length or sending it chunked (which the fast path leaves to the general one). */
function postRaw(url: string, body: string, headers: Record<string, string>, chunked: boolean) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const length = chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(Buffer.byteLength(body)) };
    const req = request(url, { method: 'POST', headers: { ...headers, ...length } });
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.end(body);
  });
}

beforeAll(async () => {
  db = openTestDatabase();
  await db.seed();
  apollo = createApolloServer({ production: true });
  await apollo.start();
  [server, base] = await listen(() => db.driver.verifyConnectivity().then(() => undefined));
});
afterAll(async () => {
  server.close();
  await apollo.stop();
  await deadDriver.close();
  await db.close();
});

describe('HTTP', () => {
  it('answers GraphQL over POST with the seed facts and their quotes', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ entity(id: "person:zhang-hui") { name ... on Person { positions { title { en } organization { name } citations { quote } } } } }',
      }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.data.entity.name).toBe('Zhang Hui');
    expect(body.data.entity.positions[0]).toMatchObject({
      title: { en: 'Deputy director general' },
      organization: { name: 'China Rural Technology Development Center' },
    });
    expect(body.data.entity.positions[0].citations[0].quote).toContain(
      'Deputy director general, China Rural Technology Development Center: CRTDC',
    );
  });

  it('answers plain JSON POSTs (the fast path) exactly as the general path does', async () => {
    const cases: [string, Record<string, string>][] = [
      [JSON.stringify({ query: '{ entity(id: "agency:crtdc") { id names { en } } }' }), {}],
      [JSON.stringify({ query: '{ nope }' }), { accept: 'application/graphql-response+json' }],
      [JSON.stringify({ query: 'mutation { deleteEntity(id: "agency:crtdc", reason: "test") { id } }' }), { 'x-request-id': 'same-id' }],
      [
        JSON.stringify({ query: '{ entity(id: "agency:crtdc") { id } }' }),
        { authorization: 'Bearer not-a-key', origin: 'https://partner.example' },
      ],
      ['{"query": ', {}],
      ['"just a string"', {}],
      ['', {}],
    ];
    const varying = new Set(['date', 'etag', 'x-request-id', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']);
    const comparable = (h: IncomingHttpHeaders) => Object.fromEntries(Object.entries(h).filter(([k]) => !varying.has(k)));
    for (const [body, extra] of cases) {
      const headers = { 'content-type': 'application/json', 'x-request-id': 'req-1', ...extra };
      const fast = await postRaw(`${base}/graphql`, body, headers, false);
      const general = await postRaw(`${base}/graphql`, body, headers, true);
      expect(fast.headers['transfer-encoding'], body).toBeUndefined();
      expect(fast.status, body).toBe(general.status);
      expect(fast.body, body).toBe(general.body);
      expect(comparable(fast.headers), body).toEqual(comparable(general.headers));
      expect(fast.headers['x-request-id'], body).toBe(headers['x-request-id']);
      expect(fast.headers['content-security-policy'], body).toBe(CONTENT_SECURITY_POLICY);
      expect(fast.headers['x-frame-options'], body).toBe('DENY');
      expect(Number(fast.headers['content-length']), body).toBe(Buffer.byteLength(fast.body));
    }
    // Both paths answer through answerGraphql, so neither adds an ETag (Express's res.send used to, on the general path).
    const [query] = cases[0] as [string, Record<string, string>];
    expect((await postRaw(`${base}/graphql`, query, { 'content-type': 'application/json' }, false)).headers.etag).toBeUndefined();
    expect((await postRaw(`${base}/graphql`, query, { 'content-type': 'application/json' }, true)).headers.etag).toBeUndefined();
  });

  it('serves the bundled GraphiQL page and its scripts, with no CDN', async () => {
    const res = await fetch(`${base}/graphiql`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<div id="graphiql">');
    const scripts = [...html.matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1] as string);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src.startsWith('/')).toBe(true);
      const asset = await fetch(`${base}${src}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
    }
    expect(html).not.toMatch(/https?:\/\/(unpkg|cdn|esm\.sh)/);
  });

  it('reports health, and readiness against the database', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
    const [down, downBase] = await listen(() => deadDriver.verifyConnectivity().then(() => undefined));
    try {
      const res = await fetch(`${downBase}/readyz`);
      expect(res.status).toBe(503);
      expect((await res.json()).status).toBe('not ready');
    } finally {
      down.close();
    }
  });

  it('hides internal details in production but keeps user errors readable', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(text: "") { score } }' }),
    });
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toContain('`text` must not be empty');
    expect(JSON.stringify(body)).not.toContain('stacktrace');
  });

  it('sets security headers on every response', async () => {
    for (const url of ['/', '/graphiql', '/healthz', '/briefing/agency:crtdc']) {
      const res = await fetch(`${base}${url}`);
      expect(res.headers.get('content-security-policy'), url).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), url).toBe('DENY');
      expect(res.headers.get('referrer-policy'), url).toBe('no-referrer');
      expect(res.headers.get('x-powered-by'), url).toBeNull();
    }
  });

  it('allows CORS only for the configured origins', async () => {
    const preflight = (origin: string) =>
      fetch(`${base}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://partner.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    const other = await preflight('https://evil.example');
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ entity(id: "agency:crtdc") { id } }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses documents over the token, depth, alias and cost limits with a coded error', async () => {
    // As application/graphql-response+json, refused documents are 400s (as application/json, 200s with `errors`).
    const send = async (query: string) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query }),
      });
      return { status: res.status, body: await res.json() };
    };
    const tokens = await send(`{ entity(id: "agency:crtdc") { ${'id '.repeat(6000)}} }`);
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors[0].message).toMatch(/^Syntax Error: Document contains more .* 2000 tokens/);
    expect(tokens.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const aliases = await send(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: entity(id: "agency:crtdc") { id }`).join(' ')} }`);
    expect(aliases.status).toBe(400);
    expect(aliases.body.errors[0]).toMatchObject({
      message: 'The query uses 31 aliases; the limit is 30.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('follows GraphQL over HTTP: media types, status codes and clear errors for bad requests', async () => {
    const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
      fetch(`${base}/graphql`, { method: 'POST', headers, body });
    const typed = await post(JSON.stringify({ query: '{ entity(id: "agency:crtdc") { id } }' }), {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
    });
    expect(typed.status).toBe(200);
    expect(typed.headers.get('content-type')).toContain('application/graphql-response+json');
    const invalid = await post(JSON.stringify({ query: '{ nope }' }), {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
    });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const malformed = await post('{"query": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
    const huge = await post(JSON.stringify({ query: '{ search(text: "x") { score } }', variables: { pad: 'x'.repeat(1_100_000) } }));
    expect(huge.status).toBe(413);
    expect((await huge.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const plain = await post('{ entity(id: "agency:crtdc") { id } }', { 'content-type': 'text/plain' });
    expect(plain.status).toBe(400);
    expect((await plain.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
    const missing = await post(JSON.stringify({ variables: {} }));
    expect(missing.status).toBe(400);
    expect((await missing.json()).errors[0].message).toContain('non-empty `query`');

    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ entity(id: "agency:crtdc") { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect((await get.json()).data.entity.id).toBe('agency:crtdc');
  });
});
