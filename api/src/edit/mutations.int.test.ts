import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { KeyStore, keyLine, parseKeyLines } from '../auth/apiKeys.ts';
import { loadConfig } from '../config.ts';
import { createApolloServer } from '../graph/apolloServer.ts';
import type { GraphContext } from '../graph/context.ts';
import { createApp } from '../http/createApp.ts';

const EDITOR = 'editor-key-for-tests-0123456789';
const READER = 'reader-key-for-tests-0123456789';
const SOURCE = 'source:pmua-thai-china-poverty-2023';
const keys = new KeyStore(parseKeyLines(`${keyLine('alice', 'editor', EDITOR)}\n${keyLine('rita', 'reader', READER)}`, 'test'));

let db: TestDatabase;
const servers: Server[] = [];
const apollos: ApolloServer<GraphContext>[] = [];
let base: string;

async function serve(readAccess: 'open' | 'key'): Promise<string> {
  const apollo = createApolloServer({ production: true, readAccess });
  await apollo.start();
  apollos.push(apollo);
  const app = createApp({ apollo, executor: db.executor, webRoot: loadConfig().webRoot, checkDatabase: async () => {}, keys, readAccess });
  const server = await new Promise<Server>((resolve) => {
    const s = createServer(app).listen(0, '127.0.0.1', () => resolve(s));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function gql(query: string, variables: Record<string, unknown> = {}, key?: string, url = base) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions: any }[] } };
}

/** Audit events written straight from the database, newest first. */
async function auditRows() {
  const { records } = await db.driver.executeQuery('MATCH (a:AuditEvent) RETURN a {.*} AS a ORDER BY a.at DESC, a.id DESC');
  return records.map((r) => r.get('a') as Record<string, string>);
}

const CREATE = /* GraphQL */ `
  mutation Create($input: EntityInput!) {
    createEntity(input: $input) {
      entity {
        id
        name
        kind
        citations {
          quote
          source {
            id
          }
        }
      }
      audit {
        actor
        role
        action
        target
        summary
        at
      }
    }
  }
`;
const topic = (over: Record<string, unknown> = {}) => ({
  id: 'topic:poverty-reduction-test',
  kind: 'TOPIC',
  names: { th: 'ความยากจน' },
  citations: [{ source: SOURCE, quote: 'ความยากจน' }],
  ...over,
});

beforeAll(async () => {
  db = openTestDatabase();
  base = await serve('open');
});
beforeEach(() => db.seed());
afterAll(async () => {
  for (const s of servers) s.close();
  for (const a of apollos) await a.stop();
  await db.close();
});

