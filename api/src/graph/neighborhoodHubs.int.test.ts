import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPath } from '../ingest/importPath.ts';
import { runOperation } from '../../../test-utils/runOperation.ts';
import { openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { createApolloServer } from './apolloServer.ts';
import type { GraphContext } from './context.ts';

// Two hubs of degree over 500 (neighborhood.cypher never expands a kept node of that degree, and
// finds the relationships touching it from their other end or pair by pair), with a relationship
// of every kind among kept nodes: small → hub, hub → small, hub → hub, small → small.
const PEOPLE = 501;
let db: TestDatabase;
let apollo: ApolloServer<GraphContext>;
let dir: string;

const entity = (id: string, kind: string, name: string) =>
  `  - { id: "${id}", kind: ${kind}, names: { en: "${name}" }, citations: [{ quote: "hub" }] }`;
const link = (type: string, from: string, to: string) =>
  `  - { type: ${type}, from: "${from}", to: "${to}", citations: [{ quote: "hub" }] }`;

beforeAll(async () => {
  db = openTestDatabase();
  await db.wipe();
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-hubs-'));
  const file = path.join(dir, 'hubs.yaml');
  const lines = [
    'defaultSource: source:hubs',
    'sources:',
    '  - { id: "source:hubs", title: "Synthetic", language: en, text: "two synthetic hubs" }',
    'entities:',
  ];
  lines.push(entity('agency:hub-a', 'AGENCY', 'Hub A'), entity('agency:hub-b', 'AGENCY', 'Hub B'));
  lines.push(entity('agency:small', 'AGENCY', 'Small'), entity('agency:other', 'AGENCY', 'Other'));
  for (let i = 0; i < PEOPLE; i++) lines.push(entity(`person:p-${String(i).padStart(3, '0')}`, 'PERSON', `Person ${i}`));
  lines.push('relationships:');
  lines.push(link('PART_OF', 'agency:small', 'agency:hub-a'), link('ACTS_FOR', 'agency:hub-a', 'agency:small'));
  lines.push(link('PART_OF', 'agency:hub-a', 'agency:hub-b'), link('PART_OF', 'agency:small', 'agency:other'));
  for (let i = 0; i < PEOPLE; i++) {
    const person = `person:p-${String(i).padStart(3, '0')}`;
    lines.push(link('HOLDS_POSITION', person, 'agency:hub-a'), link('HOLDS_POSITION', person, 'agency:hub-b'));
  }
  await writeFile(file, lines.join('\n'));
  await importPath(db.executor, file);
  apollo = createApolloServer({ production: false });
  await apollo.start();
}, 120_000);

afterAll(async () => {
  await apollo.stop();
  await db.seed();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const NEIGHBORHOOD = `query($ids: [ID!]!, $depth: Int!, $limit: Int!) {
  neighborhood(ids: $ids, depth: $depth, limit: $limit) { truncated nodes { id } edges { type from to } }
}`;

async function neighborhood(ids: string[], depth: number, limit: number) {
  const { data, errors, roundTrips } = await runOperation(apollo, db.executor, NEIGHBORHOOD, { ids, depth, limit });
  expect(errors).toBeUndefined();
  expect(roundTrips).toBe(1);
  const n = data.neighborhood as { truncated: boolean; nodes: { id: string }[]; edges: { type: string; from: string; to: string }[] };
  return {
    truncated: n.truncated,
    nodes: n.nodes.map((x) => x.id).sort(),
    edges: n.edges.map((e) => `${e.from} -${e.type}-> ${e.to}`).sort(),
  };
}

describe('a neighbourhood that keeps hubs of degree over 500', () => {
  it('has every relationship among the kept nodes once: small to hub, hub to small, small to small', async () => {
    expect(await neighborhood(['agency:small'], 1, 10)).toEqual({
      truncated: false,
      nodes: ['agency:hub-a', 'agency:other', 'agency:small'],
      edges: ['agency:hub-a -ACTS_FOR-> agency:small', 'agency:small -PART_OF-> agency:hub-a', 'agency:small -PART_OF-> agency:other'],
    });
  });

  it('has hub to hub and person to both hubs, nearest nodes first, cut at the limit', async () => {
    expect(await neighborhood(['agency:small'], 2, 5)).toEqual({
      truncated: true,
      nodes: ['agency:hub-a', 'agency:hub-b', 'agency:other', 'agency:small', 'person:p-000'],
      edges: [
        'agency:hub-a -ACTS_FOR-> agency:small',
        'agency:hub-a -PART_OF-> agency:hub-b',
        'agency:small -PART_OF-> agency:hub-a',
        'agency:small -PART_OF-> agency:other',
        'person:p-000 -HOLDS_POSITION-> agency:hub-a',
        'person:p-000 -HOLDS_POSITION-> agency:hub-b',
      ],
    });
  });

  it('around two hubs, has their relationships to the nodes kept and to each other', async () => {
    const n = await neighborhood(['agency:hub-a', 'agency:hub-b'], 1, 6);
    expect(n.truncated).toBe(true);
    // Four kept besides the starts, the nearest by id: the small agency and the first three people.
    expect(n.nodes).toEqual(['agency:hub-a', 'agency:hub-b', 'agency:small', 'person:p-000', 'person:p-001', 'person:p-002']);
    expect(n.edges).toEqual([
      'agency:hub-a -ACTS_FOR-> agency:small',
      'agency:hub-a -PART_OF-> agency:hub-b',
      'agency:small -PART_OF-> agency:hub-a',
      'person:p-000 -HOLDS_POSITION-> agency:hub-a',
      'person:p-000 -HOLDS_POSITION-> agency:hub-b',
      'person:p-001 -HOLDS_POSITION-> agency:hub-a',
      'person:p-001 -HOLDS_POSITION-> agency:hub-b',
      'person:p-002 -HOLDS_POSITION-> agency:hub-a',
      'person:p-002 -HOLDS_POSITION-> agency:hub-b',
    ]);
  });
});
