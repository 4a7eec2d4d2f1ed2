import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test-utils/runCli.ts';
import { openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';

const TEXT = 'เมื่อวันที่ 5 ต.ค. 2566 นายสมปอง รักษ์ไทย ผู้อำนวยการ สถาบันวิจัยแสงซินโครตรอน เข้าร่วมการประชุม\n';

/** Runs `npm run add-source -- …` and collects what it printed. */
const addSource = (args: string[]) => runCli(['add-source', ...args]);

let dir: string;
let db: TestDatabase;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'add-source-'));
  await writeFile(
    path.join(dir, 'a.txt'),
    `---\ntitle: ผอ. สถาบันฯ ร่วมประชุม\nurl: https://example.org/news/7\ndate: 5 ต.ค. 2566\n---\n${TEXT}`,
  );
  // The same page under another spelling of its address, with its metadata in a sidecar file.
  await writeFile(path.join(dir, 'b.txt'), `${TEXT}(updated)\n`);
  await writeFile(path.join(dir, 'b.yaml'), 'title: Same page\nurl: HTTPS://EXAMPLE.ORG/news/7/#top\n');
  // The same text with its white space changed.
  await writeFile(path.join(dir, 'c.txt'), `---\ntitle: Copied text\n---\n  ${TEXT.replaceAll(' ', '\n')}`);
  await writeFile(path.join(dir, 'd.txt'), 'No metadata at all.\n');
  db = openTestDatabase();
  await db.seed();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.close();
});

describe('npm run add-source', () => {
  it('adds a folder of documents, reports copies by address and by text and a file without a title, and stores one source', async () => {
    const { code, stdout, stderr } = await addSource([dir, '--by', 'curator']);
    const lines = stdout.trim().split('\n');
    const id = /^a\.txt: added as (source:doc-[0-9a-f]{16})$/.exec(lines[0] ?? '')?.[1];
    expect(id).toBeDefined();
    expect(lines.slice(1)).toEqual([
      `b.txt: not added, a copy of ${id} (the same address)`,
      `c.txt: not added, a copy of ${id} (the same text)`,
      '1 added, 2 copies of stored sources, 1 with problems.',
    ]);
    expect(stderr).toContain('d.txt: no title');
    expect(code).toBe(1);
    const { records } = await db.driver.executeQuery(
      'MATCH (s:Source {id: $id}) OPTIONAL MATCH (a:AuditEvent {target: $id}) RETURN s {.title, .url, .date, .datePrinted, .text} AS s, a.actor AS actor',
      { id },
    );
    expect(records.map((r) => [r.get('s'), r.get('actor')])).toEqual([
      [
        { title: 'ผอ. สถาบันฯ ร่วมประชุม', url: 'https://example.org/news/7', date: '2023-10-05', datePrinted: '5 ต.ค. 2566', text: TEXT },
        'curator',
      ],
    ]);
  });
});
