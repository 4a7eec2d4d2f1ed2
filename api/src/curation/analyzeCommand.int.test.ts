import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test-utils/runCli.ts';
import { openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';

const TEXT = 'เมื่อวันที่ 20-21 ก.ย. 2566 บพท. ร่วมประชุม โดยมี ศ.นพ.สิริฤกษ์ ทรงศิวิไล ปลัดกระทรวง อว. เป็นประธาน\n';

/** Runs `npm run analyze -- …` and collects what it printed. */
const analyze = (args: string[]) => runCli(['analyze', ...args]);

let dir: string;
let db: TestDatabase;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'analyze-'));
  await writeFile(path.join(dir, 'article.txt'), TEXT, 'utf8');
  db = openTestDatabase();
  await db.seed();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.close();
});

describe('npm run analyze', () => {
  it('--offline --json prints the analysis as JSON, with rules and no candidates', async () => {
    const { code, stdout, stderr } = await analyze([path.join(dir, 'article.txt'), '--lang', 'th', '--offline', '--json']);
    expect(code).toBe(0);
    expect(stderr).toContain('Offline: an empty gazetteer');
    const analysis = JSON.parse(stdout);
    expect(analysis.dates).toEqual([
      { start: 12, end: 27, text: '20-21 ก.ย. 2566', date: '2023-09-20', endDate: '2023-09-21', rule: 'date: day month year' },
    ]);
    const person = analysis.mentions.find((m: any) => m.kind === 'PERSON');
    expect(person).toMatchObject({ text: 'สิริฤกษ์ ทรงศิวิไล', rule: 'person: Thai honorific', candidates: [] });
    expect(TEXT.slice(person.start, person.end)).toBe(person.text);
    expect(person.attributes).toEqual({ honorific: 'ศ.นพ.', position: 'ปลัดกระทรวง' });
    expect(analysis.mentions.flatMap((m: any) => m.candidates)).toEqual([]);
  });

  it('links names to the graph when Neo4j is reachable, and says so', async () => {
    const { code, stdout, stderr } = await analyze([path.join(dir, 'article.txt'), '--lang', 'th']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/Gazetteer: the names of \d+ entities from the graph at bolt:/);
    expect(stdout).toContain('บพท.  [AGENCY]');
    expect(stdout).toContain('→ agency:pmu-a');
    expect(stdout).toContain('20-21 ก.ย. 2566  2023-09-20 … 2023-09-21');
  });

  it('turns a folder of texts into pending-review files', async () => {
    const out = path.join(dir, 'reviews');
    const { code, stdout } = await analyze([dir, '--out', out, '--offline']);
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote 1 pending review(s)');
    expect(await readdir(out)).toEqual(['article.review.json']);
    const review = JSON.parse(await readFile(path.join(out, 'article.review.json'), 'utf8'));
    expect(review).toMatchObject({
      status: 'pending',
      sourceFile: 'article.txt',
      language: 'th',
      textSha256: createHash('sha256').update(TEXT).digest('hex'),
      gazetteer: { source: 'none', entities: 0, stamp: null },
      text: TEXT,
    });
    expect(review.analysis.dates[0].date).toBe('2023-09-20');
  });

  it('--help says what the batch command does', async () => {
    const { code, stdout } = await analyze(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('pending-review JSON file per');
  });
});
