import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../../test-utils/testDatabase.ts';
import { DatasetInvalidError, formatIssue } from '../datasetIssue.ts';
import { exportToFile } from '../exportDataset.ts';
import { importPath } from '../importPath.ts';

let db: TestDatabase;
let tmp: string;

beforeAll(async () => {
  db = openTestDatabase();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'kg-jsonl-'));
});
afterAll(async () => {
  await db.seed();
  await db.close();
  await rm(tmp, { recursive: true, force: true });
});

const version = async () =>
  (await db.driver.executeQuery("MATCH (d:DatasetInfo {key: 'dataset'}) RETURN d.version AS v")).records[0]?.get('v');
const lines = (...records: object[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';
const SOURCE = { id: 'source:jl', title: 'JL', language: 'en', text: 'Alice chaired the meeting on 5 May 2020.\nBob attended.' };
const cite = (quote: string) => [{ source: 'source:jl', quote }];

describe('JSON Lines import (streamed)', () => {
  it('writes the same graph, with the same dataset version, as the YAML it was exported from', async () => {
    await db.seed();
    const yaml = path.join(tmp, 'seed.yaml');
    const jsonl = path.join(tmp, 'seed.ndjson');
    await exportToFile(db.executor, yaml);
    await exportToFile(db.executor, jsonl);
    await db.wipe();
    await importPath(db.executor, yaml);
    const counts = await db.counts();
    const yamlVersion = await version();
    await db.wipe();
    const summary = await importPath(db.executor, jsonl);
    expect(summary).toEqual(counts);
    expect(await db.counts()).toEqual(counts);
    expect(await version()).toBe(yamlVersion);
    const again = path.join(tmp, 'again.yaml');
    await exportToFile(db.executor, again);
    expect(await readFile(again, 'utf8')).toBe(await readFile(yaml, 'utf8'));
  });

  it('accepts records in any order, across files, and links to entities already in the database', async () => {
    await db.seed();
    const before = await db.counts();
    const dir = path.join(tmp, 'unordered');
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir);
    await writeFile(
      path.join(dir, 'a.jsonl'),
      lines(
        { relationship: { type: 'CHAIRED', from: 'person:jl-alice', to: 'meeting:jl', citations: cite('Alice chaired the meeting') } },
        { relationship: { type: 'ATTENDED', from: 'agency:pmu-a', to: 'meeting:jl', citations: cite('Bob attended.') } },
        { entity: { id: 'person:jl-alice', kind: 'PERSON', names: { en: 'Alice' }, citations: cite('Alice') } },
      ),
    );
    await writeFile(
      path.join(dir, 'b.jsonl'),
      lines(
        {
          entity: {
            id: 'meeting:jl',
            kind: 'MEETING',
            names: { en: 'M' },
            attributes: { startDate: '2020-05-05' },
            citations: [{ source: 'source:jl', quote: '5 May 2020', about: ['startDate'] }],
          },
        },
        { source: SOURCE },
      ),
    );
    expect(await importPath(db.executor, dir)).toEqual({ nodes: 3, relationships: 2 });
    expect(await db.counts()).toEqual({ nodes: before.nodes + 3, relationships: before.relationships + 2 });
  });

  it('writes nothing when a line is wrong, and names the file, line, id and field of each problem', async () => {
    await db.seed();
    const before = await db.counts();
    const file = path.join(tmp, 'bad.ndjson');
    await writeFile(
      file,
      lines(
        { source: SOURCE },
        { entity: { id: 'person:jl-bob', kind: 'PERSON', names: { en: 'Bob' }, citations: cite('Bob attended.') } },
        { entity: { id: 'person:jl-carol', kind: 'PERSON', names: { en: 'Carol' }, citations: cite('Carol was not there') } },
        {
          relationship: {
            type: 'ATTENDED',
            from: 'person:jl-bob',
            to: 'meeting:thai-china-st-committee-4',
            citations: cite('Bob attended.'),
          },
        },
        {
          relationship: {
            type: 'ATTENDED',
            from: 'person:jl-bob',
            to: 'meeting:thai-china-st-committee-4',
            citations: cite('Bob attended.'),
          },
        },
        { relationship: { type: 'CHAIRED', from: 'person:jl-bob', to: 'agency:pmu-a', citations: cite('Bob') } },
      ) + '{"entity": {"id": "topic:broken"\n',
    );
    const error = await importPath(db.executor, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetInvalidError);
    const messages = (error as DatasetInvalidError).issues.map(formatIssue).map((m) => m.replace(/^[^:]*bad\.ndjson/, 'bad.ndjson'));
    expect(messages).toEqual([
      'bad.ndjson:3: person:jl-carol › citations[0].quote: not found verbatim in source:jl: "Carol was not there"',
      'bad.ndjson:5: person:jl-bob -ATTENDED-> meeting:thai-china-st-committee-4 › key: duplicate relationship (also in ' +
        `${path.relative(process.cwd(), file)}:4); give each a distinct "key"`,
      'bad.ndjson:6: person:jl-bob -CHAIRED-> agency:pmu-a › to: CHAIRED ends at MEETING, not AGENCY',
      expect.stringMatching(/^bad\.ndjson:7: is not valid JSON: /),
    ]);
    expect(await db.counts()).toEqual(before);
  });

  it('rolls back batches already written when the check finds a problem on the last line', async () => {
    await db.seed();
    const before = await db.counts();
    const file = path.join(tmp, 'late-problem.ndjson');
    const people = Array.from({ length: 40 }, (_, i) => ({
      entity: { id: `person:jl-late-${i}`, kind: 'PERSON', names: { en: `Alice ${i}` }, citations: cite('Alice') },
    }));
    await writeFile(
      file,
      lines({ source: SOURCE }, ...people, {
        relationship: { type: 'CHAIRED', from: 'person:jl-late-0', to: 'meeting:nowhere', citations: cite('Alice chaired') },
      }),
    );
    // Batches of 5: the write pass runs beside the check, so several batches may be in the transaction when it fails.
    const error = await importPath(db.executor, file, { batchSize: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetInvalidError);
    expect((error as DatasetInvalidError).issues.map(formatIssue).join('\n')).toMatch(
      /late-problem\.ndjson:42: person:jl-late-0 -CHAIRED-> meeting:nowhere › to: unknown entity/,
    );
    expect(await db.counts()).toEqual(before);
    expect(await version()).not.toBeUndefined();
  });

  it('refuses a folder that mixes YAML and JSON Lines files', async () => {
    const dir = path.join(tmp, 'mixed');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'a.yaml'), 'sources: []\n');
    await writeFile(path.join(dir, 'b.ndjson'), lines({ source: SOURCE }));
    await expect(importPath(db.executor, dir)).rejects.toThrow(/mixes YAML\/JSON files with JSON Lines files/);
  });
});
