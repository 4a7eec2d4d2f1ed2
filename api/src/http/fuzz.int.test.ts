import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { loadConfig } from '../config.ts';
import { createApolloServer } from '../graph/apolloServer.ts';
import type { GraphContext } from '../graph/context.ts';
import { createApp } from './createApp.ts';
import { KeyStore, keyLine, parseKeyLines } from '../auth/apiKeys.ts';
import { createRandom, type Random } from '../../../common/random.ts';

const VALID = [
  '{ entity(id: "agency:crtdc") { id name citations { quote } } }',
  'query S($t: String!) { search(text: $t, first: 5) { score entity { id } } }',
  '{ neighborhood(ids: ["meeting:thai-china-st-committee-4"], depth: 2, limit: 50) { nodes { id } edges { id } } }',
  '{ paths(from: "person:zhang-hui", to: "agency:mhesi") { length } }',
  '{ agencies(first: 3, filter: { country: "TH" }) { totalCount nodes { id } pageInfo { endCursor } } }',
  '{ briefing(id: "agency:pmu-a", lang: TH) { title citations { number } } }',
];
const NASTY = [
  "' OR 1=1 //",
  '}) DETACH DELETE n //',
  'MATCH (n) DETACH DELETE n',
  '\u202Eevil\u202C',
  '\u0000\u0001\u0002',
  'ก'.repeat(300),
  '%00%27',
  '{"$ne": null}',
  '\uD800',
  '*'.repeat(50),
  'a AND (b OR c*)~2 "x',
];

function mutate(text: string, r: Random): string {
  const chars = [...text];
  for (let i = 0, n = 1 + r.int(0, 3); i < n; i++) {
    const at = r.int(0, chars.length);
    const op = r.int(0, 2);
    if (op === 0) chars.splice(at, 1);
    else if (op === 1) chars.splice(at, 0, r.pick(['{', '}', '(', ')', '"', '$', ':', '!', '[', ']', '@', '...', '#', '\\', ' ', 'x']));
    else chars.splice(at, 1, r.pick(['0', '-1', '99999', 'null', 'true', '"x"']));
  }
  return chars.join('');
}

const EDITOR_KEY = 'fuzz-editor-key-0123456789abcdef';
const DOCUMENT = `sources:
  - id: source:fuzz
    title: Fuzz
    language: en
    text: A source about nothing.
entities:
  - id: agency:fuzz
    kind: AGENCY
    names: { en: Fuzz Agency }
    citations:
      - source: source:fuzz
        quote: a quote that the source does not contain
`;

/** One generated mutation with hostile input, sent with or without the editor key. */
function generateMutation(r: Random): { body: string; type: string; key?: string } {
  const key = r.next() < 0.8 ? EDITOR_KEY : undefined;
  const nasty = () =>
    r.pick<unknown>([...NASTY, 42, null, [], {}, 'x'.repeat(5000), 'agency:crtdc', 'source:pmua-thai-china-poverty-2023']);
  const body = r.pick([
    () => ({
      query: 'mutation($i: EntityInput!) { createEntity(input: $i) { entity { id } } }',
      variables: {
        i: {
          id: nasty(),
          kind: r.pick(['AGENCY', 'SOURCE', 'NOPE', 7]),
          names: { en: nasty() },
          citations: [{ source: nasty(), quote: nasty() }],
        },
      },
    }),
    () => ({
      query: 'mutation($i: RelationshipInput!) { link(input: $i) { edge { id } } }',
      variables: {
        i: { type: nasty(), from: nasty(), to: 'agency:crtdc', attributes: nasty(), citations: [{ source: nasty(), quote: 'x' }] },
      },
    }),
    () => ({
      query: 'mutation($id: ID!, $r: String!) { deleteEntity(id: $id, reason: $r) { id } }',
      variables: { id: r.pick(NASTY), r: nasty() },
    }),
    () => ({
      query: 'mutation($t: String!, $f: ID!) { unlink(type: $t, from: $f, to: "agency:crtdc", reason: "fuzz") { id } }',
      variables: { t: nasty(), f: r.pick(NASTY) },
    }),
    () => ({ query: 'mutation($d: String!) { importDataset(document: $d) { nodes } }', variables: { d: mutate(DOCUMENT, r) } }),
  ])();
  // A mangled but still valid removal must never get through without a key.
  if (r.next() < 0.15)
    return {
      body: JSON.stringify({ query: mutate('mutation { deleteEntity(id: "agency:crtdc", reason: "fuzz") { id } }', r) }),
      type: 'application/json',
    };
  return { body: JSON.stringify(body), type: 'application/json', ...(key ? { key } : {}) };
}