describe('writes need an editor key', () => {
  it('refuses a mutation without a key (401), with an unknown key (401) and with a reader key (403); nothing is written', async () => {
    const before = await db.counts();
    const anonymous = await gql(CREATE, { input: topic() });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.errors?.[0]?.message).toContain('Authorization: Bearer');
    const unknown = await gql(CREATE, { input: topic() }, 'not-a-key');
    expect([unknown.status, unknown.body.errors?.[0]?.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const reader = await gql(CREATE, { input: topic() }, READER);
    expect([reader.status, reader.body.errors?.[0]?.extensions.code]).toEqual([403, 'FORBIDDEN']);
    expect(reader.body.errors?.[0]?.message).toContain('"rita" has the reader role');
    expect(await db.counts()).toEqual(before);
    expect(await auditRows()).toEqual([]);
  });

  it('never runs a mutation sent with GET', async () => {
    const url = `${base}/graphql?query=${encodeURIComponent('mutation { deleteEntity(id: "agency:crtdc", reason: "x") { id } }')}`;
    const res = await fetch(url, { headers: { authorization: `Bearer ${EDITOR}`, 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
    expect((await gql('{ entity(id: "agency:crtdc") { id } }')).body.data.entity.id).toBe('agency:crtdc');
  });
});

describe('createEntity and updateEntity', () => {
  it('creates a cited entity and records who and when in the same transaction', async () => {
    const before = await db.counts();
    const { status, body } = await gql(CREATE, { input: topic() }, EDITOR);
    expect(status).toBe(200);
    expect(body.data.createEntity.entity).toEqual({
      id: 'topic:poverty-reduction-test',
      name: 'ความยากจน',
      kind: 'TOPIC',
      citations: [{ quote: 'ความยากจน', source: { id: SOURCE } }],
    });
    const audit = body.data.createEntity.audit;
    expect(audit).toMatchObject({ actor: 'alice', role: 'editor', action: 'CREATE_ENTITY', target: 'topic:poverty-reduction-test' });
    expect(Date.now() - Date.parse(audit.at)).toBeLessThan(60_000);
    expect(await db.counts()).toEqual({ nodes: before.nodes + 1, relationships: before.relationships });
    expect((await auditRows())[0]).toMatchObject({ actor: 'alice', action: 'CREATE_ENTITY', at: audit.at });
  });

  it('keeps citations mandatory and verbatim, refuses taken ids and Cypher-looking ids; nothing is written', async () => {
    const before = await db.counts();
    const cases: [Record<string, unknown>, string][] = [
      [topic({ citations: [] }), 'citations: every entity needs at least one citation'],
      [topic({ citations: [{ source: SOURCE, quote: 'words that are not in the source' }] }), 'citations[0].quote: not found verbatim'],
      [topic({ citations: [{ source: 'source:nowhere', quote: 'x' }] }), 'citations[0].source: unknown source "source:nowhere"'],
      [topic({ id: 'agency:crtdc', kind: 'AGENCY' }), 'id: already exists (a AGENCY); use updateEntity'],
      [topic({ id: '"}) DETACH DELETE n //' }), 'id: must look like "kind:lowercase-slug"'],
      [topic({ attributes: { startDate: '2023-09-20' } }), 'attributes.startDate'],
    ];
    for (const [input, message] of cases) {
      const { status, body } = await gql(CREATE, { input }, EDITOR);
      expect(status, message).toBe(200);
      expect(body.errors?.[0]?.extensions.code, message).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message, JSON.stringify(body.errors)).toContain(message);
      expect(body.errors?.[0]?.extensions.issues.length).toBeGreaterThan(0);
    }
    expect(await db.counts()).toEqual(before);
    expect(await auditRows()).toEqual([]);
  });

  it('refuses blank or too-short quotes and control or bidi characters in names, aliases and quotes; nothing is written', async () => {
    const before = await db.counts();
    const cases: [Record<string, unknown>, string][] = [
      [topic({ citations: [{ source: SOURCE, quote: '   ' }] }), 'citations[0].quote: must not be empty'],
      [topic({ citations: [{ source: SOURCE, quote: 'จ' }] }), 'citations[0].quote: too short to point at one passage'],
      [
        topic({ citations: [{ source: SOURCE, quote: 'ความ\u202Eยากจน' }] }),
        'citations[0].quote: must not contain bidi override characters',
      ],
      [topic({ citations: [{ source: SOURCE, quote: 'ความ\u0000ยากจน' }] }), 'citations[0].quote: must not contain control characters'],
      [topic({ names: { th: 'ความ\u202Eยากจน' } }), 'names.th: must not contain bidi override characters'],
      [topic({ aliases: ['ความ\u009Bยากจน'] }), 'aliases[0]: must not contain control characters'],
    ];
    for (const [input, message] of cases) {
      const { body } = await gql(CREATE, { input }, EDITOR);
      expect(body.errors?.[0]?.extensions.code, message).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message, JSON.stringify(body.errors)).toContain(message);
    }
    expect(await db.counts()).toEqual(before);
    expect(await auditRows()).toEqual([]);
  });

  it('replaces an entity, names the changed fields in the audit, and refuses a kind change or an unknown id', async () => {
    const UPDATE =
      'mutation($input: EntityInput!) { updateEntity(input: $input) { entity { id name(lang: EN) } audit { action summary } } }';
    await gql(CREATE, { input: topic() }, EDITOR);
    const updated = await gql(UPDATE, { input: topic({ names: { th: 'ความยากจน', en: 'Poverty' } }) }, EDITOR);
    expect(updated.body.data.updateEntity).toEqual({
      entity: { id: 'topic:poverty-reduction-test', name: 'Poverty' },
      audit: { action: 'UPDATE_ENTITY', summary: 'changed names.en' },
    });
    const kind = await gql(UPDATE, { input: topic({ kind: 'PROGRAM' }) }, EDITOR);
    // An id names its kind, so a new kind means a new id.
    expect(kind.body.errors?.[0]?.message).toContain('id: a PROGRAM id starts with "program:"');
    const missing = await gql(UPDATE, { input: topic({ id: 'topic:not-there' }) }, EDITOR);
    expect(missing.body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await auditRows()).map((a) => a.action)).toEqual(['UPDATE_ENTITY', 'CREATE_ENTITY']);
  });
});

describe('link, unlink and deleteEntity', () => {
  const LINK =
    'mutation($input: RelationshipInput!) { link(input: $input) { edge { id type from to citations { quote } } audit { action target } } }';
  const UNLINK =
    'mutation($from: ID!, $to: ID!) { unlink(type: "FOCUSES_ON", from: $from, to: $to, reason: "test clean-up") { id relationshipsRemoved audit { action summary } } }';
  const WG = 'working-group:committee-4-technology-transfer';

  it('links two entities with a citation, checks endpoint kinds, and unlinks', async () => {
    await gql(CREATE, { input: topic() }, EDITOR);
    const rel = { type: 'FOCUSES_ON', from: WG, to: 'topic:poverty-reduction-test', citations: [{ source: SOURCE, quote: 'ความยากจน' }] };
    const before = await db.counts();
    const linked = await gql(LINK, { input: rel }, EDITOR);
    expect(linked.body.data.link.edge).toEqual({
      id: `${WG}|FOCUSES_ON|topic:poverty-reduction-test`,
      type: 'FOCUSES_ON',
      from: WG,
      to: 'topic:poverty-reduction-test',
      citations: [{ quote: 'ความยากจน' }],
    });
    expect((await db.counts()).relationships).toBe(before.relationships + 1);
    const noCitation = await gql(LINK, { input: { ...rel, citations: [] } }, EDITOR);
    expect(noCitation.body.errors?.[0]?.message).toContain('every relationship needs at least one citation');
    const unknownEnd = await gql(LINK, { input: { ...rel, to: 'topic:not-there' } }, EDITOR);
    expect(unknownEnd.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(unknownEnd.body.errors?.[0]?.message).toContain('topic:not-there');
    const unlinked = await gql(UNLINK, { from: WG, to: 'topic:poverty-reduction-test' }, EDITOR);
    expect(unlinked.body.data.unlink).toMatchObject({ relationshipsRemoved: 1, audit: { action: 'UNLINK', summary: 'test clean-up' } });
    expect((await db.counts()).relationships).toBe(before.relationships);
    const again = await gql(UNLINK, { from: WG, to: 'topic:poverty-reduction-test' }, EDITOR);
    expect(again.body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('answers an update with the nested relationship fields it selects, two levels deep', async () => {
    await gql(CREATE, { input: topic() }, EDITOR);
    const rel = { type: 'FOCUSES_ON', from: WG, to: 'topic:poverty-reduction-test', citations: [{ source: SOURCE, quote: 'ความยากจน' }] };
    await gql(LINK, { input: rel }, EDITOR);
    const updated = await gql(
      `mutation($input: EntityInput!) { updateEntity(input: $input) { entity { id name(lang: EN)
        ... on Topic { focusedBy { type entity { id ... on WorkingGroup { meeting { entity { id } } } } citations { quote } } } } } }`,
      { input: topic({ names: { th: 'ความยากจน', en: 'Poverty' } }) },
      EDITOR,
    );
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data.updateEntity.entity).toEqual({
      id: 'topic:poverty-reduction-test',
      name: 'Poverty',
      focusedBy: [
        {
          type: 'FOCUSES_ON',
          entity: { id: WG, meeting: { entity: { id: 'meeting:thai-china-st-committee-4' } } },
          citations: [{ quote: 'ความยากจน' }],
        },
      ],
    });
  });

  it('deletes an entity with its relationships, but not a source that is still cited', async () => {
    const DELETE =
      'mutation($id: ID!, $reason: String!) { deleteEntity(id: $id, reason: $reason) { id relationshipsRemoved audit { action summary } } }';
    const cited = await gql(DELETE, { id: SOURCE, reason: 'try' }, EDITOR);
    expect(cited.body.errors?.[0]?.message).toMatch(
      /the source is cited by \d+ entities, \d+ relationships and \d+ merge decisions or disputes/,
    );
    const noReason = await gql(DELETE, { id: 'agency:crtdc', reason: '  ' }, EDITOR);
    expect(noReason.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const { records } = await db.driver.executeQuery('MATCH (n:Entity {id: "agency:crtdc"})--() RETURN count(*) AS c');
    const degree = Number(records[0]?.get('c'));
    const before = await db.counts();
    const deleted = await gql(DELETE, { id: 'agency:crtdc', reason: 'merged into another record' }, EDITOR);
    expect(deleted.body.data.deleteEntity).toEqual({
      id: 'agency:crtdc',
      relationshipsRemoved: degree,
      audit: { action: 'DELETE_ENTITY', summary: 'merged into another record' },
    });
    expect(await db.counts()).toEqual({ nodes: before.nodes - 1, relationships: before.relationships - degree });
    expect((await gql('{ entity(id: "agency:crtdc") { id } }')).body.data.entity).toBeNull();
  });
});

describe('importDataset over HTTP', () => {
  const IMPORT =
    'mutation($d: String!, $f: DatasetFormat) { importDataset(document: $d, format: $f, name: "upload.yaml") { nodes relationships audit { action target summary } } }';
  const doc = `sources:
  - id: source:upload-test
    title: Upload test
    language: en
    text: The Upload Test Agency was founded in 2020.
entities:
  - id: agency:upload-test
    kind: AGENCY
    names: { en: Upload Test Agency }
    attributes: { founded: 2020 }
    citations:
      - source: source:upload-test
        quote: The Upload Test Agency was founded in 2020.
        about: [founded]
`;

  it('imports a valid document all at once and audits it', async () => {
    const before = await db.counts();
    const { body } = await gql(IMPORT, { d: doc }, EDITOR);
    expect(body.data.importDataset).toEqual({
      nodes: 2,
      relationships: 0,
      audit: { action: 'IMPORT', target: 'upload.yaml', summary: '1 sources, 1 entities, 0 relationships: 2 new, 0 replaced, 0 unchanged' },
    });
    expect((await db.counts()).nodes).toBe(before.nodes + 2);
    // One event per record it wrote, with the values it wrote.
    const perRecord = (await auditRows()).filter((a) => a.target !== 'upload.yaml');
    expect(perRecord.map((a) => [a.action, a.target, a.before]).sort()).toEqual([
      ['IMPORT', 'agency:upload-test', 'null'],
      ['IMPORT', 'source:upload-test', 'null'],
    ]);
    expect(JSON.parse(perRecord.find((a) => a.target === 'source:upload-test')!.after!)).toMatchObject({
      id: 'source:upload-test',
      text: 'The Upload Test Agency was founded in 2020.',
    });
  });

  it('refuses file references, bad quotes and unparsable documents without writing anything', async () => {
    const before = await db.counts();
    const cases: [string, string][] = [
      [doc.replace('text: The Upload Test Agency was founded in 2020.', 'textFile: /etc/passwd'), 'files cannot be named here'],
      [doc.replace('quote: The Upload Test Agency was founded in 2020.', 'quote: It was founded in 1999.'), 'not found verbatim'],
      ['sources: [unclosed', 'cannot be parsed'],
    ];
    for (const [d, message] of cases) {
      const { body } = await gql(IMPORT, { d }, EDITOR);
      expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain(message);
    }
    expect(await db.counts()).toEqual(before);
    expect(await auditRows()).toEqual([]);
  });
});

describe('a source removed while a write cites it', () => {
  it('never leaves a citation pointing at a missing source: the import fails or the removal is refused', async () => {
    const IMPORT = 'mutation($d: String!) { importDataset(document: $d, name: "race.yaml") { nodes } }';
    const DELETE = 'mutation($id: ID!) { deleteEntity(id: $id, reason: "race test") { id } }';
    const text = 'The Race Test Agency was founded in 2021.';
    for (let round = 0; round < 6; round++) {
      const source = `source:race-${round}`;
      const sourceDoc = `sources:\n  - id: ${source}\n    title: Race\n    language: en\n    text: ${text}\n`;
      expect((await gql(IMPORT, { d: sourceDoc }, EDITOR)).body.errors).toBeUndefined();
      const citing = `entities:\n  - id: agency:race-${round}\n    kind: AGENCY\n    names: { en: Race Test Agency }\n    citations:\n      - source: ${source}\n        quote: ${text}\n`;
      const [imported, deleted] = await Promise.all([gql(IMPORT, { d: citing }, EDITOR), gql(DELETE, { id: source }, EDITOR)]);
      const importOk = imported.body.errors === undefined;
      const deleteOk = deleted.body.errors === undefined;
      expect(importOk && deleteOk, JSON.stringify([imported.body, deleted.body])).toBe(false);
      expect(importOk || deleteOk, JSON.stringify([imported.body, deleted.body])).toBe(true);
      if (!importOk) expect(imported.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      if (!deleteOk) expect(deleted.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
    const { records } = await db.driver.executeQuery(
      'MATCH (n:Entity) UNWIND n.citeSources AS s WITH s WHERE NOT EXISTS { MATCH (:Entity {id: s}) } RETURN count(*) AS dangling',
    );
    expect(Number(records[0]?.get('dangling'))).toBe(0);
    const search = await gql('{ search(text: "Race Test Agency") { entity { id citations { source { id } } } } }');
    expect(search.body.errors).toBeUndefined();
  });
});

describe('the audit log and closed reading', () => {
  it('lists changes newest first for key holders only', async () => {
    await gql(CREATE, { input: topic() }, EDITOR);
    await gql(CREATE, { input: topic({ id: 'topic:second-test' }) }, EDITOR);
    const LOG = '{ auditLog(first: 5) { actor action target } }';
    expect((await gql(LOG)).body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql(LOG, {}, READER)).body.data.auditLog).toEqual([
      { actor: 'alice', action: 'CREATE_ENTITY', target: 'topic:second-test' },
      { actor: 'alice', action: 'CREATE_ENTITY', target: 'topic:poverty-reduction-test' },
    ]);
  });

  it('with READ_ACCESS=key, queries and briefings need a key', async () => {
    const closed = await serve('key');
    const query = '{ entity(id: "agency:crtdc") { id } }';
    const anonymous = await gql(query, {}, undefined, closed);
    expect([anonymous.status, anonymous.body.errors?.[0]?.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await gql(query, {}, READER, closed)).body.data.entity.id).toBe('agency:crtdc');
    expect((await fetch(`${closed}/briefing/agency:crtdc`)).status).toBe(401);
    const brief = await fetch(`${closed}/briefing/agency:crtdc?format=md`, { headers: { 'x-api-key': READER } });
    expect(brief.status).toBe(200);
    expect(await brief.text()).toContain('China Rural Technology Development Center');
  });
});
