import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openTestDatabase, SEED_PATH, type TestDatabase } from '../../../../test-utils/testDatabase.ts';
import { DatasetInvalidError } from '../datasetIssue.ts';
import { exportGraph, exportToFile } from '../exportDataset.ts';
import { importPath } from '../importPath.ts';
import { readDataset } from '../read/readDataset.ts';

let db: TestDatabase;
let tmp: string;

beforeAll(async () => {
  db = openTestDatabase();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'kg-import-'));
});
afterAll(async () => {
  await db.close();
  await rm(tmp, { recursive: true, force: true });
});

async function seedSizes() {
  const read = await readDataset(SEED_PATH);
  if (!read.ok) throw new Error('seed does not read');
  const d = read.dataset;
  return { nodes: d.sources.length + d.entities.length, relationships: d.relationships.length };
}

describe('import', () => {
  it('writes every source, entity and relationship of the seed', async () => {
    await db.wipe();
    const summary = await importPath(db.executor, SEED_PATH);
    const sizes = await seedSizes();
    expect(summary).toEqual(sizes);
    expect(await db.counts()).toEqual(sizes);
    expect(sizes.nodes).toBeGreaterThan(60);
  });

  it('is idempotent: importing the seed twice changes nothing', async () => {
    await db.seed();
    const before = { counts: await db.counts(), graph: await exportGraph(db.executor) };
    await importPath(db.executor, SEED_PATH);
    expect(await db.counts()).toEqual(before.counts);
    expect(await exportGraph(db.executor)).toEqual(before.graph);
  });

  it('round-trips losslessly: import → export → import → export gives the same file', async () => {
    await db.seed();
    const first = path.join(tmp, 'first.yaml');
    await exportToFile(db.executor, first);
    const counts = await db.counts();
    await db.wipe();
    await importPath(db.executor, first);
    expect(await db.counts()).toEqual(counts);
    const second = path.join(tmp, 'second.yaml');
    await exportToFile(db.executor, second);
    expect(await readFile(second, 'utf8')).toBe(await readFile(first, 'utf8'));
    const exported = parse(await readFile(first, 'utf8'));
    const meeting = exported.entities.find((e: { id: string }) => e.id === 'meeting:thai-china-st-committee-4');
    expect(meeting.attributes).toMatchObject({ ordinal: 4, startDate: '2023-09-20', endDate: '2023-09-21' });
  });

  it('writes nothing when any record is invalid, and names the file, id and field', async () => {
    await db.seed();
    const before = await db.counts();
    const file = path.join(tmp, 'bad.yaml');
    await writeFile(
      file,
      [
        'defaultSource: source:pmua-thai-china-poverty-2023',
        'entities:',
        '  - id: person:new-person',
        '    kind: PERSON',
        '    names: { en: New Person }',
        '    citations:',
        '      - quote: this sentence is not in the source',
        'relationships:',
        '  - type: CHAIRED',
        '    from: person:new-person',
        '    to: agency:pmu-a',
        '    citations:',
        '      - quote: ดร.อโศก พลบำรุง',
      ].join('\n'),
    );
    const error = await importPath(db.executor, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetInvalidError);
    const messages = (error as DatasetInvalidError).issues.map((i) => `${i.id} ${i.field} ${i.message}`);
    expect(messages).toContain(
      'person:new-person citations[0].quote not found verbatim in source:pmua-thai-china-poverty-2023: "this sentence is not in the source"',
    );
    expect(messages).toContain('person:new-person -CHAIRED-> agency:pmu-a to CHAIRED ends at MEETING, not AGENCY');
    expect(await db.counts()).toEqual(before);
  });

  it('accepts a new file that cites a source and links entities already in the database', async () => {
    await db.seed();
    const file = path.join(tmp, 'addition.yaml');
    await writeFile(
      file,
      [
        'relationships:',
        '  - type: ATTENDED',
        '    from: agency:nxpo',
        '    to: meeting:thai-china-st-committee-4',
        '    citations:',
        '      - source: source:pmua-thai-china-poverty-2023',
        '        quote: ประกอบด้วย สอวช. และ วว. เป็นตัวแทนประเทศไทยเข้าร่วมประชุม',
      ].join('\n'),
    );
    const before = await db.counts();
    await importPath(db.executor, file);
    expect(await db.counts()).toEqual({ nodes: before.nodes, relationships: before.relationships + 1 });
  });
});
