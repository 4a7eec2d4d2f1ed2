import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './config.ts';

const run = promisify(execFile);
const folders: string[] = [];

/** Runs `node <script> validate data/seed` with a temporary folder of its own; returns what it printed and the files of Node's compile cache there. */
async function validateSeed(script: string, env: Record<string, string> = {}): Promise<{ stdout: string; cached: string[] }> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'kg-entry-'));
  folders.push(tmp);
  const { NODE_COMPILE_CACHE: _, NODE_DISABLE_COMPILE_CACHE: __, ...inherited } = process.env;
  const { stdout } = await run(process.execPath, [script, 'validate', 'data/seed'], {
    cwd: REPO_ROOT,
    env: { ...inherited, TMPDIR: tmp, ...env },
  });
  const cache = path.join(tmp, 'node-compile-cache');
  const cached = await readdir(cache, { recursive: true }).catch(() => [] as string[]);
  return { stdout, cached };
}

afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});

describe('the command line entry point', () => {
  it("turns on Node's compile cache before it loads the commands, in the system's temporary folder", async () => {
    const { stdout, cached } = await validateSeed('api/src/cli.ts');
    expect(stdout).toMatch(/^OK: \d+ sources, \d+ entities, \d+ relationships\./);
    // One entry per compiled module: the commands and everything they import, the dataset schema among them.
    expect(cached.length).toBeGreaterThan(100);
  });

  it('leaves the cache off when NODE_DISABLE_COMPILE_CACHE is set, and the commands alone do not turn it on', async () => {
    const disabled = await validateSeed('api/src/cli.ts', { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(disabled.stdout).toMatch(/^OK: \d+ sources/);
    expect(disabled.cached).toEqual([]);
    const bare = await validateSeed('api/src/commands.ts');
    expect(bare.stdout).toMatch(/^OK: \d+ sources/);
    expect(bare.cached).toEqual([]);
  });
});
