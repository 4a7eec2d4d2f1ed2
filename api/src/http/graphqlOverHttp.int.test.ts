import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { loadConfig } from '../config.ts';
import { createApolloServer } from '../graph/apolloServer.ts';
import type { GraphContext } from '../graph/context.ts';
import { createApp } from './createApp.ts';

let db: TestDatabase;
let apollo: ApolloServer<GraphContext>;
let server: Server;
let url: string;

beforeAll(async () => {
  db = openTestDatabase();
  // The audits ask for `__type`, so introspection is on, as it is outside production by default.
  apollo = createApolloServer({ production: false });
  await apollo.start();
  const app = createApp({ apollo, executor: db.executor, webRoot: loadConfig().webRoot, checkDatabase: async () => {} });
  server = await new Promise<Server>((resolve) => {
    const s = createServer(app).listen(0, '127.0.0.1', () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server.close();
  await apollo.stop();
  await db.close();
});

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  it('passes every audit, MUST, SHOULD and MAY, on the real /graphql with CSRF prevention on', async () => {
    const audits = serverAudits({ url });
    expect(audits.length).toBe(61);
    const failed: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status !== 'ok') failed.push(`${audit.id} ${audit.name}: ${result.reason}`);
    }
    expect(failed).toEqual([]);
  });

  it('still refuses the requests CSRF prevention is for: simple POSTs and GETs a page on another site sent', async () => {
    const plain = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(plain.status).toBe(400);
    expect((await plain.json()).errors[0].message).toContain('CSRF');
    const form = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(form.status).toBe(400);
    const crossSite = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(400);
    expect((await crossSite.json()).errors[0].message).toContain('CSRF');
    const simpleGet = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(simpleGet.status).toBe(200);
    expect(await simpleGet.json()).toEqual({ data: { __typename: 'Query' } });
    const mutation = await fetch(`${url}?query=${encodeURIComponent('mutation { __typename }')}`);
    expect(mutation.status).toBe(405);
  });

  it('answers document errors with 200 for application/json and 400 for application/graphql-response+json', async () => {
    const post = (accept: string, query: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query }) });
    for (const [query, code] of [
      ['{', 'GRAPHQL_PARSE_FAILED'],
      ['{ nope }', 'GRAPHQL_VALIDATION_FAILED'],
    ] as const) {
      const json = await post('application/json', query);
      expect(json.status, query).toBe(200);
      expect((await json.json()).errors[0].extensions.code, query).toBe(code);
      const typed = await post('application/graphql-response+json', query);
      expect(typed.status, query).toBe(400);
      expect((await typed.json()).errors[0].extensions.code, query).toBe(code);
    }
    const noQuery = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(noQuery.status).toBe(400);
    expect((await noQuery.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
