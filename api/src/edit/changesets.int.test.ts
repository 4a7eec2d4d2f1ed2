import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { startTestServer } from '../../../test-utils/testServer.ts';
import { KeyStore, keyLine, parseKeyLines } from '../auth/apiKeys.ts';
import { decodeEntity } from '../db/storedProps.ts';
import { entityRecordOf } from '../ingest/graphRows.ts';

const EDITOR = 'editor-key-for-tests-0123456789';
const READER = 'reader-key-for-tests-0123456789';
const keys = new KeyStore(parseKeyLines(`${keyLine('alice', 'editor', EDITOR)}\n${keyLine('rita', 'reader', READER)}`, 'test'));
const SOURCE = 'source:pasted-article-test';
const TEXT = 'Dr Somchai Rakdee, Director of PMU-A, attended the meeting in Beijing on 5 April 2017.';

let db: TestDatabase;
let server: { base: string; stop(): Promise<void> };
let base: string;

async function gql(query: string, variables: Record<string, unknown> = {}, key: string = EDITOR) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions: any }[] };
}

/** One node's stored properties, read straight from the database. */
async function node(id: string): Promise<Record<string, unknown> | null> {
  const { records } = await db.driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN n {.*} AS n', { id });
  return (records[0]?.get('n') as Record<string, unknown> | undefined) ?? null;
}

async function auditActions(): Promise<string[]> {
  const { records } = await db.driver.executeQuery('MATCH (a:AuditEvent) RETURN a.action AS action ORDER BY a.at, a.action');
  return records.map((r) => r.get('action') as string);
}

const IMPORT = 'mutation($d: String!) { importDataset(document: $d, name: "pasted.yaml") { nodes } }';
const ANALYZE = `query($t: String!) { analyzeText(text: $t) {
  mentions { start end text kind candidates { entity { id } } }
  proposals { type from to quote { start end text } attributes } } }`;
const CHANGESET_FIELDS = `id note createdBy createdAt revertedBy revertedAt revertReason source { id }
  entities { id name citations { quote source { id } } }
  updated { id aliases citations { quote } }
  relationships { id type from to citations { quote } }
  events { action target actor changeset before after reverts }`;
const COMMIT = `mutation($input: ChangesetInput!) { commitChangeset(input: $input) { ${CHANGESET_FIELDS} } }`;
const REVERT = `mutation($id: ID!, $reason: String!) { revertChangeset(id: $id, reason: $reason) { ${CHANGESET_FIELDS} } }`;

/** Stores the pasted article as a source, analyses it and builds a changeset from what the analysis found. */
async function reviewedChangeset() {
  const doc = `sources:\n  - id: ${SOURCE}\n    title: Pasted article\n    language: en\n    text: "${TEXT}"\n`;
  expect((await gql(IMPORT, { d: doc })).errors).toBeUndefined();
  const { data } = await gql(ANALYZE, { t: TEXT });
  const mentions = data.analyzeText.mentions as {
    start: number;
    end: number;
    text: string;
    kind: string;
    candidates: { entity: { id: string } }[];
  }[];
  const person = mentions.find((m) => m.kind === 'PERSON' && m.candidates.length === 0);
  const agency = mentions.find((m) => m.candidates[0]?.entity.id === 'agency:pmu-a');
  expect(person?.text).toBe('Somchai Rakdee');
  expect(agency?.text).toBe('PMU-A');
  const proposal = (
    data.analyzeText.proposals as {
      type: string;
      from: number;
      to: number;
      quote: { start: number; end: number; text: string };
      attributes: Record<string, string>;
    }[]
  ).find((p) => mentions[p.from] === person && mentions[p.to] === agency);
  expect(proposal?.type).toBe('HOLDS_POSITION');
  // The quotes are spans of the text, as the review page cites them.
  const sentence = TEXT.slice(proposal!.quote.start, proposal!.quote.end);
  const nameSpan = TEXT.slice(person!.start, person!.end);
  const existing = entityRecordOf(decodeEntity((await node('agency:pmu-a'))!));
  return {
    source: SOURCE,
    note: 'reviewed from the pasted article',
    entities: [
      {
        id: 'person:somchai-rakdee',
        kind: 'PERSON',
        names: { en: nameSpan },
        citations: [{ source: SOURCE, quote: sentence, about: ['names.en'] }],
      },
    ],
    updates: [
      {
        ...existing,
        aliases: [...existing.aliases, 'PMU A'],
        citations: [...existing.citations, { source: SOURCE, quote: 'Director of PMU-A' }],
      },
    ],
    relationships: [
      {
        type: proposal!.type,
        from: 'person:somchai-rakdee',
        to: 'agency:pmu-a',
        attributes: { title: { en: proposal!.attributes.title } },
        citations: [{ source: SOURCE, quote: sentence }],
      },
    ],
  };
}

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db, { production: true, readAccess: 'open', keys });
  base = server.base;
});
beforeEach(() => db.seed());
afterAll(async () => {
  await server.stop();
  await db.close();
});