/** One generated request: a body (or broken bytes), with a content type, and the key to send if any. */
function generate(r: Random): { body: string; type: string; key?: string } {
  switch (r.int(0, 7)) {
    case 6:
    case 7:
      return generateMutation(r);
    case 0:
      return { body: JSON.stringify({ query: mutate(r.pick(VALID), r) }), type: 'application/json' };
    case 1:
      return {
        body: JSON.stringify({ query: VALID[1], variables: { t: r.pick<unknown>([...NASTY, 42, null, [], {}, 'x'.repeat(5000)]) } }),
        type: 'application/json',
      };
    case 2:
      return {
        body: JSON.stringify({
          query: 'query($id: ID!, $d: Int) { neighborhood(ids: [$id], depth: $d) { nodes { id } } }',
          variables: { id: r.pick(NASTY), d: r.pick([0, -5, 3, 1e9, 'two', null]) },
        }),
        type: 'application/json',
      };
    case 3:
      return {
        body: JSON.stringify(
          r.pick<unknown>([
            [],
            'query',
            42,
            null,
            { query: 42 },
            { query: '' },
            { query: VALID[0], variables: 'nope' },
            { operationName: 7, query: VALID[0] },
          ]),
        ),
        type: 'application/json',
      };
    case 4:
      return {
        body: r.pick(['{', '{"query":', 'null', '', '\u0000', '{"query": "{ entity(id: \\"x\\") { id } }"']),
        type: 'application/json',
      };
    default:
      return {
        body: r.pick(VALID),
        type: r.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/graphql', 'multipart/form-data']),
      };
  }
}

let db: TestDatabase;
let apollo: ApolloServer<GraphContext>;
let server: Server;
let base: string;

beforeAll(async () => {
  db = openTestDatabase();
  await db.seed();
  apollo = createApolloServer({ production: true });
  await apollo.start();
  const keys = new KeyStore(parseKeyLines(keyLine('fuzzer', 'editor', EDITOR_KEY), 'test'));
  const app = createApp({ apollo, executor: db.executor, webRoot: loadConfig().webRoot, checkDatabase: async () => {}, keys });
  server = await new Promise<Server>((resolve) => {
    const s = createServer(app).listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await apollo.stop();
  await db.close();
});

describe('fuzz', () => {
  it('4,000 seeded malformed documents, variables, bodies and hostile mutations: no 5xx, every error coded, data untouched', async () => {
    const before = await db.counts();
    const r = createRandom(20230920);
    const statuses = new Map<number, number>();
    const uncoded: string[] = [];
    for (let i = 0; i < 4000; i++) {
      const { body, type, key } = generate(r);
      const headers = { 'content-type': type, ...(key ? { authorization: `Bearer ${key}` } : {}) };
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const text = await res.text();
      let json: { errors?: { extensions?: { code?: unknown } }[] } | undefined;
      try {
        json = JSON.parse(text);
      } catch {
        uncoded.push(`${res.status} non-JSON: ${text.slice(0, 80)}`);
        continue;
      }
      for (const e of json?.errors ?? [])
        if (typeof e.extensions?.code !== 'string') uncoded.push(`${res.status} ${JSON.stringify(e).slice(0, 120)}`);
    }
    const serverErrors = [...statuses].filter(([status]) => status >= 500);
    expect(serverErrors, JSON.stringify([...statuses])).toEqual([]);
    expect(uncoded.slice(0, 5)).toEqual([]);
    expect(statuses.get(400)).toBeGreaterThan(500);
    expect(await db.counts()).toEqual(before);
    const { records } = await db.driver.executeQuery('MATCH (a:AuditEvent) RETURN count(a) AS c');
    expect(Number(records[0]?.get('c'))).toBe(0);
    console.log(`fuzz: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    const ok = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: VALID[0] }),
    });
    expect((await ok.json()).data.entity.id).toBe('agency:crtdc');
  }, 180_000);
});
