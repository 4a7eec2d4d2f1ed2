/** What the retry loop does and tells. */
export interface RetryOptions {
  /** One attempt: connect and prepare; throws when it cannot. */
  readonly attempt: () => Promise<void>;
  /** Called after each failed attempt with the reason and the wait before the next one. */
  readonly onFailure: (reason: Error, nextInMs: number, attempt: number) => void;
  /** Waits between attempts, in milliseconds; the last one repeats. */
  readonly delaysMs?: readonly number[];
  /** Stops the loop (the process is shutting down). */
  readonly signal?: AbortSignal;
}

const DEFAULT_DELAYS = [1_000, 2_000, 4_000, 8_000, 10_000];

/** Runs `attempt` until it succeeds or the signal aborts; resolves true on success, false when aborted. */
export async function retryUntilReady(options: RetryOptions): Promise<boolean> {
  const delays = options.delaysMs ?? DEFAULT_DELAYS;
  for (let n = 1; !options.signal?.aborted; n++) {
    try {
      await options.attempt();
      return true;
    } catch (error) {
      const wait = delays[Math.min(n - 1, delays.length - 1)] ?? 10_000;
      options.onFailure(error instanceof Error ? error : new Error(String(error)), wait, n);
      if (options.signal?.aborted) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        options.signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
      });
    }
  }
  return false;
}