describe('a changeset from pasted text', () => {
  it('commits the reviewed items in one go, then a revert puts the graph back as it was', async () => {
    const input = await reviewedChangeset();
    const before = await db.counts();
    const pmuBefore = await node('agency:pmu-a');

    const committed = await gql(COMMIT, { input });
    expect(committed.errors).toBeUndefined();
    const cs = committed.data.commitChangeset;
    expect(cs).toMatchObject({ note: 'reviewed from the pasted article', createdBy: 'alice', source: { id: SOURCE }, revertedAt: null });
    expect(Math.abs(Date.now() - Date.parse(cs.createdAt))).toBeLessThan(60_000);
    expect(cs.entities).toEqual([
      { id: 'person:somchai-rakdee', name: 'Somchai Rakdee', citations: [{ quote: TEXT, source: { id: SOURCE } }] },
    ]);
    expect(cs.updated[0].aliases).toEqual(['บพท.', 'หน่วย บพท.', 'PMU-A', 'PMU A']);
    expect(cs.updated[0].citations.map((c: { quote: string }) => c.quote)).toContain('Director of PMU-A');
    expect(cs.relationships).toEqual([
      {
        id: 'person:somchai-rakdee|HOLDS_POSITION|agency:pmu-a',
        type: 'HOLDS_POSITION',
        from: 'person:somchai-rakdee',
        to: 'agency:pmu-a',
        citations: [{ quote: TEXT }],
      },
    ]);
    expect(await db.counts()).toEqual({ nodes: before.nodes + 1, relationships: before.relationships + 1 });
    const pmuAfter = await node('agency:pmu-a');
    expect(pmuAfter?.aliases).toEqual(['บพท.', 'หน่วย บพท.', 'PMU-A', 'PMU A']);
    // One event for the changeset, one per item, each with its values before and after.
    const events = cs.events as { action: string; target: string; actor: string; changeset: string; before: any; after: any }[];
    expect(events.map((e) => `${e.action} ${e.target}`).sort()).toEqual(
      [
        `COMMIT_CHANGESET ${cs.id}`,
        'CREATE_ENTITY person:somchai-rakdee',
        'LINK person:somchai-rakdee|HOLDS_POSITION|agency:pmu-a',
        'UPDATE_ENTITY agency:pmu-a',
      ].sort(),
    );
    expect(events.every((e) => e.actor === 'alice' && e.changeset === cs.id)).toBe(true);
    const update = events.find((e) => e.action === 'UPDATE_ENTITY');
    expect(update?.before.aliases).toEqual(['บพท.', 'หน่วย บพท.', 'PMU-A']);
    expect(update?.after.aliases).toEqual(['บพท.', 'หน่วย บพท.', 'PMU-A', 'PMU A']);
    expect(events.find((e) => e.action === 'CREATE_ENTITY')?.before).toBeNull();
    expect((await gql(`{ changesets(source: "${SOURCE}") { id } }`, {}, READER)).data.changesets).toEqual([{ id: cs.id }]);

    const reverted = await gql(REVERT, { id: cs.id, reason: 'wrong article' });
    expect(reverted.errors).toBeUndefined();
    expect(reverted.data.revertChangeset).toMatchObject({
      revertedBy: 'alice',
      revertReason: 'wrong article',
      entities: [],
      relationships: [],
    });
    expect(await node('person:somchai-rakdee')).toBeNull();
    expect(await db.counts()).toEqual(before);
    expect(await node('agency:pmu-a')).toEqual(pmuBefore);
    // The log keeps both, and the revert appended its events instead of editing the commit's.
    const log = (await gql('{ auditLog(first: 20) { action target reverts before after } }', {}, READER)).data.auditLog as {
      action: string;
      target: string;
      reverts: string | null;
    }[];
    expect(
      log
        .filter((e) => e.target === cs.id)
        .map((e) => e.action)
        .sort(),
    ).toEqual(['COMMIT_CHANGESET', 'REVERT_CHANGESET']);
    expect(log.filter((e) => e.action === 'REVERT')).toHaveLength(3);
    expect(log.filter((e) => e.action === 'UPDATE_ENTITY')).toEqual([expect.objectContaining({ reverts: null, target: 'agency:pmu-a' })]);

    const again = await gql(REVERT, { id: cs.id, reason: 'once more' });
    expect(again.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.message).toContain('already reverted by alice');
    expect(await db.counts()).toEqual(before);
  });

  it('writes nothing when one quote is not verbatim in the source', async () => {
    const input = await reviewedChangeset();
    const before = await db.counts();
    const actions = await auditActions();
    const bad = {
      ...input,
      relationships: [{ ...input.relationships[0], citations: [{ source: SOURCE, quote: 'attended the meeting in Shanghai' }] }],
    };
    const result = await gql(COMMIT, { input: bad });
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('not found verbatim in source:pasted-article-test: "attended the meeting in Shanghai"');
    expect(await db.counts()).toEqual(before);
    expect(await node('person:somchai-rakdee')).toBeNull();
    expect((await node('agency:pmu-a'))?.aliases).toEqual(['บพท.', 'หน่วย บพท.', 'PMU-A']);
    expect(await auditActions()).toEqual(actions);
    expect((await gql('{ changesets { id } }', {}, READER)).data.changesets).toEqual([]);
  });

  it('refuses an entity that exists already, an update of one that does not, and a reader key', async () => {
    const input = await reviewedChangeset();
    const swapped = { ...input, entities: input.updates, updates: input.entities };
    const result = await gql(COMMIT, { input: swapped });
    expect(result.errors?.[0]?.message).toContain('agency:pmu-a › id: already exists (a AGENCY); list it under updates');
    expect(result.errors?.[0]?.message).toContain('person:somchai-rakdee › id: there is no such entity; list it under entities');
    const reader = await gql(COMMIT, { input }, READER);
    expect(reader.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await node('person:somchai-rakdee')).toBeNull();
  });

  it('refuses a revert, naming why, when later changes depend on the changeset', async () => {
    const input = await reviewedChangeset();
    const cs = (await gql(COMMIT, { input })).data.commitChangeset;
    const link = await gql('mutation($i: RelationshipInput!) { link(input: $i) { edge { id } } }', {
      i: {
        type: 'ATTENDED',
        from: 'person:somchai-rakdee',
        to: 'meeting:thai-china-st-committee-4',
        citations: [{ source: SOURCE, quote: 'attended the meeting' }],
      },
    });
    expect(link.errors).toBeUndefined();
    const counts = await db.counts();
    const refused = await gql(REVERT, { id: cs.id, reason: 'wrong article' });
    expect(refused.errors?.[0]?.message).toContain(
      'person:somchai-rakdee: later relationships depend on it (person:somchai-rakdee|ATTENDED|meeting:thai-china-st-committee-4)',
    );
    expect(await db.counts()).toEqual(counts);
    expect((await node('agency:pmu-a'))?.aliases).toContain('PMU A');
    expect((await gql(`{ changeset(id: "${cs.id}") { revertedAt } }`, {}, READER)).data.changeset.revertedAt).toBeNull();
  });
});
