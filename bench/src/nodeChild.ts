import { type ChildProcess, spawn } from 'node:child_process';
import { REPO_ROOT } from '../../api/src/config.ts';

/** A Node.js process started by the benchmark. */
export interface NodeChild {
  readonly pid: number;
  /** Whether it is still running. */
  running(): boolean;
  /** The last lines it wrote to standard error, for error messages. */
  stderrTail(): string;
  /** Asks it to stop (SIGTERM), waits up to 15 s, then kills it. */
  stop(): Promise<void>;
}

/** How to start one child: a TypeScript entry file, its environment and extra Node flags. */
export interface NodeChildOptions {
  readonly script: string;
  readonly env: Record<string, string>;
  readonly nodeFlags?: readonly string[];
  /** Where its standard output goes (it may log one line per request): dropped unless given. */
  readonly onStdout?: (text: string) => void;
  /** The repository checkout to run it in (another worktree, to measure other code side by side); this one by default. */
  readonly cwd?: string;
}

/**
 * Starts a TypeScript file in its own Node process (Node strips the types, as `npm start` does),
 * one process and no wrapper, so that its pid is the one to measure.
 */
export function startNodeChild(options: NodeChildOptions): NodeChild {
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeFlags ?? []), options.script], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', options.onStdout ? 'pipe' : 'ignore', 'pipe'],
  });
  const tail: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    tail.push(...chunk.toString().split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 30));
  });
  if (options.onStdout) child.stdout?.on('data', (chunk: Buffer) => options.onStdout?.(chunk.toString()));
  if (child.pid === undefined) throw new Error(`Could not start ${options.script}.`);
  let stopping: Promise<void> | undefined;
  return {
    pid: child.pid,
    running: () => child.exitCode === null && child.signalCode === null,
    stderrTail: () => tail.join('\n'),
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(killer);
          resolve();
        });
        child.kill('SIGTERM');
      });
      return stopping;
    },
  };
}

/** Polls a URL until it answers 200, or fails after `timeoutMs` with the child's last words. */
export async function waitForOk(url: string, child: NodeChild, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!child.running()) throw new Error(`The process serving ${url} exited.\n${child.stderrTail()}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.\n${child.stderrTail()}`);
}
