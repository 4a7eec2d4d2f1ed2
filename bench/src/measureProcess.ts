import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** How a child process ran: exit code, wall time, peak resident memory and its output. */
export interface ProcessMeasure {
  readonly code: number | null;
  readonly seconds: number;
  /** The highest resident set size, in MB (VmHWM from /proc, read every 100 ms until exit). */
  readonly peakRssMb: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Reads VmHWM (peak resident memory so far) of a process, in kB; 0 once it is gone. */
function highWaterKb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs a command to its end and measures it. VmHWM only grows, so the last reading before the
 * process ends (at most 100 ms before) is its peak; Linux only (reads /proc).
 */
export function measureProcess(command: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<ProcessMeasure> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakKb = 0;
    let stdout = '';
    let stderr = '';
    const poll = setInterval(() => {
      if (child.pid !== undefined) peakKb = Math.max(peakKb, highWaterKb(child.pid));
    }, 100);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.once('exit', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ code, seconds, peakRssMb: peakKb / 1024, stdout, stderr });
    });
  });
}
