import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../../../../test-utils/runCli.ts';
import { openTestDatabase, type TestDatabase } from '../../../../test-utils/testDatabase.ts';

let db: TestDatabase;
let dir: string;
let file: string;
const TOPICS = 30_000;

/** Runs `npm run import` as a separate process; `killAfterProgress` sends SIGKILL once it reports progress. */
function runImport(killAfterProgress: boolean): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawnCli(['import', file]);
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (killAfterProgress && /rows \(\d+%\)/.test(output)) child.kill('SIGKILL');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code, signal) => resolve({ code, signal, output }));
  });
}

beforeAll(async () => {
  db = openTestDatabase();
  await db.seed();
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-kill-'));
  file = path.join(dir, 'big.yaml');
  const lines = [
    'defaultSource: source:big',
    'sources:',
    '  - { id: "source:big", title: "Synthetic", language: en, text: "a synthetic hub" }',
    'entities:',
  ];
  lines.push('  - { id: "program:big-hub", kind: PROGRAM, names: { en: "Big hub" }, citations: [{ quote: "hub" }] }');
  for (let i = 0; i < TOPICS; i++)
    lines.push(`  - { id: "topic:big-${i}", kind: TOPIC, names: { en: "Topic ${i}" }, citations: [{ quote: "hub" }] }`);
  lines.push('relationships:');
  for (let i = 0; i < TOPICS; i++)
    lines.push(`  - { type: FOCUSES_ON, from: "program:big-hub", to: "topic:big-${i}", citations: [{ quote: "hub" }] }`);
  await writeFile(file, lines.join('\n'));
});
afterAll(async () => {
  await db.seed();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

describe('an import killed halfway', () => {
  it('leaves the database exactly as before (one transaction), and re-running completes it', async () => {
    const before = await db.counts();
    const killed = await runImport(true);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.output).toMatch(/rows \(\d+%\)/);
    expect(await db.counts()).toEqual(before);
    const again = await runImport(false);
    expect(again.code).toBe(0);
    expect(await db.counts()).toEqual({ nodes: before.nodes + TOPICS + 2, relationships: before.relationships + TOPICS });
  }, 240_000);
});
