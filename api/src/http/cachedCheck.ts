/**
 * Wraps a check (is the database reachable?) so that its outcome, success or failure, is reused
 * for `ttlMs`: a flood of /readyz probes then reaches the database at most once per period.
 * Callers that arrive while a check runs share it.
 */
export function cachedCheck(check: () => Promise<void>, ttlMs: number, now: () => number = Date.now): () => Promise<void> {
  let last: { at: number; outcome: Promise<void> } | undefined;
  return () => {
    const time = now();
    if (!last || time - last.at >= ttlMs) {
      const outcome = check();
      // Counted from when the check started, so a slow database does not stretch the period.
      last = { at: time, outcome };
      outcome.catch(() => {});
    }
    return last.outcome;
  };
}
