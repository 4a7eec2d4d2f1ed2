import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_PATH, openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { startTestServer } from '../../../test-utils/testServer.ts';
import { KeyStore, keyLine, parseKeyLines } from '../auth/apiKeys.ts';
import { createGraphGazetteer } from './graphGazetteer.ts';

const EDITOR = 'editor-key-for-tests-0123456789';
const keys = new KeyStore(parseKeyLines(keyLine('alice', 'editor', EDITOR), 'test'));
const SEED_TEXT = readFileSync(path.join(SEED_PATH, 'sources', 'pmua-thai-china-poverty-2023.th.txt'), 'utf8');
const ARTICLE = [
  'เมื่อวันที่ 5 ต.ค. 2566 นายสมปอง รักษ์ไทย ผู้อำนวยการ สถาบันวิจัยแสงซินโครตรอน',
  'พร้อมด้วย Dr. Kittipong Srisuk เข้าร่วมการประชุม ณ กรุงเทพมหานคร',
].join('\n');

const ADD = /* GraphQL */ `
  mutation Add($input: SourceInput!) {
    addSource(input: $input) {
      added
      duplicateReason
      duplicateOf {
        id
        title
      }
      source {
        id
        title
        url
        date
        datePrinted
        language
        publisher
        text
      }
      audit {
        actor
        action
        target
      }
    }
  }
`;
const ANALYZE = /* GraphQL */ `
  query Analyze($text: String!) {
    analyzeText(text: $text) {
      mentions {
        text
        kind
        context
        candidates {
          score
          reason
          entity {
            id
          }
        }
        decision {
          action
          sameContext
          decidedBy
          text
          entity {
            id
          }
          source {
            id
          }
        }
      }
    }
  }
`;
const REMEMBER = /* GraphQL */ `
  mutation Remember($source: ID!, $decisions: [MentionDecisionInput!]!) {
    rememberDecisions(source: $source, decisions: $decisions)
  }
`;
const CREATE = /* GraphQL */ `
  mutation Create($input: EntityInput!) {
    createEntity(input: $input) {
      entity {
        id
      }
    }
  }
`;

let db: TestDatabase;
let server: { base: string; stop(): Promise<void> };
let base: string;

async function gql(query: string, variables: Record<string, unknown> = {}, key: string | null = EDITOR) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions: any }[] };
}

async function sourceCount(): Promise<number> {
  const { records } = await db.driver.executeQuery('MATCH (s:Source) RETURN count(s) AS c');
  return Number(records[0]?.get('c'));
}

beforeAll(async () => {
  db = openTestDatabase();
  // Checked at every call, so a change shows at the next analysis without waiting.
  const gazetteer = createGraphGazetteer(db.executor, { checkEveryMs: 0 });
  server = await startTestServer(db, { production: true, keys, gazetteer });
  base = server.base;
});
beforeEach(() => db.seed());
afterAll(async () => {
  await server.stop();
  await db.close();
});

const article = {
  title: 'ผอ. สถาบันวิจัยแสงซินโครตรอน เข้าร่วมการประชุม',
  url: 'https://www.example.org/news/slri-2023/',
  publisher: 'Example News',
  date: '5 ต.ค. 2566',
  language: 'th',
  text: ARTICLE,
};

describe('addSource', () => {
  it('stores a new document with its text, the date read from the printed one, and an audit record', async () => {
    const before = await sourceCount();
    const { data, errors } = await gql(ADD, { input: article });
    expect(errors).toBeUndefined();
    const added = data.addSource;
    expect(added.added).toBe(true);
    expect(added.duplicateOf).toBeNull();
    expect(added.duplicateReason).toBeNull();
    expect(added.source).toMatchObject({
      title: article.title,
      url: article.url,
      date: '2023-10-05',
      datePrinted: '5 ต.ค. 2566',
      language: 'th',
      publisher: 'Example News',
      text: ARTICLE,
    });
    expect(added.source.id).toMatch(/^source:doc-[0-9a-f]{16}$/);
    expect(added.audit).toEqual({ actor: 'alice', action: 'ADD_SOURCE', target: added.source.id });
    expect(await sourceCount()).toBe(before + 1);
  });

  it('names the source a second copy repeats by its address (case, trailing slash, fragment aside), and stores nothing', async () => {
    const first = (await gql(ADD, { input: article })).data.addSource;
    const before = await sourceCount();
    const copy = { ...article, text: `${ARTICLE}\nแก้ไขล่าสุด`, url: 'HTTPS://WWW.EXAMPLE.ORG/news/slri-2023#top' };
    const { data, errors } = await gql(ADD, { input: copy });
    expect(errors).toBeUndefined();
    expect(data.addSource).toMatchObject({
      added: false,
      duplicateReason: 'SAME_URL',
      duplicateOf: { id: first.source.id, title: article.title },
      source: { id: first.source.id },
      audit: null,
    });
    expect(await sourceCount()).toBe(before);
  });

  it('names the source a second copy repeats by its text (white space aside), including a seed source', async () => {
    const first = (await gql(ADD, { input: article })).data.addSource;
    const before = await sourceCount();
    const spaced = { ...article, url: null, title: 'Another title', text: `  ${ARTICLE.replaceAll(' ', '  ').replace('\n', '\r\n\n')}  ` };
    const copy = (await gql(ADD, { input: spaced })).data.addSource;
    expect(copy).toMatchObject({ added: false, duplicateReason: 'SAME_TEXT', duplicateOf: { id: first.source.id } });
    const seed = (await gql(ADD, { input: { title: 'Pasted again', language: 'th', text: SEED_TEXT } })).data.addSource;
    expect(seed).toMatchObject({ added: false, duplicateReason: 'SAME_TEXT', duplicateOf: { id: 'source:pmua-thai-china-poverty-2023' } });
    expect(await sourceCount()).toBe(before);
  });

  it('refuses a caller without a key, and an address that is not http(s), writing nothing', async () => {
    const before = await sourceCount();
    const anonymous = await gql(ADD, { input: article }, null);
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const bad = await gql(ADD, { input: { ...article, url: 'ftp://example.org/x' } });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('url');
    expect(await sourceCount()).toBe(before);
  });
});

