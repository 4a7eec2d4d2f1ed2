import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_PATH, openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { KeyStore, keyLine, parseKeyLines } from '../auth/apiKeys.ts';
import { loadConfig } from '../config.ts';
import { createApp } from '../http/createApp.ts';
import { createApolloServer } from './apolloServer.ts';
import type { GraphContext } from './context.ts';
import { createGraphGazetteer } from './graphGazetteer.ts';

const EDITOR = 'editor-key-for-tests-0123456789';
const keys = new KeyStore(parseKeyLines(keyLine('alice', 'editor', EDITOR), 'test'));
// The opening of the seed article: its headline and first paragraph (the meeting, its dates, บพท. and the chair).
const PARAGRAPH = readFileSync(path.join(SEED_PATH, 'sources', 'pmua-thai-china-poverty-2023.th.txt'), 'utf8')
  .split('\n')
  .slice(0, 3)
  .join('\n');

const ANALYZE = /* GraphQL */ `
  query Analyze($text: String!, $language: Lang) {
    analyzeText(text: $text, language: $language) {
      mentions {
        start
        end
        text
        kind
        rule
        candidates {
          score
          reason
          entity {
            id
            kind
          }
        }
      }
      dates {
        start
        end
        text
        date
        endDate
      }
      proposals {
        type
        from
        to
        quote {
          start
          end
          text
        }
      }
    }
  }
`;

let db: TestDatabase;
let server: Server;
let apollo: ApolloServer<GraphContext>;
let base: string;
const logged: string[] = [];

async function gql(query: string, variables: Record<string, unknown> = {}, key?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions: any }[] } };
}

beforeAll(async () => {
  db = openTestDatabase();
  apollo = createApolloServer({ production: true });
  await apollo.start();
  // Checked at every call, so a change shows at the next analysis without waiting.
  const gazetteer = createGraphGazetteer(db.executor, { checkEveryMs: 0, logger: { info: (msg) => logged.push(msg) } });
  const app = createApp({ apollo, executor: db.executor, webRoot: loadConfig().webRoot, checkDatabase: async () => {}, keys, gazetteer });
  server = await new Promise<Server>((resolve) => {
    const s = createServer(app).listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
beforeEach(() => db.seed());
afterAll(async () => {
  server.close();
  await apollo.stop();
  await db.close();
});

describe('analyzeText over GraphQL', () => {
  it('finds บพท. as the agency of the graph, the Thai date range, and spans that slice the text', async () => {
    const { status, body } = await gql(ANALYZE, { text: PARAGRAPH, language: 'TH' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const { mentions, dates, proposals } = body.data.analyzeText;
    for (const m of mentions) expect(PARAGRAPH.slice(m.start, m.end)).toBe(m.text);
    const pmua = mentions.filter((m: any) => m.text.includes('บพท'));
    expect(pmua.map((m: any) => [m.start, m.end, m.text, m.kind, m.candidates[0].entity.id])).toEqual([
      [16, 20, 'บพท.', 'AGENCY', 'agency:pmu-a'],
      [103, 113, 'หน่วย บพท.', 'AGENCY', 'agency:pmu-a'],
    ]);
    expect(dates[0]).toEqual({ start: 87, end: 102, text: '20-21 ก.ย. 2566', date: '2023-09-20', endDate: '2023-09-21' });
    expect(PARAGRAPH.slice(87, 102)).toBe('20-21 ก.ย. 2566');
    expect(proposals.length).toBeGreaterThan(0);
    for (const p of proposals) {
      expect(PARAGRAPH.slice(p.quote.start, p.quote.end)).toBe(p.quote.text);
      expect(mentions[p.from]).toBeDefined();
      expect(mentions[p.to]).toBeDefined();
    }
    expect(logged).toContain('gazetteer built');
  });

  it('links a name to an entity created through the API after the gazetteer was built', async () => {
    const text = 'The Lattice Fusion Consortium met in Bangkok.';
    const before = await gql(ANALYZE, { text });
    const named = (body: any) => body.data.analyzeText.mentions.filter((m: any) => m.text === 'Lattice Fusion Consortium');
    expect(named(before.body).flatMap((m: any) => m.candidates)).toEqual([]);
    const created = await gql(
      /* GraphQL */ `
        mutation Create($input: EntityInput!) {
          createEntity(input: $input) {
            entity {
              id
            }
          }
        }
      `,
      {
        input: {
          id: 'program:lattice-fusion-consortium',
          kind: 'PROGRAM',
          names: { en: 'Lattice Fusion Consortium' },
          citations: [{ source: 'source:pmua-thai-china-poverty-2023', quote: 'นิวเคลียร์ฟิวชัน' }],
        },
      },
      EDITOR,
    );
    expect(created.body.errors).toBeUndefined();
    const after = await gql(ANALYZE, { text });
    const [mention] = named(after.body);
    expect(mention).toMatchObject({ start: 4, end: 29, kind: 'PROGRAM' });
    expect(mention.candidates[0].entity).toEqual({ id: 'program:lattice-fusion-consortium', kind: 'PROGRAM' });
  });

  it('refuses a text longer than 100,000 characters with BAD_USER_INPUT', async () => {
    const { body } = await gql(ANALYZE, { text: 'ก'.repeat(100_001) });
    expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain('at most 100000 characters');
  });
});
