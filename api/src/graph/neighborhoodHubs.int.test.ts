import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureQueries } from '../../../bench/src/captureQueries.ts';
import { toDriverValue } from '../db/executor.ts';
import { importPath } from '../ingest/importPath.ts';
import { runOperation } from '../../../test-utils/runOperation.ts';
import { openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { createApolloServer } from './apolloServer.ts';
import type { GraphContext } from './context.ts';

// Two hubs of over 500 incoming relationships (neighborhood.cypher never reads all of a kept node's
// relationships in a direction where it has over 500, and finds them from their other end), with a
// relationship of every kind among kept nodes: small → hub, hub → small, hub → hub, small → small.
// Apart from them, a meeting whose ring 2 is found by reading entities in id order: an agency with
// 600 people holding positions in it and a person who attended 501 other meetings (over 500
// outgoing relationships) and holds a position in that agency (over 500 incoming): a relationship
// between two such nodes.
const PEOPLE = 501;
const STAFF = 600;
const MEETINGS = 501;
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
  const pad = (i: number) => String(i).padStart(3, '0');
  const second = [
    entity('meeting:start', 'MEETING', 'Start'),
    entity('agency:big', 'AGENCY', 'Big'),
    entity('person:chair', 'PERSON', 'Chair'),
  ];
  for (let i = 0; i < STAFF; i++) second.push(entity(`person:q-${pad(i)}`, 'PERSON', `Staff ${i}`));
  for (let i = 0; i < MEETINGS; i++) second.push(entity(`meeting:z-${pad(i)}`, 'MEETING', `Meeting ${i}`));
  const secondLinks = [link('ATTENDED', 'agency:big', 'meeting:start'), link('ATTENDED', 'person:chair', 'meeting:start')];
  secondLinks.push(link('HOLDS_POSITION', 'person:chair', 'agency:big'));
  for (let i = 0; i < STAFF; i++) secondLinks.push(link('HOLDS_POSITION', `person:q-${pad(i)}`, 'agency:big'));
  for (let i = 0; i < MEETINGS; i++) secondLinks.push(link('ATTENDED', 'person:chair', `meeting:z-${pad(i)}`));
  const at = lines.indexOf('relationships:');
  lines.splice(at, 0, ...second);
  lines.push(...secondLinks);
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

/** What this file reads of a profiled plan. */
interface ProfiledPlan {
  readonly operatorType: string;
  readonly arguments: Record<string, unknown>;
  readonly rows: number;
  readonly children: readonly ProfiledPlan[];
}

function operators(plan: ProfiledPlan): { type: string; details: string; rows: number }[] {
  const details = String(plan.arguments.Details ?? '');
  return [{ type: plan.operatorType.replace(/@.*$/, ''), details, rows: Number(plan.rows) }, ...plan.children.flatMap(operators)];
}

/** The neighbourhood's answer, and how many entities its statement read in id order (PROFILE). */
async function neighborhoodScan(ids: string[], limit: number) {
  const { calls } = await captureQueries(apollo, db.executor, NEIGHBORHOOD, { ids, depth: 2, limit });
  expect(calls).toHaveLength(1);
  const [call] = calls;
  expect(call?.name).toBe('readNeighborhood');
  const { summary } = await db.driver.executeQuery(`PROFILE ${call?.text}`, toDriverValue(call?.params) as Record<string, unknown>);
  const ops = operators(summary.profile as unknown as ProfiledPlan);
  const scans = ops.filter((op) => op.type === 'NodeUniqueIndexSeekByRange' && op.details.includes('m:Entity(id) WHERE id >='));
  expect(scans).toHaveLength(1);
  // Ring expansions read `(h)--(m)` from each node `h` of the ring before.
  const expanded = ops.filter((op) => op.type === 'Expand(All)' && /^\(h\)-\[\w+\]-\(m\)$/.test(op.details));
  return {
    answer: await neighborhood(ids, 2, limit),
    entitiesRead: scans[0]?.rows,
    ring2Expanded: expanded.reduce((n, op) => n + op.rows, 0),
  };
}

describe('a ring 2 around hubs, read in id order', () => {
  it('takes the smallest ids of ring 2 from entities read in id order when ring 1 reaches far more relationships', async () => {
    const { answer, entitiesRead, ring2Expanded } = await neighborhoodScan(['meeting:start'], 10);
    expect(answer.truncated).toBe(true);
    // The start, ring 1 (the agency and the chair), then the 7 smallest ids of ring 2 (its 501
    // meetings come before its 600 people).
    expect(answer.nodes).toEqual([
      'agency:big',
      'meeting:start',
      ...['000', '001', '002', '003', '004', '005', '006'].map((i) => `meeting:z-${i}`),
      'person:chair',
    ]);
    // The chair (503 outgoing) holds a position in the agency (601 incoming): found once.
    expect(answer.edges).toEqual(
      [
        'agency:big -ATTENDED-> meeting:start',
        'person:chair -ATTENDED-> meeting:start',
        ...['000', '001', '002', '003', '004', '005', '006'].map((i) => `person:chair -ATTENDED-> meeting:z-${i}`),
        'person:chair -HOLDS_POSITION-> agency:big',
      ].sort(),
    );
    // agency:big … agency:small, meeting:start, then meeting:z-000 … z-009 (the statement keeps up
    // to `limit` nodes of each ring): 16 entities, and ring 1's 1,106 relationships were never expanded.
    expect(entitiesRead).toBe(16);
    expect(ring2Expanded).toBe(0);
  });

  it('expands ring 1 after all when the entities read in id order hold too few of ring 2', async () => {
    // Ring 2 of a staff member is the agency's other people, the chair and the meeting it attended:
    // 200 entities read in id order (20 per node wanted: the agencies, then meetings) find only
    // that meeting, too few.
    const { answer, entitiesRead, ring2Expanded } = await neighborhoodScan(['person:q-000'], 10);
    expect(answer.truncated).toBe(true);
    expect(answer.nodes).toEqual([
      'agency:big',
      'meeting:start',
      'person:chair',
      ...['000', '001', '002', '003', '004', '005', '006'].map((i) => `person:q-${i}`),
    ]);
    expect(entitiesRead).toBe(200);
    // The agency's relationships: its staff, the chair, the meeting it attended.
    expect(ring2Expanded).toBe(STAFF + 2);
  });
});
