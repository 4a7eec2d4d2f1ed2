import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../api/src/config.ts';
import { freePort } from '../api/src/db/localNeo4j.ts';
import type { TestNeo4j } from './testNeo4j.ts';

/** A real API process (`npm start`'s entry point) on a free port, talking to the test Neo4j. */
export interface ApiProcess {
  readonly child: ChildProcess;
  readonly base: string;
  /** Everything the process wrote to standard output and error so far. */
  output(): string;
  /** The process's resident memory now, in bytes (Linux: VmRSS in /proc). */
  residentBytes(): number;
  stop(): Promise<void>;
}

/** Starts the API with the test database and extra environment, and resolves once it prints "Ready.". */
export async function startApiProcess(neo4j: TestNeo4j, env: NodeJS.ProcessEnv = {}): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'api/src/main.ts')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      ...(neo4j.database ? { NEO4J_DATABASE: neo4j.database } : {}),
      PORT: String(port),
      // Tests that start the API load only the seed into an empty database.
      ATLAS_DATA: '',
      ...env,
    },
  });
  let text = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The API did not start within 90 s:\n${text}`)), 90_000);
    const collect = (c: Buffer) => {
      // Only the tail is kept: a hostile-client test makes the API log many lines.
      text = (text + c.toString()).slice(-1_000_000);
      if (text.includes('Ready.')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    void exited.then(() => reject(new Error(`The API exited before it was ready:\n${text}`)));
  });
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    output: () => text,
    residentBytes() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
      if (!kb) throw new Error('VmRSS not found');
      return Number(kb) * 1024;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