describe('rememberDecisions → analyzeText', () => {
  it('proposes the remembered entity first for the same name in the same context, and marks a name that is not an entity', async () => {
    const source = (await gql(ADD, { input: article })).data.addSource.source.id as string;
    const first = (await gql(ANALYZE, { text: ARTICLE })).data.analyzeText.mentions;
    const person = first.find((m: any) => m.text === 'สมปอง รักษ์ไทย');
    const doctor = first.find((m: any) => m.text === 'Kittipong Srisuk');
    const institute = first.find((m: any) => m.text === 'สถาบันวิจัยแสงซินโครตรอน');
    expect(person).toMatchObject({ kind: 'PERSON', context: 'title:ผู้อำนวยการ', candidates: [], decision: null });
    expect(institute).toMatchObject({ kind: 'AGENCY', candidates: [] });
    const created = await gql(CREATE, {
      input: {
        id: 'person:sompong-rakthai',
        kind: 'PERSON',
        names: { th: 'สมปอง รักษ์ไทย' },
        citations: [{ source, quote: 'นายสมปอง รักษ์ไทย' }],
      },
    });
    expect(created.errors).toBeUndefined();
    // An agency known by its English name only: the Thai name printed here is linked to it.
    await gql(CREATE, {
      input: {
        id: 'agency:slri',
        kind: 'AGENCY',
        names: { en: 'Synchrotron Light Research Institute' },
        citations: [{ source, quote: 'สถาบันวิจัยแสงซินโครตรอน' }],
      },
    });
    const stored = await gql(REMEMBER, {
      source,
      decisions: [
        { text: person.text, kind: person.kind, context: person.context, action: 'NEW_ENTITY', entity: 'person:sompong-rakthai' },
        { text: institute.text, kind: institute.kind, context: institute.context, action: 'LINK', entity: 'agency:slri' },
        { text: doctor.text, kind: doctor.kind, context: doctor.context, action: 'NOT_ENTITY' },
      ],
    });
    expect(stored).toEqual({ data: { rememberDecisions: 3 } });

    const next = 'ในการนี้ นายสมปอง รักษ์ไทย ผู้อำนวยการ ได้พบ Dr. Kittipong Srisuk ที่ สถาบันวิจัยแสงซินโครตรอน';
    const again = (await gql(ANALYZE, { text: next })).data.analyzeText.mentions;
    const p = again.find((m: any) => m.text === 'สมปอง รักษ์ไทย');
    expect(p.candidates[0].entity.id).toBe('person:sompong-rakthai');
    expect(p.candidates[0].score).toBe(1);
    expect(p.candidates[0].reason).toMatch(/^remembered: created by alice on \d{4}-\d{2}-\d{2} in the same context$/);
    expect(p.decision).toEqual({
      action: 'NEW_ENTITY',
      sameContext: true,
      decidedBy: 'alice',
      text: 'สมปอง รักษ์ไทย',
      entity: { id: 'person:sompong-rakthai' },
      source: { id: source },
    });
    // The Thai name is none of the agency's names: the process gazetteer found it through the decision.
    const i = again.find((m: any) => m.text === 'สถาบันวิจัยแสงซินโครตรอน');
    expect(i.candidates[0].entity.id).toBe('agency:slri');
    expect(i.candidates[0].reason).toContain('remembered: linked by alice');
    expect(i.decision.action).toBe('LINK');
    const d = again.find((m: any) => m.text === 'Kittipong Srisuk');
    expect(d.decision).toMatchObject({ action: 'NOT_ENTITY', entity: null, decidedBy: 'alice' });
    expect(d.candidates).toEqual([]);
  });

  it('refuses decisions naming a missing entity or source, writing none', async () => {
    const missing = await gql(REMEMBER, {
      source: 'source:pmua-thai-china-poverty-2023',
      decisions: [{ text: 'บพท.', kind: 'AGENCY', context: 'none', action: 'LINK', entity: 'agency:no-such-body' }],
    });
    expect(missing.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0]?.message).toContain('agency:no-such-body');
    const noSource = await gql(REMEMBER, {
      source: 'source:nowhere',
      decisions: [{ text: 'บพท.', context: 'none', action: 'NOT_ENTITY' }],
    });
    expect(noSource.errors?.[0]?.message).toContain('source:nowhere');
    const { records } = await db.driver.executeQuery('MATCH (m:MentionDecision) RETURN count(m) AS c');
    expect(Number(records[0]?.get('c'))).toBe(0);
  });
});
