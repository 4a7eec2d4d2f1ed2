import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../api/src/config.ts';

/** One autocannon run: where to send what, how hard and for how long. */
export interface AutocannonOptions {
  readonly url: string;
  /** The JSON body of every request (POST). */
  readonly body: unknown;
  readonly connections: number;
  /** How long to run; ignored when `amount` is given. */
  readonly seconds: number;
  /** Send exactly this many requests instead (a run that cannot end empty, however slow the machine). */
  readonly amount?: number;
  /** How long one request may take before autocannon counts it as a timeout (its default is 10 s). */
  readonly timeoutSeconds?: number;
}

/** What one run measured. Latencies in milliseconds. */
export interface AutocannonResult {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly requests: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
}

/**
 * Drives one URL with autocannon for a bounded time. The client runs in its own process, so
 * it never shares an event loop with the server it measures.
 */
export async function runAutocannon(options: AutocannonOptions): Promise<AutocannonResult> {
  const { stdout } = await promisify(execFile)(
    path.join(REPO_ROOT, 'node_modules', '.bin', 'autocannon'),
    [
      '-j',
      '-c',
      String(options.connections),
      // A run of a fixed number of requests ends at autocannon's next sample, once a second by
      // default, which rounded its duration up to whole seconds (32 requests answered in 0.2 s
      // counted as 31 per second); sampling every 10 ms ends it within 10 ms of the last answer.
      ...(options.amount ? ['-a', String(options.amount), '-L', '10'] : ['-d', String(options.seconds)]),
      ...(options.timeoutSeconds ? ['-t', String(options.timeoutSeconds)] : []),
      '-m',
      'POST',
      '-H',
      'content-type=application/json',
      '-b',
      JSON.stringify(options.body),
      options.url,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const result = JSON.parse(stdout) as {
    requests: { total: number };
    duration: number;
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  return {
    // Over the whole run (autocannon's own average is over whole seconds only).
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
