import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { REPO_ROOT } from '../api/src/config.ts';
// The type import also brings in the `neo4j` entry of vitest's provided context.
import type { TestNeo4j } from './globalSetup.ts';

/** Starts `api/src/cli.ts` (what `npm run import|export|briefing` run) against the test Neo4j. */
export function spawnCli(args: string[]): ChildProcessWithoutNullStreams {
  const target: TestNeo4j = inject('neo4j');
  return spawn(process.execPath, [path.join(REPO_ROOT, 'api/src/cli.ts'), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password },
  });
}

/** Runs `api/src/cli.ts` with `args` to its end and collects what it printed. */
export function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawnCli(args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
