import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureQueries } from '../../../bench/src/captureQueries.ts';
import { openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { toDriverValue } from '../db/executor.ts';
import { applySchema } from '../db/migrations.ts';
import { decodeEntity, encodeSortNames } from '../db/storedProps.ts';
import { importPath } from '../ingest/importPath.ts';
import { createApolloServer } from './apolloServer.ts';
import type { GraphContext } from './context.ts';
import { encodeCursor } from './cursor.ts';

// Enough agencies and people that the planner weighs an ordered index read against sorting them
// all (on a few dozen it reads whichever index it likes and sorts, which costs nothing there):
// three countries, names in one to three languages (so that sort names fall back), mixed case.
const AGENCIES = 3000;
const PEOPLE = 900;
const seeded = {} as { db: TestDatabase; apollo: ApolloServer<GraphContext> };
let dir: string;

/** A deterministic, varied word for item i (so that ids and names sort differently). */
const word = (i: number) => `${['Nat', 'bur', 'Cen', 'off', 'Min', 'dep', 'Ins', 'acad'][(i * 7) % 8]}-${(i * 7919) % 10007}`;

beforeAll(async () => {
  seeded.db = openTestDatabase();
  await seeded.db.wipe();
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-lists-'));
  const lines = [
    'defaultSource: source:lists',
    'sources:',
    '  - { id: "source:lists", title: "Synthetic", language: en, text: "synthetic lists" }',
    'entities:',
  ];
  for (let i = 0; i < AGENCIES; i++) {
    const names = [`en: "${word(i)} agency"`, i % 3 === 0 ? `th: "หน่วย ${word(i + 1)}"` : '', i % 5 === 0 ? `zh: "机构${i}"` : ''];
    const country = ['TH', 'CN', 'JP'][i % 3];
    lines.push(
      `  - { id: "agency:a-${i}", kind: AGENCY, country: ${country}, names: { ${names.filter(Boolean).join(', ')} }, citations: [{ quote: "lists" }] }`,
    );
  }
  for (let i = 0; i < PEOPLE; i++) {
    const names = i % 4 === 0 ? `en: "${word(i)} Person"` : `th: "คน ${word(i)}", ${i % 2 === 0 ? `zh: "人${i}"` : `en: "P ${i}"`}`;
    lines.push(`  - { id: "person:p-${i}", kind: PERSON, country: TH, names: { ${names} }, citations: [{ quote: "lists" }] }`);
  }
  const file = path.join(dir, 'lists.yaml');
  await writeFile(file, lines.join('\n'));
  await importPath(seeded.db.executor, file);
  await seeded.db.driver.executeQuery('CALL db.resampleOutdatedIndexes()');
  seeded.apollo = createApolloServer({ production: false });
  await seeded.apollo.start();
}, 180_000);

afterAll(async () => {
  await seeded.apollo.stop();
  await seeded.db.seed();
  await seeded.db.close();
  await rm(dir, { recursive: true, force: true });
});

/** What this file reads of a query plan. */
interface Plan {
  readonly operatorType: string;
  readonly arguments: Record<string, unknown>;
  readonly children: readonly Plan[];
}

/** Every operator of a plan, depth first: its type and its details. */
function operators(plan: Plan): { type: string; details: string }[] {
  const details = String(plan.arguments.Details ?? '');
  return [{ type: plan.operatorType.replace(/@.*$/, ''), details }, ...plan.children.flatMap(operators)];
}

/** The plan Neo4j makes for the one statement a GraphQL document compiles to. */
async function planOf(query: string, variables: Record<string, unknown> = {}) {
  const { data, errors, calls } = await captureQueries(seeded.apollo, seeded.db.executor, query, variables);
  expect(errors).toBeUndefined();
  expect(calls).toHaveLength(1);
  const [call] = calls;
  const { summary } = await seeded.db.driver.executeQuery(`EXPLAIN ${call?.text}`, toDriverValue(call?.params) as Record<string, unknown>);
  return { data, ops: operators(summary.plan as unknown as Plan) };
}

describe('typed lists ordered by name', () => {
  it('read the first page of a country’s agencies from the (kind, country, sort name) index, in its order, without sorting them all', async () => {
    const { data, ops } = await planOf(`{ agencies(filter: { country: "TH" }, first: 3) { nodes { id name } } }`);
    const seek = ops.find((op) => op.type === 'NodeIndexSeek');
    expect(seek?.details).toContain('n0:Entity(kind, country, sortName_en)');
    // PartialTop stops after the page; Top or Sort would order every Thai agency first.
    expect(ops.map((op) => op.type)).toContain('PartialTop');
    expect(ops.map((op) => op.type)).not.toContain('Top');
    expect(ops.map((op) => op.type)).not.toContain('Sort');

    // The page a reader expects, computed apart from the code under test.
    const { records } = await seeded.db.driver.executeQuery(
      `MATCH (n:Agency {country: 'TH'}) RETURN n.id AS id ORDER BY toLower(coalesce(n.name_en, n.name_th, n.name_zh)), n.id LIMIT 3`,
    );
    expect(data?.agencies.nodes.map((n: { id: string }) => n.id)).toEqual(records.map((r) => r.get('id')));
  });

  it('continue after a cursor from the cursor’s sort name in the (kind, sort name) index', async () => {
    const { ops } = await planOf(`query($after: String) { people(sort: NAME, lang: TH, first: 10, after: $after) { nodes { id } } }`, {
      after: encodeCursor({ key: 'ส', id: 'person:a' }),
    });
    const seek = ops.find((op) => op.type === 'NodeIndexSeek');
    expect(seek?.details).toContain('n0:Entity(kind, sortName_th)');
    expect(seek?.details).toContain('sortName_th >= $afterKey');
    expect(ops.map((op) => op.type)).not.toContain('Top');
  });

  it('page through every person by Chinese name, each once, in sort-name order', { timeout: 120_000 }, async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const res: Awaited<ReturnType<typeof captureQueries>> = await captureQueries(
        seeded.apollo,
        seeded.db.executor,
        `query($after: String) { people(sort: NAME, lang: ZH, first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { after },
      );
      const people = res.data?.people;
      seen.push(...people.nodes.map((n: { id: string }) => n.id));
      if (!people.pageInfo.hasNextPage) break;
      after = people.pageInfo.endCursor;
    }
    const { records } = await seeded.db.driver.executeQuery(
      `MATCH (n:Person) RETURN n.id AS id ORDER BY toLower(coalesce(n.name_zh, n.name_en, n.name_th)), n.id`,
    );
    expect(seen).toEqual(records.map((r) => r.get('id')));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(PEOPLE);
  });
});

describe('the sort-name migration (cypher/schema/009_sort_names.cypher)', () => {
  it('fills the sort names of nodes written without them, once, as the import would have', async () => {
    const run = (cypher: string) => seeded.db.driver.executeQuery(cypher);
    await run('DROP INDEX entity_kind_sort_name_zh');
    await run('MATCH (n:Entity) REMOVE n.sortName_th, n.sortName_en, n.sortName_zh');

    // The file's data statement and its one missing index; nothing of the other files.
    expect(await applySchema(seeded.db.executor)).toBe(2);
    const { records } = await run('MATCH (n:Entity) RETURN n {.*, text: null} AS props');
    expect(records).toHaveLength(AGENCIES + PEOPLE + 1);
    for (const record of records) {
      const props = record.get('props') as Record<string, unknown>;
      const entity = decodeEntity(props);
      const expected = encodeSortNames(entity.names, entity.title, entity.id);
      expect({ id: entity.id, th: props.sortName_th, en: props.sortName_en, zh: props.sortName_zh }).toEqual({
        id: entity.id,
        th: expected.sortName_th,
        en: expected.sortName_en,
        zh: expected.sortName_zh,
      });
    }
    const { records: indexes } = await run(`SHOW INDEXES YIELD name, state WHERE name = 'entity_kind_sort_name_zh' RETURN state`);
    expect(indexes.map((r) => r.get('state'))).toEqual(['ONLINE']);

    // Applied, it is not sent again.
    expect(await applySchema(seeded.db.executor)).toBe(0);
  });
});
